# math.nextafter and math.ulp at zero, subnormals, powers of two, the largest float and specials
import math
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (-1.0, -2.0), (-1.0, 0.0),
             (5e-324, 0.0), (-5e-324, 0.0), (2.0, -math.inf), (1.7976931348623157e308, math.inf),
             (math.inf, 0.0), (-math.inf, 0.0), (3.0, 3.0), (0.0, -0.0), (1.0, math.nan), (math.nan, 1.0),
             (1, 2), (True, 5), (2.0 ** -1022, 0.0), (2.0 ** 52, math.inf)]:
    print(x, y, repr(math.nextafter(x, y)))
for x in [1.0, -1.0, 0.0, -0.0, 5e-324, 2.0 ** -1022, 2.0 ** 52, 2.0 ** 53, 1e300, 1.7976931348623157e308,
          math.inf, -math.inf, 0.1, 3, 10 ** 20, 1e-310]:
    print(repr(x), repr(math.ulp(x)))
print(math.isnan(math.ulp(math.nan)), math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0))
x = 1.0
for i in range(5):
    x = math.nextafter(x, 2)
print(repr(x), (x - 1.0) / math.ulp(1.0))
for bad in [(1,), (1, 2, 3), ("a", 1), (1, None)]:
    try:
        math.nextafter(*bad)
    except TypeError as e:
        print("TypeError", e)
for bad in [(), ("a",), (1, 2)]:
    try:
        math.ulp(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    math.nextafter(x=1, y=2)
except TypeError as e:
    print("TypeError", e)
