# Equal constants are shared across the functions of one module; computed values are not.
def f():
    return 1000
def g():
    return 1000
def h():
    return "a shared string!"
def k():
    return "a shared string!"
def t1():
    return (1, 2, "x")
def t2():
    return (1, 2, "x")
print(f() is g(), h() is k(), t1() is t2())
def m(n):
    return n * 1000
print(m(1) is m(1), m(1) == m(1))
