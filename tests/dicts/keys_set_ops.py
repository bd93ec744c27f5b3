# keys views as sets: & | - ^ with sets, lists, other views; comparisons; results are sets
a = {1: 'a', 2: 'b', 3: 'c'}
b = {2: 'x', 3: 'y', 4: 'z'}
ka, kb = a.keys(), b.keys()
print(ka & kb, ka | kb, ka - kb, ka ^ kb)
print(type(ka & kb).__name__, type(ka | [9]).__name__)
print(ka & {3, 4, 5}, {3, 4, 5} & ka)
print(ka | [7, 8], [7, 8] | ka)
print(ka - [1], [1, 9] - ka, (1, 2, 9) - ka)
print(ka ^ {3, 9}, {3, 9} ^ ka, [3, 9] ^ ka)
print(ka & range(2, 10), range(0, 3) & ka)
print(ka & 'abc', a.keys() & {}.keys(), {}.keys() | {}.keys())
print(ka == {1, 2, 3}, ka != {1, 2, 3}, {1, 2, 3} == ka, ka == frozenset({1, 2, 3}))
print(ka == [1, 2, 3], ka == (1, 2, 3), ka == kb, ka == {1: 0, 2: 0, 3: 0}.keys())
print(ka < {1, 2, 3, 4}, ka <= {1, 2, 3}, ka > {1}, ka >= {1, 2, 3}, ka > {9})
print({1, 2} < ka, {1, 2, 3, 4} > ka, frozenset() <= ka)
print(ka < kb, {1: 0}.keys() < ka, ka.isdisjoint(kb), ka.isdisjoint({5}), ka.isdisjoint([3]))
for bad in (1, None, 2.5):
    for op in (lambda x, y: x & y, lambda x, y: x | y, lambda x, y: x - y, lambda x, y: x ^ y):
        try:
            op(ka, bad)
        except TypeError as e:
            print('view op', type(e).__name__, e)
        try:
            op(bad, ka)
        except TypeError as e:
            print('op view', type(e).__name__, e)
try:
    ka < [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    ka & [[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    ka | [[1]]
except TypeError as e:
    print(type(e).__name__, e)
s = {'x': 1, 'y': 2}.keys()
print(sorted(s | {'z'}), sorted(s & ['y', 'q']), sorted(s - {'x'}))
print(d := {n: n * n for n in range(20)}, sorted(d.keys() & range(15, 30)))
print(a.values() == a.values(), a.values() != a.values())
try:
    a.values() & {1}
except TypeError as e:
    print(type(e).__name__, e)
