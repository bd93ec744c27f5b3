# Releasing very long chains of nested tuples, dicts and lists must not overflow the native stack (CPython's trashcan).
t = ()
for _ in range(300000):
    t = (t,)
t = None
d = {}
for _ in range(100000):
    d = {"k": d}
d = None
l = []
for _ in range(300000):
    l = [l, 1]
del l
def make_chain(n):
    head = None
    for i in range(n):
        head = [i, head]
    return head
c = make_chain(200000)
print(c[0], c[1][0])
c = None
print("freed all")
