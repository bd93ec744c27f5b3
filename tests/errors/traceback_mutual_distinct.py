# Mutual recursion through different lines: no frames collapse.
def a(n):
    return b(n) if n % 2 else c(n)
def b(n):
    return a(n - 1)
def c(n):
    if n <= 0:
        return 1 // n
    return a(n - 1)
a(9)
