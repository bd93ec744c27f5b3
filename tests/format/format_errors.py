# The ValueErrors and lookup errors of str.format's markup, in CPython's wording.
cases = ['{', '}', 'a}b', '{0', '{0:', '{0!', '{0!r', '{0!x}', '{0!rr}', '{0!r:', '{!}',
         '{0!\u20ac}', '{0!\x01}', '{a{b}', '{0:{1:{2}}}', '{}{0}', '{0}{}', '{0[}', '{0.}',
         '{0[]}', 'x{{y}}z}', '{{{', '{0:}}', '{:d}', '{:s}', '{0:%}', '{0:,s}', '{:=5}',
         '{:+}', '{0:.s}', '{0:ä}', '{99999999999999999999999}', '{0[99999999999999999999999]}',
         '{!s:{}}', '{!z}']
for fmt in cases:
    try:
        print(repr(fmt), repr(fmt.format('str', 2)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for fmt, args in [('{3}', (1, 2)), ('{}{}{}', (1, 2)), ('{0}', ()), ('{x}', (1,))]:
    try:
        print(fmt.format(*args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for call in [lambda: 'x'.format_map(), lambda: 'x'.format_map({}, {}),
             lambda: 'x'.format_map(m={}), lambda: str.format(), lambda: str.format_map(),
             lambda: str.format(1), lambda: '{a}'.format_map(5), lambda: '{a}'.format_map([1])]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
'{0:{1}}'.format(1, 'bad')
