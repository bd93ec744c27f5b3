# extended-slice assignment: sizes must match, negative steps, self, non-iterables
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
l = list(range(10))
l[::2] = "abcde"
print(l)
l[1::2] = range(5)
print(l)
l[::-1] = list(range(10))
print(l)
l[::-3] = [None] * 4
print(l)
l[8:1:-2] = ("p", "q", "r", "s")
print(l)
l[::2] = l[1::2]
print(l)
l[::-1] = l
print(l)
l[100::2] = []
print(l)
l[::2] = iter([0, 0, 0, 0, 0])
print(l)
def b1(): l[::2] = [1, 2]
t(b1)
def b2(): l[::2] = [1] * 6
t(b2)
def b3(): l[::-1] = []
t(b3)
def b4(): l[::2] = 5
t(b4)
def b5(): l[::2] = None
t(b5)
def b6(): l[1:3:2] = []
t(b6)
def b7(): l[::3] = "abcd"; return l
t(b7)
def b8(): l[::-2] = "vwxyz"; return l
t(b8)
def b9(): l[5:5:2] = []; return l
t(b9)
def b10(): l[5:5:2] = [1]
t(b10)
def b11(): l[::2 ** 70] = [1]; return l
t(b11)
def b12(): l[::-2 ** 70] = ["last"]; return l
t(b12)
def b13(): l[:: 2] = {1: 2, 3: 4, 5: 6, 7: 8, 9: 0}; return l
t(b13)
e = []
e[::2] = []
e[::-1] = ()
print(e)
