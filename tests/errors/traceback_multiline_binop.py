# A failing subscript on the second line of a parenthesised multi-line expression.
def g(items):
    total = (items[0] +
             items[1] +
             items[2])
    return total
g([1, 2])
