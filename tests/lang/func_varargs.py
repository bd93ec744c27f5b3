# *args collects extra positional arguments into a tuple.
def f(*args):
    return args

print(f())
print(f(1))
print(f(1, 2, 3))

def g(a, b=2, *rest):
    return (a, b, rest)

print(g(1))
print(g(1, 5))
print(g(1, 5, 6, 7))
print(len(f(*range(10))))
