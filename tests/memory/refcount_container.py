# Each container slot holds one reference.
import sys
obj = {}
holders = []
for i in range(5):
    holders.append(obj)
print(sys.getrefcount(obj))
holders.pop()
print(sys.getrefcount(obj))
holders = holders + holders
print(sys.getrefcount(obj))
holders = None
print(sys.getrefcount(obj))
s = {"a": obj, "b": obj}
print(sys.getrefcount(obj))
s = None
print(sys.getrefcount(obj))
key = (1, 2, float(3))
d = {key: key}
print(sys.getrefcount(key))
