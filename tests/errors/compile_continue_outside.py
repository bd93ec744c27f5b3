# A compile-time error reported before anything runs: python3's SyntaxError text, status 1.
for i in range(3):
    def f():
        continue
