# union / intersection / difference / symmetric_difference with any iterables and several args
a = {1, 2, 3, 4}
print(a.union(), a.union([5]), a.union([5], (6,), range(7, 9)), a.union('ab') == a | {'a', 'b'})
print(a.intersection(), a.intersection([2, 3, 9]), a.intersection({1, 2, 3}, [2, 3], (3,)))
print(a.difference(), a.difference([1]), a.difference([1], {2}, (3,)), a.difference(range(100)))
print(a.symmetric_difference([3, 4, 5]), a.symmetric_difference({9}), a.symmetric_difference(a))
print(a.union(a), a.intersection(a), a.difference(a), a.union(a) is a)
print(a, type(a.union()).__name__, a.union() is a)
d = {3: 'x', 5: 'y'}
print(a.union(d), a.intersection(d), a.difference(d), a.symmetric_difference(d))
print(a.union(d.keys()), a.intersection(d.values()), a.difference(d.items()))
print(a.intersection(iter([1, 1, 2])), a.difference(iter([4])), a.union(x * 10 for x in [1, 2]) if False else 'no generators')
big = set(range(100))
print(big.difference({1, 2}) == set(range(3, 100)) | {0}, len(big.difference([5, 6, 7])))
small = {1, 2}
print(small.intersection(range(1000)), small.difference(set(range(1000))))
fs = frozenset([1, 2, 3])
r = fs.union([4])
print(r, type(r).__name__, type(fs.intersection([1])).__name__, type(fs.difference()).__name__)
print(type(fs.symmetric_difference([1])).__name__, fs.union() is fs, fs.union() == fs)
print({1}.union(fs), type({1}.union(fs)).__name__, type(fs | {1}).__name__, type({1} | fs).__name__)
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: a.union(1))
attempt(lambda: a.union([1], 2))
attempt(lambda: a.intersection(None))
attempt(lambda: a.difference([1], 5))
attempt(lambda: a.symmetric_difference())
attempt(lambda: a.symmetric_difference([1], [2]))
attempt(lambda: a.union([[1]]))
attempt(lambda: a.intersection([[1]]))
attempt(lambda: a.difference([[1]]))
attempt(lambda: a.symmetric_difference([[1]]))
attempt(lambda: a.union(other=[1]))
attempt(lambda: fs.union(x=1))
attempt(lambda: a.difference({1: 2}, [[1]]))
print(a)
words = {'pear', 'fig'}
print(sorted(words.union(['kiwi'])), sorted(words.intersection(['fig', 'pear'])))
