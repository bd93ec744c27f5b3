# dict.fromkeys: a class method; keys from any iterable, one shared value
print(dict.fromkeys('abc'))
print(dict.fromkeys('abc', 0))
print(dict.fromkeys([1, 2, 1, 3], 'x'))
print(dict.fromkeys(range(5), None))
print(dict.fromkeys((), 1), dict.fromkeys(''))
print({}.fromkeys('xy', 1), {'ignored': 1}.fromkeys([7]))
print(dict.fromkeys({'k1': 1, 'k2': 2}, 'v'))
print(dict.fromkeys({3, 1, 2}))
print(dict.fromkeys(frozenset({5, 6})))
print(dict.fromkeys({'a': 1}.keys(), 2), dict.fromkeys({'a': 1}.items()))
shared = []
d = dict.fromkeys('pq', shared)
d['p'].append(1)
print(d, d['p'] is d['q'])
print(dict.fromkeys(iter([1, 2])), dict.fromkeys(x * 2 for x in [1, 2]) if False else 'no generators')
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: dict.fromkeys())
attempt(lambda: dict.fromkeys(1))
attempt(lambda: dict.fromkeys(None, 1))
attempt(lambda: dict.fromkeys([], 1, 2))
attempt(lambda: dict.fromkeys(iterable=[]))
attempt(lambda: dict.fromkeys([[1]]))
attempt(lambda: dict.fromkeys([1, {}]))
attempt(lambda: {}.fromkeys())
print(type(dict.fromkeys).__name__, type({}.fromkeys).__name__)
f = dict.fromkeys
print(f('ab', 1))
big = dict.fromkeys(range(100))
print(len(big), list(big)[-3:])
