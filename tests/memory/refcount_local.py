# sys.getrefcount of a fresh local object, and with extra references.
import sys
def f():
    x = []
    print(sys.getrefcount(x))
    y = x
    print(sys.getrefcount(x))
    del y
    print(sys.getrefcount(x))
    z = [x, x, x]
    print(sys.getrefcount(x))
    z = None
    print(sys.getrefcount(x))
f()
