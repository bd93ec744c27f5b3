# Many inserts and deletes keep the order of the surviving keys.
d = {}
for i in range(100):
    d[i] = i * i
for i in range(0, 100, 3):
    del d[i]
print(len(d), list(d)[:10])
for i in range(0, 100, 6):
    d[i] = -i
print(len(d), list(d)[-5:])
s = 0
for k in d:
    s += d[k]
print(s)
strs = {}
for i in range(50):
    strs[str(i)] = i
print(strs["42"], len(strs), list(strs)[:3])
