# ljust/rjust/center: widths, fill characters (also non-ASCII), CPython's centering rule
for w in [-1, 0, 3, 4, 5, 6, 7, 10]:
    print(w, repr('abc'.ljust(w)), repr('abc'.rjust(w)), repr('abc'.center(w)))
for s in ['', 'a', 'ab', 'abc', 'abcd']:
    print(repr(s), [s.center(w, '*') for w in range(0, 7)])
print('x'.center(4, '·'), 'x'.ljust(3, '日'), 'x'.rjust(3, 'ß'), '日本'.center(6, '-'))
print('é'.ljust(3, 'ñ') + '|', 'ü'.center(2), len('ü'.center(2)))
print('abc'.ljust(True), 'abc'.rjust(5, ' '), 'abc'.center(9, '\t').count('\t'))
table = [('name', 'qty'), ('apple', '3'), ('banana', '12'), ('kiwi', '100')]
for a, b in table:
    print(a.ljust(8, '.') + b.rjust(5))
print('|' + 'title'.center(20, '=') + '|')
for args in [(), ('5',), (5, 'ab'), (5, ''), (5, 1), (5, None), (1.5,), (5, ' ', 1)]:
    for name in ['ljust', 'rjust', 'center']:
        try:
            print(repr(getattr('abc', name)(*args)))
        except TypeError as e:
            print(name, 'TypeError', e)
try:
    'abc'.ljust(2 ** 70)
except OverflowError as e:
    print('OverflowError', e)
try:
    'abc'.center(width=5)
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.rjust(10 ** 12)
except MemoryError:
    print('MemoryError')
