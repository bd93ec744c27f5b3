# RecursionError through a recursive lambda, caught.
f = lambda n: f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)
g = lambda n: 1 if n == 0 else n * g(n - 1)
print(g(20))
