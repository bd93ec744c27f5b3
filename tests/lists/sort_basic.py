# list.sort: ints, floats, strs, mixed numbers, tuples, lists, empty and one-item lists, returns None
import sys
l = [5, 3, 9, -1, 0, 3, 7]
print(l.sort(), l)
f = [2.5, -0.0, 0.0, 1e300, -1e300, 3.25, float("inf"), -float("inf")]
f.sort()
print(f)
s = ["pear", "Apple", "apple", "", "banana", "é", "z", "Z", "ab", "a"]
s.sort()
print(s)
m = [3, 1.5, True, False, -2, 2 ** 70, -2 ** 65, 0.5]
m.sort()
print(m)
t = [(2, "b"), (1, "z"), (2, "a"), (1,), (), (1, "a", 0)]
t.sort()
print(t)
n = [[3], [1, 2], [1], [], [1, 2, 0]]
n.sort()
print(n)
e = []
e.sort()
print(e)
o = ["x"]
o.sort()
print(o)
big = [(i * 7919) % 1009 for i in range(1009)]
big.sort()
print(big == list(range(1009)), big[:5], big[-3:])
bools = [True, False, True, False]
bools.sort()
print(bools)
d = [2 ** 64 + 1, 2 ** 64, -(2 ** 64), 2 ** 63 - 1, -(2 ** 63)]
d.sort()
print(d)
desc = list(range(100, 0, -1))
desc.sort()
print(desc[:3], desc[-3:])
al = [1, 2, 3]
r = al
al.sort()
print(r is al)
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: 0, 1: 0}))
x = ["b", "a"]
print(sys.getrefcount(x[0]) == sys.getrefcount(x[1]) or True)
