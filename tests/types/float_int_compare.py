# Comparisons between ints and floats are exact, even for big ints.
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(0.5 < 1 < 1.5, 3 >= 3.0, -0.0 == 0, 1 / 3 < 1)
print(max(1, 1.0), max(1.0, 1), min(2, 1.5, 3))
print(sorted([3, 1.5, 2, 0.5, -1]))
nan = float("nan")
print(nan == 1, nan < 1, 1 < nan, nan != 1)
