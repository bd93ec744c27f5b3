# vars() of objects without a __dict__, and wrong calls.
for obj in [1, "s", [1], {}, None, 2.5, (1,), len, range(3)]:
    try:
        vars(obj)
    except TypeError as e:
        print(type(obj).__name__, type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(obj=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(*[1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
print(type(vars).__name__, vars.__name__)
print(list(map(len, map(vars, [__import__("sys")]))) != [0])
