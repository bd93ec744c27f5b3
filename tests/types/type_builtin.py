# type() and isinstance() for the core types.
for v in (1, 1.5, "s", [1], (1,), {1: 2}, {1}, frozenset(), range(1), slice(1), None, True, len, print):
    print(repr(type(v)), type(v).__name__)
print(isinstance(1, int), isinstance(1, float), isinstance(1, (float, int)))
print(isinstance("x", str), isinstance([], (tuple, list)), isinstance(True, int))
print(type(1) is int, type("") is str, type([]) == list)
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__)
