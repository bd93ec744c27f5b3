# issubset / issuperset / isdisjoint against sets, lists, strings, dicts, iterators
a = {1, 2}
print(a.issubset({1, 2, 3}), a.issubset([1, 2]), a.issubset([1]), a.issubset(range(5)), a.issubset(a))
print(a.issuperset([1]), a.issuperset({1, 2, 3}), a.issuperset([]), a.issuperset(a), a.issuperset(iter([2, 1])))
print(a.isdisjoint([3]), a.isdisjoint({2}), a.isdisjoint(a), set().isdisjoint(set()), a.isdisjoint(''))
print(set().issubset([]), set().issuperset(set()), a.issubset({1: 0, 2: 0}), a.issuperset({1: 0}))
print(a.issubset({1, 2}.keys()), a.isdisjoint({5: 1}.keys()))
print(frozenset(a).issubset(a), a.issubset(frozenset(a)), frozenset().isdisjoint([1]))
print(a <= {1, 2}, a < {1, 2}, a >= {1}, a > {1}, a == frozenset({1, 2}))
s = {'ab', 'cd'}
print(s.issubset(['ab', 'cd', 'ef']), s.issuperset('ab'), {'a', 'b'}.issubset('abc'))
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: a.issubset(1))
attempt(lambda: a.issuperset(None))
attempt(lambda: a.isdisjoint(2.5))
attempt(lambda: a.issubset())
attempt(lambda: a.issubset([1], [2]))
attempt(lambda: a.issuperset(x=1))
attempt(lambda: a.issubset([[1]]))
attempt(lambda: a.issuperset([[1]]))
attempt(lambda: a.isdisjoint([[1]]))
attempt(lambda: a.issuperset([1, [2]]))
attempt(lambda: a.issuperset([3, [2]]))
attempt(lambda: a.isdisjoint([1, [2]]))
attempt(lambda: a < [1, 2, 3])
attempt(lambda: a <= 1)
print(set(range(10)).issuperset(range(0, 10, 3)), set(range(5)).issubset(range(4)))
