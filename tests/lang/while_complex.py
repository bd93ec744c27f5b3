# while loops with complex conditions, nested break/continue, and else.
def collatz_max(n):
    peak = n
    while n != 1 and n > 0:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        if n > peak:
            peak = n
    return peak

print([collatz_max(n) for n in range(1, 12)])
i, found = 0, []
while i < 30:
    i += 1
    if i % 2:
        continue
    j = 0
    while j < i:
        j += 3
        if j == 9:
            break
    else:
        found.append(i)
print(found)
