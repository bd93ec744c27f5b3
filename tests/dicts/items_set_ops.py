# items views as sets of pairs: & | - ^, comparisons, membership with unhashable values
a = {1: 'a', 2: 'b', 3: 'c'}
b = {2: 'b', 3: 'X', 4: 'd'}
ia, ib = a.items(), b.items()
print(sorted(ia & ib), sorted(ia | ib), sorted(ia - ib), sorted(ia ^ ib))
print(sorted(ia & {(1, 'a'), (9, 9)}), sorted({(1, 'a'), (9, 9)} & ia))
print(sorted(ia - [(1, 'a')]), sorted([(1, 'a'), (5, 'e')] - ia))
print(sorted(ia ^ [(2, 'b'), (7, 'g')]), sorted([(2, 'b'), (7, 'g')] ^ ia))
print(ia == {(1, 'a'), (2, 'b'), (3, 'c')}, ia == ib, ia != ib)
print(ia <= {(1, 'a'), (2, 'b'), (3, 'c'), 0}, ia < ia, ia >= {(3, 'c')})
print(ia == a.keys(), {1: 2}.items() == {(1, 2)}, {}.items() == set())
# items with unhashable values: membership works, set operations cannot hash them
u = {'l': [1, 2], 'd': {}}
print(('l', [1, 2]) in u.items(), ('l', [1]) in u.items(), ('d', {}) in u.items())
try:
    u.items() | set()
except TypeError as e:
    print(type(e).__name__, e)
try:
    u.items() & {('l', 1)}
except TypeError as e:
    print(type(e).__name__, e)
print(u.items() & {('l', 1)})
print(u.items().isdisjoint([('l', [9])]), u.items().isdisjoint([('l', [1, 2])]))
# xor of two items views: values compared by ==
x = {1: 1.0, 2: 2, 3: [3]}
y = {1: 1, 2: 2.5, 4: 4}
print(sorted({1: 1.0, 2: 2}.items() ^ {1: 1, 2: 2.5, 4: 4}.items()))
try:
    x.items() ^ y.items()
except TypeError as e:
    print(type(e).__name__, e)
p = {1: 'p', 2: 'q'}
q = {2: 'q', 3: 'r'}
print(sorted(p.items() ^ q.items()), sorted(q.items() ^ p.items()))
print(sorted(p.items() ^ p.items()), sorted(p.items() | p.keys(), key=repr))
print(sorted(p.keys() & p.items(), key=repr), p.keys() == p.items())
nan = float('nan')
n = {1: nan}
print((1, nan) in n.items(), (1, float('nan')) in n.items())
