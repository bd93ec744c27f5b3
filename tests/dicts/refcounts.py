# reference counts after pop / popitem / setdefault / views / copies (sys.getrefcount)
import sys
v = object() if False else [1, 2, 3]
k = ('key', 1)
base_v, base_k = sys.getrefcount(v), sys.getrefcount(k)
d = {k: v}
print(sys.getrefcount(v) - base_v, sys.getrefcount(k) - base_k)
got = d.pop(k)
print(sys.getrefcount(v) - base_v, sys.getrefcount(k) - base_k, got is v)
del got
print(sys.getrefcount(v) - base_v, sys.getrefcount(k) - base_k)
d.setdefault(k, v)
print(sys.getrefcount(v) - base_v, sys.getrefcount(k) - base_k)
r = d.setdefault(k, 'other')
print(sys.getrefcount(v) - base_v, r is v)
del r
item = d.popitem()
print(sys.getrefcount(v) - base_v, sys.getrefcount(k) - base_k)
del item
print(sys.getrefcount(v) - base_v, sys.getrefcount(k) - base_k, d)
d[k] = v
ks, vs, its = d.keys(), d.values(), d.items()
print(sys.getrefcount(d), sys.getrefcount(v) - base_v)
del ks, vs, its
print(sys.getrefcount(d))
c = d.copy()
print(sys.getrefcount(v) - base_v, sys.getrefcount(k) - base_k)
c.clear()
print(sys.getrefcount(v) - base_v, sys.getrefcount(k) - base_k)
m = d | {k: v}
print(sys.getrefcount(v) - base_v)
del m
f = dict.fromkeys([k], v)
print(sys.getrefcount(v) - base_v, sys.getrefcount(k) - base_k)
del f
print(d.pop(k, None) is v, sys.getrefcount(v) - base_v, sys.getrefcount(k) - base_k)
print(d.pop(k, v) is v, sys.getrefcount(v) - base_v)
s = {k}
print(sys.getrefcount(k) - base_k)
s2 = s.copy()
s3 = s.union([k])
print(sys.getrefcount(k) - base_k)
x = s.pop()
print(sys.getrefcount(k) - base_k, x is k)
del x, s2, s3
s.add(k)
s.discard(k)
print(sys.getrefcount(k) - base_k)
s.add(k)
s.remove(k)
print(sys.getrefcount(k) - base_k, s)
