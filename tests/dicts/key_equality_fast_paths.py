# Dict keys found by value when they are different objects: exact ints and strs compare
# directly, anything else (bool, floats, tuples) through ==.
import sys

d = {}
for i in range(2000):
    k = i % 700 + 1000  # big enough not to be a cached small int
    d[k] = d.get(k, 0) + 1
    if i % 3 == 0 and k in d:
        del d[k]
print(len(d), sum(d.values()), list(d.items())[:5])

# Hash collisions between words: hash(-1) == hash(-2), 2**61-1 hashes like 0.
e = {-1: "a", -2: "b", 0: "zero", 2**61 - 1: "mod", 2**61: "mod+1", 1: "one", -(2**61): "neg"}
print(e[-1], e[-2], e[0], e[2**61 - 1], e[2**61], e[1], e[-(2**61)])
print([hash(x) for x in (-1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61), 2**63, -(2**63))])
print(int("-1") in e, int("1") + 2**61 - 2 in e, (2**62) in e, 2**61 * 2 - 1 in e)

# Equal values of other types still match, through their own ==.
e2 = {1: "int one", 2.5: "float", "s": "str"}
print(e2[True], e2[1.0], e2.get(2.5), e2[str("s")], True in e2, 1.0 in e2)
f = {True: "bool"}
print(f[1], f.get(1.0), 1 in f)

# Tuples and floats as keys among ints.
t = {(1, 2): "t", 1000.5: "f"}
for i in range(5):
    t[i + 2000] = i
print(t[(1, 2)], (1, 2) in t, (1, 3) in t, t[1000.5], t.get(2003))

# Errors keep their messages.
for bad in ([1], {}, {1}):
    try:
        d.get(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
    try:
        bad in d
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    del d[123456789]
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    d[[1, 2]] = 3
except Exception as ex:
    print(type(ex).__name__, ex)
print(sys.getrefcount(d) > 0)
