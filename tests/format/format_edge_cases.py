# Corner cases of every path: grouping of huge floats, '#' with no type, NUL as the type
# (CPython's 'no type'), '%' conversions that are not conversions, nested field specs.
cases = [lambda: '{:,}'.format(1.5e300)[:30], lambda: format(1e300, ',.2f')[-20:],
 lambda: format(float('nan'), '=+010'), lambda: '{0:n}'.format(1234567.0), lambda: '%#.0f' % 1.5,
 lambda: '%#x|%#o|%#X' % (0, 0, 0), lambda: format(123, '#c'), lambda: '{!r:}'.format(1),
 lambda: '{:%}'.format(1), lambda: '{0:=}'.format('a'), lambda: '{:\x00<5}'.format(1),
 lambda: '{:}}'.format(1), lambda: '{0:{1}}'.format(1, '{'), lambda: '%s' % {},
 lambda: '%s %s' % {}, lambda: '%c' % '\U0001f600', lambda: format(1e16, '.16'),
 lambda: format(1e16, 'n'), lambda: format(-1e-320, 'z.3e'), lambda: format(12345.6789, '_.3f'),
 lambda: format(0.5, '.0%'), lambda: format(2.5, '.0%'), lambda: format(1e-320, '.3g'),
 lambda: format(123456789, ',.3e'), lambda: format(1234.5, ',g'), lambda: format(1e20, ',g'),
 lambda: format(1e20, ',.0f'), lambda: format(-1234567.5, '=+15,.1f'), lambda: format(-1234567.5, '015,.1f'),
 lambda: format(float('-inf'), '015,.1f'), lambda: format(float('nan'), ',%'),
 lambda: '{0!a:^9}'.format('€'), lambda: '{:#.3}'.format(1.0), lambda: '{:#}'.format(1.0),
 lambda: '{:#.0}'.format(10.0), lambda: format(1.0, '#'), lambda: format(0.0, '#.0e'),
 lambda: format(5, '#%'), lambda: format(5, '#.1e'), lambda: format(100, ',d'),
 lambda: '{0[0]:{0[1]}}'.format(['x', '>3']), lambda: '%(a)s%%' % {'a': 1},
 lambda: '%(a)s %%(b)s' % {'a': 1}, lambda: '%-%' % (), lambda: '%5%|' % (), lambda: '%(a)%' % {'a':1},
 lambda: '%*%' % (5,), lambda: '%.*%' % (5,), lambda: '%*%' % (), lambda: '% %' % ()]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
for v in (1, 2.5, 'a', True):
    for s in ('\x00', '5\x00', ',\x00', '.2\x00', '#\x00'):
        try:
            print(repr(format(v, s)))
        except Exception as e:
            print(type(e).__name__, e)
