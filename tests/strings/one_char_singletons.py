# One-character Latin-1 strings are shared objects (CPython's singletons) when they come
# from a constant, indexing or chr(); longer strings and other characters are not.
# (Names stand for the literals: `is` with a literal draws CPython's SyntaxWarning.)
sp, bang, comma, e_acute, nl, nul, y_uml = " ", "!", ",", "é", "\n", "\x00", "ÿ"
s = "hello world, café!\n"
print(s[5] is sp, s[-2] is bang, s[11] is comma, s[-3] is e_acute, s[-1] is nl)
print(chr(32) is sp, chr(233) is e_acute, chr(10) is s[-1], chr(0) is nul, chr(255) is y_uml)
omega, om = "Ω", "Ωm"
t = "Ωmega"
print(chr(0x100) is chr(0x100), chr(0x3a9) is omega, chr(0x3a9) == omega)
print(t[0] is t[0], t[0] == omega, t[1] is om[1])
same = equal = 0
for x in "a é":
    for y in "é a":
        same += x is y
        equal += x == y
print(same, equal)
# Longer constants that are not identifier-like: equal ones in one module are one object.
def f():
    return "a b"
def g():
    return "a b"
print(f() == g(), f() is f())
