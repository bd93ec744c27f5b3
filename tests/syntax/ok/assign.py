# Assignment forms.
x = 1
a = b = c = 2
a, b = 1, 2
(a, b) = [c, d] = 3, 4
[a, *b] = range(5)
*a, b = 1, 2, 3
a.b = 1
a.b.c = 2
a[0] = 1
a[1:2] = [3]
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x @= y; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1
y: int
y: int = 5
(z): str = "a"
a.b: list = []
a[0]: int = 0
x = yield_ = 3
t = 1,
