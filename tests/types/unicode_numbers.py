# Unicode digits and whitespace in int()/float(), unusual str reprs, code-point ordering, float/int edge prints.
print(int("١٢٣"), int("１２"), float("１.５"), int("\u00a012\u2003"))
print(repr("\u2028"), repr("\U000e0001"), repr("\ufeff"), len("e\u0301"))
print("ß" < "ss", "İ" > "i", max("aé日"), min(["b", "B", "á"]))
print(str(123456789 ** 5), -7 // 3, -7 % 3, 7 // -3, 7 % -3)
print(0.1 + 0.2, 1 / 3 * 3, 9007199254740993, float(9007199254740993), 2 ** 0.5)
print(1e-7, 1e-6, 0.00001, 123456789.0 * 10 ** 8, 1.0e15, 1.0e16, 9.999999999999999e15)
print(int("0" * 100 + "1"), int("-" + "9" * 30), 3 ** 100 % 1000)
x = 1
x <<= 64
print(x, x >> 63, -x >> 1, x & -x, x | 1, x ^ (x - 1))
