# Float 'f'/'F' formatting: precision, rounding (correct, half-even on the exact binary
# value), widths, zero padding, special values.
values = [0.0, -0.0, 0.1, 0.5, 1.5, 2.5, -2.5, 1/3, 2/3, 2.675, 1.005, 0.045, 123.456,
          1e-7, 5e-324, 1e16, 1e22, 1.7976931348623157e308, 12345678.9,
          float('inf'), float('-inf'), float('nan')]
for x in values:
    print(repr(x), [format(x, s) for s in ['f', '.0f', '.1f', '.2f', '.3f', '.10f', 'F', '#.0f']])
print(format(0.1, '.55f'))
print(format(1/3, '.40f'))
print(format(2**-30, '.40f'))
print(format(1e300, 'f')[:40], len(format(1e300, 'f')))
print(format(1.7976931348623157e308, '.0f'))
for x in [0.125, 0.375, 0.625, 0.875, 1.25, 1.35, 2.345, 8.875, 100.5, 101.5]:
    print(x, format(x, '.0f'), format(x, '.1f'), format(x, '.2f'))
for spec in ['10.2f', '<10.2f|', '^10.2f', '=10.2f', '010.2f', '+.3f', ' .3f', '+010.1f',
             '*^12.3F', '-08.2f', '#8.0f', 'z.2f', 'z+.1f', '.2F', '012.4F']:
    print(repr(spec), [format(x, spec) for x in (3.14159, -3.14159, -0.0, -0.001,
                                                  float('nan'), float('-inf'))])
print(f'{3.14159:.2f}', f'{-1e-9:z.3f}', f'{1234.5:>12.1f}|')
