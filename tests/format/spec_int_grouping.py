# Thousands grouping of ints: ',' and '_', with widths, zero padding, signs and bases.
values = [0, 7, -7, 999, 1000, -1000, 123456, 1234567, -12345678, 10**9, 2**64, -(10**25)]
for v in values:
    print(format(v, ','), format(v, '_'), format(v, '_x'), format(v, '_b')[-19:],
          format(v, '_o'), format(v, '#_X'))
for spec in ['10,', '<10,|', '^12,', '=+12,', '012,', '015_', '+011,', ' 010,d', '09_x',
             '#012_x', '#014_b', '*>12,', '0=12,', '015,.2f', '012_f', ',e', ',%', ',g', '_']:
    out = []
    for v in (5, -1234, 98765432, 0):
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append('ValueError: ' + str(e))
    print(repr(spec), out)
# zero padding inserts separators into the padding too
for w in range(1, 14):
    print(w, format(1234, '0%d,' % w), format(-1234, '0%d_' % w), format(0xabcde, '0%d_x' % w))
print(f'{1234567:,}', f'{-1234567:_}', f'{12345678:_o}')
for spec in [',x', ',b', ',o', ',X', ',c', '_c', ',n', '_s', ',_', '_,', ',,', '__']:
    try:
        print(spec, format(1234, spec))
    except ValueError as e:
        print(spec, 'ValueError', e)
