# range objects: repr, len, indexing, slicing, containment, equality.
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[2:4], r[::-1])
print(range(5), range(0, 5), range(1, 10, 2))
print(list(r), 5 in r, 6 in r, -1 in r)
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 5, 2) == range(1, 6, 2))
print(range(10 ** 20)[-1], range(10 ** 20)[5:7])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
print(list(range(-5, 5, 4)), list(range(5, -5, -4)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
