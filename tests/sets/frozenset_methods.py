# frozenset: only the non-mutating methods; copy returns the same object; results are frozensets
f = frozenset([3, 1, 2])
print(f.copy() is f, f.copy() == f, type(f.copy()).__name__)
print(f.union([4]), f.intersection([1, 9]), f.difference([1]), f.symmetric_difference([3, 4]))
print(f.issubset(range(5)), f.issuperset([1]), f.isdisjoint([7]))
print(f.union() is f, f.intersection() is f, f.difference() is f)
print(type(f.union()).__name__, f.union() == f)
print(frozenset().copy(), frozenset().union(), frozenset(f) is f)
e = frozenset()
print(e.copy() is e, e.union([]) == e)
s = {1, 2}
c = s.copy()
print(c is s, c == s, type(c).__name__)
c.add(3)
print(s, c)
print(frozenset.copy(f) is f, set.copy(s) is s)
print(hash(f) == hash(f.copy()), hash(f) == hash(frozenset([1, 2, 3])))
nested = frozenset([frozenset([1]), frozenset([2])])
print(sorted([len(x) for x in nested]), frozenset([1]) in nested, {1} in nested)
print(f.union(nested) == nested | f, len(f.union(nested)))
for name in ['add', 'remove', 'discard', 'pop', 'clear', 'update', 'intersection_update',
             'difference_update', 'symmetric_difference_update']:
    try:
        getattr(f, name)
        print('has', name)
    except AttributeError as e:
        print(type(e).__name__, e)
def attempt(fn):
    try:
        print('ok', fn())
    except Exception as ex:
        print(type(ex).__name__, ex)
attempt(lambda: f.copy(1))
attempt(lambda: f.union(1))
attempt(lambda: f.symmetric_difference())
attempt(lambda: f.issubset(x=1))
attempt(lambda: f.isdisjoint())
attempt(lambda: frozenset.union(s))
attempt(lambda: set.union(f, [9]))
attempt(lambda: frozenset.copy(s))
d = {f: 'frozen key'}
print(d[frozenset({1, 2, 3})], d.get(f.copy()))
