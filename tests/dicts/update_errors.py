# dict.update / dict() errors: bad elements, wrong lengths, non-iterables, too many arguments
def attempt(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

d = {}
attempt(lambda: d.update([(1, 2, 3)]))
attempt(lambda: d.update([(1, 2), (3,)]))
attempt(lambda: d.update([(1, 2), (3, 4), 'abc']))
attempt(lambda: d.update([1]))
attempt(lambda: d.update([(1, 2), 5]))
attempt(lambda: d.update([None]))
attempt(lambda: d.update(1))
attempt(lambda: d.update(None))
attempt(lambda: d.update(1, 2))
attempt(lambda: d.update({}, {}))
attempt(lambda: d.update([([], 1)]))
attempt(lambda: d.update({'a': 1}, **{'b': 2}))
attempt(lambda: d.update(['a']))
attempt(lambda: d.update(['abc']))
attempt(lambda: d.update([()]))
attempt(lambda: dict([(1, 2, 3)]))
attempt(lambda: dict(1))
attempt(lambda: dict(1, 2))
attempt(lambda: dict([[1]]))
attempt(lambda: dict([{1: 2, 3: 4}]))
attempt(lambda: dict([{1, 2}]) == {1: 2} or 'set pair')
attempt(lambda: dict([range(2)]))
attempt(lambda: dict(['x']))
attempt(lambda: dict([3.5]))
print(d)
# a failing update keeps what it added before the error
e = {}
attempt(lambda: e.update([('a', 1), ('b', 2), (3,)]))
print(e)
attempt(lambda: e.update([('c', 1), ([], 2)]))
print(e)
