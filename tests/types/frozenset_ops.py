# frozenset: hashable, usable as dict key and set element; operators return frozensets.
f = frozenset([1, 2, 3])
g = frozenset([2, 3, 4])
print(type(f | g).__name__, sorted(f | g), sorted(f & g))
print(f == {1, 2, 3}, f == frozenset({3, 2, 1}))
d = {f: "f"}
print(d[frozenset([3, 2, 1])])
s = {f, g, frozenset([1, 2, 3])}
print(len(s))
print(hash(frozenset()) == hash(frozenset()))
print(frozenset([5]))
