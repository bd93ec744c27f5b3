# Edge cases: self-referencing slice assignment, word-boundary ints, zero-length repetition of huge counts, huge slice steps, 3-argument pow, extended-slice deletion, hashes of -1 and the modulus, shared subtuples, float infinities.
x = [1, 2, 3]
x[1:2] = x
print(x)
d = {}
d[d.get(1)] = d
print(d)
a = [[]]
a[0].append(a)
print(a == a, a)
print(-(-9223372036854775808), -9223372036854775808 // -1, abs(-9223372036854775808))
print((-9223372036854775808) % -1, divmod(-9223372036854775808, -1), -9223372036854775808 * -1)
print(2 ** 63 >> 64, 1 << 63, -1 << 63, (1 << 63) - 1 + 1)
print("a" * 0, "" * 10 ** 18, [] * 10 ** 18, () * 10 ** 18)
print(range(10 ** 30)[10 ** 29:][::-1][0], range(0)[::-1], range(5)[::-(10 ** 30)])
print("abc"[::-(10 ** 30)], "abc"[10 ** 30:], [1, 2][-(10 ** 30):])
print(int("9" * 4300) // 10 ** 4299)
x = 1.0
for i in range(2000):
    x *= 1.5
print(x, x - x, x * 0)
print(round(float("inf")) if False else round(2.5, 10 ** 6), round(2.5, -(10 ** 6)))
print(pow(3, 10 ** 6, 7), pow(10 ** 20, -1, 7), pow(-1, -1), pow(2, 2, -3))
l = list(range(10))
del l[::-3]
print(l)
l[::-2] = "abc" if False else [7, 8, 9]
print(l)
print(sorted([3, 1, 2], key=None), min(1, 2, key=None), max("a", "b", key=len))
def f(*, a=1, **k): return a, k
print(f(**{"a": 2, "b": 3}))
print(hash(-1), hash(-2), hash(-1.0), hash(2 ** 61 - 1), hash(-(2 ** 61 - 1)), hash(-(2 ** 61)))
t = ()
for i in range(100):
    t = (t, t)
print(len(t), t[0][0][0][1] == t[1][1][1][0])
print(1e308 + 1e308, -1e308 - 1e308, 1e308 * 10 - 1e308 * 10, float("inf") // 1, float("inf") % 2)
print(divmod(float("inf"), 1.0) if False else divmod(-0.0, 1.0), -0.0 // 1, 0.0 % -1)
