# %s %r %a %c: str(), repr(), ascii(), characters, precision truncation and padding.
values = ['abc', '', 'é', 'a\nb', "it's", 'say "hi"', '\u20ac\U0001f600', 42, 2.5, None,
          True, [1, 'x'], (1,), {'k': 'v'}, range(3), len]
for v in values:
    print('[%s] [%r] [%a]' % (v, v, v))
for spec in ['%10s|', '%-10s|', '%.2s|', '%5.1s|', '%-5.3r|', '%.0s|', '%010s|', '%+s|',
             '% s|', '%#s|', '%.4a|', '%12a|']:
    print(repr(spec), [spec % v for v in ('hello', 'é€', 7, None)])
# %c takes an int code point or a one-character str
for v in [65, 97, 233, 0x20ac, 0x1f600, 'x', 'é', 48, True]:
    print(repr('%c' % v), repr('%3c|%-3c|' % (v, v)))
# tuple elements in %s
print('%s and %s' % ((1, 2), [3, 4]))
print('%s' % ((1, 2),))
print('%r' % ('a',))
print('%s' % 'single')
print('%s%s%s' % ('a', 'b', 'c'))
# errors specific to %c
for v in [-1, 0x110000, 2**70, 'ab', '', 1.5, None, [1]]:
    try:
        print('%c' % (v,))
    except Exception as e:
        print(type(e).__name__, e)
