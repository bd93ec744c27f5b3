# strip/lstrip/rstrip: default whitespace, explicit character sets, None, errors
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr(s.strip(None)), repr(s.lstrip(None)), repr(s.rstrip(None)))
print(repr('xxhixx'.strip('x')), repr('xxhixx'.lstrip('x')), repr('xxhixx'.rstrip('x')))
print(repr('abcHELLOcba'.strip('abc')))
print(repr('abcHELLOcba'.strip('cba')))
print(repr('www.example.com'.strip('cmowz.')))
print(repr('   '.strip()), repr(''.strip()), repr(''.strip('ab')))
print(repr('aaaa'.strip('a')), repr('aaaa'.lstrip('a')), repr('aaaa'.rstrip('a')))
print(repr('hello'.strip('')))
print(repr('  hello  '.strip('')))
print(repr('\x1c\x1d\x1e\x1f data \x1f'.strip()))
print(repr('\xa0\u3000text\u2009\u200a'.strip()))
print(repr('\u200btext\u200b'.strip()))
print(repr('ßtextß'.strip('ß')))
print(repr('日本語テキスト日'.strip('日')))
print(repr('12321abc12321'.strip('123')))
print(repr('0.5000'.rstrip('0')))
print(repr('0.5000'.rstrip('0').rstrip('.')))
print(repr('5.000'.rstrip('0').rstrip('.')))
print(repr('--option'.lstrip('-')))
print(repr('line\r\n'.rstrip('\r\n')))
for bad in [1, ['a'], 2.5]:
    for name in ['strip', 'lstrip', 'rstrip']:
        try:
            getattr('abc', name)(bad)
        except TypeError as e:
            print('TypeError', e)
try:
    'abc'.strip('a', 'b')
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.lstrip(chars='a')
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.rstrip('a', 'b', 'c')
except TypeError as e:
    print('TypeError', e)
