# Float 'e'/'E', 'g'/'G', 'n' and the empty type, which CPython lays out differently
# (repr-style shortest digits, at least one digit after the point, exponent thresholds).
values = [0.0, -0.0, 1.0, 10.0, 0.1, 1/3, 1e-4, 1e-5, 0.00012345, 123456.0, 1234567.0,
          1e15, 1e16, 1e17, 1.5e300, 2.5e-300, 5e-324, 1.7976931348623157e308,
          123456789012345678.0, float('inf'), float('-inf'), float('nan')]
for x in values:
    print(repr(x), [format(x, s) for s in ['', 'e', 'E', '.2e', '.0e', '#.0e', 'g', 'G',
                                          '.3g', '.0g', '#g', '#.3g', 'n', '.2n']])
for x in values[:14]:
    print([format(x, s) for s in ['.1', '.5', '.16', '.17', '10', '<12|', '+', ' ', '012',
                                  '.20g', '.12e']])
for p in range(0, 18):
    print(p, format(2/3, '.%dg' % p), format(1234.5678, '.%de' % p), format(0.000123, '.%d' % p))
for x in [9.5, 99.5, 999.5, 9.95, 0.000095, 9999999.0, 99999.95, 1e5, 1e6]:
    print(x, format(x, '.1g'), format(x, '.2g'), format(x, '.3g'), format(x, 'g'), format(x, '.1e'))
print(f'{1e-10:e}|{6.02e23:.3E}|{1/7:.10g}|{1e100:g}')
