# f-string self-documenting fields (=), nested f-strings, expressions in fields and specs.
x, name, vals = 3.5, 'Ann', [1, 22, 333]
print(f'{x=}', f'{x=:>8}', f'{x = !s}', f'{x=!r:^9}|', f'{name=}', f'{name=!s}')
print(f'{x * 2 = :.3f}', f'{len(vals)=}', f'{vals[1]=:05d}')
print(f'{f"{x:.1f}":>8}|', f'{f"{name!r}":*^12}')
width = 10
print(f"{[f'{v:>{width // 2}}' for v in vals]}")
print(f'{[f"{v:x}" for v in vals]}')
print(f'{x if x > 1 else -x:+.2f}', f'{(lambda y: y * 2)(x):g}')
print(f'{"{}".format(7):>3}', f'{"%05.1f" % x}', f'{format(x, "e")}')
table = [('a', 1.5), ('bb', 22.25), ('ccc', 333.125)]
for k, v in table:
    print(f'{k:.<8}{v:.>10.2f}')
print(f'{"":-^20}')
print(f'{1:{"0"}{">"}{4}}', f'{"s":{"<"}{3}}|')
n = 3
print(f'{x:.{n}f}', f'{x:.{n}e}', f'{x:{n + 5}.{n - 1}%}')
print(f'{x!r}' f'{n}' 'plain' f'{name}')
print(f'''{name:>6}
{x:<6}|''')
print(f'{{}}{x}{{{{}}}}')
