# Fill characters and the four alignments on str, int and float; centring puts the extra
# space on the right.
vals = ['ab', 'é', '', 12, -12, 3.5, -3.5, True]
for spec in ['<6', '>6', '^6', '^7', '*<6', '*>6', '*^6', '-^9', '0<6', '0>6', '0^7',
             '=^6', '<<6', '>>6', '^^6', '{^6', '}>6', '€^7', '😀<5', ' >6', '<1', '^0']:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append('ValueError: ' + str(e))
    print(repr(spec), out)
for spec in ['=6', '*=6', '0=6', '=+6', '=#8x', '0=+8.2f']:
    out = []
    for v in [12, -12, 3.5, -3.5]:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append('ValueError: ' + str(e))
    print(repr(spec), out)
for w in range(0, 9):
    print(repr(format('abc', '^%d' % w)), repr(format(-5, '^%d' % w)), repr(format('x', '.^%d' % w)))
print('{:~^20}'.format(' title '))
print(f'{"left":<10}|{"right":>10}|{"mid":^10}|')
print(f'{7:#^5}', f'{7.0:>8}', f'{-7:_<6}')
for spec in ['=5', '0=5']:
    try:
        print(format('s', spec))
    except ValueError as e:
        print('ValueError', e)
