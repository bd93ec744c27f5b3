# N-queens by backtracking, with boolean lists for the attacked columns and diagonals.
def solve(n):
    solutions = []
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = []
    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if cols[c] or diag1[row + c] or diag2[row - c + n]:
                continue
            cols[c] = diag1[row + c] = diag2[row - c + n] = True
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols[c] = diag1[row + c] = diag2[row - c + n] = False
    place(0)
    return solutions

for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
for c in first:
    print("." * c + "Q" + "." * (6 - c - 1))
