# The ~~~^^^ markers under a binary operation inside a longer expression.
def compute(a, b, c):
    return a * 2 + b / c - 7

print(compute(1, 2, 3))
print(compute(1, 2, 0))
