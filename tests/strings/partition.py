# partition/rpartition: first/last occurrence, missing separator, empty separator, errors
s = 'key=value=more'
print(s.partition('='), s.rpartition('='))
print(s.partition('=='), s.rpartition('=='))
print(s.partition('key'), s.rpartition('more'))
print(s.partition(s), s.rpartition(s))
print(''.partition('x'), ''.rpartition('x'))
print('aaa'.partition('a'), 'aaa'.rpartition('a'))
print('aaa'.partition('aa'), 'aaa'.rpartition('aa'))
print('日本=語'.partition('='), '日本=語'.rpartition('本'))
print('straße'.partition('ß'), 'a.b.c'.rpartition('.'))
url = 'https://example.com/path/to/page?q=1'
scheme, _, rest = url.partition('://')
host, sep, path = rest.partition('/')
print(scheme, host, sep, path)
base, dot, ext = 'archive.tar.gz'.rpartition('.')
print(base, dot, ext)
for line in ['name: Alice', 'age:30', 'no colon', ':empty', 'trailing:']:
    k, sep, v = line.partition(':')
    print(repr(k), repr(sep), repr(v.strip()))
for name in ['partition', 'rpartition']:
    for bad in ['', 1, None, ('a',)]:
        try:
            getattr('abc', name)(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        getattr('abc', name)()
    except TypeError as e:
        print('TypeError', e)
    try:
        getattr('abc', name)('a', 'b')
    except TypeError as e:
        print('TypeError', e)
    try:
        getattr('abc', name)(sep='a')
    except TypeError as e:
        print('TypeError', e)
