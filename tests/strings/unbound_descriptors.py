# str methods called through the type: unbound calls, wrong self types, reprs of descriptors
print(str.upper('abc'), str.lower('ABC'), str.split('a b'), str.join(',', ['a', 'b']))
print(str.replace('aaa', 'a', 'b', 2), str.find('hello', 'l'), str.count('hello', 'l'))
print(str.startswith('hello', ('x', 'h')), str.strip('  x  '), str.center('x', 5, '*'))
print(str.maketrans('a', 'b'), 'x'.maketrans('a', 'b'))
print(str.upper, str.join, str.split, str.isdigit)
print(type(str.upper).__name__, type('a'.upper).__name__, type(str.maketrans).__name__)
m = 'hello'.upper
print(m())
f = str.title
print(f('hello world'), list(map(str.upper, ['a', 'b'])), list(map(str.strip, [' a ', 'b '])))
print(sorted(['b', 'A', 'c'], key=str.lower))
def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

attempt('upper()', lambda: str.upper())
attempt('upper(1)', lambda: str.upper(1))
attempt('upper(None)', lambda: str.upper(None))
attempt('join(1, [])', lambda: str.join(1, []))
attempt('join()', lambda: str.join())
attempt('join(",")', lambda: str.join(','))
attempt('split(1)', lambda: str.split(1))
attempt('split([])', lambda: str.split([], ','))
attempt('find(1, 1)', lambda: str.find(1, 1))
attempt('startswith(1.5, "a")', lambda: str.startswith(1.5, 'a'))
attempt('replace(None, "a", "b")', lambda: str.replace(None, 'a', 'b'))
attempt('isdigit(5)', lambda: str.isdigit(5))
attempt('zfill(7, 3)', lambda: str.zfill(7, 3))
attempt('translate((), {})', lambda: str.translate((), {}))
attempt('center(True, 3)', lambda: str.center(True, 3))
attempt('upper("a", "b")', lambda: str.upper('a', 'b'))
attempt('partition("a=b", "=")', lambda: str.partition('a=b', '='))
attempt('maketrans()', lambda: str.maketrans())
attempt('bool upper', lambda: bool.upper)
