# trigonometric functions, atan2, degrees and radians, checked for exact libm results
import math
xs = [0.0, -0.0, 0.5, -0.5, 1.0, 1.5707963267948966, 3.141592653589793, 2.0, -3.0, 10.0, 1e5, 1e-8, 100.25, 0.1]
for x in xs:
    print(repr(x), math.sin(x), math.cos(x), math.tan(x))
for x in [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 0.999999, 1e-9, 0.3]:
    print(repr(x), math.asin(x), math.acos(x), math.atan(x))
for x in [2.0, -2.0, 1e300, math.inf, -math.inf]:
    print(repr(x), math.atan(x))
for y, x in [(1, 1), (1, -1), (-1, -1), (0.0, -0.0), (-0.0, -1), (math.inf, math.inf), (1, 0), (0, 0), (-math.inf, 1), (3, 4)]:
    print(y, x, math.atan2(y, x))
for x in [0, 1, math.pi, -math.pi / 2, 180, 45, 1e300, 2 * math.pi]:
    print(x, math.degrees(x), math.radians(x))
print(math.degrees(math.radians(90)), math.radians(math.degrees(1)))
for f in [math.sin, math.cos, math.tan]:
    for bad in [math.inf, -math.inf]:
        try:
            print(f(bad))
        except ValueError as e:
            print(f.__name__, "ValueError", e)
    print(f.__name__, f(math.nan))
for f, x in [(math.asin, 1.5), (math.acos, -2), (math.asin, math.inf)]:
    try:
        print(f(x))
    except ValueError as e:
        print(f.__name__, x, "ValueError", e)
print(math.sin(10 ** 20), math.cos(2 ** 60), math.atan2(True, False))
