# locals() in a function: a dict of the names bound so far. In 3.11 it is the frame's
# one dict, refreshed by each call (so earlier results change too).
def f(a, b=2, *args, **kw):
    c = a + b
    first = locals()
    print(sorted(first))
    d = 4
    second = locals()
    print(second is first, sorted(first))
    del c
    third = locals()
    print(sorted(third), "c" in first)
    return first


r = f(1)
print([(k, r[k]) for k in sorted(r)][:4])
print(f(1, 5, 6, 7, k=8)["args"], f(0, k=1)["kw"])


def order(p, q):
    z = 1
    y = 2
    return list(locals())


print(order(1, 2))


def unbound_later():
    res = locals()
    print(sorted(res))
    x = 1
    return res


print(sorted(unbound_later()))
# Writing to the dict does not change the local variables.


def write():
    v = 1
    locals()["v"] = 2
    locals()["new"] = 3
    return v, sorted(locals())


print(write())
print((lambda u, w=3: locals())(1))
print([sorted(locals()) for i in range(2)])
print(sorted(locals())[:5] == sorted(globals())[:5], locals() is globals())
try:
    locals(1)
except TypeError as e:
    print(type(e).__name__, e)
