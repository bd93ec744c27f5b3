# Unpacking errors: too many, not enough, not iterable.
def unpack2(x):
    a, b = x
    return a, b
def unpack_star(x):
    a, *b, c = x
    return a, b, c
for value in ([1, 2, 3], [1], 5, "ab", (1, 2)):
    try:
        print(unpack2(value))
    except (ValueError, TypeError) as e:
        print(type(e) is ValueError, e)
for value in ([1], [1, 2], None):
    try:
        print(unpack_star(value))
    except (ValueError, TypeError) as e:
        print(type(e) is ValueError, e)
x, y, z = range(2)
