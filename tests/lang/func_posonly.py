# Positional-only parameters (before /) and keyword-only ones (after *).
def f(a, b, /, c, *, d):
    return (a, b, c, d)

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))

def g(a, /, **kw):
    return (a, kw)

# 'a' can also be a keyword in **kw because a is positional-only.
print(g(1, a=2))

def h(a=1, /, b=2, *, c=3):
    return a + b + c

print(h(), h(10), h(10, 20), h(10, b=20, c=30))
