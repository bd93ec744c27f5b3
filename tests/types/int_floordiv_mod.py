# Floor division and modulo follow the sign of the divisor.
for a in (7, -7):
    for b in (3, -3):
        print(a, b, a // b, a % b)
print(0 // 5, 0 % 5, -1 // 10, -1 % 10)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)
print((10 ** 30) % -(10 ** 20 + 1))
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print(5 // -(10 ** 25), 5 % -(10 ** 25))
