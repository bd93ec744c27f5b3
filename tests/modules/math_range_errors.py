# "math range error" (OverflowError) and the other overflows of the math module
import math
cases = [
    (math.exp, (1000,)), (math.exp, (709.8,)), (math.expm1, (710,)), (math.exp2, (1024,)),
    (math.sinh, (711,)), (math.sinh, (-711,)), (math.cosh, (-800,)), (math.pow, (10, 400)),
    (math.pow, (-10, 401)), (math.pow, (1e300, 2)), (math.ldexp, (1, 1024)), (math.ldexp, (1.5, 10 ** 30)),
    (math.ldexp, (1e308, 2)), (math.fsum, ([1e308, 1e308],)), (math.fsum, ([1e308, 1e308, -1e308],)),
    (math.sqrt, (10 ** 400,)), (math.sin, (-(10 ** 400),)), (math.isinf, (10 ** 400,)), (math.hypot, (1, 10 ** 400)),
    (math.floor, (math.inf,)), (math.ceil, (-math.inf,)), (math.trunc, (math.inf,)),
    (math.factorial, (10 ** 20,)), (math.comb, (10 ** 30, 10 ** 20)), (math.perm, (10 ** 30, 10 ** 20)),
    (math.degrees, (1e308,)), (math.copysign, (1e308, -1)),
]
for f, args in cases:
    try:
        print(f.__name__, args, f(*args))
    except OverflowError as e:
        print(f.__name__, "OverflowError", e)
# tiny results underflow quietly
print(math.exp(-1000), math.pow(10, -400), math.ldexp(1, -2000), math.ldexp(1, -10 ** 30), math.exp2(-1100))
print(math.fsum([1e308, 1e-308, -1e308]), math.hypot(1e308, 1e308), math.dist((1e308,), (-1e308,)))
print(math.log(10 ** 400), math.log2(2 ** 5000), math.log10(10 ** 1000))
