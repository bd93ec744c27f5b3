# str.format_map: fields looked up in a mapping (without copying it), and its errors.
d = {'name': 'Ann', 'n': 3, 'pi': 3.14159, 'items': [1, 2, 3], 'w': 8}
print('{name} has {n} items'.format_map(d))
print('{pi:.2f} {pi!r} {name!r:>{w}}|'.format_map(d))
print('{items[1]} {items}'.format_map(d))
print('no fields'.format_map({}))
print('{{literal}}'.format_map({}))
print('{a}{b}'.format_map({'a': 'x', 'b': None}))
print('{0x}'.format_map({'0x': 'nonnumeric key'}))
print('{é}'.format_map({'é': 'e-acute'}))
nested = {'cfg': {'width': 6, 'fill': '.'}}
print('{cfg[width]} {cfg[fill]}'.format_map(nested))
print('[{v:{f}>{w}}]'.format_map({'v': 1, 'f': '-', 'w': 5}))
lst = ['zero', 'one']
for fmt, m in [('{missing}', d), ('{0}', d), ('{}', d), ('{0}', lst), ('{a}', lst),
               ('{a}', 5), ('{a}', None), ('{name[9]}', d), ('{a}', 'str'),
               ('{n:s}', d), ('{name:d}', d)]:
    try:
        print(repr(fmt.format_map(m)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
