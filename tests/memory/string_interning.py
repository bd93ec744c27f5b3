# Identifier-like constants are interned; sys.intern shares computed strings.
import sys
a = "hello"
b = "hello"
print(a is b)
c = "hel" + "lo"
print(a is c)
def f():
    return "hello"
print(f() is a)
part = "hel"
d = part + "lo"
print(d == a, d is a)
e = sys.intern(d)
print(e is a)
s1 = str(12345)
s2 = str(12345)
print(s1 == s2, s1 is s2)
print(sys.intern(s1) is sys.intern(s2))
one = "a"
print(one * 1 is one)
