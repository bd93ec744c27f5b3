# Exact determinants by cofactor expansion (big ints), and Pascal's triangle.
def minor(m, i):
    return [row[:i] + row[i + 1:] for row in m[1:]]

def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for i in range(len(m)):
        sign = -1 if i % 2 else 1
        total += sign * m[0][i] * det(minor(m, i))
    return total

hilbert_scaled = [[10 ** 6 // (i + j + 1) for j in range(5)] for i in range(5)]
print(det([[2, 0], [0, 3]]), det([[1, 2, 3], [4, 5, 6], [7, 8, 10]]), det(hilbert_scaled))
big = [[(i + 1) ** (j + 3) for j in range(6)] for i in range(6)]
print(det(big))
row = [1]
for _ in range(12):
    print(row)
    row = [1] + [row[k] + row[k + 1] for k in range(len(row) - 1)] + [1]
