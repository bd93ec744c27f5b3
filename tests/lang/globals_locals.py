# globals() is the module's namespace (writable); locals() in a function is a snapshot dict.
g = globals()
g["made_via_globals"] = 42
print(made_via_globals, "g" in g, g["__name__"])
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
print(sorted(f(5, 6)))
