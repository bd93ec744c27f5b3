# Recursion: factorial, fibonacci, mutual recursion, Ackermann for small inputs.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

print(fact(10), fact(25))
print([fib(i) for i in range(15)])
print(is_even(10), is_odd(7), is_even(7))
print(ack(2, 3))
