# Escape sequences and raw strings.
print("a\tb")
print("line1\nline2")
print("back\\slash", r"raw\n", len(r"\n"), len("\n"))
print("\u00e9", "\N{GREEK SMALL LETTER ALPHA}", "\x41", "\101")
print(repr("\r\x1b"), repr("\u200b"), repr("\U0001F600"))
print('single' "adjacent" 'concat')
print("""triple
quoted""")
