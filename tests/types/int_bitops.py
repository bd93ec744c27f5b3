# Shifts and bitwise operators, including negative numbers and big shifts.
print(1 << 10, 1 << 70, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 100)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, ~-1, ~0)
print(-6 & 0xff, -6 | 1, -6 ^ -1)
big = (1 << 100) + 12345
print(big & 0xffff, big >> 90, big | 1, big ^ big)
print(-(1 << 80) >> 79, -(1 << 80) & ((1 << 81) - 1))
print(0 << 1000, True << 3)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError:", e)
