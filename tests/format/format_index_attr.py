# Field names with [key] and .attr steps, looked up with getitem/getattr.
import sys
def func():
    pass
data = {'a': [10, 20, 30], 'b': {'c': 'deep'}, 1: 'int key', '1x': 'str key'}
print('{0[a]} {0[a][1]} {0[b][c]}'.format(data))
print('{0[1]} {0[1x]}'.format(data))
print('{d[a][2]} {d[b]}'.format(d=data))
print('{0[0]}{0[1]}{0[2]}'.format('xyz'))
print('{0[0]}{0[2]}'.format((5, 6, 7)))
print('{0[0][0]}'.format([[['nested']]]))
print('{0.__name__} {f.__name__}'.format(func, f=func))
print('{0.maxsize}'.format(sys) == str(sys.maxsize))
print('{[a]}|{[b]}'.format(data, data))
print('{0[a]!r:>16}|'.format(data))
print('{0[ a ]}'.format({' a ': 'spaces kept'}))
print('{0[-1]}'.format({'-1': 'not an index'}))
print('{0[01]}'.format({1: 'leading zero is still int'}))
cases = [
    ('{0[5]}', ([1, 2],)), ('{0[x]}', ([1],)), ('{0[x]}', ({},)), ('{0.nope}', (func,)),
    ('{0[a].x}', (data,)), ('{0.}', (1,)), ('{0[]}', ([1],)), ('{0[0}', ([1],)),
    ('{0[0]x}', ([1],)), ('{0..a}', (1,)), ('{0[0]]}', ([1],)), ('{0[1]}', (5,)),
    ('{0.__name__[9]}', (func,)), ('{0[0]}', (None,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt.format(*args)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
