# dir() without an argument: the sorted names of the current scope.
print(dir())
a = 1
import sys
print(dir())


def f(x, y=2):
    print(dir())
    z = 3
    print(dir())

    def g():
        return z
    print(dir())
    return g


f(1)


def closure():
    v = "v"

    def inner():
        w = v
        return dir()
    return inner()


print(closure())
print((lambda q: dir())(1))
print([dir() for _ in range(1)])


def empty():
    return dir()


print(empty())
del a
print(dir())
globals()[3] = "not a str"
try:
    dir()
except TypeError as e:
    print(type(e).__name__, e)
del globals()[3]
print(len(dir()))
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dir(x=1)
except TypeError as e:
    print(type(e).__name__, e)
