# Constants bound to names: the code object's constants hold one more reference.
import sys
x = 123456.5
print(sys.getrefcount(x))
s = "not an identifier!"
print(sys.getrefcount(s))
def f():
    y = 98765.25
    return sys.getrefcount(y)
print(f())
big = 10 ** 30
print(sys.getrefcount(big))
t = (1, 2, 3)
print(sys.getrefcount(t))
