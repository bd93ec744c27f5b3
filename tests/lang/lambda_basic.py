# lambda expressions: arguments, defaults, immediately called, stored.
sq = lambda x: x * x
print(sq(9))
print((lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, k))(1, 2, z=3))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print(ops["add"](5, 3), ops["sub"](5, 3))
print(sq.__name__)
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(max(pairs, key=lambda p: p[0]))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
