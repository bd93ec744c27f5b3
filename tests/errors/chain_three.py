# Three chained exceptions: context of a context.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError:
    undefined_function()
