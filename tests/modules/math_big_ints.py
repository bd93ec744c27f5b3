# math functions on ints beyond a float's range: logs via frexp, exact int functions, floor/ceil
import math
for k in [10, 100, 308, 309, 400, 1000, 5000]:
    n = 10 ** k
    print(k, math.log(n), math.log10(n), math.log2(n), math.log(n, 10), math.log(n, 2))
for k in [1023, 1024, 1025, 2000, 100000]:
    n = 2 ** k
    print(k, math.log2(n), math.log(n), math.log2(n - 1), math.log2(n + 1), math.log10(n))
print(math.log(3 ** 2000), math.log2(7 ** 999), math.log(10 ** 400, 10 ** 200), math.log1p(10 ** 300))
print(math.log(2 ** 1024 - 1), math.log(2 ** 1024 + 2 ** 970), math.log(2 ** 1075 + 1), math.log(10 ** 400 + 1))
big = 12345678901234567890123456789 ** 20
print(math.floor(big) == big, math.ceil(-big) == -big, math.trunc(big) == big, type(math.floor(big)).__name__)
print(math.isqrt(big) ** 2 <= big, math.gcd(big, big * 3) == big, math.lcm(big, 2) == big * 2 if big % 2 else big)
print(math.factorial(50), math.comb(10 ** 30, 3), math.perm(10 ** 25, 2))
print(math.prod([10 ** 30, 10 ** 30]), math.fsum([10 ** 300, -10 ** 300, 1]), math.hypot(10 ** 150, 10 ** 150))
print(math.isclose(10 ** 300, 10 ** 300 + 10 ** 280), math.dist([10 ** 200], [0]))
for f in [math.sqrt, math.exp, math.sin, math.isinf, math.fabs, math.frexp, math.modf]:
    try:
        print(f(10 ** 400))
    except OverflowError as e:
        print(f.__name__, "OverflowError", e)
for n in [0, -1, -(10 ** 400)]:
    for f in [math.log, math.log2, math.log10]:
        try:
            f(n)
        except ValueError as e:
            print(f.__name__, n if n > -10 else "-big", "ValueError", e)
print(math.ldexp(1, 2 ** 70) if False else "ldexp", math.ldexp(0.5, -(2 ** 70)))
