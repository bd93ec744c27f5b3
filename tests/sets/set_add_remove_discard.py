# set.add / remove / discard: present, absent, equal keys of other types, set keys as frozensets
s = {1, 2, 3}
print(s.add(4), s)
s.add(4)
s.add(1.0)
s.add(True)
print(s, len(s))
print(s.remove(4), s)
try:
    s.remove(4)
except KeyError as e:
    print(type(e).__name__, e, e.args)
print(s.discard(3), s.discard(3), s)
s.add((1, 2))
s.add(frozenset({7}))
s.add(None)
print((1, 2) in s, frozenset({7}) in s, {7} in s, None in s)
s.remove({7})
print({7} in s, len(s))
s.add(frozenset({8, 9}))
s.discard({8, 9})
print(frozenset({8, 9}) in s, len(s))
try:
    s.remove({99})
except KeyError as e:
    print(type(e).__name__, e)
print(s.discard({99}))
for bad in ([], {}, [1, 2], {1: 2}.keys()):
    for method in (s.add, s.remove, s.discard):
        try:
            method(bad)
        except TypeError as e:
            print(type(e).__name__, e)
try:
    s.add({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.remove(({1}, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.remove(())
except KeyError as e:
    print(type(e).__name__, e)
t = set()
for i in range(100):
    t.add(i % 13)
print(sorted(t), len(t))
for i in range(0, 13, 2):
    t.remove(i)
print(t)
for i in range(50):
    t.discard(i)
print(t, len(t))
strs = {'b', 'a'}
strs.add('c')
strs.discard('a')
print(sorted(strs))
print(type(s.add).__name__, set.add)
