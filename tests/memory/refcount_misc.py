# Refcounts seen inside comprehensions and loops, through closures, chained assignment, exception args, lambda defaults; id() reuse of a freed block.
import sys
obj = [0]
print([sys.getrefcount(x) for x in [obj]])
it_list = [obj, obj]
for x in it_list:
    print(sys.getrefcount(obj), sys.getrefcount(it_list))
def keep():
    cell_obj = obj
    return lambda: cell_obj
f = keep()
print(sys.getrefcount(obj))
del f
print(sys.getrefcount(obj))
a = b = c = obj
print(sys.getrefcount(obj))
del a, b, c, x
e = ValueError(obj, obj)
print(sys.getrefcount(obj))
del e
print(sys.getrefcount(obj))
g = lambda v=obj: v
print(sys.getrefcount(obj))
g = None
print(sys.getrefcount(obj))
print(id([]) == id([]), id(obj) == id(obj))
x1 = [1]
x2 = [1]
print(id(x1) == id(x2), x1 is x2)
s = {}
s[1.5] = obj
print(sys.getrefcount(obj), sys.getrefcount(s))
def args_count(*args, **kwargs):
    return sys.getrefcount(args), sys.getrefcount(kwargs)
print(args_count(1, k=2))
print(sys.getrefcount(sys.intern("hello world!!") if False else obj))
