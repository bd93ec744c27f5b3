# str.format with keyword fields, **mappings, and mixing with positionals.
print('{name} is {age}'.format(name='Ann', age=5))
print('{a}{b}{a}'.format(a='x', b='y'))
d = {'city': 'Oslo', 'temp': -3.5}
print('{city}: {temp:+.1f}'.format(**d))
print('{0} {k} {1}'.format('p', 'q', k='kw'))
print('{} {k} {}'.format('p', 'q', k='kw'))
print('{x!r} {x!s} {x!a}'.format(x='ü'))
print('{x:>{w}}|'.format(x='r', w=6))
print('{_}{a1}{A}'.format(_=1, a1=2, A=3))
print('{é}'.format(**{'é': 'unicode name'}))
print('{ }'.format(**{' ': 'space'}))
print('{-1}'.format(**{'-1': 'minus one'}))
print('{0x}'.format(**{'0x': 'hexish'}))
print('unused {a}'.format(a=1, b=2, c=3))
print('{a}'.format(1, 2, a=0))
for fmt, kw in [('{missing}', {}), ('{a}', {'b': 1}), ('{A}', {'a': 1}), ('{a }', {'a': 1})]:
    try:
        print(fmt.format(**kw))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print('{a}'.format(1))
except KeyError as e:
    print('KeyError', e, repr(e.args[0]))
