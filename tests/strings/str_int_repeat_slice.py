# str() of ints, str repetition (both orders, in-place) and slicing of strs: the fast
# paths must give exactly the general protocol's results, errors and shared objects.
import sys

for v in [0, 7, -7, 10, -10, 99, 100, 123456789, -9223372036854775808,
          9223372036854775807, 2**63, -2**63 - 1, 10**30, True, False]:
    t = str(v)
    print(t, len(t), type(t).__name__)
print(str(5) is str(5), str("x") == "x")

for a, b in [("ab", 0), ("ab", 1), ("ab", 2), ("ab", -3), (3, "xy"), ("é", 3),
             ("é€", 5), ("a", 7), ("abc", 5), ("", 3), (0, "q"), ("z", 1000)]:
    r = a * b
    print(len(r), r[:12], r == b * a)
s = "ab"
print(s * 1 is s, 1 * s is s, (s * 0) == "", s * 0 is (s * -1))
c3, one = "abc", "x"
print((c3 * 1)[0] is s[0], (one * 3)[1] is (c3 + one)[3])

for a, b in [("ab", 2**64), (2**64, "ab"), ("ab", True), (True, "ab"), ("ab", 2.0),
             ("ab", "c"), ([1], 2), ("ab", None), (None, "ab"), ("ab", -2**70)]:
    try:
        print(repr(a * b))
    except Exception as e:
        print(type(e).__name__, e)

x = "ab"
x *= 3
print(x)
x += "c"
print(x)
n = 2
n *= "ok"
print(n)

q = "hello world"
for sl in [slice(1, None), slice(None, 3), slice(-3, None), slice(None, None, -1),
           slice(2, 8, 2), slice(10**30, None), slice(-10**30, 2), slice(None, None, None),
           slice(5, 6), slice(3, 3), slice(-1, None), slice(True, 3)]:
    print(repr(q[sl]), sl)
print(q[1:] is q[1:], q[0:] is q, q[5:6] is q[5], q[3:3] is q[4:2], q[:] is q)
u = "añb€c"
print(u[1:], u[:2], u[::-1], u[1:4:2], u[-1:], u[4:] is u[4])
for bad in [slice(None, None, 0), slice("a", None), slice(None, 1.5), slice(None, None, "s")]:
    try:
        print(q[bad])
    except Exception as e:
        print(type(e).__name__, e)

acc = ""
total = 0
for i in range(300):
    piece = str(i) + "," + "ab" * (i % 3)
    acc += piece[1:]
    if len(acc) > 100:
        total += len(acc) + ord(acc[-1])
        acc = acc[:10]
print(total, acc)
print(sys.getrefcount(q) == sys.getrefcount(q))
