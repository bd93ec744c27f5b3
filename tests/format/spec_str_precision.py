# str formatting: precision truncates (by code points), width pads, fill and alignment.
words = ['', 'a', 'hello', 'héllo wörld', '€uro', '😀😃😄', 'tab\there']
for spec in ['', 's', '.0', '.1', '.3s', '.10', '10', '<10', '>10.3', '^10.2', '*^9.4',
             '-<8.1', '10.0s', '.5s']:
    print(repr(spec), [format(w, spec) for w in words])
print(f'{"truncate me":.8}|{"pad":*^9.2}|')
print('{:.3}|{:>6.2}|{!r:.4}'.format('abcdef', 'xyz', 'quoted'))
print('%.3s|%-6.2s|' % ('abcdef', 'xyz'))
for spec in ['+', '-', ' ', '#', '=', '0=', 'z', ',', '_', 'd', 'x', 'f', '%', 'c', '+s',
             '#s', ',s', '_s', '=10s', '.s', 'ss', '5d', 'S']:
    try:
        print(repr(spec), repr(format('text', spec)))
    except ValueError as e:
        print(repr(spec), 'ValueError', e)
print(repr(format('abc', '05')), repr(format('abc', '0>5')), repr(format('abc', '0^6')))
