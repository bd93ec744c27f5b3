# MemoryError for a list far larger than memory; the program continues.
try:
    x = [0] * 10 ** 12
except MemoryError as e:
    print("MemoryError", repr(e))
y = [0] * 10
print(len(y))
