# views are live: they see inserts, deletes, clear and updates made after they were taken
d = {'a': 1}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k))
d['b'] = 2
print(k, v, it, len(k))
del d['a']
print(k, v, it, len(v))
d.update(c=3, d=4)
print(list(k), list(v), list(it))
d.pop('c')
print(k, 'c' in k, ('d', 4) in it, 4 in v)
d.clear()
print(k, v, it, len(it), bool(k))
d[10] = 'x'
print(k, v, it)
d.setdefault(11, 'y')
print(k == {10, 11}, it == {(10, 'x'), (11, 'y')})
d.popitem()
print(k, it)
# a view keeps its dict alive
def make():
    return {'only': 'here'}.items()
view = make()
print(view, len(view))
it2 = iter(k)
print(next(it2))
# iterators of views taken before a mutation break as dict iterators do
d[12] = 'z'
try:
    next(it2)
except RuntimeError as e:
    print(type(e).__name__, e)
# many views of one dict
views = [d.keys() for _ in range(3)]
d[13] = 'w'
print([len(x) for x in views])
print(views[0] == views[1], views[0] is views[1])
print(d.values() == d.values())
vv = d.values()
print(vv == vv, vv != vv)
