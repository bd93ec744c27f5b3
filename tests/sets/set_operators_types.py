# result types and orders of set/frozenset operators and their method twins
s = {3, 1, 2}
f = frozenset([2, 3, 4])
for a, b in [(s, f), (f, s), (s, s), (f, f)]:
    print(type(a | b).__name__, type(a & b).__name__, type(a - b).__name__, type(a ^ b).__name__,
          a | b, a & b, a - b, a ^ b)
print(s.union(f) == s | f, s.intersection(f) == s & f, s.difference(f) == s - f,
      s.symmetric_difference(f) == s ^ f)
t = set(s)
t |= f
print(t, type(t).__name__)
g = f
g |= {9}
print(g, f, type(g).__name__, g is f)
h = frozenset([1])
h2 = h
h2 &= {1, 2}
print(h2, h2 is h)
u = {1, 2, 3}
alias = u
u -= {1}
u ^= {5}
u &= {2, 5, 7}
print(u, u is alias)
def attempt(fn):
    try:
        print('ok', fn())
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: s | [1])
attempt(lambda: [1] & s)
attempt(lambda: s - (1,))
attempt(lambda: s ^ 1)
attempt(lambda: f | None)
attempt(lambda: s + s)
attempt(lambda: s < 3)
def ior(x, y):
    x |= y
    return x
attempt(lambda: ior({1}, [2]))
attempt(lambda: ior(frozenset([1]), [2]))
print(sorted({'a', 'b'} | frozenset(['c'])), sorted(frozenset('xy') - {'x'}))
big = set(range(50))
print(len(big - set(range(10))), len(big & set(range(45, 100))), len(big ^ set(range(25, 75))))
