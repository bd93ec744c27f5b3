# sinh, cosh, tanh and the inverses, glibc's exact results, overflow and domain errors
import math
for x in [0.0, -0.0, 0.5, -0.5, 1.0, 2.0, -3.0, 10.0, 20.5, 1e-10, 700.0, -700.0, 0.1, 1e-300]:
    print(repr(x), math.sinh(x), math.cosh(x), math.tanh(x))
for x in [0.0, -0.0, 0.5, -0.5, 1.0, 2.0, -3.0, 10.0, 1e-10, 1e10, 1e300, 0.1, 3.7, -1e-300, 2.5e-9]:
    print(repr(x), math.asinh(x))
for x in [1.0, 1.0000001, 1.5, 2.0, 2.5, 10.0, 1e10, 1e300, 3.3, 123456.789]:
    print(repr(x), math.acosh(x))
for x in [0.0, -0.0, 0.1, -0.25, 0.5, -0.5, 0.75, 0.999999, -0.9999999999, 1e-10, 3e-9, 0.3]:
    print(repr(x), math.atanh(x))
print(math.sinh(math.inf), math.cosh(-math.inf), math.tanh(math.inf), math.tanh(-1000))
print(math.asinh(math.inf), math.asinh(-math.inf), math.acosh(math.inf), math.asinh(math.nan))
for f, x in [(math.sinh, 1000), (math.sinh, -1000), (math.cosh, 711), (math.cosh, -1000),
             (math.acosh, 0.5), (math.acosh, 0), (math.acosh, -math.inf), (math.atanh, 1), (math.atanh, -1),
             (math.atanh, 1.5), (math.atanh, math.inf)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
print(math.atanh(math.nan), math.acosh(math.nan))
