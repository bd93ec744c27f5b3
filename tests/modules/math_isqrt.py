# math.isqrt: exact integer square roots for ints of every size
import math
for n in [0, 1, 2, 3, 4, 8, 9, 15, 16, 17, 24, 25, 26, 99, 100, 101, True, False]:
    print(n, math.isqrt(n))
for k in [31, 32, 52, 53, 62, 63, 64, 65, 100, 127, 128, 500]:
    p = 2 ** k
    for n in [p - 1, p, p + 1]:
        r = math.isqrt(n)
        print(k, r, r * r <= n < (r + 1) * (r + 1))
for n in [10 ** 40, 10 ** 41, 10 ** 40 - 1, (10 ** 30 + 7) ** 2, (10 ** 30 + 7) ** 2 - 1, 3 ** 301]:
    r = math.isqrt(n)
    print(r, r * r <= n < (r + 1) ** 2)
print([math.isqrt(n) for n in range(30)])
print(type(math.isqrt(True)).__name__)
for bad in [-1, -(10 ** 30), 1.0, "4", None, 2.5]:
    try:
        print(math.isqrt(bad))
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
for args in [(), (1, 2)]:
    try:
        math.isqrt(*args)
    except TypeError as e:
        print("TypeError", e)
