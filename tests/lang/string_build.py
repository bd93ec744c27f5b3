# Building strings piece by piece with + and str().
def row(n):
    s = ""
    for i in range(1, n + 1):
        s = s + str(i * n) + ("" if i == n else " ")
    return s

for n in range(1, 6):
    print(row(n))
def pad(s, width):
    return " " * (width - len(s)) + s
print("[" + pad("7", 3) + "]", "[" + pad("123", 3) + "]")
print("-" * 20)
