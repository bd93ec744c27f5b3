# slice deletion: step 1, extended and negative steps, empty selections, errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for sl in [slice(None), slice(2, 5), slice(None, None, 2), slice(1, None, 3),
           slice(None, None, -1), slice(None, None, -2), slice(8, 2, -2), slice(5, 2),
           slice(-3, None), slice(None, -3), slice(100, 200), slice(-100, 2),
           slice(None, None, 100), slice(9, None, -100), slice(2 ** 70, None, -1)]:
    l = list(range(10))
    del l[sl]
    print(sl, l)
l = list(range(10))
del l[0]
del l[-1]
del l[3]
print(l)
def d1(): del l[20]
t(d1)
def d2(): del l[-20]
t(d2)
def d3(): del l["x"]
t(d3)
def d4(): del l[::0]
t(d4)
def d5(): del l[1.5:]
t(d5)
def d6(): del l[2 ** 70]
t(d6)
def d7(): e = []; del e[0]
t(d7)
def d8(): e = []; del e[:]; del e[::-1]; return e
t(d8)
n = [[1], [2], [3], [4]]
keep = n[1]
del n[::2]
print(n, keep is n[0])
del n[:]
print(n, keep)
s = list("abcdefgh")
while s:
    del s[::3]
    print(s)
