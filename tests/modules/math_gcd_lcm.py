# math.gcd and math.lcm: any number of arguments, signs, zeros, bools and big ints
import math
print(math.gcd(), math.lcm(), math.gcd(0), math.lcm(0))
for n in [12, -12, 0, 1, True, 2 ** 100, -(3 ** 70)]:
    print(n, math.gcd(n), math.lcm(n))
for args in [(12, 18), (18, 12), (-12, 18), (12, -18), (0, 5), (5, 0), (0, 0), (1, 10 ** 30), (7, 13), (True, 6)]:
    print(args, math.gcd(*args), math.lcm(*args))
for args in [(12, 18, 30), (-4, 6, 10), (2, 3, 5, 7), (0, 0, 9), (6, 10, 15), (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]:
    print(args, math.gcd(*args), math.lcm(*args))
big1, big2 = 2 ** 300 * 3 ** 50, 2 ** 200 * 3 ** 80 * 5
print(math.gcd(big1, big2) == 2 ** 200 * 3 ** 50, math.lcm(big1, big2) == 2 ** 300 * 3 ** 80 * 5)
print(math.gcd(2 ** 64, 2 ** 63 + 2 ** 10), math.lcm(2 ** 64, 3 ** 40, 5))
print(math.lcm(*range(1, 21)), math.gcd(*range(0, 100, 6)))
print(type(math.gcd(True, True)).__name__, math.gcd(True, True))
for bad in [(1.5,), (1, 2.0), ("a", 1), (1, None), (3, 4, 5.0)]:
    for f in [math.gcd, math.lcm]:
        try:
            print(f(*bad))
        except TypeError as e:
            print(f.__name__, bad, "TypeError", e)
for f in [math.gcd, math.lcm]:
    try:
        f(a=1)
    except TypeError as e:
        print("TypeError", e)
