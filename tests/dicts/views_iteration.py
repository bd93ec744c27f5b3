# iterating views: iterator types, exhaustion, unpacking, zip/enumerate/sorted/min/max over views
d = {'b': 2, 'a': 1, 'c': 3}
ki, vi, ii = iter(d.keys()), iter(d.values()), iter(d.items())
print(type(ki).__name__, type(vi).__name__, type(ii).__name__, type(iter(d)).__name__)
print(next(ki), next(vi), next(ii))
print(list(ki), list(vi), list(ii))
print(list(ki), next(vi, 'done'))
for k, v in d.items():
    print(k, v, end='; ')
print()
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()), min(d), max(d.values()))
print(list(zip(d.keys(), d.values())), list(enumerate(d.items())))
print(sum(d.values()), len(list(d.items())), tuple(d.keys()), set(d.values()) == {1, 2, 3})
a, b, c = d.keys()
print(a, b, c)
(k1, v1), *rest = d.items()
print(k1, v1, rest)
print([k for k in d.keys() if d[k] > 1], {v: k for k, v in d.items()})
print(dict(zip(d.values(), d.keys())))
print(list(map(lambda kv: kv[0] * kv[1], d.items())))
print([k + '!' for k in d.keys()], [str(v) for v in d.values()])
print(any([v > 2 for v in d.values()]), all([v > 0 for v in d.values()]))
e = {}
print(list(e.keys()), list(e.items()), next(iter(e.values()), 'empty'))
it = iter(d.items())
d2 = dict(it)
print(d2 == d, list(it))
nested = {1: {2: {3: 4}}}
for k, inner in nested.items():
    for k2, inner2 in inner.items():
        print(k, k2, list(inner2.items()))
big = {i: -i for i in range(10)}
for i in list(big.keys())[::2]:
    big.pop(i)
print(list(big.items()), list(reversed(list(big.values()))) if False else list(big.values()))
