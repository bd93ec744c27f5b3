# Chained comparisons evaluate each operand once and stop early.
def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3)
print(1 < 3 < 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 == 1 == 1, 1 == 1 != 1)
print(1 < 2 > 0 != 3)
print("a" < "b" <= "b" < "c")
print(1 in [1, 2] in [[1, 2]])
