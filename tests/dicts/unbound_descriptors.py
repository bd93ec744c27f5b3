# dict methods taken from the type: reprs, calls with explicit self, wrong self types
print(dict.keys, dict.pop, dict.update, dict.setdefault)
print(type(dict.keys).__name__, type({}.keys).__name__)
d = {'a': 1}
print(dict.keys(d), dict.values(d), dict.items(d))
print(dict.get(d, 'a'), dict.get(d, 'z', 0), dict.setdefault(d, 'b', 2), d)
print(dict.pop(d, 'b'), dict.popitem(d), d)
dict.update(d, {'x': 1}, y=2)
print(d, dict.copy(d), dict.clear(d), d)
print(dict.fromkeys('ab'), type(dict.fromkeys('a')).__name__)
print(set.add, frozenset.union, set.union)
s = {1}
set.add(s, 2)
set.update(s, [3], [4])
print(s, set.union(s, [5]), frozenset.union(frozenset(s), [6]), set.pop(s), s)
print(frozenset.copy(frozenset([1])), set.isdisjoint(s, [9]), frozenset.issubset(frozenset(), s))
def attempt(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt('dict.keys()', lambda: dict.keys())
attempt('dict.keys(1)', lambda: dict.keys(1))
attempt('dict.pop([])', lambda: dict.pop([], 1))
attempt('dict.update(set)', lambda: dict.update({1}))
attempt('dict.get(k=)', lambda: dict.get(key=1))
attempt('set.add(frozenset)', lambda: set.add(frozenset(), 1))
attempt('set.add()', lambda: set.add())
attempt('frozenset.union(set)', lambda: frozenset.union({1}))
attempt('set.union(list)', lambda: set.union([1], [2]))
attempt('set.issubset(frozenset)', lambda: set.issubset(frozenset(), [1]))
m = dict.setdefault
e = {}
print(m(e, 'k', []), e)
n = {}.setdefault
print(n('q', 1))
ks = d.keys
d['new'] = 1
print(ks(), list(ks()))
