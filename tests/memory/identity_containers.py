# Identity of containers: copies are new objects, slices of tuples may not be.
a = [1, 2, 3]
b = a[:]
print(a == b, a is b)
t = (1, 2, 3)
print(t[:] is t, tuple(t) is t)
s = "abc"
print(s[:] is s, str(s) is s)
empty1 = ()
empty2 = tuple([])
print(empty1 is empty2)
print([] is [], list(a) is a)
x = a
x += [4]
print(x is a, a)
