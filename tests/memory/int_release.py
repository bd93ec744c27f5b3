# Ints past the small-int cache die and are reborn constantly: a word-sized int's block goes
# straight back to the allocator (nothing to drop), a big int's is released with its
# digits. Values, identities within one live set, refcounts and hashes must not notice.
import sys

def churn(n):
    total = 0
    live = []
    for i in range(n):
        a = i * 1000 + 7          # a word, past the cache
        b = a * 2**70 + i         # a big int: its digits are dropped on release
        c = -a                    # negative words
        total += a + (b >> 70) + c
        live.append(a)
        if len(live) > 50:
            x = live.pop(0)
            total += x
    return total, len(live), live[:3], live[-1]

print(churn(3000))

# Many words alive at once, then all released, then reborn with other values.
xs = [i + 1000 for i in range(500)]
ys = [x * 3 for x in xs]
print(sum(xs), sum(ys), xs[0] is xs[0], len(set(map(id, xs))) == len(xs))
del xs, ys
zs = [-(i + 1000) for i in range(500)]
print(sum(zs), min(zs), max(zs))

# Big ints and words alternately freed; values survive reuse of their neighbours' blocks.
mixed = []
for i in range(200):
    mixed.append(2**64 + i if i % 2 else 10**6 + i)
    if i % 3 == 0:
        mixed.pop()
print(len(mixed), sum(mixed) % 1000003, mixed[:2], mixed[-2:])

# Refcounts of a word-sized int are exact.
v = int("123456")
before = sys.getrefcount(v)
holder = [v, v, v]
print(sys.getrefcount(v) - before)
del holder
print(sys.getrefcount(v) - before)

# bools are never released; True/False stay singletons.
flags = [i % 2 == 0 for i in range(10)]
print(flags.count(True), flags[0] is True, flags[1] is False, True + 1000, False - 1000)

# Hashes of words, the -1 special case, the modulus edges, big ints and bools as keys.
vals = [0, 1, -1, -2, 1000, -1000, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), 2**63, -(2**63), 2**100]
print([hash(x) for x in vals])
d = {x: i for i, x in enumerate(vals)}
print(d[-1], d[-2], d[2**61 - 1], d[2**100], d.get(True), d.get(False), 1.0 in d, (2**61) * 1 in d)
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
