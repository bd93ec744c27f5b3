# A default argument value is held by the function.
import sys
shared = []
print(sys.getrefcount(shared))
def f(x=shared):
    return x
print(sys.getrefcount(shared))
print(f() is shared)
del f
print(sys.getrefcount(shared))
