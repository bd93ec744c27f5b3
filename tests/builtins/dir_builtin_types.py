# dir() of builtin objects and types: CPython 3.11's lists.
for obj in [1, True, 2.5, "s", [1], (1,), {1: 2}, {1}, frozenset(), None, range(2),
            slice(1), len, object()]:
    names = dir(obj)
    print(type(obj).__name__, len(names), names == sorted(names), names == dir(type(obj)))
print(dir(1)[:6])
print([n for n in dir([]) if n[:1] != "_"])
print([n for n in dir({}) if n[:1] != "_"])
print([n for n in dir("") if n[:1] != "_"])
print(dir(None))
print(dir(type)[:4], len(dir(type)))
print(dir(len))
print(dir(int) == dir(5), dir(bool) == dir(False))
