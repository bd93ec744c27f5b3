# for over strings, tuples, dicts (keys), sets of ints, enumerate and zip.
for ch in "abc":
    print(ch, end=",")
print()
for item in (1, "two", 3.0):
    print(repr(item), end=" ")
print()
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, d[k])
for k, v in zip(d, [10, 20, 30]):
    print(k, "=", v)
for i, c in enumerate("hi", start=1):
    print(i, c)
for a, b in zip([1, 2, 3], "abcd"):
    print(a, b)
print(sorted({3, 1, 2}))
