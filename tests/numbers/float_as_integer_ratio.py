# float.as_integer_ratio: exact, lowest terms, power-of-two denominators; inf and nan fail
for x in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1 / 3, 3.14159, 1e22, 1e-10, 2.0 ** -1074,
          1.7976931348623157e308, -123.456]:
    n, d = x.as_integer_ratio()
    print(repr(x), n, d, n / d == x, d & (d - 1) == 0)
print(type((2.5).as_integer_ratio()[0]).__name__)
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (1.0).as_integer_ratio(2)
except TypeError as e:
    print("TypeError", e)
