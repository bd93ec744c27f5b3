# Matrix multiplication with nested lists and comprehensions.
def dot(a, b, i, j):
    total = 0
    for k in range(len(b)):
        total += a[i][k] * b[k][j]
    return total

def matmul(a, b):
    return [[dot(a, b, i, j) for j in range(len(b[0]))] for i in range(len(a))]

a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
m = [[2, 0, 1], [1, 3, 2], [0, 1, 4]]
print(matmul(m, ident) == m)
p = ident
for _ in range(5):
    p = matmul(p, m)
print(p)
