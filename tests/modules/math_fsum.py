# math.fsum: exactly rounded sums (Shewchuk's partials), specials and errors
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1e16, 1, 1e-16]), math.fsum([1, 1e16, 1e-16]))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]), math.fsum([2.0 ** 53, 1.0, 2.0 ** -100]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum([0.0, -0.0]), math.fsum(range(1000)))
print(math.fsum([x / 7 for x in range(-500, 503)]), sum([x / 7 for x in range(-500, 503)]))
print(math.fsum([1 / n for n in range(1, 200)]))
print(math.fsum([(-1) ** n / (2 * n + 1) for n in range(1000)]) * 4)
print(math.fsum([2 ** 1000, -2 ** 1000, 0.5]), math.fsum([True, True, 0.25]))
print(math.fsum((1.5, 2.25)), math.fsum({3.0: 1}), math.fsum(iter([5e-324, 5e-324])))
print(math.fsum([1e308, 1e-308, -1e308]), math.fsum([1.7976931348623157e308, -1e292]))
vals = [0.1, 1e100, -1e100, 1e-16, 1.0, 2.5, -3.75, 1e308, -1e308, 5e-324, 7.0, 1 / 3]
print(math.fsum(vals), math.fsum(vals[::-1]), math.fsum(sorted(vals)))
print(math.fsum([math.inf, 1, math.inf]), math.fsum([-math.inf, 5]), math.fsum([math.nan, 1]))
print(math.fsum([math.inf, math.nan]), math.fsum([1e308, 1e308, math.inf]) if False else "skip")
for bad in [[math.inf, -math.inf], [1e308, 1e308], [1e308, 1e308, -1e308], 5, ["a"], [1, None], [10 ** 400]]:
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), ([1], [2])]:
    try:
        math.fsum(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    math.fsum(seq=[1])
except TypeError as e:
    print("TypeError", e)
