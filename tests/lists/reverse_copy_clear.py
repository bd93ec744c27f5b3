# list.reverse, list.copy, list.clear: in place, shallow, errors for arguments
l = [1, 2, 3, 4, 5]
print(l.reverse(), l)
l.reverse()
print(l)
e = []
e.reverse()
print(e)
o = [[1], [2, 3]]
o.reverse()
print(o)
ev = list(range(6))
ev.reverse()
print(ev)
c = o.copy()
print(c, c == o, c is o, c[0] is o[0])
c[0].append(9)
c.append("new")
print(o, c)
print([].copy(), [None].copy())
k = [1, [2]]
alias = k
k.clear()
print(k, alias, k.clear())
k.append(1)
print(k)
self_ref = [1]
self_ref.append(self_ref)
cp = self_ref.copy()
print(cp, cp[1] is self_ref)
self_ref.clear()
print(self_ref, cp)
def t(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
t(lambda: l.reverse(1))
t(lambda: l.reverse(x=1))
t(lambda: l.reverse(1, x=1))
t(lambda: l.copy(1, 2))
t(lambda: l.copy(deep=True))
t(lambda: l.clear(None))
t(lambda: l.clear(all=True))
t(lambda: list.reverse())
t(lambda: list.copy((1, 2)))
print(list.copy([3, 4]), list.clear([1]))
r = list(range(10))
for i in range(3):
    r.reverse()
print(r)
