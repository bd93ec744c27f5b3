# An uncaught OverflowError from int-to-float conversion.
big = 2 ** 1100
print(big > 0)
print(big * 1.0)
