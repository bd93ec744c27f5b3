# Nested replacement fields inside format specs.
for w in [1, 5, 10]:
    for p in [0, 2, 4]:
        print('[{:{}.{}f}]'.format(3.14159, w, p), '[{0:>{1}.{2}}]'.format('abcdef', w, p))
print('{:{fill}{align}{width}}'.format('x', fill='*', align='^', width=9))
print('{0:{1}}'.format(42, '+08'))
print('{:{}}'.format('auto', '>8'))
print('{:{}}{:{}}'.format(1, 3, 2, 4))
print('{0:{a}{b}}'.format(255, a='#', b='x'))
print('{:{}{}{}}'.format(-7, '=', '+', 6))
print('{x:{y}}'.format(x=12.5, y=''))
print('{0:{1[0]}{1[1]}}'.format(9, ['>', '4']))
print('{0:{1}}'.format('s', 's'))
spec = {'w': 12, 'p': 3}
print('{v:{s[w]}.{s[p]}e}|'.format(v=123456.789, s=spec))
for fmt, args in [('{0:{1:{2}}}', (1, 2, 3)), ('{0:{}}', (1, 2)), ('{:{1}}', (1, 2)),
                  ('{0:{1}', (1, 2)), ('{0:{x}}', (1,)), ('{0:{5}}', (1,)),
                  ('{:{}}', ('a', 'd')), ('{:{}}', (1.5, 'q'))]:
    try:
        print(repr(fmt.format(*args)))
    except Exception as e:
        print(type(e).__name__, e)
