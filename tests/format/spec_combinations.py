# Every combination of the mini-language's parts (sampled with a fixed generator) applied to
# ints, floats and strs: the results or CPython's error for each.
fills = ['', '*', '0', ' ']
aligns = ['', '<', '>', '^', '=']
signs = ['', '+', '-', ' ']
zs = ['', 'z']
alts = ['', '#']
zeros = ['', '0']
widths = ['', '1', '7', '12']
groups = ['', ',', '_']
precs = ['', '.0', '.2', '.5']
types = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's']
parts = [fills, aligns, signs, zs, alts, zeros, widths, groups, precs, types]
values = [0, 42, -1234567, 2**40, 0.0, -0.0, 3.14159, -2.5e-7, 1e21, float('inf'),
          float('nan'), 'abc', '', True]
seed = 2024
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for i in range(100):
    spec = ''
    for options in parts:
        piece = options[rand(len(options))]
        if options is fills and piece and not spec:
            spec = piece
            continue
        spec += piece
    row = []
    for v in values:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            row.append('<' + type(e).__name__ + ': ' + str(e) + '>')
    print(repr(spec), row)
