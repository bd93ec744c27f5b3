# list.append and list.extend: any iterable, extending by itself, growth seen by the iteration
l = []
l.append(1)
l.append([2])
l.append(l[1])
print(l, l[1] is l[2])
l.extend((3, 4))
l.extend("ab")
l.extend(range(3))
l.extend({"k": 1, "j": 2})
l.extend([])
l.extend(())
print(l, len(l))
s = [1, 2]
s.extend(s)
print(s)
s.extend(s[:1])
print(s)
t = [0]
t.extend(map(lambda x: len(t), range(4)))
print(t)
u = [5]
u.extend(iter([6, 7]))
u.extend([x * 2 for x in u])
print(u)
r = l.append(9)
print(r, l[-1])
print(l.extend([]) is None)
def t1(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t1(lambda: l.extend(5))
t1(lambda: l.extend(None))
t1(lambda: l.extend(1.5))
t1(lambda: l.extend())
t1(lambda: l.extend([1], [2]))
t1(lambda: l.extend(iterable=[1]))
t1(lambda: l.append())
t1(lambda: l.append(1, 2))
t1(lambda: l.append(object=1))
v = [1, 2, 3]
e = v.extend
e([4])
a = v.append
a(5)
print(v)
nested = []
for i in range(3):
    nested.append([i] * i)
print(nested)
nested.append(nested)
print(nested)
