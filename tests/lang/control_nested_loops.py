# Nested loops, break only leaves the innermost one.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        print(i * j, end=" ")
    print("|", end=" ")
print()

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
diag = 0
for r in range(3):
    for c in range(3):
        if r == c:
            diag += grid[r][c]
print(diag)

count = 0
for a in range(5):
    for b in range(5):
        if (a + b) % 2:
            continue
        count += 1
print(count)
