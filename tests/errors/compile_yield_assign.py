# A compile-time error reported before anything runs: python3's SyntaxError text, status 1.
def f():
    yield = 3
