# math.log (with a base), log2, log10, log1p, exp, exp2, expm1
import math
for x in [1, 2, 10, 0.5, 1e-300, 1e300, math.e, 100, 1024, True, math.inf]:
    print(repr(x), math.log(x), math.log2(x), math.log10(x))
for x, b in [(8, 2), (100, 10), (7, 2), (2, 0.5), (1, 10), (10 ** 100, 10 ** 50), (math.e, math.e), (9, 3.0)]:
    print(x, b, math.log(x, b))
for x in [0, 1e-20, -0.5, 1, 1e300, -1e-300, math.inf]:
    print(repr(x), math.log1p(x))
for x in [0, 1, -1, 0.5, 709, -745, -1000, 1e-10, -math.inf, math.inf]:
    print(repr(x), math.exp(x), math.expm1(x), math.exp2(x))
print(math.exp(1) == math.e, math.log(math.exp(2)), math.expm1(1e-10), math.log1p(1e-20))
for name, f, args in [("log", math.log, (0,)), ("log", math.log, (-1,)), ("log", math.log, (0.0,)),
                      ("log", math.log, (-math.inf,)), ("log", math.log, (2, 1)), ("log", math.log, (2, 1.0)),
                      ("log", math.log, (0.0, 2)), ("log", math.log, (2, 0)), ("log", math.log, (-2, "a")),
                      ("log2", math.log2, (0,)), ("log10", math.log10, (-5.5,)), ("log1p", math.log1p, (-1,)),
                      ("log1p", math.log1p, (-2,)), ("exp", math.exp, (1000,)), ("expm1", math.expm1, (710,)),
                      ("exp2", math.exp2, (1024,)), ("log", math.log, ()), ("log", math.log, (1, 2, 3))]:
    try:
        print(name, args, f(*args))
    except Exception as e:
        print(name, args, type(e).__name__, e)
try:
    math.log(x=10)
except TypeError as e:
    print("TypeError", e)
print(math.log(math.nan), math.exp(math.nan), math.log2(math.nan))
