# find/rfind/index/rindex: start and end with slice semantics, None, negatives, non-ASCII
s = 'hello world, hello'
print(s.find('hello'), s.rfind('hello'), s.index('world'), s.rindex('o'))
print(s.find('xyz'), s.rfind('xyz'))
print(s.find('o', 5), s.find('o', 5, 7), s.find('o', 5, 8), s.rfind('o', 0, 5))
print(s.find('o', -5), s.find('o', -100), s.find('o', 100), s.rfind('o', -100, -10))
print(s.find('o', None), s.find('o', None, None), s.find('o', 3, None), s.rfind('o', None, 6))
print(s.find(''), s.rfind(''), s.find('', 5), s.rfind('', 0, 5))
print(s.find('', len(s)), s.find('', len(s) + 1), s.rfind('', len(s) + 1))
print(s.find('', 5, 3), s.rfind('', 5, 3), s.find('h', 5, 3))
print(s.find('hello', 1), s.find('hello', -5), s.find('hello', -6))
print(s.find('o', True), s.find('o', False, True))
print(s.find('o', 2 ** 80), s.find('o', -2 ** 80), s.rfind('o', 0, 2 ** 80))
u = 'größer als Straße, größer'
print(u.find('ß'), u.rfind('ß'), u.find('größer', 1), u.index('Straße'), u.rindex('r'))
print(u.find('ß', 5), u.find('ß', -10), u.rfind('ö', 0, 5))
j = '日本語のテキスト日本'
print(j.find('日本'), j.rfind('日本'), j.find('テ', 2, 6), j.find('テ', 2, 4), j.rfind('', 3))
print('abc'.find('abcd'), 'abc'.find('bc', 1, 3), 'abc'.find('bc', 1, 2))
print('aaa'.find('aa'), 'aaa'.rfind('aa'))
for args in [('z',), ('l', 4), ('l', 0, 2)]:
    for name in ['index', 'rindex']:
        try:
            print(name, args, getattr(s, name)(*args))
        except ValueError as e:
            print(name, args, 'ValueError', e)
for bad in [1, None, ['a']]:
    try:
        s.find(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in ['1', 1.5, [1]]:
    try:
        s.index('o', bad)
    except TypeError as e:
        print('TypeError', e)
    try:
        s.rfind('o', 0, bad)
    except TypeError as e:
        print('TypeError', e)
try:
    s.find()
except TypeError as e:
    print('TypeError', e)
try:
    s.rindex('a', 1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    s.find(sub='o')
except TypeError as e:
    print('TypeError', e)
