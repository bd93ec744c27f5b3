# Comprehensions see the enclosing function's locals and can close over their own variable.
def scale(values, k):
    return [v * k for v in values]

print(scale([1, 2, 3], 10))

def matrix(n):
    return [[r * n + c for c in range(n)] for r in range(n)]

print(matrix(3))
fs = [(lambda: x) for x in range(3)]
print([f() for f in fs])

def uses_outer():
    base = 100
    return {k: base + k for k in range(3)}

print(uses_outer())
