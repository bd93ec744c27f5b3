# str.split with and without a separator: whitespace runs, empty strings, multi-char separators
print('a b  c'.split())
print('  leading and trailing  '.split())
print(''.split())
print('   '.split())
print('\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f x'.split())
print('a,b,,c,'.split(','))
print(''.split(','))
print(','.split(','))
print('abcabc'.split('bc'))
print('aaa'.split('a'))
print('aaaa'.split('aa'))
print('one<->two<->three'.split('<->'))
print('no separator here'.split('|'))
print('a b c'.split(None))
print('a b c'.split(sep=None))
print('a-b-c'.split(sep='-'))
print('x'.split('x'))
print('mixed\ttabs\nand\rnewlines'.split())
print('héllo wörld ünïcode'.split())
print('α,β,γ'.split(','))
print('日本語 テキスト'.split())
print('a日b日c'.split('日'))
for s in ['1 2 3', ' 1  2 ', 'one', '']:
    parts = s.split()
    print(repr(s), len(parts), parts)
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words), len(words))
print([w.split('o') for w in words if 'o' in w])
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError', e)
try:
    'abc'.split(1)
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.split(['a'])
except TypeError as e:
    print('TypeError', e)
