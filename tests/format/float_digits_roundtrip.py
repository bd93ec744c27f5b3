# repr()/str() of floats gives the shortest digits that round-trip, as CPython does;
# format() with precision gives correctly rounded digits.
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1/3, 2/3, 1/7, 2.675, 1.1, 100.0, 1e16, 1e15, 1e-4, 1e-5,
        123456789.123, 1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, 4.35,
        9007199254740993.0, 0.30000000000000004, 1e22, 1e23, 8.41e21, 5e-310, 1.5e-320,
        -0.0, 3.0, 2**0.5, 10.0**-7, 2.5e-5, 123e18, 1234567890123456789.0]
for x in vals:
    r = repr(x)
    print(r, str(x), float(r) == x, format(x, '.17g'), format(x, '.16e'), format(x, '.3g'))
x = 1.0
for i in range(25):
    print(repr(x), repr(-x / 3), format(x / 7, '.12f'))
    x *= 10.7
x = 1.0
for i in range(20):
    x /= 9.3
    print(repr(x), format(x, 'e'), format(x, '.20f'))
acc = 0.0
for i in range(10):
    acc += 0.1
    print(repr(acc), format(acc, '.1f'), str(acc), '%r' % acc, '%s' % acc, f'{acc}')
print(repr(float('1e400')), repr(-float('1e400')), repr(float('nan')))
print([repr(2.0 ** e) for e in range(-10, 70, 7)])
