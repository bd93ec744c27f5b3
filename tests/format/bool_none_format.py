# format() of bool (int's __format__ with bool's name), None and other objects
# (object.__format__: only the empty spec).
for v in [True, False]:
    print([format(v, s) for s in ['', 'd', '>6', '<6', '^7', 'x', '#b', '+', '05', '.2f', '%',
                                  'e', 'g', 'c', 'n', ',', '_']])
    print(f'{v}|{v:}|{v:d}|{v:>6}|{v!r:>6}|{v!s}')
    print('{}|{:d}|{!r:^7}|{:5}'.format(v, v, v, v))
    print('%s|%d|%r|%x|%5s|%f' % (v, v, v, v, v, v))
for spec in ['s', 'x', '.1', '<2']:
    try:
        print(format(True, spec))
    except ValueError as e:
        print(spec, 'ValueError', e)
others = [None, [1, 2], (3,), {'a': 1}, range(3), len, print,
          int, ValueError('boom')]
for v in others:
    print(repr(format(v, '')), repr(f'{v}'), repr('{}'.format(v)))
    for spec in ['s', '>10', 'd', ' ']:
        try:
            print(repr(format(v, spec)))
        except TypeError as e:
            print('TypeError', e)
print(f'{None!r:>6}|{None!s:<6}|{[1]!r:>6}|')
print('{0!s:>6}'.format(None), '%-6s|' % None, '%r' % None)
format(None, '>5')
