# A failing expression spread over several lines shows only its first line, no markers.
def f(a, b):
    return a / b

x = f(
    1,
    0,
)
