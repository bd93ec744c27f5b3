# small programs built on list methods: dedupe, rotate, chunk, insertion sort, bucket, flatten
def dedupe(xs):
    out = []
    for x in xs:
        if out.count(x) == 0:
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 4]))
def rotate(xs, k):
    xs = xs.copy()
    for _ in range(k):
        xs.insert(0, xs.pop())
    return xs
print(rotate([1, 2, 3, 4, 5], 2))
def chunks(xs, n):
    out = []
    for i in range(0, len(xs), n):
        out.append(xs[i:i + n])
    return out
print(chunks(list(range(10)), 3))
def insertion_sort(xs):
    out = []
    for x in xs:
        i = 0
        while i < len(out) and out[i] <= x:
            i += 1
        out.insert(i, x)
    return out
data = [(i * 17) % 23 for i in range(23)]
print(insertion_sort(data) == sorted(data))
buckets = [[] for _ in range(3)]
for v in range(10):
    buckets[v % 3].append(v)
for b in buckets:
    b.reverse()
print(buckets)
flat = []
for b in buckets:
    flat.extend(b)
flat.sort(key=lambda v: (v % 2, v))
print(flat)
words = ["delta", "alpha", "charlie", "bravo", "alpha"]
while "alpha" in words:
    words.remove("alpha")
print(words, words.index("charlie"))
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = []
for i in range(3):
    transposed.append([row[i] for row in matrix])
print(transposed)
hist = [0] * 5
for v in [1, 3, 3, 4, 1, 1]:
    hist[v] += 1
print(hist, hist.index(max(hist)))
acc = []
acc += (1, 2)
acc *= 2
acc[1:3] = []
acc.clear()
print(acc)
