# islower/isupper/istitle: cased characters, uncased ones in between, titlecase letters
samples = ['hello', 'Hello', 'HELLO', 'hello world', 'Hello World', 'Hello world', 'HELLO World',
           '123', 'a123', 'A123', '123a', 'Hello 123 World', 'Hello-World', "Don'T", "Don't",
           'ǅungla', 'ǅ', 'Aǅ', 'ǅA', 'ǆ', 'Ǆ', 'Σίσυφος', 'ΣΊΣΥΦΟΣ', 'ß', 'SS', 'Straße',
           'ʰ', 'aʰ', 'Aʰ', 'ª', 'Ⅻ', 'Ⅻa', 'ⓐ', 'Ⓐb', '_A_B', 'A_B', 'A1B', 'A1b', 'Ab1C',
           '', ' ', 'İ', 'ı', '\u0345', 'A\u0301b', 'ǈubljana', 'ᾈ', 'ᾀ', '𐐀𐐨', 'Ａｂｃ']
for s in samples:
    print(repr(s), s.islower(), s.isupper(), s.istitle())
for s in ['the title', 'The Title', 'THE TITLE', "they're bill's", "They're Bill's", 'ǳwon']:
    print(repr(s.title()), s.title().istitle(), s.istitle())
print(len([c for c in range(0x3000) if chr(c).istitle()]))
print(len([c for c in range(0x3000) if chr(c).islower()]))
print(len([c for c in range(0x3000) if chr(c).isupper()]))
