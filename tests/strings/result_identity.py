# which str methods hand back the very same object when nothing changes (as CPython does)
s = 'Hello World'
u = 'ABC'
l = 'abc'
e = ''
one = 'A'
print('case', u.upper() is u, l.lower() is l, l.casefold() is l, s.title() is s, s.swapcase() is s)
print('case empty/one', e.upper() is e, one.upper() is one, 'a'.upper() is one)
print('strip', s.strip() is s, s.lstrip('x') is s, s.rstrip() is s, (' ' + s).strip() is s)
print('replace', s.replace('x', 'y') is s, s.replace('l', 'l') is s, s.replace('l', 'L', 0) is s)
print('pad', s.ljust(3) is s, s.center(5) is s, s.rjust(11) is s, s.zfill(3) is s)
print('tabs', s.expandtabs() is s)
print('affix', s.removeprefix('x') is s, s.removeprefix('') is s, s.removesuffix('d') is s)
print('split', s.split('x')[0] is s, l.split()[0] is l, s.rsplit('x')[0] is s, s.splitlines()[0] is s)
print('split part', s.split()[0] is s, s.split(None, 0)[0] is s, (s + ' ').split(None, 0)[0] is s)
sep = '='
p = 'a=b'.partition(sep)
print('partition', s.partition('x')[0] is s, s.rpartition('x')[2] is s, p[1] is sep)
print('join', ''.join([s]) is s, ','.join([s]) is s, ''.join([s, e]) is s)
print('translate', s.translate({}) is s, s.translate({72: 72}) is s)
x = 'ÀBÇ'
print('non-ascii', x.upper() is x, x.strip() is x, x.replace('z', 'y') is x, x.translate({}) is x)
y = 'àbç'
print('non-ascii lower', y.lower() is y, y.casefold() is y, x.title() is x)
print('slices', s[:] is s, s[0:] is s, s[0] is s[0])
