# None: a singleton, falsy, compared by identity.
x = None
print(x, repr(x), str(x), type(x))
print(x is None, x == None, x != 0, bool(x))
def f():
    pass
print(f() is None)
print([None] * 3, {None: 1}[None])
print(hash(None) == hash(None))
