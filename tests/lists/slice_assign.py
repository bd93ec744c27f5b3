# step-1 slice assignment: growing, shrinking, inserting, self-assignment, any iterable, errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
l = list(range(6))
l[1:3] = ["a", "b", "c", "d"]
print(l)
l[2:5] = []
print(l)
l[0:0] = (7, 8)
print(l)
l[len(l):] = "xy"
print(l)
l[-2:] = range(3)
print(l)
l[5:2] = [None]
print(l)
l[:] = l
print(l)
l[1:] = l
print(l)
l[:2] = iter([0])
print(l)
l[-100:100] = {"k": 1}
print(l)
l[10:20] = [1, 2]
print(l)
l[::1] = [3, 2, 1]
print(l)
l[1:2] = [[1, 2]]
print(l)
l[True:2] = ["T"]
print(l)
t(lambda: l.__len__() if False else None)
def a1(): l[0:1] = 5
t(a1)
def a2(): l[0:1] = None
t(a2)
def a3(): l[:] = 1.5
t(a3)
def a4(): l["a":] = []
t(a4)
def a5(): l[::0] = []
t(a5)
def a6(): l[1.5:2] = [1]
t(a6)
def a7(): l[:None] = [1, 2]
t(a7)
print(l)
def a8(): l[0] = 1; l[-1] = 2; return l
t(a8)
def a9(): l[len(l)] = 0
t(a9)
def a10(): l[-len(l) - 1] = 0
t(a10)
def a11(): l["0"] = 0
t(a11)
def a12(): l[1.0] = 0
t(a12)
def a13(): l[2 ** 70] = 0
t(a13)
def a14(): l[None] = 0
t(a14)
def a15(): [][0] = 1
t(a15)
print(l)
