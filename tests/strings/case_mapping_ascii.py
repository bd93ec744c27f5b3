# upper/lower/swapcase/capitalize/title/casefold on ASCII text, digits and punctuation
samples = ['hello world', 'HELLO WORLD', 'Hello World', 'hELLO wORLD', '', '123abc',
           "they're bill's friends", 'a1b2c3', '  spaces  ', 'mIxEd_CaSe-text', "o'neil mc-donald",
           'x', 'X', '42', '!@#']
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.swapcase()))
    print('  ', repr(s.capitalize()), repr(s.title()), repr(s.casefold()))
print('abc'.upper().lower(), 'ABC'.lower().upper())
print('hello'.capitalize(), 'HELLO'.capitalize(), '1hello'.capitalize(), ' hello'.capitalize())
print('hello world'.title(), 'hello_world'.title(), 'hello2world'.title(), 'HELLO-WORLD'.title())
print('aBc'.swapcase().swapcase())
print(str.upper('abc'), str.lower('ABC'), str.title('ab cd'))
words = 'The Quick BROWN fox'.split()
print([w.lower() for w in words], [w.upper() for w in words])
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold))
print('MiXeD'.lower() == 'mixed', 'MiXeD'.casefold() == 'mixed')
for name in ['upper', 'lower', 'swapcase', 'capitalize', 'title', 'casefold']:
    try:
        getattr('abc', name)(1)
    except TypeError as e:
        print('TypeError', e)
    try:
        getattr('abc', name)(x=1)
    except TypeError as e:
        print('TypeError', e)
