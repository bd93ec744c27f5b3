"""Regenerates the error table of tests/lexer_errors.rs from python3 (CPython 3.11).

For each source, compiles it with python3 and converts the reported (lineno, offset,
end_lineno, end_offset) to byte offsets by the lexer's rule: the byte offset of the
character CPython's 1-based column points at; an end_offset <= 0 means a single caret.
Prints the Rust table rows; with --write, replaces the table in lexer_errors.rs.
"""
import os, re, sys, warnings

# python3 reports these from its parser, not its tokenizer: tested separately.
PARSER_CASES = {"1é\n"}

CASES = [
    # numbers
    "1_\n", "1__0\n", "1abc\n", "0_\n", "012\n", "x = 0012 + 1\n", "0_7\n", "09\n",
    "0x\n", "0xg\n", "0x1g\n", "0x_\n", "0o8\n", "0o18\n", "0o\n", "0o1_\n", "0b2\n", "0b12\n",
    "0b\n", "0b1_\n", "1e\n", "1e+\n", "1.e5x\n", "1jx\n", "x=1.__class__\n", "1.5_\n", "1ix\n",
    "0e\n", "1en\n", "x = 1_000_\n", "x = .5_\n", "1.5e1_\n", "0x1__2\n", "1é\n",
    # indentation
    "if x:\n  a\n b\n", "if x:\n\ta\n        b\n", "if x:\n        a\n\tb\n",
    "if x:\n    a\n\tb\n", "if x:\n  a\n b", "if x:\r\n  a\r\n b\r\n",
    "".join(" " * i + "if x:\n" for i in range(100)) + " " * 100 + "pass\n",
    # brackets
    "(1,\n2\n", "x = [1,\n(2,\n", "x = (1, [2)\n", "x = (1,\n 2]\n", "x = )\n", "x = }\n",
    "x = {1: [2}\n", "foo(\n\n\n  1, 2,\n  3\n", "x = 1\r\ny = (\r\n2\r\n",
    "x = " + "(" * 250 + "\n", "x = " + "[" * 201 + "\n",
    # continuation
    "x = 1 \\ y\n", "x = 1 \\", "x = 1 \\\n", "x = 1 +\\\n", "x = (\n1 \\ y)\n", "x=1\ny = 1 \\ y\n",
    "x = 1 \\é\n", "x = (1 \\\n", "x = (1 \\", "if x:\n    \\\n", "x = [\n  1 \\ 2]\n", "x = 1\n  \\\n",
    # strings
    "x = \"abc\n", "x = 'abc", "x = \"\"\"abc\n\n", "x = '''abc", "x = rb\"abc\n", "x = \"a\\\nb\n",
    "s = f'abc\n", "x = (\"abc\n)\n", "x = \"\"\"a\n\"\"\" + 'b\n", "x = \"\\x1\"\"\n",
    "b\"\u00e9\"\n", "x = b'a\u20acb' + 1\n",
    "\"\\x1\"\n", "x = \"ab\\x1\" + 1\n", "\"\\N\"\n", "\"\\N{foo}\"\n", "\"\\u12\"\n",
    "\"\\U0011ffff\"\n", "\"\\N{\"\n", "\"\\N{}\"\n", "\"\u00e9\\x1\"\n", "\"\\\u00e9\\x1\"\n",
    "\"\\x1\" \"abc\" + 1\n", "\"\\U1234567\"\n", "\"\\xg0\"\n", "b\"\\x1\" + 1\n", "b'ab\\xzz'\n",
    "\"\\N{ LATIN SMALL LETTER A}\"\n", "\"\\N{LATINSMALLLETTERA}\"\n", "x = ('\\x')\n",
    # characters
    "x = \u20ac\n", "x = a\u00a0b\n", "x = $\n", "x = a ! b\n", "x = ?\n", "x = `\n", "\u20ac = 1\n",
    "a\u20acb = 1\n", "x = 1 + \u00a0\n", "x = '\u00e9' + \u00a7\n", "x = 1\x0b\n",
    # f-strings
    "f\"{}\"\n", "x = f\"ab{ }\"\n", "f\"{x\"\n", "f\"{x!r\"\n", "f\"}\"\n", "x = f\"a}b\"\n",
    "f\"{x!z}\"\n", "f\"{x!}\"\n", "f\"{\\\\n}\"\n", "f\"{x#}\"\n", "f\"{x(}\"\n", "f\"{x)}\"\n",
    "f\"{x:{y:{z}}}\"\n", "f\"{x:{y}\"\n", "f\"{x[}\"\n", "f\"{x]}\"\n", "f\"{x!rr}\"\n",
    "f\"{x!r=}\"\n", "f\"{x:}}\"\n", "f\"{ }\"\n", "f\"{!r}\"\n", "f\"{=}\"\n", "f\"{:}\"\n",
    "f\"{}\" + 1\n", "f\"{x:{}}\"\n", "f\"{'a}\"\n", "f\"{(x}\"\n", "f'{x=\"\n", "f'{a:{b:\\\\}}}'\n",
    "'\\N{EM}'\n", "'\\N{LINE FEED (LF)}'\n", "'\\N{latin_small_letter_a}'\n",
    # errors CPython raises from its parser give way to a tokenizer error later on
    "n ?= 1\n)\n", "x = $ + 1\ny = 0_\n", "x = '\\x1' + 1\ny = 0_\n", "f'{}' + 1\nx = (\n",
    "x = (\nf'{}' + 1\n", "x = b'\u00e9' \\ 1\n", "x = '\\x1'\n\ty = 1\n  z\n", "x = $\ny = (1 \\ 2)\n",
    "f'{}'\nif x:\n  a\n b\n", "x = '\\x1' $ 1\n", "x = f'{}' ? 1\ny = 0_\n",
    "f'{x:%H}}'\n", "f'''{'''a'''}'''\n", "f'{x:{y}}}'\n",
    "f\"\\N{foo}{x}\"\n", "f\"{x}\\x1\"\n", "f\"{x:\\x1}\"\n", "f\"{x} {y\" + 1\n",
]

def byte_pos(src, lineno, offset):
    lines = re.split(r'(?<=\r\n)|(?<=\n)|(?<=\r)(?!\n)', src)
    start = sum(len(l.encode()) for l in lines[:lineno - 1])
    line = lines[lineno - 1] if lineno - 1 < len(lines) else ''
    return start + len(line[:max(offset - 1, 0)].encode())

def rust_str(s):
    out = ''
    for c in s:
        if c == '"' or c == '\\':
            out += '\\' + c
        elif c == '\n':
            out += '\\n'
        elif c == '\r':
            out += '\\r'
        elif c == '\t':
            out += '\\t'
        elif ord(c) < 32 or ord(c) == 127 or c in '\u00a0':
            out += '\\u{%x}' % ord(c)
        else:
            out += c
    if len(out) > 120:
        return None
    return '"' + out + '"'

rows = []
for src in CASES:
    if src in PARSER_CASES:
        continue
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            compile(src, 'f', 'exec')
            rows.append('    // OK in python3: %r' % src)
            continue
        except SyntaxError as e:
            err = e
    start = byte_pos(src, err.lineno, err.offset)
    if err.end_offset is None or err.end_offset <= 0 or err.end_lineno is None:
        end = start
    else:
        end = byte_pos(src, err.end_lineno, err.end_offset)
    lit = rust_str(src)
    if lit is None:
        rows.append('    // too long to inline: %r...: %s %r %d..%d' % (src[:30], type(err).__name__, err.msg, start, end))
        continue
    rows.append('    (%s, %s, %s, %d, %d),' % (lit, type(err).__name__, rust_str(err.msg), start, end))

if '--write' in sys.argv:
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lexer_errors.rs')
    text = open(path).read()
    head = text.index('\n', text.index('const CASES')) + 1
    tail = text.index('\n];\n', head)
    open(path, 'w').write(text[:head] + '\n'.join(rows) + text[tail:])
else:
    print('\n'.join(rows))
