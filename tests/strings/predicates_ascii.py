# the is* predicates on ASCII strings, including the empty string and every ASCII character
names = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'islower',
         'isupper', 'istitle', 'isidentifier', 'isprintable', 'isascii']
samples = ['', 'abc', 'ABC', 'Abc', 'abc123', '123', '1.5', ' ', ' \t\n', 'a b', '_x1', '1x',
           'Hello World', 'Hello world', 'HELLO', 'hello!', '\x7f', '\x00', 'A1', 'a_B', 'if',
           'Ab Cd', 'AB Cd', "They're", '\x1c', '-5']
for s in samples:
    print(repr(s), [name[2:] for name in names if getattr(s, name)()])
for name in names:
    hits = ''.join([chr(c) for c in range(128) if getattr(chr(c), name)()])
    print(name, len(hits), repr(hits))
print('abc'.isalpha() and 'abc'.islower(), 'ABC'.isupper(), '123'.isdigit())
print(str.isdigit('42'), str.isspace(''), str.isascii(''), str.isprintable(''))
for name in names:
    try:
        getattr('a', name)(None)
    except TypeError as e:
        print('TypeError', e)
