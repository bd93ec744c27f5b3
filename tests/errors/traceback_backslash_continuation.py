# A failing expression continued with a backslash: only its first line is shown.
x = [1, 2, 3]
def f(n):
    return x[n] + \
        x[n + 10]
f(0)
