# Dict values and keys count separately; replacing a value drops the old one.
import sys
k = "a key"
v = [0]
d = {k: v}
print(sys.getrefcount(v))
d[k] = v
print(sys.getrefcount(v))
e = dict(d)
print(sys.getrefcount(v))
e = None
del d[k]
print(sys.getrefcount(v))
