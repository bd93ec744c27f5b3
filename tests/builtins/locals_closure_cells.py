# locals() shows cell variables (read through their cells) and free variables.
def outer(p):
    a = 1
    print(sorted(locals()))

    def inner():
        b = a + p
        print(sorted(locals()), locals()["a"])
        return b

    print(sorted(locals()))
    inner()
    return locals()


res = outer(10)
print([(k, type(res[k]).__name__) for k in sorted(res)])


def unbound_cell():
    res = dict(locals())

    def g():
        return late

    late = "now"
    return sorted(res), sorted(locals()), g()


print(unbound_cell())


def changing():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return sorted(locals())

    print(inc(), locals()["n"])
    inc()
    return locals()["n"]


print(changing())


def deleted_cell():
    c = 1

    def g():
        return c

    del c
    return sorted(locals())


print(deleted_cell())


def free_unbound():
    def g():
        return sorted(locals())
    r = g()
    v = 1
    return r


print(free_unbound())
