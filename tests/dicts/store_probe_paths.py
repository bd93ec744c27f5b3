# d[k] = v finds the key in the same probe that stores (ints, strs), or falls back to ==
# (tuples, floats, bools, frozensets): replaced values, new entries after deleted ones
# (DUMMY slots mid-probe), equal keys of other types, NaN, and hash collisions.
import sys

d = {}
for i in range(3000):
    k = i % 250 + 500                 # past the small-int cache: equal, not identical
    d[k] = d.get(k, 0) + i
    if i % 7 == 0:
        del d[k]
    t = (k, i % 5)
    d[t] = i                          # tuple keys need == when a stored one has its hash
    if i % 11 == 0 and (k, 0) in d:
        del d[(k, 0)]
print(len(d), sum(d.values()), list(d.items())[:4], list(d)[-3:])

# Equal keys of other types replace the value but keep the first key.
e = {1: "int", 2.0: "float", "s": "str"}
e[1.0] = "float one"
e[True] = "bool one"
e[2] = "int two"
e[(1, 2)] = "tuple"
e[(1.0, 2.0)] = "tuple of floats"
print(e, list(e))
e[frozenset({1, 2})] = "fs"
e[frozenset({2, 1})] = "fs again"
print(len(e), e[frozenset([1, 2])], e[1], e[2.0], e[(True, 2)])

# Colliding hashes: -1 and -2 hash alike, so do 0 and 2**61 - 1; both stay distinct.
c = {}
for k in (-1, -2, 0, 2**61 - 1, -1, 0, 2**61 - 1):
    c[k] = c.get(k, 0) + 1
print(c, -2 in c, 2**61 - 1 in c, 2**61 in c)
del c[-1]
c[-1] = "back"
print(c, list(c))

# NaN keys: found by identity only.
nan = float("nan")
n = {nan: 1}
n[nan] = 2
n[float("nan")] = 3
print(len(n), n[nan], sorted(n.values()))

# Strings, interned or built at run time.
s = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    s[w] = s.get(w, 0) + 1
built = "".join(["t", "h", "e"])
s[built] = s[built] * 10
print(s, built in s, s.get("".join(["d", "o", "g"])))

# Growing through many resizes with deletions between, then refcounts of a stored value.
g = {}
for i in range(5000):
    g[i * 7919 % 10007] = i
    if i % 3 == 0:
        del g[i * 7919 % 10007]
print(len(g), min(g), max(g), sum(g) % 100003)
v = object()
before = sys.getrefcount(v)
h = {1000 + i: v for i in range(10)}
h[1005] = v
print(sys.getrefcount(v) - before)
del h
print(sys.getrefcount(v) - before)

# Unhashable keys fail before anything is stored.
for bad in ([1], {1: 2}, {1}, (1, [2])):
    try:
        d[bad] = 1
    except TypeError as ex:
        print(type(ex).__name__, ex)
print(len(d))
