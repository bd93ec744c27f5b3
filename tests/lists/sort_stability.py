# list.sort is stable, with and without reverse, on long lists (merge steps) and short ones
recs = [(i % 5, i) for i in range(200)]
recs.sort(key=lambda r: r[0])
ok = all([recs[i][0] < recs[i + 1][0] or (recs[i][0] == recs[i + 1][0] and recs[i][1] < recs[i + 1][1]) for i in range(len(recs) - 1)])
print(ok, recs[:3], recs[-3:])
recs.sort(key=lambda r: r[0], reverse=True)
ok = all([recs[i][0] > recs[i + 1][0] or (recs[i][0] == recs[i + 1][0] and recs[i][1] < recs[i + 1][1]) for i in range(len(recs) - 1)])
print(ok, recs[:3], recs[-3:])
names = ["bob", "al", "cy", "dee", "ed", "flo", "gus", "hy"]
names.sort(key=len)
print(names)
names.sort(key=len, reverse=True)
print(names)
data = [(x * 37) % 11 for x in range(60)]
tagged = [(v, i) for i, v in enumerate(data)]
by_val = sorted(tagged, key=lambda p: p[0])
print(by_val == sorted(tagged))
by_val_rev = sorted(tagged, key=lambda p: p[0], reverse=True)
print(by_val_rev[:6])
eq = [1, 1.0, True]
eq.sort()
print(eq)
eq.sort(reverse=True)
print(eq)
mixed = [2, 2.0, 1, 1.0, True, 0, 0.0, False]
mixed.sort()
print(mixed)
mixed.sort(reverse=True)
print(mixed)
# multi-key sort by two stable passes
people = [("x", 30), ("y", 25), ("z", 30), ("w", 25), ("v", 40)]
people.sort(key=lambda p: p[0])
people.sort(key=lambda p: p[1])
print(people)
