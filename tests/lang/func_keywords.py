# Keyword arguments, in any order, mixed with positional ones.
def f(a, b, c):
    return a * 100 + b * 10 + c

print(f(1, 2, 3))
print(f(c=3, b=2, a=1))
print(f(1, c=3, b=2))
print(f(1, 2, c=3))

def g(x, y=5, *, z, w=7):
    return [x, y, z, w]

print(g(1, z=3))
print(g(1, 2, z=3, w=4))
print(g(z=0, x=9))
