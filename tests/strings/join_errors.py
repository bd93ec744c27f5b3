# str.join errors: non-str items (by position), non-iterables, argument counts
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: ','.join(['a', 1]))
attempt(lambda: ','.join([1, 'a']))
attempt(lambda: ','.join(['a', 'b', None]))
attempt(lambda: ','.join(('a', 2.5)))
attempt(lambda: ','.join([['a']]))
attempt(lambda: ','.join([('a',)]))
attempt(lambda: ','.join(range(3)))
attempt(lambda: ','.join({1: 'a'}))
attempt(lambda: ','.join(5))
attempt(lambda: ','.join(None))
attempt(lambda: ','.join(3.5))
attempt(lambda: ','.join())
attempt(lambda: ','.join(['a'], ['b']))
attempt(lambda: ','.join(iterable=['a']))
attempt(lambda: ','.join([True]))
attempt(lambda: ','.join(['x', 'y', 'z', 4]))
attempt(lambda: ''.join([1]))
attempt(lambda: ''.join(['ok']))
attempt(lambda: str.join(',', ['a', 'b']))
attempt(lambda: str.join(1, ['a']))
attempt(lambda: str.join())
attempt(lambda: str.join(','))
attempt(lambda: ','.join(map(str, [1, 2])))
attempt(lambda: ','.join(map(len, ['a'])))
for items in [['a', 'b'], ['a', 1], [], [None], 'xy']:
    try:
        print('ok', '+'.join(items))
    except TypeError as e:
        print('err', e)
