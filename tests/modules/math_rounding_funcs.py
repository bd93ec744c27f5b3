# math.floor, ceil, trunc, modf, frexp, ldexp: ints stay ints (big ones too), floats become ints
import math
for x in [1.5, -1.5, 2.0, -0.0, 0.49999999999999994, 1e20, -1e300, 2.5, -2.5, 7, -7, 10 ** 40, True, False]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(1e308) == int(1e308), math.ceil(-1e-300), math.trunc(-0.9))
for f in [math.floor, math.ceil, math.trunc]:
    for bad in [math.inf, -math.inf, math.nan, "1.5", None]:
        try:
            print(f(bad))
        except (ValueError, OverflowError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
for x in [0.0, -0.0, 1.5, -1.5, 1e300, -math.inf, math.inf, 5, -2.75, 1e-310]:
    print(repr(x), math.modf(x))
print(math.modf(math.nan))
for x in [0.0, -0.0, 1.0, 8.0, -0.3, 5e-324, 1e308, math.inf, 10 ** 20, 3, 0.1]:
    m, e = math.frexp(x)
    print(repr(x), m, e, math.ldexp(m, e) == x)
for x, e in [(1.5, -1074), (1.0, -1075), (3.0, -1076), (0.75, -1073), (1.0, 1023), (-2.5, 3), (math.inf, -5),
             (0.0, 10 ** 40), (-1.0, -10 ** 40), (1.0000000000000002, -1074), (1, True), (5, 0), (1.0, -1022)]:
    print(x, e, math.ldexp(x, e))
for bad in [(1, 1024), (1, 10 ** 30), (1e308, 10), (1, 1.5), ("a", 1), (1, "a"), (1, None)]:
    try:
        print(math.ldexp(*bad))
    except (OverflowError, TypeError) as e:
        print(bad, type(e).__name__, e)
