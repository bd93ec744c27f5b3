# %-formatting of floats: e E f F g G with flags, precision, special values and ints.
values = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2/3, 2.5, 3.5, 2.675, 1e-5, 1.5e-7, 123456.789,
          1e16, 1e22, 1.7976931348623157e308, 5e-324, 12345678901234567890.0,
          float('inf'), float('-inf'), float('nan')]
for x in values:
    print('%f|%e|%g|%F|%E|%G' % (x, x, x, x, x, x))
for spec in ['%.0f', '%.1f', '%.2f', '%.10f', '%.0e', '%.3e', '%.12e', '%.0g', '%.1g',
             '%.3g', '%.15g', '%.17g', '%#.0f', '%#.0e', '%#g', '%#.3g', '%10.3f', '%-10.3f|',
             '%010.3f', '%+.2f', '% .2f', '%+010.2e', '%-+12.4g|', '%012g', '%#010.3G']:
    print(repr(spec), [spec % x for x in (0.0, 1.0, -2.5, 0.000123456, 987654321.5,
                                         float('inf'), float('nan'))])
# ints are converted with float()
print('%f %e %g' % (3, -7, 10**20))
print('%.3f' % True, '%g' % False)
# rounding is correct (half-even on the exact binary value)
for x in [0.125, 0.375, 2.5, 1.005, 1.015, 0.045, 1234.5, 9.995, 99.5, 0.5, 1.5]:
    print(x, '%.2f' % x, '%.0f' % x, '%.1e' % x, '%.2g' % x)
print('%.50f' % 0.1)
print('%.30e' % (1/3))
print('%f' % 1e300)
print('%.3f' % 2**60, '%e' % 2**1000)
