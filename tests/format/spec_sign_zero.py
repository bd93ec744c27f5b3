# Sign options (+ - space), 'z' (negative zero to zero), '0' padding, for ints and floats.
ints = [0, 5, -5, 123, -123]
floats = [0.0, -0.0, 1.25, -1.25, -0.0001, float('inf'), float('-inf'), float('nan'),
          -float('nan')]
for spec in ['+', '-', ' ', '+5', '-5', ' 5', '05', '+05', ' 05', '-05', '+#x', ' #o',
             '+,', ' _']:
    print(repr(spec), [format(v, spec) for v in ints])
for spec in ['+', '-', ' ', 'z', '+z', ' z', 'z.1f', '+z.1f', 'z.0f', 'z.1e', 'z.3g', 'z%',
             '+08.2f', ' 08.2f', '08.2f', 'z08.2f', '+.0e', ' g', '+010', '-010']:
    print(repr(spec), [format(v, spec) for v in floats])
print([format(x, 'z.2f') for x in [-0.001, -0.005, -0.0049, -0.006, 0.004]])
print([format(x, 'z.0f') for x in [-0.4, -0.5, -0.6, -1.4]])
for spec in ['z', 'zd', '+z', 'zx']:
    try:
        print(format(5, spec))
    except ValueError as e:
        print(spec, 'ValueError', e)
print(f'{-0.0:z}', f'{-0.0}', f'{-0.0:+}', f'{0.0:+}', f'{-0.0:z+.2f}')
