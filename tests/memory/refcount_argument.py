# An argument adds references while the call runs and none after.
import sys
def show(p):
    return sys.getrefcount(p)

def show_two(p, q):
    return sys.getrefcount(p)

def show_args(*args):
    return sys.getrefcount(args[0])

x = [0]
print(sys.getrefcount(x))
print(show(x))
print(show_two(x, x))
print(show_args(x))
print(sys.getrefcount(x))
