# str.splitlines: every line boundary CPython recognises, keepends positional and keyword
s = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print(s.splitlines(keepends=False))
print('a\n\nb\n'.splitlines())
print('a\n\nb\n'.splitlines(True))
print('\r\n\r\n'.splitlines())
print('\n\r'.splitlines())
print('\n\r'.splitlines(1))
print('\r\r\n\n'.splitlines(True))
print(''.splitlines())
print(''.splitlines(True))
print('no newline'.splitlines())
print('trailing\n'.splitlines())
print('\x1f not a break \t'.splitlines())
print('a\nb'.splitlines(0))
print('a\nb'.splitlines(2))
print('a\nb'.splitlines(-1))
print('日本\n語\r\nテ'.splitlines(True))
lines = 'x = 1\ny = 2\n\nprint(x)\n'.splitlines()
print(len(lines), [l for l in lines if l])
for bad in ['yes', 1.0, None]:
    try:
        'a'.splitlines(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    'a'.splitlines(2 ** 40)
except OverflowError as e:
    print('OverflowError', e)
try:
    'a'.splitlines(True, False)
except TypeError as e:
    print('TypeError', e)
try:
    'a'.splitlines(keep=True)
except TypeError as e:
    print('TypeError', e)
