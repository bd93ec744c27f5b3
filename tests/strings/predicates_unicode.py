# is* predicates on non-ASCII characters, where CPython's Unicode tables decide
names = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'islower',
         'isupper', 'istitle', 'isidentifier', 'isprintable', 'isascii']
chars = ['é', 'ß', 'Ω', 'ω', 'ǅ', 'ª', 'º', 'ʰ', '²', '½', 'Ⅻ', 'ⅻ', '①', '٣', '०', '߀', '一', '三',
         '万', '零', '𝟘', '𐒠', '\u0301', '\u0903', '\u200b', '\u200d', '\xa0', '\u3000', '\u2028',
         '\xad', '\ufeff', '\U0001f600', '€', '¬', 'µ', 'ℕ', 'ℵ', 'ⓐ', 'Ⓐ', '〇', '〡', 'ᛮ', '𒐀',
         '\U000e0001', '\ue000', '\U0010ffff', '̀', '·', '℘', '℮', '゛', 'ｱ', 'Ａ', '１', '\x85']
for c in chars:
    print(hex(ord(c)), [name[2:] for name in names if getattr(c, name)()])
words = ['café', 'naïve', 'Ελληνικά', 'Русский', 'العربية', 'हिन्दी', '日本語', '한국어',
         'x²', '٣٤٥', '১২৩', 'Ⅷ', '𝐀𝐁𝐂', 'a\u0301', 'İ', 'ﬁ', 'ǅa', 'Ǆa', '🙂']
for w in words:
    print(w, [name[2:] for name in names if getattr(w, name)()])
counts = {}
for name in names[:6]:
    counts[name] = len([c for c in range(0x80, 0x3000) if getattr(chr(c), name)()])
print(counts)
