# raise with an instance, a class and a message with non-ASCII text.
try:
    raise ValueError
except ValueError as e:
    print("caught class:", repr(e))
try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print("caught instance:", e, e.args)
def check(x):
    if x < 0:
        raise ValueError(f"négatif: {x}")
    return x
print(check(3))
check(-3)
