# globals() at module level is the module's own namespace dict: writes show as names.
g = globals()
print(type(g).__name__, g is globals(), g["__name__"])
g["made_here"] = 42
print(made_here)
x = 5
print(g["x"], "x" in g)
del g["x"]
try:
    x
except NameError as e:
    print(type(e).__name__, e)
print(sorted(g)[:8])
print(list(g)[:6])
print(g["__builtins__"] is __builtins__, g["__doc__"], g["__spec__"])
# A key that is not an identifier is kept, and invisible as a name.
g["not a name"] = 1
print(g["not a name"], "not a name" in globals())
# globals() inside a comprehension (its own function scope) is still the module's.
print([globals() is g for _ in range(2)])
print((lambda: globals())() is g)
for args in [(1,), (None, None)]:
    try:
        globals(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    globals(a=1)
except TypeError as e:
    print(type(e).__name__, e)
print(globals.__name__, repr(globals), type(globals).__name__)
