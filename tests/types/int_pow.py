# ** with ints, negative exponents, and three-argument pow.
print(3 ** 4, (-3) ** 3, 3 ** 0, 0 ** 5)
print(2 ** 64, 2 ** 100, (-2) ** 63)
print(2 ** -2, (-2) ** -3)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7))
print(pow(5, 0, 1), pow(7, 3, -5))
print(pow(3, -1, 7), pow(38, -1, 97))
print(pow(10 ** 20, 10 ** 20, 10 ** 9 + 7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
