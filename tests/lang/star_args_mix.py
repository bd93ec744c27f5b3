# Several * and ** unpackings in one call, and keyword arguments after *args.
def show(*args, **kwargs):
    return args, kwargs
print(show(*[1, 2], 3, *(4,), a=1, **{"b": 2}, c=3, **{"d": 4}))
print(show(*range(3), *"ab"))
print(show(**{"x": 1}, **{"y": 2}))
print(show(*[], **{}))
def pos(a, b, c):
    return a + b + c
print(pos(*[1], *[2], *[3]))
print(pos(1, *[2], c=3))
