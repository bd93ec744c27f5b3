# Exceptions raised and handled inside handlers leave the outer state intact.
def f():
    try:
        raise ValueError("outer")
    except ValueError as outer:
        try:
            raise TypeError("inner")
        except TypeError as inner:
            print("inner handled:", inner, "context:", repr(inner.__context__))
        print("outer still:", outer)
    return "ok"

print(f())
try:
    raise KeyError("a")
except KeyError:
    pass
raise IndexError("after handled ones")
