# **kwargs collects extra keyword arguments into a dict, in call order.
def f(**kw):
    return kw

print(f())
print(f(a=1, b=2))
print(f(z=1, a=2, m=3))

def g(a, *args, k=0, **kw):
    return (a, args, k, kw)

print(g(1))
print(g(1, 2, 3, k=4, x=5, y=6))
print(g(a=1, q=2))
