# Tuple and list unpacking in assignments and for loops.
a, b = 1, 2
a, b = b, a
print(a, b)
[x, y, z] = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
m = n = [0]
print(m is n)
t = 1,
print(t)
s, = [42]
print(s)
