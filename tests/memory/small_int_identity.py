# Small ints (-5..256) are shared objects; computed larger ints are not.
def make(n):
    return n + 0

a = make(100)
b = make(100)
print(a is b)
for n in (-6, -5, 0, 256, 257):
    x = int(str(n))
    y = int(str(n))
    print(n, x is y)
big1 = make(10 ** 3)
big2 = make(10 ** 3)
print(big1 is big2, big1 == big2)
zero = 0
print(len([]) is zero, make(255) + 1 is make(256))
