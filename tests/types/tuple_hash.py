# hash() of tuples equals CPython's xxHash-based tuple hash.
for t in [(), (1,), (1, 2), (1, 2, 3), (-1,), ("",), (1.5, 2), ((1, 2), (3, 4)), (True, False), (2 ** 70, -5)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)))
