# zfill (signs stay in front) and expandtabs (columns reset at \n and \r, tab sizes)
for s in ['42', '-42', '+42', '', '-', '+', 'abc', '-abc', '--1', '3.14', '-0.5', '日本']:
    print(repr(s), [s.zfill(w) for w in [0, 1, 3, 5]])
print('123'.zfill(-5), '123'.zfill(True), '-1'.zfill(2))
s = 'a\tbc\tdef\tg'
for n in [8, 4, 1, 0, -1, 3]:
    print(n, repr(s.expandtabs(n)))
print(repr(s.expandtabs()), repr(s.expandtabs(tabsize=2)))
print(repr('ab\n\tc\r\td'.expandtabs(4)))
print(repr('\t\t'.expandtabs(3)), repr('no tabs'.expandtabs()), repr(''.expandtabs()))
print(repr('日本\t語\tx'.expandtabs(4)))
print(repr('12345678\tx'.expandtabs()), repr('1234567\tx'.expandtabs()))
print(repr('a\x0b\tb'.expandtabs(4)), repr('a\x0c\tb'.expandtabs(4)))
rows = [['id', 'name', 'score'], ['1', 'ann', '9.5'], ['22', 'bartholomew', '10']]
for r in rows:
    print('\t'.join(r).expandtabs(6))
for args in [(), ('5',), (1.5,), (5, 6)]:
    try:
        print('12'.zfill(*args))
    except TypeError as e:
        print('TypeError', e)
for args in [('5',), (1.5,), (5, 6), (None,)]:
    try:
        print('1\t2'.expandtabs(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    'x'.expandtabs(size=4)
except TypeError as e:
    print('TypeError', e)
try:
    'x'.expandtabs(2 ** 40)
except OverflowError as e:
    print('OverflowError', e)
try:
    'x'.zfill(2 ** 70)
except OverflowError as e:
    print('OverflowError', e)
try:
    'x'.zfill(width=3)
except TypeError as e:
    print('TypeError', e)
