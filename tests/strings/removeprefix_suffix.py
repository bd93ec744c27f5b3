# removeprefix/removesuffix: only one occurrence, empty affixes, errors
s = 'TestHookTest'
print(s.removeprefix('Test'), s.removesuffix('Test'), s.removeprefix('Hook'), s.removesuffix('Hook'))
print(s.removeprefix(''), s.removesuffix(''), s.removeprefix(s), s.removesuffix(s))
print(repr(''.removeprefix('a')), repr(''.removesuffix('')), 'aaa'.removeprefix('a'), 'aaa'.removesuffix('aa'))
print('日本語'.removeprefix('日'), '日本語'.removesuffix('語'), 'straße'.removesuffix('ße'))
print('abc'.removeprefix('abcd'), 'abc'.removesuffix('zabc'))
files = ['test_a.py', 'test_b.py', 'c.py', 'test_.txt']
print([f.removeprefix('test_').removesuffix('.py') for f in files])
print(str.removeprefix('prefix-x', 'prefix-'))
for name in ['removeprefix', 'removesuffix']:
    for args in [(), (1,), (None,), (('a',),), ('a', 'b')]:
        try:
            print(getattr('abc', name)(*args))
        except TypeError as e:
            print('TypeError', e)
    try:
        getattr('abc', name)(prefix='a')
    except TypeError as e:
        print('TypeError', e)
