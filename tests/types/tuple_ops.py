# Tuples: packing, indexing, slicing, concatenation, comparison, hashing as dict keys.
t = (1, "two", 3.0)
print(t, t[1], t[-1], t[::-1], t[:2])
print((), (1,), (1, 2) + (3,), (0,) * 3)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
print(len(t), "two" in t, tuple([1, 2]), tuple("ab"), tuple(range(3)))
d = {(1, 2): "a", (3,): "b"}
print(d[(1, 2)], d[3,])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print(min((3, 1, 2)), max(("b", "a")))
