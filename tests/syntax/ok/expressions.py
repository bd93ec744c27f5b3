# Expressions: the operator ladder.
x = a or b or c
x = a and b and c or d and e
x = not a
x = not not a
x = a < b <= c > d >= e == f != g
x = a in b not in c is d is not e
x = a | b ^ c & d << e >> f
x = a + b - c * d / e // f % g @ h
x = -a + +b - ~c
x = a ** b ** c
x = -a ** -b
x = (a + b) * c
x = a if b else c
x = a if b else c if d else e
x = lambda: 0
x = lambda a, b=1, *c, d, e=2, **f: a
x = lambda *, a: a
x = lambda a, /, b: a
x = lambda *a: a
x = (y := 10)
if (n := len(a)) > 10: pass
while chunk := read(): pass
x = [y := 1, y ** 2]
x = f(a := 1)
x = await_ = 1
x = a.b.c
x = a[1]
x = a[1:2]
x = a[1:2:3]
x = a[:]
x = a[::]
x = a[::2]
x = a[1:]
x = a[:2]
x = a[1, 2]
x = a[1:2, ::3]
x = a[1:2, 3,]
x = a[*b]
x = a[()]
x = f()
x = f(a)
x = f(a, b)
x = f(a, *b, c, *d, k=1, **e, j=2, **g)
x = f(a for a in b)
x = f((a for a in b), c)
x = f(*a)
x = f(**a)
x = f(a)(b)(c)
x = f(a,)
x = a.b(c).d[e]
x = ...
x = None, True, False
