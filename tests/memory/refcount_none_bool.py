# Immortal-ish singletons: only equality and identity matter, not their counts.
import sys
print(None is None, True is True, ... is ...)
print(sys.getrefcount(None) > 10, sys.getrefcount(True) > 10)
x = None
y = None
print(x is y)
def f():
    pass
print(f() is None)
