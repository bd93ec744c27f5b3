# int.bit_length and int.bit_count on small, negative, word-boundary and big ints
for n in [0, 1, -1, 2, 3, 7, 8, 255, 256, -256, 1023, 1024]:
    print(n, n.bit_length(), n.bit_count())
for k in [31, 32, 62, 63, 64, 65, 100, 1000]:
    p = 2 ** k
    print(k, p.bit_length(), (p - 1).bit_length(), (-p).bit_length(), (p - 1).bit_count(), (-p - 1).bit_count())
big = 12345678901234567890123456789012345678901234567890
print(big.bit_length(), big.bit_count(), (-big).bit_count())
print((2 ** 1000 - 1).bit_count(), (3 ** 500).bit_count())
# the bound method and the unbound descriptor agree
f = (1000).bit_length
print(f(), int.bit_length(1000), int.bit_count(-7))
print(type(f).__name__, f.__name__)
print([x.bit_length() for x in range(-4, 5)])
print(sum([x.bit_count() for x in range(64)]))
for bad in [lambda: (5).bit_length(1), lambda: (5).bit_count(2, 3),
            lambda: (5).bit_length(x=1), lambda: int.bit_length(),
            lambda: int.bit_length(1.5), lambda: int.bit_count("7")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
