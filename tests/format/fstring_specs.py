# f-string replacement fields with format specs, including nested (computed) specs.
x, n, s, f = 42, -7, 'text', 3.14159
print(f'{x}|{x:5}|{x:<5}|{x:^5}|{x:>5}|{x:05}|{x:+}|{x:x}|{x:#b}|{x:,}|{x:e}')
print(f'{n:=6}|{n:06}|{n:+06}|{n: }|{n:_<6}|{n:%}')
print(f'{s:>8}|{s:.2}|{s:*^10}|{s!r:>10}')
print(f'{f:.2f}|{f:10.3e}|{f:g}|{f:%}|{f:=+10.2f}|{f:}')
width, prec = 12, 3
print(f'{f:{width}.{prec}f}|{f:>{width}}|{s:{"^"}{width}}|')
for w in range(3, 8):
    print(f'[{x:{w}}] [{s:.{w - 3}}] [{f:0{w}.1f}]')
fill, align = '#', '^'
print(f'{s:{fill}{align}{width}}')
items = [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('watermelon', 12.0, 1)]
for name, price, qty in items:
    print(f'{name:<12}{price:>8.2f}{qty:>5d}{price * qty:>10,.2f}')
print(f'{"nested {braces}"}', f'{{literal}}', f'{{{x}}}')
print(f'{x!s:>4}|{x!r:>4}|{"é"!a:>8}|')
print(f'{10**20:,}', f'{2**64:_x}', f'{-0.0:z.1f}', f'{1e16}', f'{1e-5}')
print(f'{True:>6}|{False:d}|{None!s:>6}|{None!r}')
d = {'k': 'v'}
print(f"{d['k']:>3}", f'{[1, 2]!r:>8}', f'{(1, 2)}')
spec = '>+9.3f'
print(f'{f:{spec}}', f'{-f:{spec}}')
for bad in ['q', ',s', '.2d', 'z']:
    try:
        print(f'{x:{bad}}')
    except ValueError as e:
        print(bad, 'ValueError', e)
try:
    print(f'{None:>5}')
except TypeError as e:
    print('TypeError', e)
print(f'{x:{"d"}}' + f'{s:{""}}')
