# A small program to show rattle: `rattle examples/demo.py` prints exactly what
# `python3 examples/demo.py` prints, and `rattle --dis` / `rattle --ast` show how it compiles.
import sys


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def make_counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


squares = {n: n * n for n in range(10) if n % 2}
print(f"fib(30) = {fib(30)}, odd squares: {squares!r:>40}")
counter = make_counter()
print([counter() for _ in range(3)], counter(step=10))
n = 256
print(2**100, 0.1 + 0.2, 1e16, "small ints are shared:", int("256") is n)
data = [1, 2, 3]
print("references to data:", sys.getrefcount(data))
try:
    {"a": 1}["b"]
except KeyError as e:
    print("caught", repr(e))
print(fib(10) / (fib(5) - 5))
