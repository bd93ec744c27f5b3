# list.pop: default last, any index, negative, bools, out of range, empty, keyword and type errors
l = list(range(10))
print(l.pop(), l.pop(0), l.pop(-1), l.pop(3), l.pop(True), l.pop(False), l)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: l.pop(len(l)))
t(lambda: l.pop(-len(l) - 1))
t(lambda: l.pop(2 ** 63))
t(lambda: l.pop(-2 ** 63))
t(lambda: l.pop(2 ** 100))
t(lambda: l.pop("1"))
t(lambda: l.pop(1.0))
t(lambda: l.pop(None))
t(lambda: l.pop(1, 2))
t(lambda: l.pop(index=1))
t(lambda: [].pop())
t(lambda: [].pop(0))
t(lambda: [].pop(-1))
t(lambda: [].pop("x"))
print(l)
stack = []
for c in "abc":
    stack.append(c)
out = []
while stack:
    out.append(stack.pop())
print(out, stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
n = [[1], [2]]
inner = n.pop()
inner.append(3)
print(n, inner)
