# reference counts around list methods: pop/remove/clear release exactly one reference each
import sys
rc = sys.getrefcount
x = "refcount probe " + str(1)
base = rc(x)
l = [x, x, x]
print(rc(x) - base)
y = l.pop()
print(rc(x) - base)
del y
print(rc(x) - base)
l.remove(x)
print(rc(x) - base)
l.append(x)
l.extend([x, x])
print(rc(x) - base)
l.insert(0, x)
print(rc(x) - base)
c = l.copy()
print(rc(x) - base)
c.clear()
print(rc(x) - base)
l.reverse()
print(rc(x) - base)
l.sort()
print(rc(x) - base)
l.sort(key=lambda v: 0, reverse=True)
print(rc(x) - base)
print(l.count(x), l.index(x), rc(x) - base)
l *= 2
print(rc(x) - base)
l[1:3] = []
print(rc(x) - base)
del l[::2]
print(rc(x) - base)
l[:] = (x,)
print(rc(x) - base)
l += [x]
m = l + l
print(rc(x) - base)
del m
t = (x, x)
print(t.count(x), t.index(x), rc(x) - base)
del t
try:
    l.remove("nothere")
except ValueError:
    pass
try:
    [x, 1, "a"].sort()
except TypeError:
    pass
print(rc(x) - base)
def bad_key(v):
    l.append(v)
    return 0
try:
    l.sort(key=bad_key)
except ValueError as e:
    print(e)
print(rc(x) - base)
l.clear()
print(rc(x) - base, l)
