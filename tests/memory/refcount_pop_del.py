# Removing an object from containers with pop and del releases their references.
import sys
obj = [0]
lst = [obj, obj, obj]
d = {"a": obj, "b": obj}
print(sys.getrefcount(obj))
lst.pop()
print(sys.getrefcount(obj))
del lst[0]
print(sys.getrefcount(obj))
del d["a"]
print(sys.getrefcount(obj))
lst[:] = []
print(sys.getrefcount(obj))
d = {}
print(sys.getrefcount(obj))
