# An explicit cause, a finally on the way out, then an exception raised from None in the handler.
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
def g():
    try:
        f()
    finally:
        print("g finally")
try:
    g()
except ValueError as e:
    print(type(e.__cause__).__name__, e.__context__ is e.__cause__)
    raise KeyError("outer") from None
