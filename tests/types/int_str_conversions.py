# int <-> str conversions with bases, signs, whitespace and underscores.
print(int("  42  "), int("-42"), int("+42"), int("4_2"), int("0"))
print(int("101", 2), int("-ff", 16), int("Z", 36), int("0x1A", 16), int("0b11", 0), int("0o7", 0))
print(str(-123), repr(2 ** 70), str(-(2 ** 70)))
for text, base in (("12a", 10), ("", 10), ("_1", 10), ("1__2", 10), ("9", 8), ("0x", 16), ("1 2", 10)):
    try:
        int(text, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
