# KeyError with several arguments (str shows the tuple), then an uncaught IndexError with a list argument.
def f():
    raise KeyError(("a", 1), "second")
try:
    f()
except KeyError as e:
    print(str(e), repr(e))
raise IndexError(["list", "arg"])
