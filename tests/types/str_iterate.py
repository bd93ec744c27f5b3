# Iterating strings and building new ones.
word = "rattle"
rev = ""
for ch in word:
    rev = ch + rev
print(rev)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list("abc"), tuple("ab"), set("aab") == {"a", "b"})
s = ""
for i in range(5):
    s += str(i)
print(s, len(s))
print(sorted("banana"))
