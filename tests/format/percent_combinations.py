# %-conversions built from every part (flags, width, precision, length, type), sampled with
# a fixed generator, applied to ints, floats and strs: results or CPython's errors.
flags = ['', '-', '+', ' ', '#', '0', '-0', '+#', ' 0', '#0-', '+ ']
widths = ['', '1', '6', '11', '*']
precs = ['', '.', '.0', '.3', '.*']
lengths = ['', '', '', 'l', 'h']
types = ['d', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c', 's', 'r', 'a', '%',
         'q']
values = [0, 7, -255, 2**70, 1.5, -0.0, 1e-7, 2.5e20, float('inf'), 'hi', 'é', True, None]
seed = 77
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for i in range(110):
    width, prec = widths[rand(len(widths))], precs[rand(len(precs))]
    conv = ('%' + flags[rand(len(flags))] + width + prec + lengths[rand(len(lengths))]
            + types[rand(len(types))])
    row = []
    for v in values:
        args = []
        if width == '*':
            args.append(5)
        if prec == '.*':
            args.append(2)
        args.append(v)
        try:
            row.append(conv % tuple(args))
        except (ValueError, TypeError, OverflowError) as e:
            row.append('<' + type(e).__name__ + ': ' + str(e) + '>')
    print(repr(conv), row)
