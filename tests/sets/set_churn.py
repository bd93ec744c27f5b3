# many adds and discards: dummies, resizes and purges keep membership and order right
s = set()
for i in range(300):
    s.add(i * 7 % 101)
    if i % 4 == 0:
        s.discard(i * 3 % 101)
print(len(s), sorted(s)[:10], list(s)[:10])
for i in range(0, 101, 2):
    s.discard(i)
print(len(s), list(s)[:10])
s.difference_update(range(0, 101, 3))
print(len(s), list(s))
s.update(range(200, 230))
print(len(s), list(s)[-5:])
t = set(range(1000))
t.difference_update(range(0, 1000, 2))
print(len(t), list(t)[:5])
t.intersection_update(range(0, 1000, 5))
print(len(t), list(t)[:5])
t.symmetric_difference_update(range(0, 50))
print(len(t), sorted(t)[:10])
while len(t) > 3:
    t.pop()
print(t)
u = {1, 2, 3}
for _ in range(100):
    u.add(4)
    u.remove(4)
print(u)
v = set()
for i in range(64):
    v.add(-i)
v.clear()
v.add(5)
print(v, len(v))
