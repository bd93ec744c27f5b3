# !s, !r and !a conversions in f-strings and str.format, alone and with specs.
values = ['plain', 'quote\'s', 'dq"', 'nl\n', 'é', '€', '😀', '\x00\x7f', 5, -2.5, None, True,
          [1, 'a'], ('é',), {'k': 'é'}, range(2), len, 1e16]
for v in values:
    print(f'{v!s}|{v!r}|{v!a}')
    print('{0!s}|{0!r}|{0!a}'.format(v))
for v in ['ab', 12, 'é']:
    print(f'[{v!r:>8}] [{v!s:^7}] [{v!a:<10}] [{v!r:.3}]')
    print('[{0!r:>8}] [{0!s:^7}] [{0!a:<10}] [{0!r:.3}]'.format(v))
print('%s|%r|%a' % ('é', 'é', 'é'))
# after a conversion the value is a str, so str specs apply
try:
    print(f'{5!r:d}')
except ValueError as e:
    print('ValueError', e)
try:
    print('{0!s:x}'.format(255))
except ValueError as e:
    print('ValueError', e)
for fmt in ['{0!}', '{0!x}', '{0!rs}', '{0!r', '{0!:}', '{0!R}', '{0!S}']:
    try:
        print(fmt.format(1))
    except ValueError as e:
        print(repr(fmt), 'ValueError', e)
print(ascii('é€😀'), repr('é€😀'), str('é€😀'))
