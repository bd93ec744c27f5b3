# A bare raise with no active exception is a RuntimeError.
def f():
    raise

try:
    f()
except RuntimeError as e:
    print("caught:", e)
f()
