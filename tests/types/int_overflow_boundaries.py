# Machine-word boundaries: results that leave the fast path must stay exact.
m = 2 ** 63 - 1
print(m + 1, m * 2, -m - 2, m * m)
print((-m - 1) // -1, (-m - 1) % -1, abs(-m - 1), -(-m - 1))
print((m + 1) - 1 == m, (m + 1) // 2, (m * m) // m == m)
print(m << 1, (m + 1) >> 1, -(m + 1) >> 63)
a = 1
for i in range(70):
    a *= 2
print(a, a // 2 ** 69)
print(hash(m), hash(m + 1), hash(-m - 1))
