# Lambdas close over variables too; the late-binding classic and its default-argument fix.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])

def make(n):
    return lambda x: x * n

m3 = make(3)
print(m3(4), make(2)("ab"))
compose = lambda f, g: lambda x: f(g(x))
h = compose(lambda x: x + 1, lambda x: x * 2)
print(h(5))
