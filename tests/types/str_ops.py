# String concatenation, repetition, comparison and membership.
a = "abc"
b = "abd"
print(a + b, a * 3, 3 * "xy", "x" * 0, "x" * -2)
print(a < b, a == "abc", a != b, "Z" < "a", "" < "a", "ab" < "abc")
print(max("hello"), min("hello"), "ll" in "hello", "lo" not in "hello")
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("tab\tnl\n"), repr("\x00\x7f"))
print(str(12), str(1.5), str(None), str([1, "a"]), repr("é"))
print(ord("A"), ord("é"), chr(65), chr(233), chr(0x1F600) == "\U0001F600")
print(hash("") == 0)
