# slice objects and their use with sequences.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, None, -1))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s])
print(data[slice(None, 3)], data[slice(-3, None)])
print(data[2:8:3], data[-1:-8:-2], data[::-3])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
