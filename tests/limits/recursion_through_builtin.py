# Recursion that passes through builtins (sorted's key, map) stops at the limit too.
def f(x):
    return sorted([x, x], key=f)

try:
    f(1)
except RecursionError as e:
    print("sorted key:", e)
def g(x):
    return list(map(g, [x]))
try:
    g(1)
except RecursionError as e:
    print("map:", e)
print("still fine:", sorted([3, 1, 2], key=lambda v: -v))
