# sets built from dicts and views keep CPython's table order (one presize for a dict)
d = {k: k * k for k in [9, 1, 17, 33, 2, 40, 64, 8]}
print(set(d), frozenset(d), set(d.keys()), set(d.values()))
s = {100}
s.update(d)
print(s)
t = set(range(3))
t.update({50: 0, 51: 0, 52: 0, 53: 0, 54: 0, 55: 0})
print(t)
print(set(d.items()) == set(zip(d.keys(), d.values())), len(set(d.items())))
e = {}
print(set(e), frozenset(e), set().union(e), {1}.union(e))
big = {i * 3: None for i in range(40)}
print(list(set(big))[:12], len(set(big)))
print(list(set(big.keys()))[:12])
u = set()
u |= set(big)
print(list(u)[:8])
print({1, 2}.union(d), {1, 9}.intersection(d), {1, 9, 1000}.difference(d), {1, 5}.symmetric_difference(d))
print(set(d) == d.keys(), d.keys() - {9}, d.keys() | {1000})
