# Big ints with sequence repetition, ranges, floor division, hashing and shifts.
big = 2 ** 64
print(big)
print([0] * -(10 ** 30))
print("ab" * -(10 ** 30))
print(range(-(10 ** 30), 10 ** 30, 10 ** 29)[5])
print(list(range(10 ** 30, 10 ** 30 + 3)))
print((10 ** 30) in range(0, 10 ** 31, 10 ** 29))
print(-(10 ** 30) % 7, (10 ** 30) // -7, divmod(-(10 ** 30), 10 ** 15 + 7))
print(abs(-(2 ** 200)) == 2 ** 200, hash(2 ** 200) == hash(2 ** 200 % (2 ** 61 - 1)))
print(1 << 100 >> 99, (1 << 200) - (1 << 199) == 1 << 199, ~(2 ** 100))
