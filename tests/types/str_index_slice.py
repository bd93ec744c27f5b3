# String indexing and slicing, including negative indices and steps.
s = "hello, world"
print(s[0], s[-1], s[4], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[:], s[3:3])
print(s[::2], s[::-1], s[1::3], s[-1:-6:-1], s[10:2:-2])
print(s[100:], s[-100:3], s[5:1])
print(len(s), len(""), len("é"), len("日本語"))
u = "naïve 日本"
print(u[2], u[-1], u[6:], u[::-1])
