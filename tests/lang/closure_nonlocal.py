# nonlocal rebinds a variable of the enclosing function.
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = make_counter()
print(c(), c(), c(10))
d = make_counter()
print(d(), c())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    r = middle()
    return r, x

print(outer())
