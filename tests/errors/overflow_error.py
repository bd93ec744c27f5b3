# OverflowError from float operations.
try:
    2.0 ** 5000
except OverflowError as e:
    print("caught:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("caught:", e)
print(10 ** 400 / 10 ** 399)
x = 10 ** 400 / 3
