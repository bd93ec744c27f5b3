# math.prod (start=, any operands that multiply) and math.dist / math.hypot (CPython's vector_norm)
import math
print(math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2, 4]), math.prod([2, 3], start=10))
print(math.prod([[1, 2]], start=3), math.prod([], start=None), math.prod([True, True]), math.prod((2,) * 100))
print(math.prod([3, "ab"]), math.prod(["ab"], start=2), math.prod(range(1, 31)) == math.factorial(30))
print(math.prod([0.1] * 5), math.prod([10 ** 20, 10 ** 20, 0.5]), math.prod(iter([2, 2.5])))
for bad in [(1,), (["a", "b"],), ([None],), ([1], 2)]:
    try:
        print(math.prod(*bad))
    except TypeError as e:
        print("TypeError", e)
for kw in [{"foo": 1}, {"iterable": []}]:
    try:
        print(math.prod(**kw))
    except TypeError as e:
        print("TypeError", e)
print(math.hypot(), math.hypot(3, 4), math.hypot(-7), math.hypot(1, 1), math.hypot(*[0.1] * 10))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-310, 2e-310, 3e-310))
print(math.hypot(1.5, 2.5, 3.5), math.hypot(3, 4, 12, 84), math.hypot(True, True), math.hypot(10 ** 20, 1))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(-math.inf, 1), math.hypot(0.0, -0.0))
print([math.hypot(x, x + 1) for x in [0.3, 1.7, 12.125, 1e-200, 3e200]])
print(math.dist((0, 0), (3, 4)), math.dist([1.1, 2.2, 3.3], (4.4, 5.5, 6.6)), math.dist((), ()))
print(math.dist(range(5), [1] * 5), math.dist((1e308,), (-1e308,)), math.dist([2.5], [-2.5]))
print(math.dist((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17), [0] * 17))
for bad in [([1], [1, 2]), (1, 2), ([1], 2), (["a"], [1]), ([1, 2],)]:
    try:
        print(math.dist(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for f, kw in [(math.hypot, {"x": 1}), (math.dist, {"p": [1], "q": [2]})]:
    try:
        f(**kw)
    except TypeError as e:
        print("TypeError", e)
try:
    math.hypot(1, "a")
except TypeError as e:
    print("TypeError", e)
