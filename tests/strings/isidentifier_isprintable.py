# isidentifier (XID_Start/XID_Continue, '_') and isprintable (what repr escapes)
ids = ['x', '_', '_x', 'x1', '1x', '', 'a b', 'a-b', 'if', 'None', 'éclair', 'naïve', 'π', 'Ω2',
       '日本', 'x\u0301', '\u0301x', '℘', '℮', 'ｘ', '١', 'a١', '·', 'a·', 'ᢅ', '𝔘𝔫𝔦', '$', 'a$',
       '\u2118x', 'x\u200c', 'x\u200d', '\u00b7', 'ﬁ', '_\u0300', 'ª', 'ⅰ', '⁀', 'a⁀']
for s in ids:
    print(repr(s), s.isidentifier())
prints = ['', 'abc', 'a\tb', 'a\nb', '\x7f', '\x80', '\xa0', ' ', '\u3000', '\u200b', '\xad',
          '\u2028', '\U0001f600', '\ue000', '\U000e0001', 'é', '\u0378', '\u0301', '\ufeff', '\\']
for s in prints:
    print(ascii(s), s.isprintable(), repr(s) == "'" + s + "'")
print(len([c for c in range(0x3000) if chr(c).isidentifier()]))
print(len([c for c in range(0x3000) if ('a' + chr(c)).isidentifier()]))
print(len([c for c in range(0x3000) if chr(c).isprintable()]))
