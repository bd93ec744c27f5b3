# math.gamma, lgamma (CPython's Lanczos code) and remainder (IEEE 754 remainder), with errors
import math
xs = [0.5, 1, 2, 3, 5, 10, 23, 24, 25.5, 1.5, 0.1, 1e-10, 1e-21, -1e-21, -0.5, -1.5, -2.5, -10.3,
      30.7, 100.25, 139.9, 140.5, 171.5, -171.5, -200.5, -250.5, 1e-300]
for x in xs:
    print(repr(x), math.gamma(x), math.lgamma(x))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.nan), math.lgamma(math.nan))
print(math.gamma(5) == math.factorial(4), math.gamma(0.5) ** 2, math.lgamma(1), math.lgamma(2), math.lgamma(True))
for f, x in [(math.gamma, 0), (math.gamma, -0.0), (math.gamma, -1), (math.gamma, -2.0), (math.gamma, -math.inf),
             (math.gamma, 172), (math.gamma, 1e300), (math.gamma, 5e-324), (math.lgamma, 0), (math.lgamma, -3),
             (math.lgamma, 1e308), (math.gamma, "a"), (math.lgamma, None)]:
    try:
        print(f.__name__, x, f(x))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, repr(x), type(e).__name__, e)
for x, y in [(5, 2), (7, 2), (-5, 2), (5.5, 1), (6.5, 1), (-6.5, 1), (10, 3), (-10, 3), (1e308, 1e-308),
             (2.5, -1.0), (1, math.inf), (-0.0, 1), (3, 1.5), (4.5, 3), (1e20, 7)]:
    print(x, y, math.remainder(x, y))
print(math.remainder(math.nan, 1), math.remainder(1, math.nan))
for args in [(1, 0), (math.inf, 1), (-math.inf, 2), (1,), ("a", 1)]:
    try:
        print(math.remainder(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
