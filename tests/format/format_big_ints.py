# Big ints through every formatting path, and the int_max_str_digits limit.
import sys
big = 3 ** 200
neg = -(7 ** 150)
print(format(big, ','))
print(format(neg, '_'))
print(format(big, 'x'), format(neg, '#o'))
print(format(big, 'b')[:40], len(format(big, 'b')))
print(format(big, '^120,')[:20], len(format(big, '^120,')))
print(format(big, 'e'), format(neg, '.3g'), format(2**1000, '.0f')[:30])
print('%d' % big)
print('%x|%#X' % (big, neg))
print('{:,}'.format(big))
print(f'{neg:+_}')
print('%.120d' % 5)
print(format(2**63, 'd'), format(-2**63, 'd'), format(2**64 - 1, 'x'))
print(format(10**4299, 'd')[:10], len(format(10**4299, 'd')))
for call in [lambda: format(10**5000, 'd'), lambda: format(10**5000, ','),
             lambda: '%d' % 10**5000, lambda: '{}'.format(10**5000), lambda: f'{10**5000}',
             lambda: format(10**5000, 'x')[:10], lambda: '%x' % 10**5000 == format(10**5000, 'x'),
             lambda: format(10**5000, 'e'), lambda: format(10**400, 'f'),
             lambda: '%f' % 10**400, lambda: format(2**1024, 'g'), lambda: format(2**1023, 'g')]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(format(10**5000, 'd')), len('%d' % 10**5000), len(f'{10**5000:,}'))
sys.set_int_max_str_digits(1000)
try:
    print(format(10**1000, 'd'))
except ValueError as e:
    print('ValueError', e)
print(len(format(10**999, 'd')))
