# Function and class definitions.
def f():
    pass

def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    return a

def h(a, b, /, c, *, d):
    return

def k(a: int, b: "str" = "x", *args: tuple, e: float = 1.0, **kw: dict) -> None:
    """Docstring."""
    nonlocal_x = 1

def p(a, /): pass
def q(*, a): pass
def r(*a, **b,): pass
def s(a=1, /, b=2, *, c): pass

def outer():
    x = 1
    def inner():
        nonlocal x
        x = 2
        yield x
        yield
        y = yield from inner()
        z = yield 1, 2
    return inner

@decorator
@decorator.attr(1, k=2)
@(lambda f: f)
@a[0]
def decorated(): pass

class A:
    pass

class B(A, metaclass=M, **kw):
    x = 1
    def method(self):
        return self.x

@dec
class C(): pass

class D(*bases): pass
