# full Unicode case mappings: expansions (ß -> SS), title case letters, Greek, Turkish i, ligatures
tests = ['straße', 'ﬁnance', 'ﬀ', 'ŉ', 'ǆemal', 'ǅemal', 'Ǆemal', 'ǰ', 'ΐ', 'ᾳ', 'ᾼ', 'ﬓ',
         'İstanbul', 'ıi', 'Iı', 'ÀÉÎÕÜ', 'àéîõü', 'ÿ', 'Ÿ', 'µ', 'ſ', 'K', 'Ω', 'Å',
         'ǈ', 'ǋ', 'ǲ', 'ᾈ', 'ꞵ', 'ⓐⓑ', 'ⒶⒷ', '𐐀𐐨', '𞤀𞤢', 'ǲwon', 'ß', 'ẞ']
for s in tests:
    print(s, s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
    print('  ', len(s), len(s.upper()), len(s.lower()), len(s.casefold()))
print('ß'.upper() == 'SS', 'ß'.casefold() == 'ss', 'ẞ'.lower())
print('ﬁ'.upper(), 'ﬁ'.title(), 'ﬁ'.capitalize())
print('İ'.lower(), len('İ'.lower()), [hex(ord(c)) for c in 'İ'.lower()])
print('Straße'.casefold() == 'STRASSE'.casefold())
print('Ⅻ'.lower(), 'ⅻ'.upper(), 'Ⅻ'.isupper(), 'ⅻ'.islower())
print('ǳ'.title(), 'ǳ'.upper(), 'Ǳ'.lower(), 'ǲ'.istitle(), 'ǲ'.isupper())
print('ῼ'.lower(), 'ῳ'.upper(), 'ῳ'.title())
print('हिंदी'.upper() == 'हिंदी', '中文'.lower() == '中文')
print('ᏸ'.upper(), 'Ᏸ'.lower(), 'Ᏸ'.casefold())
print('aßc'.swapcase(), 'AẞC'.swapcase())
print([c.upper() for c in 'ǆǅǄ'], [c.lower() for c in 'ǆǅǄ'], [c.title() for c in 'ǆǅǄ'])
print('ŉ'.upper().lower(), 'ﬃ'.upper(), 'ﬃ'.casefold())
