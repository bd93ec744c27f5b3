# TypeError messages for bad calls to Python functions.
def f(a, b, c=3, *, d):
    return a

def g(x, /, y):
    return x

calls = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=0),
    lambda: f(1, 2, d=4, e=5),
    lambda: f(1, 2, a=1, d=4),
    lambda: f(d=4),
    lambda: g(x=1, y=2),
    lambda: g(),
    lambda: (lambda: 0)(1),
    lambda: (lambda a: 0)(),
    lambda: (lambda a, b: 0)(1, 2, 3),
    lambda: (lambda *, k: 0)(),
    lambda: f(*1),
    lambda: f(**1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
f(1, 2, 3)
