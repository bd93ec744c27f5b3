# math.factorial, comb and perm: exact ints, edge cases and CPython's errors
import math
for n in [0, 1, 2, 5, 10, 20, 21, 25, True, False]:
    print(n, math.factorial(n))
f1000 = math.factorial(1000)
print(len(str(f1000)), f1000 % (10 ** 9 + 7), f1000 // math.factorial(998))
for n, k in [(10, 3), (10, 0), (10, 10), (0, 0), (5, 7), (100, 50), (52, 5), (10 ** 20, 2), (10 ** 20, 10 ** 20 - 1), (True, True)]:
    print(n, k, math.comb(n, k))
for n, k in [(10, 3), (10, 0), (5, 5), (5, 7), (0, 0), (10 ** 20, 2), (20, 20)]:
    print(n, k, math.perm(n, k))
print(math.perm(6), math.perm(0), math.perm(6, None), math.comb(300, 150) % 1000003)
print(sum([math.comb(20, k) for k in range(21)]) == 2 ** 20)
print([math.comb(6, k) for k in range(8)])
for f, args in [(math.factorial, (1.5,)), (math.factorial, (5.0,)), (math.factorial, ("5",)), (math.factorial, (-1,)),
                (math.factorial, (10 ** 20,)), (math.factorial, ()), (math.factorial, (1, 2)),
                (math.comb, (5,)), (math.comb, (1.0, 2)), (math.comb, (5, 2.0)), (math.comb, (-1, 2)), (math.comb, (5, -2)),
                (math.perm, ()), (math.perm, (1, 2, 3)), (math.perm, (5, -1)), (math.perm, (-5,)), (math.perm, (5.5, 1))]:
    try:
        print(f.__name__, args, f(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(f.__name__, args, type(e).__name__, e)
for f in [math.comb, math.perm]:
    try:
        f(n=5, k=1)
    except TypeError as e:
        print("TypeError", e)
