# Big-int arithmetic: factorials and their digit sums.
def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f

def run(top):
    total = 0
    for n in range(500, top, 250):
        f = factorial(n)
        total += f % 1000003 + (f >> (n * 2)) % 997
    return total

import sys
print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 9000), len(str(factorial(1000))))
