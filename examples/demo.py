# A small program to show rattle's front end: `rattle --ast examples/demo.py` prints its AST
# exactly as python3's ast.dump(tree, indent=2, include_attributes=True) does.


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


squares = {n: n * n for n in range(10) if n % 2}
print(f"fib(30) = {fib(30)}, odd squares: {squares!r:>40}")
