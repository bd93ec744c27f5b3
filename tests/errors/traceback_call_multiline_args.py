# A failing call whose arguments span lines: the first line with markers to its end.
def f(a, b):
    return a + b
result = f(1,
           "two")
