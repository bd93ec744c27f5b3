# List mutation: item and slice assignment, append, pop, del.
a = [0, 1, 2, 3, 4]
a[0] = "zero"
a[-1] = "four"
print(a)
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [10, 20, 30]
print(a)
a[:] = []
print(a)
s = []
for i in range(5):
    s.append(i * i)
print(s, s.pop(), s.pop(0), s)
del s[0]
print(s)
s[1:1] = [7, 8]
print(s)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
