# dict views: repr, len, bool, iteration, types and hashability
d = {1: 'a', 2: 'b', 'k': [1, 2]}
k, v, it = d.keys(), d.values(), d.items()
print(k)
print(v)
print(it)
print(len(k), len(v), len(it))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(k), list(v), list(it))
print(bool({}.keys()), bool(k), bool({}.items()), bool(v))
print({}.keys(), {}.values(), {}.items())
for x in it:
    print('item', x)
for x in v:
    print('value', x)
print(sorted(k, key=str))
print(tuple(d.items()))
e = {}
e[1] = e.values()
print(e)
e2 = {}
e2['self'] = e2
print(e2.values(), e2.items())
nested = {'a': {'b': 1}}
print(nested.items())
print(dict(d.items()) == d)
for view in (k, it):
    try:
        hash(view)
    except TypeError as exc:
        print(type(exc).__name__, exc)
print(type(hash(v)).__name__)
print(1 in k, 'a' in k, 'a' in v, [1, 2] in v, (1, 'a') in it, (1, 'b') in it)
print(1 in it, (1,) in it, (1, 'a', 3) in it, [1, 'a'] in it)
try:
    [] in k
except TypeError as exc:
    print(type(exc).__name__, exc)
try:
    ([], 1) in it
except TypeError as exc:
    print(type(exc).__name__, exc)
print(k.isdisjoint([5, 6]), k.isdisjoint([2]), it.isdisjoint({(1, 'a')}), k.isdisjoint(k))
print({}.keys().isdisjoint({}.keys()))
print(dict.keys, dict.values, dict.items)
