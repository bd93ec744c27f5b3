# hash() of ints, including negatives, -1 and numbers beyond the modulus.
for n in (0, 1, -1, -2, 42, -42, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30):
    print(n, hash(n))
print(hash(True), hash(False))
print(hash(1) == hash(1.0), hash(2 ** 61 - 1) == hash(0))
