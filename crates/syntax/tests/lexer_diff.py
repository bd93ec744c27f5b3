"""Compares rattle's lexer with CPython's tokenize over many files.

Usage: python3 crates/syntax/tests/lexer_diff.py [DIR...]   (default: python3's stdlib)
Runs the `lexer_dump` test with LEXER_DUMP_LIST/LEXER_DUMP_OUT, then checks every token
(kind, line, column, value) against `tokenize`. Prints the first difference per file.
"""
import ast, io, keyword, os, subprocess, sys, sysconfig, tempfile, tokenize

def files(dirs):
    for d in dirs:
        for root, _, names in os.walk(d):
            for n in sorted(names):
                if n.endswith('.py'):
                    yield os.path.join(root, n)

def esc(s):
    return ''.join('%x,' % (0xfffd if 0xd800 <= ord(c) <= 0xdfff else ord(c)) for c in s)

def expected(path):
    out = []
    with open(path, 'rb') as f:
        try:
            toks = list(tokenize.tokenize(f.readline))
        except Exception as e:
            return None
    for t in toks:
        ty = t.type
        if ty in (tokenize.ENCODING, tokenize.COMMENT, tokenize.NL):
            continue
        l, c = t.start
        if ty == tokenize.NAME:
            out.append(('NAME', l, c, '' if keyword.iskeyword(t.string) else t.string))
        elif ty == tokenize.NUMBER:
            v = ast.literal_eval(t.string)
            if isinstance(v, int):
                out.append(('INT', l, c, v))
            elif isinstance(v, float):
                out.append(('FLOAT', l, c, v))
            else:
                out.append(('IMAG', l, c, v.imag))
        elif ty == tokenize.STRING:
            prefix = t.string[:t.string.index(t.string[-1])].lower()
            if 'f' in prefix:
                out.append(('FSTR', l, c, None))
            else:
                try:
                    v = ast.literal_eval(t.string)
                except Exception:
                    return None
                if isinstance(v, bytes):
                    out.append(('BYTES', l, c, ''.join('%x,' % b for b in v)))
                else:
                    out.append(('STR', l, c, esc(v)))
        elif ty == tokenize.OP:
            out.append(('OP', l, c, None))
        elif ty == tokenize.NEWLINE:
            out.append(('NEWLINE', l, c, None))
        elif ty == tokenize.INDENT:
            out.append(('INDENT', l, c, None))
        elif ty == tokenize.DEDENT:
            out.append(('DEDENT', l, c, None))
        elif ty == tokenize.ENDMARKER:
            out.append(('EOF', None, None, None))
        else:
            return None
    return out

def parse_mine(text):
    out = []
    for line in text.splitlines():
        parts = line.split(' ', 3)
        if parts[0] == 'ERROR':
            out.append(('ERROR', line))
            continue
        kind, l, c = parts[0], int(parts[1]), int(parts[2])
        v = parts[3] if len(parts) > 3 else ''
        if kind == 'INT':
            radix, digits = v.split(':')
            v = int(digits, int(radix))
        elif kind in ('FLOAT', 'IMAG'):
            v = float(v)
        elif kind in ('OP', 'NEWLINE', 'INDENT', 'DEDENT', 'FSTR'):
            v = None
        if kind == 'EOF':
            l = c = v = None
        out.append((kind, l, c, v))
    return out

def main():
    dirs = sys.argv[1:] or [sysconfig.get_paths()['stdlib']]
    paths = list(files(dirs))
    tmp = tempfile.mkdtemp()
    with open(os.path.join(tmp, 'list'), 'w') as f:
        f.write('\n'.join(paths))
    root = os.path.dirname(os.path.abspath(__file__))
    env = dict(os.environ, LEXER_DUMP_LIST=os.path.join(tmp, 'list'), LEXER_DUMP_OUT=tmp)
    subprocess.run(['cargo', 'test', '-q', '-p', 'syntax', '--test', 'lexer_dump'], cwd=root, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    same = differ = skipped = 0
    for n, path in enumerate(paths):
        want = expected(path)
        if want is None:
            skipped += 1
            continue
        with open(os.path.join(tmp, '%d.tok' % n)) as f:
            got = parse_mine(f.read())
        if got == want:
            same += 1
            continue
        differ += 1
        for i, (g, w) in enumerate(zip(got, want)):
            if g != w:
                print('%s: token %d: rattle %r, tokenize %r' % (path, i, g, w))
                break
        else:
            print('%s: lengths %d vs %d' % (path, len(got), len(want)))
    print('same %d, differ %d, skipped (tokenize failed) %d' % (same, differ, skipped))

main()
