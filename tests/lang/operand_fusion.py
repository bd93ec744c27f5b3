# Binary operators and comparisons whose operands are locals and constants: every kind of
# operand (words, big ints, floats, strs, bools, others), every error, the jump both ways.

def arith(a, b):
    r = []
    r.append(a + b)
    r.append(a - 1)
    r.append(a * b)
    r.append(a // 3)
    r.append(a % 7)
    r.append(a ** 2)
    r.append(a << 3)
    r.append(a >> 1)
    r.append(a & b)
    r.append(a | 8)
    r.append(a ^ b)
    return r

for a, b in [(5, 3), (-7, 2), (2**62, 2**62), (True, False), (10**20, -1), (7, 0)]:
    try:
        print(a, b, arith(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)

def floats(x, y):
    return [x + y, x - 0.5, x * y, x / 2, x / y, x + 1, y - 3]

for x, y in [(1.5, 2.0), (3, 0.25), (2**53 + 1, 1.0), (float("inf"), float("nan")), (1.0, 0.0)]:
    try:
        print(x, y, floats(x, y))
    except Exception as e:
        print(x, y, type(e).__name__, e)

def strs(s, t):
    return [s + t, s + "!", s * 2, t * 0]

print(strs("ab", "cd"))
print(strs("é", ""))

def compare(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a <= 2:
        out.append("le2")
    if a == b:
        out.append("eq")
    if not a != 3:
        out.append("eq3")
    if a > b:
        out.append("gt")
    if a >= 0.5:
        out.append("ge.5")
    return out

for a, b in [(1, 2), (3, 3), (2.5, 1), (float("nan"), 0), (10**30, 10**30), ("a", "b"), ((1,), (1, 2))]:
    try:
        print(a, b, compare(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)

def unbound_second(flag):
    a = 1
    if flag:
        b = 2
    return a + b

def unbound_first(flag):
    if flag:
        a = 1
    return a < 3

for f in (unbound_second, unbound_first):
    try:
        print(f(True), end=" ")
        print(f(False))
    except UnboundLocalError as e:
        print(type(e).__name__, e)

def loop(n):
    total = 0
    k = 0
    while k < n:
        total = total + k
        k = k + 1
        if k == 3:
            continue
        total = total - 1
    return total, k

print(loop(10), loop(0))

def mixed(n):
    return n < "a"

print(mixed(1))
