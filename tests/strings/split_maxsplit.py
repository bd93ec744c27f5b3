# str.split's maxsplit: positional and keyword, zero, negative, larger than needed
s = 'a b c d e'
for n in [-5, -1, 0, 1, 2, 3, 4, 5, 100]:
    print(n, s.split(None, n), s.split(' ', n))
print('  a  b  c  '.split(None, 1))
print('  a  b  c  '.split(None, 0))
print('  a  b  c  '.split(maxsplit=2))
print('  a  b  c  '.split(' ', 2))
print('a,b,c'.split(',', maxsplit=1))
print('a,b,c'.split(maxsplit=1, sep=','))
print('a,,b,,c'.split(',', 2))
print(''.split(None, 0))
print(''.split(',', 0))
print('   '.split(None, 0))
print('x  '.split(None, 0))
print('x y  '.split(None, 1))
print('a b'.split(None, True))
print('a b c'.split(None, False))
big = 2 ** 40
print('a b c'.split(None, big))
for bad in ['1', 1.5, None, [1]]:
    try:
        print('a b'.split(None, bad))
    except TypeError as e:
        print('TypeError', e)
try:
    'a b'.split(None, 2 ** 70)
except OverflowError as e:
    print('OverflowError', e)
try:
    'a b'.split(',', 1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    'a b'.split(',', sep=',')
except TypeError as e:
    print('TypeError', e)
try:
    'a b'.split(max=1)
except TypeError as e:
    print('TypeError', e)
