# '*' widths and precisions taken from the argument tuple.
for w in [0, 1, 5, -5, 12]:
    print(repr('%*d' % (w, 42)), repr('%*s' % (w, 'ab')), repr('%-*s' % (w, 'ab')))
for p in [0, 1, 3, -2, 10]:
    print(repr('%.*f' % (p, 3.14159265)), repr('%.*s' % (p, 'abcdef')), repr('%.*d' % (p, 7)))
print(repr('%*.*f' % (10, 3, 2.71828)))
print(repr('%-*.*e|' % (14, 2, 12345.678)))
print(repr('%0*d' % (6, -12)))
print(repr('%*c|' % (4, 'x')))
print(repr('%*d %*d' % (3, 1, 4, 2)))
print(repr('%*s' % (True, 'x')))
for fmt, args in [('%*d', ('a', 1)), ('%*d', (1.5, 2)), ('%.*f', (None, 1.0)), ('%*d', (5,)),
                  ('%*.*f', (5, 2)), ('%*d', 5), ('%*d', (2**70, 1)), ('%.*f', (2**40, 1.0)),
                  ('%(a)*d', {'a': 1}), ('%*d', (3, 1, 2))]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)
