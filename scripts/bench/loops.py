# Nested loops with integer arithmetic on locals.
def work(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) % 7 - (i ^ j) + (j >> 1)
    return total

import sys
print(work(int(sys.argv[1]) if len(sys.argv) > 1 else 1500))
