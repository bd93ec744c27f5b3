# math: sqrt, fabs, copysign, fmod, pow and conversions of int, bool and float arguments
import math
for x in [0, 1, 2, 4, 0.25, 2.0, 1e100, 10 ** 30, True, 1e-320, math.inf]:
    print(repr(x), math.sqrt(x))
print(math.sqrt(-0.0), math.sqrt(math.nan))
for x in [-3, -0.0, 2.5, -math.inf, False, -10 ** 20]:
    print(repr(x), math.fabs(x))
for x, y in [(1, -0.0), (-3, 2), (math.nan, -1), (2, math.inf), (0.0, -5), (-1.5, 0.0)]:
    print(x, y, math.copysign(x, y))
for x, y in [(7, 3), (-7, 3), (7, -3), (5, math.inf), (-0.0, 1), (1e300, 3.3), (10, 0.1), (-5.5, 2)]:
    print(x, y, math.fmod(x, y), x % y)
for x, y in [(2, 0.5), (2, 10), (2, -1), (-2.0, 3), (0.0, 0), (-0.0, 3), (10, -300), (1.5, 2.5), (4, 0.5)]:
    print(x, y, math.pow(x, y))
print(math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(math.nan, 1))
print(math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(-math.inf, 2), math.pow(math.inf, 0))
print(math.pow(0.5, -math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf), math.pow(0.5, math.inf))
print(type(math.sqrt(4)).__name__, type(math.pow(2, 2)).__name__, math.pow(2, 2) == 2 ** 2)
for f in [math.sqrt, math.pow]:
    print(f.__name__, f)
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1e308), math.isfinite(math.nan), math.isfinite(5), math.isnan(True))
