# Three identical frames are shown in full; a fourth collapses to "repeated 1 more time".
def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)
try:
    f(4)
except ValueError:
    pass
f(3)
