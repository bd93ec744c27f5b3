# Many pseudo-random floats (from a fixed linear congruential generator, built from their
# bits' decimal parts) through repr, %-formats and format specs, checked digit for digit.
seed = 12345
def rand():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
specs = ['', 'r', '.0f', '.3f', '.17f', '.0e', '.6e', '.16e', '.1g', '.6g', '.12g', '.17g',
         '.3%', '#.4g', '.25f', '.40e']
for i in range(120):
    mant = rand() % 10**17
    exp = rand() % 80 - 40
    x = float('%de%d' % (mant, exp))
    if i % 3 == 0:
        x = -x
    out = [repr(x), str(float(repr(x)) == x)]
    for s in specs:
        if s == 'r':
            out.append('%r' % x)
        else:
            out.append(format(x, s))
    print(*out)
for i in range(40):
    x = (rand() % 2**53) / 2**(rand() % 60)
    print(repr(x), '%.20g' % x, '%.3f' % x, '%e' % x)
for i in range(20):
    num = rand() % 1000
    x = num / 8 + 1 / 16
    print(x, format(x, '.0f'), format(x, '.1f'), format(x, '.2f'), format(x, '.3f'))
