# Unpacking at the call site: f(*seq) and f(**mapping), mixed with plain arguments.
def f(a, b, c, d=4):
    return [a, b, c, d]

args = (1, 2, 3)
print(f(*args))
print(f(*[1, 2], 3))
print(f(1, *(2, 3), 40))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, **{"c": 3, "b": 2}))
print(f(*range(2), **{"c": 7, "d": 8}))
kw = {"d": 0}
print(f(9, 8, 7, **kw))
print(f(*"xyz"))
