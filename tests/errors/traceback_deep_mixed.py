# A traceback through a module, a function, a lambda, a comprehension and a nested function.
def outer(values):
    def inner(v):
        return scale(v)
    return [inner(v) for v in values]

scale = lambda v: 100 // v
print(outer([1, 2, 4]))
print(outer([5, 0]))
