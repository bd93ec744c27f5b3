# a small program mixing str methods: parsing records, counting words, formatting a report
data = """name, city , score
  Alice,Paris, 91
bob ,  berlin,78
CHARLIE,tokyo ,85

dana,São Paulo,  66
"""
rows = []
for line in data.splitlines()[1:]:
    if not line.strip():
        continue
    name, city, score = [f.strip() for f in line.split(',')]
    rows.append((name.capitalize(), city.title(), int(score)))
width = max([len(r[0]) for r in rows])
for name, city, score in sorted(rows, key=lambda r: -r[2]):
    print(name.ljust(width, '.'), city.center(12, ' '), str(score).rjust(4), str(score).zfill(5))
text = 'The rain in Spain stays mainly in the plain. In Spain, rain is plain!'
counts = {}
for w in text.lower().translate(str.maketrans('', '', '.,!')).split():
    counts[w] = counts.get(w, 0) + 1
print(sorted([(counts[w], w) for w in counts])[-4:])
print(text.count('ain'), text.find('Spain'), text.rfind('Spain'), text.index('rain', 10))
print(text.replace('Spain', 'Portugal', 1))
print(text.upper().startswith('THE'), text.endswith(('!', '?')))
camel = 'parseHTTPResponseCode'
snake = ''.join(['_' + c.lower() if c.isupper() else c for c in camel]).lstrip('_')
print(snake, snake.replace('_', ' ').title().replace(' ', ''))
ident = ['valid_name', '2bad', 'élan', 'with space', 'class']
print([(i, i.isidentifier()) for i in ident])
path = '/usr/local/lib/python3.11/site-packages/pkg/__init__.py'
head, _, tail = path.rpartition('/')
print(head.split('/')[1:3], tail.removesuffix('.py'), path.count('/'))
cells = ['a\tb', 'cc\td', 'eee\tf']
print([c.expandtabs(4) for c in cells])
print('|'.join([w.swapcase() for w in 'Mixed CASE words'.split()]))
print('-' * 10, '%'.join('abc'), 'x'.join(reversed('123')))
