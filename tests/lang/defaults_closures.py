# Keyword-only defaults, defaults that are closures, and a lambda default capturing a loop value.
def make(n):
    def f(x, *, scale=n * 2, offset=lambda: n):
        return x * scale + offset()
    return f
f3 = make(3)
print(f3(1), f3(1, scale=1), f3(2, offset=lambda: 100))
def kw_only(*, a, b=2, c):
    return a, b, c
print(kw_only(c=3, a=1))
print((lambda *args, sep="-": sep.__class__.__name__ if False else args)(1, 2))
print(f3.__defaults__, sorted(f3.__kwdefaults__))
