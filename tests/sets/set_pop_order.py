# set.pop: order follows the table with a moving finger; ints only so it is deterministic
s = set(range(10))
print([s.pop() for _ in range(4)], s)
s.add(0)
s.add(1)
print(s.pop(), s.pop(), s)
t = {5, 13, 21, 29, 100, 3}
out = []
while t:
    out.append(t.pop())
print(out)
try:
    t.pop()
except KeyError as e:
    print(type(e).__name__, e, e.args)
u = {-1, -2, 7, 64, 128, 9}
print(u.pop(), u)
u.add(64)
print(u.pop(), u.pop(), u)
big = set(range(0, 200, 7))
popped = [big.pop() for _ in range(10)]
print(popped, len(big))
big.update(range(1000, 1005))
print([big.pop() for _ in range(5)], len(big))
mixed = {1, 2.5, (1, 2), True, -7}
print(len(mixed), [type(mixed.pop()).__name__ for _ in range(4)])
v = {10, 20}
v.discard(10)
print(v.pop(), v)
w = set()
for i in range(20):
    w.add(i)
    if i % 3 == 0:
        w.pop()
print(w)
try:
    w.pop(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset({1}).pop()
except AttributeError as e:
    print(type(e).__name__, e)
