# Random short format strings (a fixed generator over the markup alphabet) through %, str.format,
# format() and format_map: the same result or the same error as CPython, and never a crash.
seed = 99
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
alpha = '{}[]().!:%*#0123456789-+ <>=^,_zsrdaxXfeEgGcnbo%é€\x00lhq'
vals = (1, -2.5, 'ab', [1, 2], {'a': 3, 'b': 'x'}, (4, 5), None, True, 2**70)
for i in range(300):
    k = rand(9) + 1
    s = ''
    for j in range(k):
        s += alpha[rand(len(alpha))]
    for op in range(4):
        try:
            if op == 0:
                r = s % vals[rand(len(vals))]
            elif op == 1:
                r = s.format(*vals, a=1, b=[2])
            elif op == 2:
                r = format(vals[rand(len(vals))], s)
            else:
                r = s.format_map({'a': 1, '0': 2})
            print(repr(s), op, repr(r))
        except Exception as e:
            print(repr(s), op, type(e).__name__, e)
