# Refcounts of interned (identifier-like) string constants versus other constants: CPython's interned table does not count its reference.
import sys
s = "hello_world_unique"
print(sys.getrefcount(s))
d = {s: 1}
print(sys.getrefcount(s))
t = "not interned text!"
print(sys.getrefcount(t))
def f():
    local_s = "hello_world_unique"
    return sys.getrefcount(local_s)
print(f())
n = 300
print(sys.getrefcount(n))
m = n + 1
print(sys.getrefcount(m))
def kw(**kwargs):
    return sys.getrefcount(kwargs["v"])
obj = object()
print(sys.getrefcount(obj), kw(v=obj))
