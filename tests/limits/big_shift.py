# Very large shifts: fine for zero, MemoryError or OverflowError otherwise.
print(0 << 10 ** 20, 5 >> 10 ** 20, -5 >> 10 ** 20)
for thunk in (lambda: 1 << 2 ** 70, lambda: 1 << 2 ** 62):
    try:
        thunk()
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__ + ":", e)
print(len(str(1 << 10000)))
