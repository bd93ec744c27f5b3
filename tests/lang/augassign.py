# Augmented assignment on names, subscripts; += on lists mutates in place.
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 7
y <<= 3; y >>= 1; y |= 1; y &= 0xff; y ^= 0b1010
print(y)
z = 7.5
z /= 2
print(z)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
d = {"k": 1}
d["k"] += 10
print(d)
lst = [1, 2, 3]
lst[1] *= 5
print(lst)
s = "ab"
s *= 3
print(s)
