# count and replace: overlapping patterns, empty strings, counts, slices, non-ASCII
s = 'the cat and the hat and the bat'
print(s.count('the'), s.count('at'), s.count('and'), s.count('zz'), s.count(''))
print(s.count('the', 1), s.count('the', 0, 20), s.count('t', -10), s.count('t', None, -10))
print('aaaa'.count('aa'), 'aaaaa'.count('aa'), ''.count(''), ''.count('a'))
print('abc'.count('', 1), 'abc'.count('', 3), 'abc'.count('', 4), 'abc'.count('', 2, 1))
print('日本日本日'.count('日'), 'ßßß'.count('ßß'), 'äöü'.count('', 1))
print(s.replace('the', 'a'))
print(s.replace('the', 'a', 1), s.replace('the', 'a', 2), s.replace('the', 'a', 0))
print(s.replace('the', 'a', -1), s.replace('the', 'a', -10))
print(s.replace('zz', 'yy'), s.replace(' ', ''))
print('aaaa'.replace('aa', 'b'), 'aaaaa'.replace('aa', 'b'), 'aaa'.replace('a', 'aa'))
print(repr('abc'.replace('', '-')), repr('abc'.replace('', '-', 2)), repr(''.replace('', 'x')))
print(repr(''.replace('a', 'b')), repr(''.replace('', '')), repr('abc'.replace('', '', 5)))
print('abc'.replace('b', ''), 'abc'.replace('abc', ''), 'abc'.replace('abc', 'abc'))
print('größe'.replace('ß', 'ss'), 'straße'.replace('e', 'é'), '日本'.replace('本', 'ほん'))
print('x'.replace('x', '日本語', 3), 'añb'.replace('', '|'))
print('a.b.c'.replace('.', '/', True))
print(len('ab'.replace('', 'xyz' * 100)))
for args in [('a',), (1, 'b'), ('a', 1), ('a', 'b', 'c'), ('a', 'b', 1.5), ('a', 'b', 1, 2), ()]:
    try:
        print('abc'.replace(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    'abc'.replace('a', 'b', 2 ** 70)
except OverflowError as e:
    print('OverflowError', e)
try:
    'abc'.replace(old='a', new='b')
except TypeError as e:
    print('TypeError', e)
for args in [(), (1,), ('a', 'x'), ('a', 1, 2, 3)]:
    try:
        print('abc'.count(*args))
    except TypeError as e:
        print('TypeError', e)
