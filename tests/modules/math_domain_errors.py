# "math domain error" (ValueError) from every function with a domain, and NaN passing through
import math
cases = [
    ("sqrt", math.sqrt, (-1,)), ("sqrt", math.sqrt, (-math.inf,)), ("log", math.log, (0,)),
    ("log", math.log, (-10 ** 400,)), ("log", math.log, (False,)), ("log2", math.log2, (-0.5,)),
    ("log10", math.log10, (0.0,)), ("log1p", math.log1p, (-1.0,)), ("acos", math.acos, (1.0000001,)),
    ("asin", math.asin, (-2,)), ("acosh", math.acosh, (0.99,)), ("atanh", math.atanh, (1.0,)),
    ("sin", math.sin, (math.inf,)), ("cos", math.cos, (-math.inf,)), ("tan", math.tan, (math.inf,)),
    ("fmod", math.fmod, (1, 0)), ("fmod", math.fmod, (math.inf, 2)), ("pow", math.pow, (0, -1)),
    ("pow", math.pow, (-0.0, -2.5)), ("pow", math.pow, (-1, 0.5)), ("pow", math.pow, (-8, 1 / 3)),
    ("isqrt", math.isqrt, (-1,)), ("factorial", math.factorial, (-1,)), ("factorial", math.factorial, (-10 ** 30,)),
    ("comb", math.comb, (-1, 2)), ("comb", math.comb, (5, -2)), ("perm", math.perm, (5, -1)),
    ("perm", math.perm, (-5,)), ("perm", math.perm, (-5, 2)), ("isclose", math.isclose, (1, 1, -1)),
]
for name, f, args in cases:
    try:
        print(name, args, f(*args))
    except ValueError as e:
        print(name, args, "ValueError", e)
    except TypeError as e:
        print(name, args, "TypeError", e)
for kw in [{"rel_tol": -1}, {"abs_tol": -0.1}, {"rel_tol": -math.inf}]:
    try:
        math.isclose(1, 1, **kw)
    except ValueError as e:
        print(kw, "ValueError", e)
for f in [math.sqrt, math.log, math.sin, math.acos, math.atanh, math.exp, math.fabs, math.floor]:
    try:
        print(f(math.nan))
    except ValueError as e:
        print("ValueError", e)
print(math.fmod(math.nan, 0), math.pow(math.nan, math.nan), math.atan2(math.nan, 1))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError", e)
try:
    math.dist([1, 2], [1])
except ValueError as e:
    print("ValueError", e)
