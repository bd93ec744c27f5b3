# casefold for caseless comparison, swapcase (not always its own inverse), capitalize rules
pairs = [('Straße', 'STRASSE'), ('ﬁne', 'FINE'), ('ΣΊΣΥΦΟΣ', 'σίσυφος'), ('İ', 'i̇'), ('ǅ', 'ǆ'),
         ('µ', 'μ'), ('ſ', 's'), ('K', 'k'), ('Å', 'å'), ('ᾈ', 'ἀι'), ('ŉ', 'ʼn'), ('Ϲ', 'ϲ')]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold(), a.casefold(), len(a.casefold()))
for s in ['Hello', 'ß', 'ẞ', 'ǅ', 'ﬀ', 'İstanbul', 'ΣΑΣ', 'µ', 'ı', 'ǰ', 'ᾳ', 'Ω', 'ω']:
    once = s.swapcase()
    twice = once.swapcase()
    print(s, once, twice, twice == s, len(once))
for s in ['élan vital', 'ßtraße', 'ǆungla', 'ǳ dz', 'ﬁrst', 'ŉo', '1st', 'ÉCOLE', 'ΣΑΣ ΣΑΣ', "o'hara"]:
    print(s.capitalize(), s.title(), s.capitalize().istitle(), s.title().istitle())
words = ['Zebra', 'apple', 'Éclair', 'straße', 'STRASSE', 'éclair']
print(sorted(words, key=str.casefold))
seen = {}
for w in words:
    key = w.casefold()
    seen[key] = seen[key] + [w] if key in seen else [w]
print([(k, seen[k]) for k in sorted(seen)])
print(''.casefold() == '', 'ABC'.casefold(), 'ΑΒΓ'.casefold())
