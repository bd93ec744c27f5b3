# list + (lists only) and += (any iterable): results, identity, error texts
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2]
b = a + [3]
print(a, b, a + [], [] + a, (a + []) is a)
t(lambda: a + (3,))
t(lambda: a + "3")
t(lambda: a + None)
t(lambda: a + 3)
t(lambda: a + range(2))
t(lambda: a + {1: 2})
t(lambda: (3,) + a)
t(lambda: "x" + a)
t(lambda: 1 + a)
c = a
c += (3, 4)
print(c, c is a)
c += "ab"
c += range(2)
c += {"k": 0}
c += []
c += c
print(c)
def i1():
    x = [1]
    x += 5
t(i1)
def i2():
    x = [1]
    x += None
t(i2)
def i3():
    x = [1]
    x += 1.5
    return x
t(i3)
def i4():
    x = (1,)
    x += [2]
t(i4)
def i5():
    x = [1]
    x += iter([2, 3])
    return x
t(i5)
def i6():
    x = [0]
    x += map(lambda v: len(x), [0, 0])
    return x
t(i6)
n = [[1]]
m = n + n
m[0].append(2)
print(n, m)
print([1] + [2] + [3, [4]])
print(sum([[1], [2], [3]], []))
