# MemoryError (or OverflowError) for huge string repetition.
try:
    s = "a" * 10 ** 15
except MemoryError as e:
    print("MemoryError", repr(e))
try:
    s = "ab" * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
print(len("a" * 1000))
