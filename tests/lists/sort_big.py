# sorting big lists must be quick: 200k ints, floats, strs, tuples and a key function
n = 200000
ints = [(i * 7919 + 13) % 1000003 for i in range(n)]
ints.sort()
print(ints[:3], ints[-3:], len(ints))
ok = True
for i in range(1, n):
    if ints[i - 1] > ints[i]:
        ok = False
        break
print(ok)
ints.sort(reverse=True)
print(ints[:3])
ints.sort(key=lambda v: -v)
print(ints[:3])
floats = [((i * 37) % 1009) / 7 for i in range(n)]
floats.sort()
print(floats[:2], floats[-2:])
strs = [str((i * 31) % 5003) for i in range(50000)]
strs.sort()
print(strs[:3], strs[-3:])
tups = [((i * 13) % 101, i) for i in range(50000)]
tups.sort()
print(tups[:2], tups[-2:])
already = list(range(n))
already.sort()
print(already[-1])
rev = list(range(n, 0, -1))
rev.sort()
print(rev[:2])
same = [5] * n
same.sort()
print(same[0], len(same))
big = [2 ** 70 - i for i in range(20000)]
big.sort()
print(big[0] == 2 ** 70 - 19999)
print(sorted(range(n), key=lambda v: v % 3)[:4])
