# AttributeError for a missing attribute on builtin objects.
x = 5
try:
    x.nothing
except AttributeError as e:
    print("caught:", e)
try:
    None.foo
except AttributeError as e:
    print("caught:", e)
items = [3, 1, 2]
items.push(4)
