# Default parameter values are evaluated once, at definition time.
n = 10
def f(a, b=n, c="c"):
    return (a, b, c)

n = 20
print(f(1))
print(f(1, 2))
print(f(1, 2, 3))
print(f(1, c="z"))

def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
