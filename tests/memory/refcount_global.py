# sys.getrefcount of module-level objects.
import sys
a = [1, 2]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
d = {"k": a}
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
d["k"] = None
print(sys.getrefcount(a))
t = (a, a)
print(sys.getrefcount(a))
del t
print(sys.getrefcount(a))
