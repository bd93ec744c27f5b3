# dict.setdefault: returns the existing value or inserts the default (None when omitted)
d = {}
print(d.setdefault('a'), d)
print(d.setdefault('a', 5), d)
print(d.setdefault('b', []), d)
d.setdefault('b', []).append(1)
d.setdefault('b', []).append(2)
d.setdefault('c', []).append(3)
print(d)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.setdefault(ch, 0) + 1
print(counts)
print(d.setdefault(1, 'one'), d.setdefault(1.0, 'float one'), d.setdefault(True, 'true'))
print(d)
t = {}
print(t.setdefault((1, 2), 'tuple'), t.setdefault((1, 2)), t)
try:
    t.setdefault([1], 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.setdefault({}, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.setdefault(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.setdefault(key=1)
except TypeError as e:
    print(type(e).__name__, e)
print(t)
# setdefault keeps insertion order and returns the stored object itself
val = [0]
u = {'x': val}
print(u.setdefault('x', [1]) is val, u.setdefault('y', val) is val, u)
big = {}
for i in range(30):
    big.setdefault(i % 7, []).append(i)
print(big)
