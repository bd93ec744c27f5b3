# in-place methods: update, intersection_update, difference_update, symmetric_difference_update
s = {1, 2, 3}
print(s.update([4], (5,), range(6, 8)), s)
s.update()
s.update('')
print(s)
print(s.intersection_update(range(2, 10), [2, 3, 4, 5, 99]), s)
s.intersection_update()
print(s)
print(s.difference_update([2], {3}), s)
s.difference_update()
print(s)
print(s.symmetric_difference_update([5, 6, 6]), s)
s.symmetric_difference_update({4: 'k', 9: 'v'})
print(s)
s.symmetric_difference_update(s)
print(s)
s.update({1: 2, 3: 4})
print(s)
s.update({7: 0}.items())
print(s)
s.difference_update(s)
print(s)
t = {1, 2, 3}
t.intersection_update(t)
print(t)
t.update(t)
print(t)
alias = t
t.intersection_update([1])
print(alias, alias is t)
u = set(range(20))
u.difference_update(range(0, 20, 2))
print(u)
u.intersection_update(set(range(100)), range(5, 15))
print(u)
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
v = {1, 2}
attempt(lambda: v.update(1))
attempt(lambda: v.update([3], None))
attempt(lambda: v.update([[1]]))
attempt(lambda: v.intersection_update(5))
attempt(lambda: v.difference_update([[]]))
attempt(lambda: v.symmetric_difference_update())
attempt(lambda: v.symmetric_difference_update(1))
attempt(lambda: v.symmetric_difference_update([{}]))
attempt(lambda: v.update(x=1))
attempt(lambda: v.intersection_update(x=1))
attempt(lambda: v.difference_update(x=1))
print(v)
f = frozenset({1})
for name in ['update', 'intersection_update', 'difference_update', 'symmetric_difference_update', 'add', 'clear']:
    try:
        getattr(f, name)
    except AttributeError as e:
        print(type(e).__name__, e)
# the partial work of a failing update stays
w = {0}
attempt(lambda: w.update([1, 2, [3]]))
print(w)
