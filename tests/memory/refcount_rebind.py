# Rebinding or deleting a name releases the previous value's reference.
import sys
a = [1]
holder = a
print(sys.getrefcount(holder))
a = "something else"
print(sys.getrefcount(holder))
b = holder
c = holder
print(sys.getrefcount(holder))
b = c = None
print(sys.getrefcount(holder))
d = {"x": holder}
d["x"] = 0
print(sys.getrefcount(holder))
lst = [holder]
lst[0] = 1
print(sys.getrefcount(holder))
