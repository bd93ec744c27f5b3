# Keys of several hashable types in one dict; unhashable keys raise TypeError.
d = {}
d[1] = "int"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
d[2.5] = "float"
d[frozenset([1])] = "frozenset"
print(len(d), d[1], d["1"], d[(1,)], d[None], d[2.5], d[frozenset({1})])
print(d)
for bad in ([1], {1: 2}, {1}):
    try:
        d[bad] = 0
    except TypeError as e:
        print("TypeError:", e)
