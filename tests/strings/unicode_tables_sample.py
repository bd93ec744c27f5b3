# a sample of code points across the planes: every predicate and case mapping, checksummed
names = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'islower',
         'isupper', 'istitle', 'isidentifier', 'isprintable']
maps = ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold']
hits = {n: 0 for n in names}
sums = {m: 0 for m in maps}
for cp in list(range(0, 0x3000, 3)) + list(range(0xa000, 0x20000, 29)) + list(range(0xe0000, 0xe0200, 5)):
    if 0xd800 <= cp < 0xe000:
        continue
    c = chr(cp)
    for n in names:
        if getattr(c, n)():
            hits[n] = (hits[n] * 31 + cp) % 1000000007
    text = 'A' + c + 'Σ' + c
    for m in maps:
        r = getattr(text, m)()
        sums[m] = (sums[m] * 131 + len(r) * 7 + sum([ord(x) for x in r])) % 1000000007
print(hits)
print(sums)
