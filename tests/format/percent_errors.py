# The errors of the % operator, with CPython's types and messages, in CPython's order.
cases = [
    ('%d', ()), ('%d %d', (1,)), ('%d', (1, 2)), ('abc', 5), ('abc', (1,)), ('%s', ()),
    ('%d', 'x'), ('%i', [1]), ('%u', None), ('%x', 2.5), ('%X', 'a'), ('%o', 1.0),
    ('%f', 'x'), ('%e', None), ('%g', [1.0]), ('%f', 2**2000), ('%d', float('inf')),
    ('%d', float('nan')), ('%x', float('inf')),
    ('%y', 1), ('%y', ()), ('a%zb', 1), ('%\u20ac', 1), ('%\x01', 1), ('ab%', 1), ('%', ()),
    ('%5', 1), ('%.', 1), ('%-', 1), ('%(a', {}), ('%(a)s', 1), ('%(a)s', (1,)),
    ('%c', 1.5), ('%c', 'ab'), ('%c', -5), ('%c', 1114112), ('%s %s %s', (1, 2)),
    ('%%', 1), ('%%', ()), ('%%%d', ()),
    ('%.*d', ('x', 1)), ('%*d', ([], 1)), ('%ld', ()), ('%hy', 1), ('%5.2q', 3),
]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
# the right operand must not be formatted when the left is not a str
for a, b in [(5, 'a'), ([1], '%s'), (None, 'x')]:
    try:
        print(a % b)
    except Exception as e:
        print(type(e).__name__, e)
# %= works through the same path
s = 'x=%d'
s %= 4
print(s)
try:
    s = '%d'
    s %= 'bad'
except TypeError as e:
    print('TypeError', e)
print('%s' % '%s')
'%d items' % 'many'
