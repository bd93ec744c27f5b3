# startswith/endswith: str or tuple of str, start/end slicing, empty prefixes, errors
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.endswith('world'), s.endswith('hello'))
print(s.startswith(''), s.endswith(''), ''.startswith(''), ''.endswith(''), ''.startswith('a'))
print(s.startswith('world', 6), s.startswith('wor', 6, 9), s.startswith('world', 6, 9))
print(s.endswith('hello', 0, 5), s.endswith('hell', 0, 4), s.endswith('o', 0, -6))
print(s.startswith('o', -1), s.endswith('h', -100, 1), s.startswith('h', -100))
print(s.startswith('', 11), s.startswith('', 12), s.endswith('', 12), s.endswith('', 5, 4))
print(s.startswith('h', None), s.endswith('d', None, None), s.startswith('e', True))
print(s.startswith(('a', 'b', 'h')), s.startswith(('x', 'y')), s.startswith(()))
print(s.endswith(('ld', 'xx')), s.endswith(('hello', 'world'), 0, 5))
print(s.startswith(('hello', 1)))
print('日本語'.startswith('日'), '日本語'.endswith('語'), '日本語'.startswith('本', 1), '日本語'.endswith('本', 0, 2))
print('straße'.endswith('ße'), 'straße'.startswith('STRA'), 'ñandú'.endswith(('ú', 'u')))
files = ['a.py', 'b.txt', 'c.PY', 'd.rs', 'e.py.bak']
print([f for f in files if f.endswith(('.py', '.rs'))])
print([f for f in files if f.lower().endswith('.py')])
for bad in [1, None, ['a'], ('a', 1)]:
    for name in ['startswith', 'endswith']:
        try:
            print(getattr('xyz', name)(bad))
        except TypeError as e:
            print('TypeError', e)
try:
    s.startswith()
except TypeError as e:
    print('TypeError', e)
try:
    s.endswith('a', 1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    s.startswith('a', 'b')
except TypeError as e:
    print('TypeError', e)
try:
    s.endswith(prefix='a')
except TypeError as e:
    print('TypeError', e)
