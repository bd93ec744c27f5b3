# float repr: shortest round trip, exponent forms, special values.
vals = [0.1, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789012345678.0, 1e-05, 0.0001,
        1.5e-7, 2.5, 1 / 3, 2 / 3, 1e22, 1e300 * 10, 1.7976931348623157e308, 5e-324,
        float("inf"), float("-inf"), float("nan"), 100.0, 1e100, 3.0e-10]
for v in vals:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(float("1.5"), float(" -2 "), float("1e3"), float("inf"), float("-Infinity"), float(7))
