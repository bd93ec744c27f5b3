# print's keyword arguments (sep/end None, bad types, unknown keywords) and reprs inside containers.
print(1, 2, sep=None, end=None)
print("a", "b", sep="")
print(end="")
print("x", 1.0, -0.0, 1e-4, 123e20, [1.5, 2.25], {1: 1.0}, (0.1,), {2.5})
print(repr([None, True, "s'q", 'd"q', "\\"]), str(["é"]), [chr(7)])
try:
    print(1, sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1, foo=2)
except TypeError as e:
    print("TypeError:", e)
