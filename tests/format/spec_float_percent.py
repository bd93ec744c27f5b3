# The '%' presentation type: value times 100 in fixed notation, then a percent sign.
values = [0.0, -0.0, 0.5, 1.0, 0.125, 1/3, 2/3, 0.999999, 1e-5, 12.5, -0.075, 1e10,
          float('inf'), float('nan'), 0, 1, -3, True]
for x in values:
    print(repr(x), [format(x, s) for s in ['%', '.0%', '.1%', '.2%', '.5%', '#.0%', '+.1%',
                                          '10.1%', '<10.1%|', '010.2%', ',.1%', '_.0%',
                                          'z.1%', ' .3%']])
print(f'{0.256:.1%} done', '{:.2%}'.format(0.5), '{0:>8.0%}|'.format(0.333))
for x in [0.0045, 0.0055, 0.0065, 0.1235, 0.12345]:
    print(x, format(x, '.1%'), format(x, '.2%'), format(x, '.0%'))
print(format(12345.678, ',.2%'))
print(format(-1e-7, 'z.2%'), format(-1e-7, '.2%'))
