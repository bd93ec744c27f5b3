# searching non-ASCII text: indices are code points, usable for slicing, with start/end
s = 'Grüße aus München — 日本語 und Ελληνικά 🙂 Ende'
for sub in ['ü', 'ß', 'München', '—', '日本', 'λ', '🙂', 'Ende', 'e', '']:
    i, j = s.find(sub), s.rfind(sub)
    print(repr(sub), i, j, s.count(sub), s[i:i + len(sub)] == sub, s[j:j + len(sub)] == sub)
print(s.index('aus'), s.rindex('n'), s.find('n', 12), s.find('n', -10), s.rfind('n', 0, -10))
print(s.startswith('Grü'), s.startswith('üß', 2), s.endswith('🙂', 0, s.find('🙂') + 1))
print(s.find('日本語', s.find('—')), s.count('n', s.find('—')))
print(s.split('—'), s.partition('🙂'), s.rpartition('n'))
print(s.replace('ü', 'ue').replace('ß', 'ss'))
print(s.upper())
print(s.center(len(s) + 4, '·'), len(s.center(len(s) + 4, '·')))
print([w for w in s.split() if w.isalpha()], [w for w in s.split() if not w.isascii()])
print(s.translate({ord('ü'): 'ue', ord('ö'): 'oe', ord('ß'): 'ss', ord('🙂'): None}))
emoji = '🙂🙃🙂'
print(emoji.find('🙃'), emoji.count('🙂'), emoji.rfind('🙂'), emoji.rjust(5, '-'), emoji.split('🙃'))
mixed = 'aé日🙂' * 3
print(mixed.find('🙂', 4), mixed.rfind('é', 0, 6), mixed.index('日', -4), mixed.count('a', 1, -1))
print(mixed.expandtabs(), mixed.zfill(14), mixed.strip('a🙂'), mixed.removeprefix('aé'))
