# split(), strip() and isspace() on every whitespace character CPython knows
spaces = [chr(c) for c in range(0x3001) if chr(c).isspace()]
print(len(spaces), [hex(ord(c)) for c in spaces])
for c in spaces:
    s = 'a' + c + 'b' + c + c + 'c'
    assert s.split() == ['a', 'b', 'c'], hex(ord(c))
    assert (c + 'x' + c).strip() == 'x'
print('all split')
non_spaces = ['\u200b', '\u180e', '\ufeff', '\u2060', '_', '\x00']
for c in non_spaces:
    print(hex(ord(c)), c.isspace(), ('a' + c + 'b').split(), len((c + 'x' + c).strip()))
print('a\u2028b\u2029c\x85d'.split())
print('\u3000full\u3000width\u3000'.split())
print('\u3000full\u3000width\u3000'.strip())
print('\xa0nbsp\xa0'.strip() == 'nbsp')
print(' x '.split(' '))
print('\u2003x\u2003'.split('\u2003'))
