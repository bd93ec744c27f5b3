# Singletons: None, True and Ellipsis are shared objects (their counts are not CPython's business here).
import sys
print(None is None, True is True, ... is ...)
x = None
y = None
print(x is y)
def f():
    pass
print(f() is None)
