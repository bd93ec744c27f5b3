# hash() of floats equals hash of the equal int; fractions hash as CPython does.
for v in (0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 2.5, 1e100, 3.14159, -2.0 ** 70, 123456.789):
    print(repr(v), hash(v))
print(hash(2.0) == hash(2), hash(2 ** 70) == hash(2.0 ** 70))
