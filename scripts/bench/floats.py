# Float math: a numeric integration and a Mandelbrot membership count.
def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h

def mandel(size):
    inside = 0
    for py in range(size):
        for px in range(size):
            cr = px * 3.0 / size - 2.0
            ci = py * 2.0 / size - 1.0
            zr = zi = 0.0
            k = 0
            while k < 30 and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            if k == 30:
                inside += 1
    return inside

import sys
size = int(sys.argv[1]) if len(sys.argv) > 1 else 200
print(round(integrate(size * 10000), 10), mandel(size))
