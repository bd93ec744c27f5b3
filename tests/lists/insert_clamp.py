# list.insert: negative and out-of-range indexes clamp, bools and big ints, errors
l = [1, 2, 3]
l.insert(0, "a")
l.insert(len(l), "z")
l.insert(100, "big")
l.insert(-1, "m1")
l.insert(-100, "neg")
l.insert(2, "two")
print(l)
e = []
e.insert(5, 1)
e.insert(-5, 0)
e.insert(True, "t")
e.insert(False, "f")
print(e)
for i in range(-6, 7):
    x = [0, 1, 2]
    x.insert(i, "X")
    print(i, x)
def t(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
t(lambda: l.insert())
t(lambda: l.insert(1))
t(lambda: l.insert(1, 2, 3))
t(lambda: l.insert("1", 2))
t(lambda: l.insert(1.0, 2))
t(lambda: l.insert(None, 2))
t(lambda: l.insert(2 ** 70, 2))
t(lambda: l.insert(-2 ** 70, 2))
t(lambda: l.insert(0, x=1))
t(lambda: l.insert(index=0, object=1))
t(lambda: l.insert(2 ** 62, "huge"))
t(lambda: l.insert(-2 ** 62, "tiny"))
print(l)
s = []
for i in range(10):
    s.insert(i // 2, i)
print(s)
