# int repr and str, underscores in literals, different bases.
print(1_000_000, 0x_ff, 0o17, 0b1010, 0XAB)
print(repr(-0), str(-5), repr(10 ** 25), str(-(10 ** 25)))
print(int("1_000"), int("-0b101", 0), int("0o17", 0))
print(123456789 * 987654321, -987654321 * 123456789)
print(2 ** 63 - 1, -(2 ** 63), 2 ** 63, 2 ** 64 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
