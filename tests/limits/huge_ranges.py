# Huge ranges are fine until something needs all their items at once.
r = range(10 ** 12)
print(len(r), r[-1], r[10 ** 11], 5 in r, 10 ** 12 in r)
total = 0
for i in r:
    if i == 5:
        break
    total += i
print(total)
try:
    [1, 2] * (10 ** 11)
except MemoryError as e:
    print("MemoryError", repr(e))
print("done")
