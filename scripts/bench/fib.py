# Recursive fibonacci: Python-to-Python calls, small-int arithmetic, comparisons.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

import sys
print(fib(int(sys.argv[1]) if len(sys.argv) > 1 else 32))
