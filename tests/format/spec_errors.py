# The ValueErrors (and TypeErrors) of the format-spec mini-language, per type.
specs = ['d', 's', 'f', 'x', 'c', '%', 'n', '.2', '.2d', '.', '.x', ',', '_', ',_', '_,',
         ',s', '_s', ',c', ',x', '_x', ',b', ',n', '+', ' ', 'z', '#', '=', '0', '5.5.5',
         'abc', 'xx', '<>', '<<<', '10.2q', '\u20ac', '\x01', '\x7f', ' ', 'ü<5', 'j',
         '99999999999999999999', '.99999999999999999999', '1' * 25 + 'd']
vals = [5, 2.5, 'str', True, None, [1], (1,), {'a': 1}, len]
for spec in specs:
    out = []
    for v in vals:
        try:
            out.append(repr(format(v, spec)))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(repr(spec))
    for item in out:
        print('   ', item)
for call in [lambda: format(), lambda: format(1, 2), lambda: format(1, None),
             lambda: format(1, 'd', 3), lambda: format(1, spec='d'), lambda: format(x=1),
             lambda: format(1.0, '.3000000000f')]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
format(1.5, 'd')
