# int.as_integer_ratio: (the int, 1), exact int even for bools
for n in [0, 1, -1, 10, -10 ** 30, 2 ** 64]:
    r = n.as_integer_ratio()
    print(r, type(r).__name__, len(r), type(r[0]).__name__, r[0] == n, r[1])
print(True.as_integer_ratio(), False.as_integer_ratio())
print(type(True.as_integer_ratio()[0]).__name__)
n = 123456
print(n.as_integer_ratio()[0] is n)
print(int.as_integer_ratio(7))
a, b = (-5).as_integer_ratio()
print(a / b, a // b)
try:
    (5).as_integer_ratio(1)
except TypeError as e:
    print("TypeError", e)
try:
    int.as_integer_ratio(5.0)
except TypeError as e:
    print("TypeError", e)
