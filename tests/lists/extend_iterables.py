# list.extend and += and slice assignment accept any iterable: ranges, strs, dicts, sets, zips, maps
l = []
l.extend(range(2, 8, 3))
l.extend("hi")
l.extend({"a": 1})
l.extend({5})
l.extend(frozenset())
l.extend(zip([1, 2], "ab"))
l.extend(enumerate("xy"))
l.extend(map(str, [7, 8]))
l.extend(filter(None, [0, 9, 0]))
l.extend(reversed([1, 2]))
l.extend(iter((10, 11)))
print(l)
m = [0]
m += range(3)
m += reversed("ab")
m += map(lambda v: v * v, [3, 4])
print(m)
s = [1, 2, 3]
s[1:2] = reversed(range(3))
s[:0] = enumerate("z")
print(s)
grow = [1]
grow.extend(map(lambda v: len(grow), range(3)))
print(grow)
g2 = [1]
g2 += map(lambda v: g2[-1] + 1, range(3))
print(g2)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: l.extend(map(lambda v: 1 // v, [1, 0])))
print(l[-3:])
t(lambda: l.extend(len))
t(lambda: l.extend(range(2 ** 70)))
t(lambda: [].extend(range(2 ** 40)))
t(lambda: l.extend(zip([1], 5)))
