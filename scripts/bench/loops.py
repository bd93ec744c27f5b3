# Nested loops with integer arithmetic on locals.
def work(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) % 7 - (i ^ j) + (j >> 1)
    return total

print(work(1500))
