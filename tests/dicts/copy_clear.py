# dict.copy (shallow, new object) and dict.clear (in place, visible through other names)
import sys
d = {'a': [1], 'b': 2}
c = d.copy()
print(c, c == d, c is d, c['a'] is d['a'])
c['a'].append(2)
c['z'] = 0
print(d, c)
e = {}
print(e.copy(), e.copy() is e)
alias = d
d.clear()
print(d, alias, c, len(d))
print(d.clear())
d['x'] = 1
print(d)
# copies of dicts with deleted entries
big = {i: i for i in range(20)}
for i in range(15):
    del big[i]
cp = big.copy()
print(cp, list(cp) == list(big))
print(sys.getsizeof(big), sys.getsizeof(cp))
dense = {i: i for i in range(20)}
print(sys.getsizeof(dense), sys.getsizeof(dense.copy()), sys.getsizeof(dict(dense)))
s = {f'k{i}': i for i in range(10)}
print(sys.getsizeof(s), sys.getsizeof(s.copy()), sys.getsizeof({} | s))
print(sys.getsizeof({}), sys.getsizeof({}.copy()))
cleared = {i: i for i in range(100)}
cleared.clear()
print(sys.getsizeof(cleared), cleared)
# popitem reuses the space at the end, so the size stays put
p = {i: i for i in range(5)}
size0 = sys.getsizeof(p)
for _ in range(3):
    p.popitem()
for i in range(10, 13):
    p[i] = i
print(size0 == sys.getsizeof(p), p)
fk = dict.fromkeys(range(40))
print(sys.getsizeof(fk), sys.getsizeof(dict.fromkeys(set(range(40)))), sys.getsizeof(dict.fromkeys(fk)))
for bad in (lambda: d.copy(1), lambda: d.clear(None), lambda: d.copy(x=1)):
    try:
        bad()
    except TypeError as ex:
        print(type(ex).__name__, ex)
nested = {'in': {'deep': [1]}}
n2 = nested.copy()
n2['in']['deep'].append(2)
print(nested)
