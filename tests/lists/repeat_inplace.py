# list * n and *= n: zero and negative counts, aliasing of items, bool counts, errors
a = [1, [2]]
b = a * 3
print(b, b[1] is b[3])
print(a * 0, a * -1, 0 * a, 2 * a, a * True, a * False)
print([] * 5, [None] * 3)
c = a
c *= 2
print(c, c is a)
c *= 1
print(c)
c *= 0
print(c, a)
d = [1, 2]
d *= -3
print(d)
e = ["x"]
e *= 4
e[0] = "y"
print(e)
grid = [[0] * 3] * 2
grid[0][0] = 5
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 5
print(grid2)
def t(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
t(lambda: [1] * 2.0)
t(lambda: [1] * "2")
t(lambda: [1] * None)
t(lambda: [1] * [2])
t(lambda: "2" * [1])
def r1():
    x = [1]
    x *= 1.5
t(r1)
def r2():
    x = [1]
    x *= "a"
t(r2)
t(lambda: [1] * (2 ** 70))
t(lambda: [1, 2] * (2 ** 62))
def r3():
    x = [1]
    x *= 2 ** 62
t(r3)
t(lambda: [] * (2 ** 70))
t(lambda: [1] * -(2 ** 70))
s = [1, 2]
s *= 2
s += s
print(s, len(s))
