# global declared in a nested function refers to the module, skipping the enclosing function.
x = "module"
def outer():
    x = "outer"
    def inner():
        global x
        x = "set by inner"
        return x
    r = inner()
    return x, r
print(outer())
print(x)
def reader():
    def inner():
        return x
    return inner()
print(reader())
