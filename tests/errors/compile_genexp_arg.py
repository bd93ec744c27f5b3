# A compile-time error reported before anything runs: python3's SyntaxError text, status 1.
f(x for x in range(3), 1)
