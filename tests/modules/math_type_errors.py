# TypeErrors of the math module: argument types and counts, with CPython's exact texts
import math
one_arg = [math.sqrt, math.exp, math.log2, math.log10, math.log1p, math.sin, math.acosh, math.fabs,
           math.degrees, math.radians, math.isnan, math.isinf, math.isfinite, math.floor, math.ceil,
           math.frexp, math.modf, math.cbrt, math.erf if hasattr(math, "nothing") else math.tanh]
for f in one_arg:
    for bad in ["a", None, [1.0]]:
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
    for args in [(), (1, 2)]:
        try:
            f(*args)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
    try:
        f(x=1)
    except TypeError as e:
        print(f.__name__, "TypeError", e)
for f in [math.atan2, math.copysign, math.fmod, math.pow, math.ldexp]:
    for args in [(1,), (1, 2, 3), ("a", 1), (1, "b")]:
        try:
            f(*args)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
    try:
        f(x=1, y=2)
    except TypeError as e:
        print(f.__name__, "TypeError", e)
for f, arg in [(math.trunc, "a"), (math.trunc, None), (math.log, "a"), (math.log, None), (math.factorial, 2.0),
               (math.isqrt, "9"), (math.gcd, 1.5), (math.fsum, 3), (math.fsum, [1, "x"])]:
    try:
        f(arg)
    except TypeError as e:
        print(f.__name__, "TypeError", e)
for args in [(), (), (1, 2, 3)]:
    try:
        math.log(*args)
    except TypeError as e:
        print("log TypeError", e)
try:
    math.log(1, base=2)
except TypeError as e:
    print("TypeError", e)
try:
    math.sqrt(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(math.sqrt(True), math.floor(False), math.exp(False), math.log(True), math.fabs(-True))
