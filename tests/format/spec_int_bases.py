# Integer presentation types b c d o x X n, '#' prefixes, and ints under float types.
values = [0, 1, -1, 10, 255, -255, 4096, 2**32 - 1, -2**40, 3**50, True, False]
for v in values:
    print(v, [format(v, t) for t in ['b', 'o', 'x', 'X', 'd', 'n', '#b', '#o', '#x', '#X']])
for v in [65, 97, 0x3b1, 0x20ac, 0x1f600, 10, 32]:
    print(repr(format(v, 'c')), repr(format(v, '>4c')), repr(format(v, '^5c')))
for spec in ['8b', '<8o|', '^10x', '=+10X', '#010b', '#-10o|', '+#x', ' #X', '#=12x',
             '*^#12b', '010X', '-o', '#c', '+c', '5.0c']:
    out = []
    for v in (42, -42, 0):
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append('ValueError: ' + str(e))
    print(repr(spec), out)
# float presentation types applied to ints go through float()
for v in [0, 7, -12, 10**15, 2**53 + 1, 10**20, True]:
    print(v, [format(v, t) for t in ['e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.3e', '.0%', '.10g']])
for v, spec in [(-1, 'c'), (0x110000, 'c'), (2**100, 'c'), (10**400, 'f'), (10**400, 'e'),
                (5, '.2d'), (5, '.2x'), (5, 'z'), (5, 'zd'), (5, 's'), (5, 'r'), (5, 'a'),
                (5, 'q'), (True, 's'), (5, '\u20ac')]:
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__, e)
