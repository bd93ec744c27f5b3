# Unpacking takes a reference per target; the temporary tuple is freed.
import sys
v = []
a, b = v, v
print(sys.getrefcount(v))
del a
print(sys.getrefcount(v))
t = (v,)
print(sys.getrefcount(v))
(c,) = t
print(sys.getrefcount(v))
del t, c, b
print(sys.getrefcount(v))
