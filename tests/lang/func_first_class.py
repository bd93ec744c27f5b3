# Functions are values: passed, returned, stored in containers.
def twice(f, x):
    return f(f(x))

def inc(x):
    return x + 1

def square(x):
    return x * x

print(twice(inc, 5))
print(twice(square, 3))
table = {"inc": inc, "square": square}
print(table["square"](7))
fs = [inc, square, inc]
v = 2
for f in fs:
    v = f(v)
print(v)
print(inc.__name__, square.__name__)
print(type(inc) is type(square))
