# Unicode strings: comparison by code point, len in code points, repr of non-ASCII.
words = ["zebra", "Äpfel", "apple", "éclair", "Zoo", "日本"]
print(sorted(words))
print("é" > "z", "Z" < "a", "日" > "é")
print(len("héllo"), len("日本語"), len("👍"), "👍"[0] == "👍")
print(repr("日本"), repr("\x80"), repr("\u00a0"), repr("\ud7ff"))
print("naïve"[2:], "日本語"[::-1], "ab" + "日")
print(ord("日"), chr(26085), hash("a") == hash("a"))
