# Ordering comparisons between unrelated types raise TypeError; == never does.
pairs = [({}, {}), (1, "1"), ([], ()), (None, None), (1.5, [1]), ({1}, 1), ("a", 1)]
for a, b in pairs:
    print(a == b, end=" ")
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print(sorted([3, 1, 2]))
print(sorted([3, "1", 2]))
