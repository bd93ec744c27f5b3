# Big-int arithmetic: factorials and their digit sums.
def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f

def run():
    total = 0
    for n in range(500, 9000, 250):
        f = factorial(n)
        total += f % 1000003 + (f >> (n * 2)) % 997
    return total

print(run(), len(str(factorial(1000))))
