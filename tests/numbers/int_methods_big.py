# int methods and attributes on big ints and in expressions (bound methods, map, sorting keys)
big = 3 ** 200
neg = -(7 ** 150)
for n in [big, neg, big * neg, 2 ** 4000 - 1, -(2 ** 4000)]:
    r = n.as_integer_ratio()
    print(n.bit_length(), n.bit_count(), r[1], r[0] == n, n.conjugate() == n, n.real == n, n.imag, n.denominator)
print(list(map(int.bit_length, [0, 1, 255, 256, -65536, 2 ** 64])))
print(sorted([2 ** 70, 5, -3, 2 ** 10, -(2 ** 65)], key=int.bit_length))
print([n.bit_count() for n in [0xFF, 0xF0F0, -1, -2 ** 64, 2 ** 64 + 1]])
f = big.bit_length
print(f() == big.bit_length(), f.__name__, type(f).__name__)
print((12345).numerator + (12345).denominator, (-8).real, (-8).imag + 1)
print(int.conjugate(big) == big, int.as_integer_ratio(-1), bool.as_integer_ratio(True))
print(max([big, neg], key=int.bit_count) == big, (1 << 1000).bit_length(), ((1 << 1000) - 1).bit_count())
try:
    big.bit_length(big)
except TypeError as e:
    print("TypeError", e)
try:
    neg.numerator = 1
except AttributeError:
    print("AttributeError")
