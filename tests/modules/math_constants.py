# math's constants and their relations
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), repr(math.e), repr(math.tau), type(math.pi).__name__, type(math.inf).__name__)
print(math.tau == 2 * math.pi, math.inf == float("inf"), math.nan == math.nan, math.nan != math.nan)
print(math.isnan(math.nan), math.isinf(math.inf), math.inf > 1e308, -math.inf < -1e308)
print(math.pi.hex(), math.e.as_integer_ratio(), math.tau.is_integer(), math.inf.is_integer())
print(math.cos(math.pi), math.sin(math.tau), math.log(math.e), math.exp(1) == math.e)
print(math.degrees(math.pi), math.radians(180) == math.pi, math.pi / 4, math.e ** 2, round(math.pi, 5))
print(hash(math.inf), hash(-math.inf), hash(math.pi), hash(math.e))
print(f"{math.pi:.10f} {math.e:e} {math.tau:g} {math.inf} {math.nan}")
print(math.__name__, type(math).__name__, math.sqrt.__name__, math.pi is math.pi)
for name in ["pi", "e", "tau", "inf", "nan", "sqrt", "fsum", "isqrt", "cbrt", "exp2"]:
    print(name, hasattr(math, name))
try:
    math.nope
except AttributeError as e:
    print("AttributeError", e)
print(str(math.nan), str(-math.inf), math.inf - math.inf == math.inf - math.inf)
math.answer = 42
print(math.answer)
