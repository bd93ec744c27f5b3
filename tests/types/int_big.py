# Arbitrary-precision integers: arithmetic, comparison and printing.
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(-a // 7, -a % 7)
print(a > b, a < b, a == 2 ** 200, a != b)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(len(str(2 ** 1000)))
print(int("9" * 50) + 1)
print(-(10 ** 40), abs(-(10 ** 40)))
print(10 ** 40 == 10.0 ** 40, 2 ** 60 == float(2 ** 60))
