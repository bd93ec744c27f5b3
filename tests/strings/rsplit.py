# str.rsplit: splitting from the right, with and without separators and maxsplit
s = 'a b c d e'
for n in [-1, 0, 1, 2, 4, 10]:
    print(n, s.rsplit(None, n), s.rsplit(' ', n))
print('  a  b  c  '.rsplit(None, 1))
print('  a  b  c  '.rsplit(None, 0))
print('  a  b  c  '.rsplit(maxsplit=2))
print('a,b,,c,'.rsplit(','))
print('a,b,,c,'.rsplit(',', 1))
print('aaaa'.rsplit('aa'))
print('aaaaa'.rsplit('aa', 1))
print('aaaaa'.split('aa', 1))
print('path/to/some/file.txt'.rsplit('/', 1))
print('file.tar.gz'.rsplit('.', 1))
print('file.tar.gz'.rsplit('.', maxsplit=1)[0])
print('noext'.rsplit('.', 1))
print(''.rsplit())
print(''.rsplit('x'))
print('ü ö ä'.rsplit(None, 1))
print('ü\u3000ö\u2003ä'.rsplit(None, 1))
print('α::β::γ'.rsplit('::', 1))
try:
    'abc'.rsplit('')
except ValueError as e:
    print('ValueError', e)
try:
    'abc'.rsplit(3)
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.rsplit('a', 'b')
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.rsplit('a', 1, 2)
except TypeError as e:
    print('TypeError', e)
