//! Every lexer error against python3: message, class and position. The table is generated
//! by `lexer_errors_gen.py` from CPython 3.11's reports (`lineno/offset/end_lineno/
//! end_offset` converted to byte offsets: the byte CPython's caret points at; a missing
//! end means a single caret). Rerun it after changing a case.
use syntax::lexer::{lex, Mode};
use syntax::SyntaxErrorKind::{self, IndentationError, SyntaxError, TabError};

/// (source, class, message, start, end)
const CASES: &[(&str, SyntaxErrorKind, &str, usize, usize)] = &[
    ("1_\n", SyntaxError, "invalid decimal literal", 1, 1),
    ("1__0\n", SyntaxError, "invalid decimal literal", 1, 1),
    ("1abc\n", SyntaxError, "invalid decimal literal", 0, 0),
    ("0_\n", SyntaxError, "invalid decimal literal", 1, 1),
    ("012\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0, 1),
    ("x = 0012 + 1\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 4, 6),
    ("0_7\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0, 2),
    ("09\n", SyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 0, 1),
    ("0x\n", SyntaxError, "invalid hexadecimal literal", 1, 1),
    ("0xg\n", SyntaxError, "invalid hexadecimal literal", 1, 1),
    ("0x1g\n", SyntaxError, "invalid hexadecimal literal", 2, 2),
    ("0x_\n", SyntaxError, "invalid hexadecimal literal", 2, 2),
    ("0o8\n", SyntaxError, "invalid digit '8' in octal literal", 2, 2),
    ("0o18\n", SyntaxError, "invalid digit '8' in octal literal", 3, 3),
    ("0o\n", SyntaxError, "invalid octal literal", 1, 1),
    ("0o1_\n", SyntaxError, "invalid octal literal", 3, 3),
    ("0b2\n", SyntaxError, "invalid digit '2' in binary literal", 2, 2),
    ("0b12\n", SyntaxError, "invalid digit '2' in binary literal", 3, 3),
    ("0b\n", SyntaxError, "invalid binary literal", 1, 1),
    ("0b1_\n", SyntaxError, "invalid binary literal", 3, 3),
    ("1e\n", SyntaxError, "invalid decimal literal", 0, 0),
    ("1e+\n", SyntaxError, "invalid decimal literal", 2, 2),
    ("1.e5x\n", SyntaxError, "invalid decimal literal", 3, 3),
    ("1jx\n", SyntaxError, "invalid imaginary literal", 1, 1),
    ("x=1.__class__\n", SyntaxError, "invalid decimal literal", 3, 3),
    ("1.5_\n", SyntaxError, "invalid decimal literal", 3, 3),
    ("1ix\n", SyntaxError, "invalid decimal literal", 0, 0),
    ("0e\n", SyntaxError, "invalid decimal literal", 0, 0),
    ("1en\n", SyntaxError, "invalid decimal literal", 0, 0),
    ("x = 1_000_\n", SyntaxError, "invalid decimal literal", 9, 9),
    ("x = .5_\n", SyntaxError, "invalid decimal literal", 6, 6),
    ("1.5e1_\n", SyntaxError, "invalid decimal literal", 5, 5),
    ("0x1__2\n", SyntaxError, "invalid hexadecimal literal", 3, 3),
    ("if x:\n  a\n b\n", IndentationError, "unindent does not match any outer indentation level", 12, 12),
    ("if x:\n\ta\n        b\n", TabError, "inconsistent use of tabs and spaces in indentation", 9, 9),
    ("if x:\n        a\n\tb\n", TabError, "inconsistent use of tabs and spaces in indentation", 16, 16),
    ("if x:\n    a\n\tb\n", TabError, "inconsistent use of tabs and spaces in indentation", 12, 12),
    ("if x:\n  a\n b", IndentationError, "unindent does not match any outer indentation level", 12, 12),
    ("if x:\r\n  a\r\n b\r\n", IndentationError, "unindent does not match any outer indentation level", 14, 14),
    // too long to inline: 'if x:\n if x:\n  if x:\n   if x:\n'...: IndentationError 'too many levels of indentation' 5550..5550
    ("(1,\n2\n", SyntaxError, "'(' was never closed", 0, 0),
    ("x = [1,\n(2,\n", SyntaxError, "'(' was never closed", 8, 8),
    ("x = (1, [2)\n", SyntaxError, "closing parenthesis ')' does not match opening parenthesis '['", 10, 10),
    ("x = (1,\n 2]\n", SyntaxError, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 10, 10),
    ("x = )\n", SyntaxError, "unmatched ')'", 4, 4),
    ("x = }\n", SyntaxError, "unmatched '}'", 4, 4),
    ("x = {1: [2}\n", SyntaxError, "closing parenthesis '}' does not match opening parenthesis '['", 10, 10),
    ("foo(\n\n\n  1, 2,\n  3\n", SyntaxError, "'(' was never closed", 3, 3),
    ("x = 1\r\ny = (\r\n2\r\n", SyntaxError, "'(' was never closed", 11, 11),
    // too long to inline: 'x = (((((((((((((((((((((((((('...: SyntaxError 'too many nested parentheses' 204..204
    // too long to inline: 'x = [[[[[[[[[[[[[[[[[[[[[[[[[['...: SyntaxError 'too many nested parentheses' 204..204
    ("x = 1 \\ y\n", SyntaxError, "unexpected character after line continuation character", 7, 7),
    ("x = 1 \\", SyntaxError, "unexpected EOF while parsing", 7, 7),
    ("x = 1 \\\n", SyntaxError, "unexpected EOF while parsing", 7, 7),
    ("x = 1 +\\\n", SyntaxError, "unexpected EOF while parsing", 8, 8),
    ("x = (\n1 \\ y)\n", SyntaxError, "unexpected character after line continuation character", 9, 9),
    ("x=1\ny = 1 \\ y\n", SyntaxError, "unexpected character after line continuation character", 11, 11),
    ("x = 1 \\é\n", SyntaxError, "unexpected character after line continuation character", 7, 7),
    ("x = (1 \\\n", SyntaxError, "'(' was never closed", 4, 4),
    ("x = (1 \\", SyntaxError, "'(' was never closed", 4, 4),
    ("if x:\n    \\\n", SyntaxError, "unexpected EOF while parsing", 11, 11),
    ("x = [\n  1 \\ 2]\n", SyntaxError, "unexpected character after line continuation character", 11, 11),
    ("x = 1\n  \\\n", SyntaxError, "unexpected EOF while parsing", 9, 9),
    ("x = \"abc\n", SyntaxError, "unterminated string literal (detected at line 1)", 4, 4),
    ("x = 'abc", SyntaxError, "unterminated string literal (detected at line 1)", 4, 4),
    ("x = \"\"\"abc\n\n", SyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 4, 4),
    ("x = '''abc", SyntaxError, "unterminated triple-quoted string literal (detected at line 1)", 4, 4),
    ("x = rb\"abc\n", SyntaxError, "unterminated string literal (detected at line 1)", 4, 4),
    ("x = \"a\\\nb\n", SyntaxError, "unterminated string literal (detected at line 2)", 4, 4),
    ("s = f'abc\n", SyntaxError, "unterminated string literal (detected at line 1)", 4, 4),
    ("x = (\"abc\n)\n", SyntaxError, "unterminated string literal (detected at line 1)", 5, 5),
    ("x = \"\"\"a\n\"\"\" + 'b\n", SyntaxError, "unterminated string literal (detected at line 2)", 15, 15),
    ("x = \"\\x1\"\"\n", SyntaxError, "unterminated string literal (detected at line 1)", 9, 9),
    ("b\"é\"\n", SyntaxError, "bytes can only contain ASCII literal characters", 0, 5),
    ("x = b'a€b' + 1\n", SyntaxError, "bytes can only contain ASCII literal characters", 4, 12),
    ("\"\\x1\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 5, 5),
    ("x = \"ab\\x1\" + 1\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape", 12, 13),
    ("\"\\N\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 4, 4),
    ("\"\\N{foo}\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 9, 9),
    ("\"\\u12\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 6, 6),
    ("\"\\U0011ffff\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 12, 12),
    ("\"\\N{\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 5, 5),
    ("\"\\N{}\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 6, 6),
    ("\"é\\x1\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", 7, 7),
    ("\"\\é\\x1\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-18: truncated \\xXX escape", 8, 8),
    ("\"\\x1\" \"abc\" + 1\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 12, 13),
    ("\"\\U1234567\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \\UXXXXXXXX escape", 11, 11),
    ("\"\\xg0\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 6, 6),
    ("b\"\\x1\" + 1\n", SyntaxError, "(value error) invalid \\x escape at position 0", 7, 8),
    ("b'ab\\xzz'\n", SyntaxError, "(value error) invalid \\x escape at position 2", 9, 9),
    ("\"\\N{ LATIN SMALL LETTER A}\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name", 27, 27),
    ("\"\\N{LATINSMALLLETTERA}\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-20: unknown Unicode character name", 23, 23),
    ("x = ('\\x')\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 9, 10),
    ("x = €\n", SyntaxError, "invalid character '€' (U+20AC)", 4, 4),
    ("x = a\u{a0}b\n", SyntaxError, "invalid non-printable character U+00A0", 5, 5),
    ("x = $\n", SyntaxError, "invalid syntax", 4, 5),
    ("x = a ! b\n", SyntaxError, "invalid syntax", 6, 7),
    ("x = ?\n", SyntaxError, "invalid syntax", 4, 5),
    ("x = `\n", SyntaxError, "invalid syntax", 4, 5),
    ("€ = 1\n", SyntaxError, "invalid character '€' (U+20AC)", 0, 0),
    ("a€b = 1\n", SyntaxError, "invalid character '€' (U+20AC)", 1, 1),
    ("x = 1 + \u{a0}\n", SyntaxError, "invalid non-printable character U+00A0", 8, 8),
    ("x = 'é' + §\n", SyntaxError, "invalid character '§' (U+00A7)", 11, 11),
    ("x = 1\u{b}\n", SyntaxError, "invalid non-printable character U+000B", 5, 5),
    ("f\"{}\"\n", SyntaxError, "f-string: empty expression not allowed", 5, 5),
    ("x = f\"ab{ }\"\n", SyntaxError, "f-string: empty expression not allowed", 12, 12),
    ("f\"{x\"\n", SyntaxError, "f-string: expecting '}'", 5, 5),
    ("f\"{x!r\"\n", SyntaxError, "f-string: expecting '}'", 7, 7),
    ("f\"}\"\n", SyntaxError, "f-string: single '}' is not allowed", 4, 4),
    ("x = f\"a}b\"\n", SyntaxError, "f-string: single '}' is not allowed", 10, 10),
    ("f\"{x!z}\"\n", SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 8, 8),
    ("f\"{x!}\"\n", SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 7, 7),
    ("f\"{\\\\n}\"\n", SyntaxError, "f-string expression part cannot include a backslash", 8, 8),
    ("f\"{x#}\"\n", SyntaxError, "f-string expression part cannot include '#'", 7, 7),
    ("f\"{x(}\"\n", SyntaxError, "f-string: closing parenthesis '}' does not match opening parenthesis '('", 7, 7),
    ("f\"{x)}\"\n", SyntaxError, "f-string: unmatched ')'", 7, 7),
    ("f\"{x:{y:{z}}}\"\n", SyntaxError, "f-string: expressions nested too deeply", 14, 14),
    ("f\"{x:{y}\"\n", SyntaxError, "f-string: expecting '}'", 9, 9),
    ("f\"{x[}\"\n", SyntaxError, "f-string: closing parenthesis '}' does not match opening parenthesis '['", 7, 7),
    ("f\"{x]}\"\n", SyntaxError, "f-string: unmatched ']'", 7, 7),
    ("f\"{x!rr}\"\n", SyntaxError, "f-string: expecting '}'", 9, 9),
    ("f\"{x!r=}\"\n", SyntaxError, "f-string: expecting '}'", 9, 9),
    ("f\"{x:}}\"\n", SyntaxError, "f-string: single '}' is not allowed", 8, 8),
    ("f\"{ }\"\n", SyntaxError, "f-string: empty expression not allowed", 6, 6),
    ("f\"{!r}\"\n", SyntaxError, "f-string: expression required before '!'", 7, 7),
    ("f\"{=}\"\n", SyntaxError, "f-string: expression required before '='", 6, 6),
    ("f\"{:}\"\n", SyntaxError, "f-string: expression required before ':'", 6, 6),
    ("f\"{}\" + 1\n", SyntaxError, "f-string: empty expression not allowed", 6, 7),
    ("f\"{x:{}}\"\n", SyntaxError, "f-string: empty expression not allowed", 9, 9),
    ("f\"{'a}\"\n", SyntaxError, "f-string: unterminated string", 7, 7),
    ("f\"{(x}\"\n", SyntaxError, "f-string: closing parenthesis '}' does not match opening parenthesis '('", 7, 7),
    ("f'{x=\"\n", SyntaxError, "unterminated string literal (detected at line 1)", 0, 0),
    ("f'{a:{b:\\\\}}}'\n", SyntaxError, "f-string: single '}' is not allowed", 14, 14),
    ("'\\N{EM}'\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: unknown Unicode character name", 8, 8),
    ("'\\N{LINE FEED (LF)}'\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-17: unknown Unicode character name", 20, 20),
    ("'\\N{latin_small_letter_a}'\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-23: unknown Unicode character name", 26, 26),
    ("n ?= 1\n)\n", SyntaxError, "unmatched ')'", 7, 7),
    ("x = $ + 1\ny = 0_\n", SyntaxError, "invalid decimal literal", 15, 15),
    ("x = '\\x1' + 1\ny = 0_\n", SyntaxError, "invalid decimal literal", 19, 19),
    ("f'{}' + 1\nx = (\n", SyntaxError, "f-string: empty expression not allowed", 6, 7),
    ("x = (\nf'{}' + 1\n", SyntaxError, "'(' was never closed", 4, 4),
    ("x = b'é' \\ 1\n", SyntaxError, "unexpected character after line continuation character", 11, 11),
    ("x = '\\x1'\n\ty = 1\n  z\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 9, 9),
    ("x = $\ny = (1 \\ 2)\n", SyntaxError, "invalid syntax", 4, 5),
    ("f'{}'\nif x:\n  a\n b\n", SyntaxError, "f-string: empty expression not allowed", 5, 5),
    ("x = '\\x1' $ 1\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 10, 11),
    ("x = f'{}' ? 1\ny = 0_\n", SyntaxError, "invalid decimal literal", 19, 19),
    ("f'{x:%H}}'\n", SyntaxError, "f-string: single '}' is not allowed", 10, 10),
    ("f'''{'''a'''}'''\n", SyntaxError, "f-string: expecting '}'", 8, 9),
    ("f'{x:{y}}}'\n", SyntaxError, "f-string: single '}' is not allowed", 11, 11),
    ("f\"\\N{foo}{x}\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", 13, 13),
    ("f\"{x}\\x1\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 9, 9),
    ("f\"{x:\\x1}\"\n", SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 10, 10),
    ("f\"{x} {y\" + 1\n", SyntaxError, "f-string: expecting '}'", 10, 11),
];

fn lex_error(source: &str) -> Option<syntax::SyntaxError> {
    let items: Vec<_> = lex(source, Mode::Module).collect();
    let last = items.last()?;
    for item in &items[..items.len() - 1] {
        assert!(
            item.is_ok(),
            "{source:?}: error before the end of the stream"
        );
    }
    last.clone().err()
}

#[test]
fn every_error_matches_python3() {
    let mut failures = Vec::new();
    for &(source, kind, msg, start, end) in CASES {
        let got = lex_error(source);
        let ok = got
            .as_ref()
            .is_some_and(|e| e.kind == kind && e.msg == msg && e.start == start && e.end == end);
        if !ok {
            failures.push(format!(
                "{source:?}\n   want {kind:?} {msg:?} {start}..{end}\n   got  {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn errors_left_to_the_parser_are_not_lexer_errors() {
    // python3 reports these as `invalid syntax` from the parser: the lexer must let them through.
    for source in [
        "1é\n",
        "1if x else y\n",
        "0x1for x in y\n",
        "1else\n",
        "[0o7for x in y]\n",
        "1jif 1 else 2\n",
    ] {
        assert_eq!(lex_error(source), None, "{source:?}");
    }
}

#[test]
fn too_many_levels_of_indentation() {
    let mut ok: String = (0..99)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    ok.push_str(&" ".repeat(99));
    ok.push_str("pass\n");
    assert_eq!(lex_error(&ok), None);
    let mut deep: String = (0..100)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    let line_start = deep.len();
    deep.push_str(&" ".repeat(100));
    deep.push_str("pass\n");
    let err = lex_error(&deep).expect("an error");
    assert_eq!(
        (err.kind, err.msg.as_str()),
        (IndentationError, "too many levels of indentation")
    );
    assert_eq!((err.start, err.end), (line_start, line_start)); // python3: line 101, offset 1
}

#[test]
fn too_many_nested_parentheses() {
    let ok = format!("{}{}", "(".repeat(200), ")".repeat(200));
    assert_eq!(lex_error(&ok), None);
    for open in ["(", "[", "{"] {
        let deep = format!("x = {}\n", open.repeat(250));
        let err = lex_error(&deep).expect("an error");
        assert_eq!(err.msg, "too many nested parentheses");
        assert_eq!((err.start, err.end), (204, 204)); // python3: offset 205, the 201st bracket
    }
    // 100,000 brackets: still the error at the 201st, without deep recursion.
    let err = lex_error(&"(".repeat(100_000)).expect("an error");
    assert_eq!(
        (err.msg.as_str(), err.start),
        ("too many nested parentheses", 200)
    );
}

#[test]
fn null_bytes() {
    let err = lex_error("x = 1\0").expect("an error");
    assert_eq!(
        (err.msg.as_str(), err.start, err.display),
        (
            "source code cannot contain null bytes",
            5,
            syntax::ErrorDisplay::NoCaret
        )
    );
}
