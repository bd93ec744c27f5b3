# The compiler's SyntaxWarnings, printed before the program runs as python3's default
# filters show them: `is`/`is not` with a literal (a constant after folding other than
# None, True, False and ...; one warning per comparison chain, wherever the comparison is),
# and an assert on a non-empty tuple. A while loop's test is compiled twice (at the top and
# at the bottom), so its warning shows twice, as in CPython 3.11.
x = 1
a = not (x is 1)
b = lambda y: y is "s"
c = f"{x is 2.5}"
def g(z=x is (1, 2)):
    return [w for w in [1] if w is not -1]
d = x is x is 3
e = 1 < x is 0 < 2
f = (x is None) is None, x is ..., x is True, None is x
assert (x, "m"), "why"
assert x is not None, (x, 1)
n = 0
while x is not "done" and n < 2:
    n += 1
if x is \
        ():
    pass
print(a, b(1), c, g(), d, e, f, n)
# Not literals: names, lists, calls, attributes.
lst = [1]
print(x is lst, lst is [1], x is int(1), x is lst.copy())
assert ()
