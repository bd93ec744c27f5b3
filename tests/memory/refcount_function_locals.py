# A function's locals drop their references when it returns.
import sys
obj = []
def use(x):
    a = x
    b = x
    c = [x, x]
    return sys.getrefcount(x)
print(sys.getrefcount(obj))
print(use(obj))
print(sys.getrefcount(obj))
def nested():
    inner = obj
    return use(inner)
print(nested())
print(sys.getrefcount(obj))
