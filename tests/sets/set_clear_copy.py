# set.clear and set.copy: aliases see clear, copies are independent, iteration order is kept
s = {5, 3, 9, 1}
alias = s
c = s.copy()
print(c, c == s, c is s, list(c) == list(s))
s.clear()
print(s, alias, c, len(alias), s.clear())
s.add(7)
print(alias, c)
big = set(range(100))
for i in range(0, 100, 3):
    big.discard(i)
cp = big.copy()
print(list(cp) == list(big), len(cp), list(cp)[:6])
empty = set()
print(empty.copy(), empty.copy() is empty, type(empty.copy()).__name__)
words = {'one', 'two', 'three'}
wc = words.copy()
wc.discard('one')
print(sorted(words), sorted(wc))
nested = {frozenset([1]), (1, 2)}
nc = nested.copy()
print(len(nc), frozenset([1]) in nc, all([x in nested for x in nc]))
t = {1, 2, 3}
it = iter(t)
next(it)
t.clear()
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
u = {1, 2}
it2 = iter(u)
u.add(3)
try:
    next(it2)
except RuntimeError as e:
    print(type(e).__name__, e)
v = set(range(50))
v.clear()
print(v, len(v), 3 in v)
v.update(range(3))
print(v)
for bad in (lambda: v.clear(1), lambda: v.copy(1), lambda: v.clear(x=1)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
