# Nested comprehensions: the inner one sees the outer one's variable and the function's locals.
def table(n):
    header = "x"
    return [[f"{header}{i}{j}" for j in range(i)] for i in range(n)]
print(table(4))
def flatten(rows):
    return [cell for row in rows for cell in row if cell]
print(flatten([[1, 0, 2], [], [3]]))
def closures():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in closures()])
