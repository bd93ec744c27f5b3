# Conversions between the core types.
print(int("42"), int(4.7), int(-4.7), int("-0"), float("2.5"), float(3), str(3.0))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)))
print(tuple([1, 2]), set([3, 3]), dict([(1, 2)]))
print(bool(0.0), bool(0.1), bool(" "), int(" 12 "), int("1_000"))
print(str(-0.0), float("-0"), int("+7"))
print(round(7.6), round(-7.6), round(7), abs(-7), abs(-7.5))
print(bin(10), oct(10), hex(255), hex(-255), bin(-5))
