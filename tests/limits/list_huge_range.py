# list(), tuple() and sorted() of a huge range fail at once (the length hint is too big to
# allocate) instead of growing until memory runs out.
for name, make in (("list", list), ("tuple", tuple), ("sorted", sorted)):
    try:
        make(range(10 ** 12))
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, e)
try:
    list(range(10 ** 20))
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
print(len(list(range(10))))
