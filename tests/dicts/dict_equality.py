# dict == / != (order-insensitive, values by ==), views compared with dicts, ordering errors
a = {1: 'x', 2: [1, 2]}
b = {2: [1, 2], 1: 'x'}
print(a == b, a != b, a == {1: 'x'}, {} == {}, {} == [], a == a.copy())
print({1: 1.0} == {1.0: 1}, {1: True} == {True: 1}, {'a': None} == {'a': 0})
nan = float('nan')
n1 = {1: nan}
print(n1 == n1, n1 == {1: nan}, n1 == {1: float('nan')})
print(a.keys() == b.keys(), a.items() == b.items(), a.values() == b.values())
print(a.keys() == {1, 2}, a == {1, 2}, a.keys() == a)
def attempt(f):
    try:
        print('ok', f())
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: a < b)
attempt(lambda: a >= {})
attempt(lambda: a.keys() < [1])
attempt(lambda: a.values() < a.values())
attempt(lambda: a.items() <= {(1, 'x'), (2, 3)})
attempt(lambda: a.items() == {(1, 'x'), (2, (1, 2))})
c = {}
c[1] = c
print(c == c, c != {1: c})
deep1 = {'k': {'k': {'k': [1, {2: 3}]}}}
deep2 = {'k': {'k': {'k': [1, {2: 3}]}}}
print(deep1 == deep2, deep1 != deep2)
deep2['k']['k']['k'][1][2] = 4
print(deep1 == deep2)
print({1: 2} | {} == {1: 2}, dict.fromkeys('ab') == {'b': None, 'a': None})
x = {i: i for i in range(100)}
y = {i: i for i in reversed(range(100))}
print(x == y, list(x)[:3], list(y)[:3])
y[50] = 'changed'
print(x == y, x != y)
