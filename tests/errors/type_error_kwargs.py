# Keyword-argument errors at call sites that unpack mappings.
def f(a, b=0):
    return a + b

for thunk in (lambda: f(1, **{"a": 2}), lambda: f(**{"a": 1}, b=2, **{"b": 3}),
              lambda: f(**{"c": 1}), lambda: f(1, 2, **{"z": 3})):
    try:
        thunk()
    except TypeError as e:
        print("caught:", e)
print(f(**{"a": 1}, b=2))
f(1, a=1)
