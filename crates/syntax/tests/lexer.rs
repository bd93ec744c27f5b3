//! Token streams of the lexer: layout tokens, brackets, continuations, numbers, strings and
//! their escapes, f-string structure, modes, and source decoding. Errors are in
//! `lexer_errors.rs`, the no-panic random test in `lexer_fuzz.rs`.
use syntax::lexer::{decode_source, lex, Mode};
use syntax::token::{FStringField, FStringPart, IntLiteral, StrLiteral, StrValue, Tok};
use syntax::ErrorDisplay;

/// The tokens of `source` (module mode) without the start and end tokens.
fn toks(source: &str) -> Vec<Tok> {
    spans(source).into_iter().map(|(_, t, _)| t).collect()
}

fn spans(source: &str) -> Vec<(usize, Tok, usize)> {
    spans_in(source, Mode::Module)
}

fn spans_in(source: &str, mode: Mode) -> Vec<(usize, Tok, usize)> {
    let mut out: Vec<_> = lex(source, mode)
        .map(|item| item.unwrap_or_else(|e| panic!("{source:?}: unexpected error {e:?}")))
        .collect();
    let first = out.remove(0);
    assert_eq!((first.0, first.2), (0, 0));
    let last = out.pop().expect("EndOfFile");
    assert_eq!(last, (source.len(), Tok::EndOfFile, source.len()));
    out
}

fn name(s: &str) -> Tok {
    Tok::Name(s.to_owned())
}

fn int(radix: u32, digits: &str) -> Tok {
    Tok::Int(IntLiteral {
        radix,
        digits: digits.to_owned(),
    })
}

fn text(s: &str) -> Tok {
    Tok::Str(StrLiteral {
        value: StrValue::Text(s.to_owned()),
        unicode_prefix: false,
    })
}

fn bytes(b: &[u8]) -> Tok {
    Tok::Str(StrLiteral {
        value: StrValue::Bytes(b.to_vec()),
        unicode_prefix: false,
    })
}

/// The value of the single string literal in `source`.
fn str_value(source: &str) -> StrValue {
    match toks(source).as_slice() {
        [Tok::Str(lit), Tok::Newline] => lit.value.clone(),
        other => panic!("{source:?}: {other:?}"),
    }
}

fn fstring_parts(source: &str) -> Vec<FStringPart> {
    match str_value(source) {
        StrValue::FString(parts) => parts,
        other => panic!("{other:?}"),
    }
}

use Tok::{Dedent, Indent, Newline};

#[test]
fn start_tokens_per_mode() {
    for (mode, tok) in [
        (Mode::Module, Tok::StartModule),
        (Mode::Expression, Tok::StartExpression),
        (Mode::Interactive, Tok::StartInteractive),
    ] {
        let all: Vec<_> = lex("", mode).collect();
        assert_eq!(all, vec![Ok((0, tok, 0)), Ok((0, Tok::EndOfFile, 0))]);
    }
}

#[test]
fn simple_statement_with_positions() {
    assert_eq!(
        spans("x = 1\n"),
        vec![
            (0, name("x"), 1),
            (2, Tok::Equal, 3),
            (4, int(10, "1"), 5),
            (5, Newline, 5)
        ]
    );
    // A last line without a line break still gets its NEWLINE, at the end.
    assert_eq!(spans("x"), vec![(0, name("x"), 1), (1, Newline, 1)]);
}

#[test]
fn keywords_and_soft_keywords() {
    assert_eq!(
        toks("if not None: match case _ type lambda\n"),
        vec![
            Tok::If,
            Tok::Not,
            Tok::None,
            Tok::Colon,
            name("match"),
            name("case"),
            name("_"),
            name("type"),
            Tok::Lambda,
            Newline
        ]
    );
}

#[test]
fn operators() {
    let source = "( ) [ ] { } : , ; + - * / | & < > = . % == != <= >= ~ ^ << >> ** += -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :=";
    let got = toks(source);
    use Tok::*;
    let want = vec![
        Lpar,
        Rpar,
        Lsqb,
        Rsqb,
        Lbrace,
        Rbrace,
        Colon,
        Comma,
        Semi,
        Plus,
        Minus,
        Star,
        Slash,
        Vbar,
        Amper,
        Less,
        Greater,
        Equal,
        Dot,
        Percent,
        EqEqual,
        NotEqual,
        LessEqual,
        GreaterEqual,
        Tilde,
        Circumflex,
        LeftShift,
        RightShift,
        DoubleStar,
        PlusEqual,
        MinEqual,
        StarEqual,
        SlashEqual,
        PercentEqual,
        AmperEqual,
        VbarEqual,
        CircumflexEqual,
        LeftShiftEqual,
        RightShiftEqual,
        DoubleStarEqual,
        DoubleSlash,
        DoubleSlashEqual,
        At,
        AtEqual,
        Rarrow,
        Ellipsis,
        ColonEqual,
        Newline,
    ];
    assert_eq!(got, want);
    assert_eq!(
        toks("a..b\n"),
        vec![name("a"), Dot, Dot, name("b"), Newline]
    );
    assert_eq!(
        toks("x[...]\n"),
        vec![name("x"), Lsqb, Ellipsis, Rsqb, Newline]
    );
}

#[test]
fn indent_and_dedent() {
    let source = "if a:\n    b\n    if c:\n        d\ne\n";
    assert_eq!(
        spans(source),
        vec![
            (0, Tok::If, 2),
            (3, name("a"), 4),
            (4, Tok::Colon, 5),
            (5, Newline, 5),
            (6, Indent, 10),
            (10, name("b"), 11),
            (11, Newline, 11),
            (16, Tok::If, 18),
            (19, name("c"), 20),
            (20, Tok::Colon, 21),
            (21, Newline, 21),
            (22, Indent, 30),
            (30, name("d"), 31),
            (31, Newline, 31),
            (32, Dedent, 32),
            (32, Dedent, 32),
            (32, name("e"), 33),
            (33, Newline, 33),
        ]
    );
    // At the end of the source every open block is closed.
    assert_eq!(
        toks("if a:\n  if b:\n    c"),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            Newline,
            Indent,
            Tok::If,
            name("b"),
            Tok::Colon,
            Newline,
            Indent,
            name("c"),
            Newline,
            Dedent,
            Dedent
        ]
    );
}

#[test]
fn blank_comment_and_whitespace_lines_are_invisible() {
    let source = "if a:\n\n  # comment\n      \n    b\n\n# c\n  \nc\n";
    assert_eq!(
        toks(source),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            Newline,
            Indent,
            name("b"),
            Newline,
            Dedent,
            name("c"),
            Newline
        ]
    );
    assert_eq!(toks("# only a comment"), vec![]);
    assert_eq!(toks("\n\n   \n"), vec![]);
    assert_eq!(toks("x # trailing\n"), vec![name("x"), Newline]);
}

#[test]
fn tabs_count_to_the_next_multiple_of_eight() {
    // A tab and eight spaces are the same level under both of CPython's measures only
    // when they agree; `\t` then `\t ` is a deeper level.
    assert_eq!(
        toks("if a:\n\tb\n\tif c:\n\t d\n"),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            Newline,
            Indent,
            name("b"),
            Newline,
            Tok::If,
            name("c"),
            Tok::Colon,
            Newline,
            Indent,
            name("d"),
            Newline,
            Dedent,
            Dedent
        ]
    );
    // Spaces then a tab reaching column 8 consistently on every line is fine.
    assert_eq!(toks("if a:\n  \tb\n  \tc\n").len(), 10);
}

#[test]
fn form_feed_resets_the_column() {
    assert_eq!(
        toks("if x:\n\x0c    a\n"),
        vec![
            Tok::If,
            name("x"),
            Tok::Colon,
            Newline,
            Indent,
            name("a"),
            Newline,
            Dedent
        ]
    );
    assert_eq!(
        toks("if x:\n    a\n  \x0c    b\n"),
        vec![
            Tok::If,
            name("x"),
            Tok::Colon,
            Newline,
            Indent,
            name("a"),
            Newline,
            name("b"),
            Newline,
            Dedent
        ]
    );
}

#[test]
fn line_endings() {
    let want = vec![
        name("a"),
        Newline,
        Tok::If,
        name("b"),
        Tok::Colon,
        Newline,
        Indent,
        name("c"),
        Newline,
        Dedent,
    ];
    assert_eq!(toks("a\nif b:\n c\n"), want);
    assert_eq!(toks("a\r\nif b:\r\n c\r\n"), want);
    assert_eq!(toks("a\rif b:\r c\r"), want);
    // NEWLINE sits on the line break, zero width.
    assert_eq!(spans("a\r\n")[1], (1, Newline, 1));
}

#[test]
fn brackets_join_lines() {
    let source = "x = (1,\n  2\n\n# c\n     ,3)\ny\n";
    assert_eq!(
        toks(source),
        vec![
            name("x"),
            Tok::Equal,
            Tok::Lpar,
            int(10, "1"),
            Tok::Comma,
            int(10, "2"),
            Tok::Comma,
            int(10, "3"),
            Tok::Rpar,
            Newline,
            name("y"),
            Newline
        ]
    );
    // Indentation inside brackets means nothing; the block level after them is measured.
    assert_eq!(
        toks("if a:\n  f(\n1)\n  b\n"),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            Newline,
            Indent,
            name("f"),
            Tok::Lpar,
            int(10, "1"),
            Tok::Rpar,
            Newline,
            name("b"),
            Newline,
            Dedent
        ]
    );
}

#[test]
fn backslash_continuation() {
    assert_eq!(
        toks("x = 1 + \\\n    2\n"),
        vec![
            name("x"),
            Tok::Equal,
            int(10, "1"),
            Tok::Plus,
            int(10, "2"),
            Newline
        ]
    );
    assert_eq!(
        toks("x = \\\r\n 2\n"),
        vec![name("x"), Tok::Equal, int(10, "2"), Newline]
    );
    // A backslash inside the indentation: the first one's column is the line's indentation.
    assert_eq!(
        toks("if a:\n    \\\n  b\n"),
        vec![
            Tok::If,
            name("a"),
            Tok::Colon,
            Newline,
            Indent,
            name("b"),
            Newline,
            Dedent
        ]
    );
}

#[test]
fn expression_mode_has_no_layout_tokens() {
    let got: Vec<_> = spans_in(" a +\n  b\n", Mode::Expression)
        .into_iter()
        .map(|(_, t, _)| t)
        .collect();
    assert_eq!(got, vec![name("a"), Tok::Plus, name("b")]);
}

#[test]
fn interactive_mode_lexes_like_a_module() {
    let got: Vec<_> = spans_in("if a:\n  b\n", Mode::Interactive)
        .into_iter()
        .map(|(_, t, _)| t)
        .collect();
    assert_eq!(got, toks("if a:\n  b\n"));
}

#[test]
fn integers() {
    assert_eq!(
        toks("0 00 0_0 7 1_000 0xFf 0X_a_B 0o17 0O_7 0b1 0B_1_0 0x00ff 0b000\n"),
        vec![
            int(10, "0"),
            int(10, "00"),
            int(10, "00"),
            int(10, "7"),
            int(10, "1000"),
            int(16, "ff"),
            int(16, "ab"),
            int(8, "17"),
            int(8, "7"),
            int(2, "1"),
            int(2, "10"),
            int(16, "ff"),
            int(2, "0"),
            Newline
        ]
    );
    assert_eq!(
        toks("123456789012345678901234567890\n")[0],
        int(10, "123456789012345678901234567890")
    );
}

#[test]
fn floats_and_imaginaries() {
    assert_eq!(
        toks("1. .5 1e-3 1E+3 1_000.5e1_0 0.0 00.5 0e0 1.e2 2.5j 1j 0J 1e3J .5j 1_0j\n"),
        vec![
            Tok::Float(1.0),
            Tok::Float(0.5),
            Tok::Float(1e-3),
            Tok::Float(1e3),
            Tok::Float(1000.5e10),
            Tok::Float(0.0),
            Tok::Float(0.5),
            Tok::Float(0.0),
            Tok::Float(100.0),
            Tok::Imaginary(2.5),
            Tok::Imaginary(1.0),
            Tok::Imaginary(0.0),
            Tok::Imaginary(1000.0),
            Tok::Imaginary(0.5),
            Tok::Imaginary(10.0),
            Newline
        ]
    );
    // Correct rounding and overflow as CPython: 1e400 is inf, 2**-1074 is the smallest subnormal.
    assert_eq!(toks("1e400\n")[0], Tok::Float(f64::INFINITY));
    assert_eq!(
        toks("4.9406564584124654e-324\n")[0],
        Tok::Float(f64::from_bits(1))
    );
    assert_eq!(toks("0.1\n")[0], Tok::Float(0.1));
}

#[test]
fn numbers_glued_to_keywords_split_as_cpython_does() {
    // CPython 3.11 accepts these with a SyntaxWarning.
    assert_eq!(
        toks("1if x else y\n"),
        vec![
            int(10, "1"),
            Tok::If,
            name("x"),
            Tok::Else,
            name("y"),
            Newline
        ]
    );
    assert_eq!(toks("0x1for\n"), vec![int(16, "1f"), Tok::Or, Newline]);
    assert_eq!(toks("1.5else\n"), vec![Tok::Float(1.5), Tok::Else, Newline]);
    assert_eq!(toks("1else\n"), vec![int(10, "1"), Tok::Else, Newline]);
    assert_eq!(toks("1jor\n"), vec![Tok::Imaginary(1.0), Tok::Or, Newline]);
    assert_eq!(
        toks("x.real\n"),
        vec![name("x"), Tok::Dot, name("real"), Newline]
    );
    assert_eq!(
        toks("1 .real\n"),
        vec![int(10, "1"), Tok::Dot, name("real"), Newline]
    );
}

#[test]
fn string_quotes_and_prefixes() {
    assert_eq!(
        toks("'a' \"b\" '''c''' \"\"\"d\"\"\" '' \"\"\n")[..6],
        [
            text("a"),
            text("b"),
            text("c"),
            text("d"),
            text(""),
            text("")
        ]
    );
    assert_eq!(toks("'''a''b'''\n")[0], text("a''b"));
    for prefix in ["r", "R"] {
        assert_eq!(toks(&format!("{prefix}'\\n'\n"))[0], text("\\n"));
    }
    for prefix in ["b", "B"] {
        assert_eq!(toks(&format!("{prefix}'\\n'\n"))[0], bytes(b"\n"));
    }
    for prefix in ["br", "Br", "bR", "BR", "rb", "rB", "Rb", "RB"] {
        assert_eq!(toks(&format!("{prefix}'\\n'\n"))[0], bytes(b"\\n"));
    }
    for prefix in ["u", "U"] {
        let want = Tok::Str(StrLiteral {
            value: StrValue::Text("\n".into()),
            unicode_prefix: true,
        });
        assert_eq!(toks(&format!("{prefix}'\\n'\n"))[0], want);
    }
    for prefix in ["f", "F", "fr", "Rf", "rF", "FR"] {
        assert!(matches!(
            &toks(&format!("{prefix}'x'\n"))[0],
            Tok::Str(StrLiteral {
                value: StrValue::FString(_),
                ..
            })
        ));
    }
    // Not prefixes: a name followed by a string.
    assert_eq!(toks("ur'x'\n")[..2], [name("ur"), text("x")]);
    assert_eq!(toks("bu'x'\n")[..2], [name("bu"), text("x")]);
    assert_eq!(toks("fb'x'\n")[..2], [name("fb"), text("x")]);
    // Span covers prefix and quotes.
    assert_eq!(spans("x = rb'a'\n")[2], (4, bytes(b"a"), 9));
}

#[test]
fn multiline_strings_and_line_breaks_inside() {
    assert_eq!(toks("'''a\nb'''\n")[0], text("a\nb"));
    // CPython translates line breaks before tokenizing.
    assert_eq!(toks("'''a\r\nb\rc'''\n")[0], text("a\nb\nc"));
    assert_eq!(toks("r'''a\r\nb'''\n")[0], text("a\nb"));
    // Backslash-newline inside a literal joins the lines (in raw strings it is kept).
    assert_eq!(toks("'a\\\nb'\n")[0], text("ab"));
    assert_eq!(toks("'a\\\r\nb'\n")[0], text("ab"));
    assert_eq!(toks("r'a\\\nb'\n")[0], text("a\\\nb"));
    // A string spanning lines inside a statement does not end it.
    assert_eq!(
        toks("x = '''\n'''\n"),
        vec![name("x"), Tok::Equal, text("\n"), Newline]
    );
}

#[test]
fn every_text_escape() {
    let source = r#"'\\ \' \" \a \b \f \n \r \t \v \0 \7 \101 \1011 \777 \x41 \xfF \u20ac \U0001F600 \N{EM DASH} \N{latin small letter a} \N{LATIN CAPITAL LETTER GHA} \N{HANGUL SYLLABLE GA} \N{CJK UNIFIED IDEOGRAPH-4E00} \d \% \é'"#;
    let want = "\\ ' \" \x07 \x08 \x0c \n \r \t \x0b \0 \x07 A A1 \u{1ff} A \u{ff} € 😀 — a Ƣ 가 一 \\d \\% \\é";
    assert_eq!(
        str_value(&format!("{source}\n")),
        StrValue::Text(want.to_owned())
    );
}

#[test]
fn lone_surrogates_become_replacement_characters() {
    // Python allows them in str; a Rust String cannot hold them.
    assert_eq!(
        str_value("'\\ud800'\n"),
        StrValue::Text("\u{fffd}".to_owned())
    );
}

#[test]
fn every_bytes_escape() {
    let source = r#"b'\\ \' \" \a \b \f \n \r \t \v \0 \101 \777 \x41 \xfF \u20ac \N{X} \d'"#;
    let want = b"\\ ' \" \x07 \x08 \x0c \n \r \t \x0b \0 A \xff A \xff \\u20ac \\N{X} \\d";
    assert_eq!(
        str_value(&format!("{source}\n")),
        StrValue::Bytes(want.to_vec())
    );
}

#[test]
fn raw_strings_keep_backslashes() {
    assert_eq!(
        str_value("r'\\x\\N{\\u'\n"),
        StrValue::Text("\\x\\N{\\u".to_owned())
    );
    assert_eq!(str_value("r'\\''\n"), StrValue::Text("\\'".to_owned()));
    assert_eq!(str_value("rb'\\x'\n"), StrValue::Bytes(b"\\x".to_vec()));
}

#[test]
fn non_ascii_identifiers() {
    assert_eq!(
        toks("café = π\n"),
        vec![name("café"), Tok::Equal, name("π"), Newline]
    );
    assert_eq!(spans("x = ñandú\n")[2], (4, name("ñandú"), 11));
    assert_eq!(toks("_ü1\n")[0], name("_ü1"));
    // NFKC, as CPython: the ligature is `fi`, fullwidth letters are ASCII, and the
    // decomposed `e` + combining acute is `é`.
    assert_eq!(
        toks("\u{fb01}x = ｘ\n")[..3],
        [name("fix"), Tok::Equal, name("x")]
    );
    assert_eq!(toks("cafe\u{301}\n")[0], name("café"));
}

fn field(parts: &[FStringPart], i: usize) -> &FStringField {
    match &parts[i] {
        FStringPart::Field(f) => f,
        other => panic!("part {i} is {other:?}"),
    }
}

#[test]
fn fstring_literal_and_fields() {
    let source = "f'a{x}b{{c}}{y!r}'\n";
    let parts = fstring_parts(source);
    assert_eq!(parts.len(), 4, "{parts:?}");
    assert_eq!(parts[0], FStringPart::Literal("a".into()));
    let x = field(&parts, 1);
    assert_eq!(
        (x.expr.as_str(), x.expr_offset, x.start, x.end),
        ("x", 4, 3, 6)
    );
    assert_eq!(
        (x.conversion, &x.debug_text, &x.format_spec),
        (None, &None, &None)
    );
    assert_eq!(parts[2], FStringPart::Literal("b{c}".into()));
    let y = field(&parts, 3);
    assert_eq!(
        (y.expr.as_str(), y.conversion, y.start, y.end),
        ("y", Some('r'), 12, 17)
    );
}

#[test]
fn fstring_conversions_and_specs() {
    for (conv, want) in [("!s", 's'), ("!r", 'r'), ("!a", 'a')] {
        let parts = fstring_parts(&format!("f'{{x{conv}}}'\n"));
        assert_eq!(field(&parts, 0).conversion, Some(want));
    }
    let parts = fstring_parts("f'{x:>{w}.{p}f}'\n");
    let spec = field(&parts, 0).format_spec.as_ref().expect("spec");
    assert_eq!(spec.len(), 5, "{spec:?}");
    assert_eq!(spec[0], FStringPart::Literal(">".into()));
    assert_eq!(field(spec, 1).expr, "w");
    assert_eq!((field(spec, 1).start, field(spec, 1).end), (6, 9));
    assert_eq!(spec[2], FStringPart::Literal(".".into()));
    assert_eq!(field(spec, 3).expr, "p");
    assert_eq!(spec[4], FStringPart::Literal("f".into()));
    // An empty spec is present but empty; `!r:` combines both.
    let parts = fstring_parts("f'{x!r:}'\n");
    assert_eq!(
        (
            field(&parts, 0).conversion,
            field(&parts, 0).format_spec.clone()
        ),
        (Some('r'), Some(vec![]))
    );
}

#[test]
fn fstring_debug_fields() {
    let parts = fstring_parts("f'{x=}'\n");
    let x = field(&parts, 0);
    assert_eq!(
        (x.expr.as_str(), x.debug_text.as_deref(), x.conversion),
        ("x", Some("x="), Some('r'))
    );
    let parts = fstring_parts("f'{ x = }'\n");
    let x = field(&parts, 0);
    assert_eq!(
        (x.expr.as_str(), x.debug_text.as_deref(), x.conversion),
        (" x ", Some(" x = "), Some('r'))
    );
    // With a spec or an explicit conversion there is no default `!r`.
    let parts = fstring_parts("f'{x=:>5}'\n");
    assert_eq!(field(&parts, 0).conversion, None);
    let parts = fstring_parts("f'{x=!s}'\n");
    assert_eq!(field(&parts, 0).conversion, Some('s'));
}

#[test]
fn fstring_expression_boundaries() {
    let expr = |source: &str| field(&fstring_parts(source), 0).expr.clone();
    assert_eq!(expr("f'{a!=b}'\n"), "a!=b");
    assert_eq!(expr("f'{a==b}'\n"), "a==b");
    assert_eq!(expr("f'{a<=b}'\n"), "a<=b");
    assert_eq!(expr("f'{a>=b}'\n"), "a>=b");
    assert_eq!(expr("f'{a<b>c}'\n"), "a<b>c");
    assert_eq!(expr("f'{d[\"k\"]}'\n"), "d[\"k\"]");
    assert_eq!(expr("f'{ {1: 2}[1] }'\n"), " {1: 2}[1] ");
    assert_eq!(expr("f'{f(a, b=1)}'\n"), "f(a, b=1)");
    assert_eq!(expr("f'{x[1:2]}'\n"), "x[1:2]");
    assert_eq!(expr("f'{lambda: 1}'\n"), "lambda");
    assert_eq!(expr("f'''{'}'}'''\n"), "'}'");
    assert_eq!(expr("f'{x:=5}'\n"), "x");
    // Multi-line expression in a triple-quoted f-string; the offset points into the file.
    let parts = fstring_parts("f'''{\na\n}'''\n");
    assert_eq!(
        (field(&parts, 0).expr.as_str(), field(&parts, 0).expr_offset),
        ("\na\n", 5)
    );
}

#[test]
fn fstring_literal_escapes() {
    assert_eq!(
        fstring_parts("f'\\N{EM DASH}{x}\\n'\n")[0],
        FStringPart::Literal("—".into())
    );
    assert_eq!(
        fstring_parts("f'\\N{EM DASH}{x}\\n'\n")[2],
        FStringPart::Literal("\n".into())
    );
    assert_eq!(
        fstring_parts("rf'\\n{x}'\n")[0],
        FStringPart::Literal("\\n".into())
    );
    // `\{` is a backslash and then a field (CPython 3.11 only warns).
    let parts = fstring_parts("f'\\{6}'\n");
    assert_eq!(parts[0], FStringPart::Literal("\\".into()));
    assert_eq!(field(&parts, 1).expr, "6");
    assert_eq!(fstring_parts("f''\n"), vec![]);
    assert_eq!(
        fstring_parts("f'{{}}'\n"),
        vec![FStringPart::Literal("{}".into())]
    );
}

#[test]
fn decode_source_handles_bom_and_declarations() {
    assert_eq!(
        decode_source(b"\xef\xbb\xbfx = 1\n", "f.py").as_deref(),
        Ok("x = 1\n")
    );
    assert_eq!(
        decode_source(b"# -*- coding: utf-8 -*-\nx\n", "f.py").as_deref(),
        Ok("# -*- coding: utf-8 -*-\nx\n")
    );
    let latin1 =
        decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "f.py").expect("latin-1");
    assert_eq!(latin1, "# -*- coding: latin-1 -*-\nx = '\u{e9}'\n");
    let second_line = decode_source(
        b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-1 :\n'\xe9'\n",
        "f.py",
    );
    assert_eq!(
        second_line.expect("latin-1 on line 2").chars().nth(56),
        Some('\u{e9}')
    );
    let cp1252 = decode_source(b"# coding: cp1252\n'\x80\x96\xe9'\n", "f.py").expect("cp1252");
    assert!(cp1252.ends_with("'€–é'\n"));
    // Only line 1 or a line 2 after a comment-only line 1 counts.
    assert!(decode_source(b"x = 1\n# coding: latin-1\n'\xe9'\n", "f.py").is_err());
}

#[test]
fn decode_source_errors_as_python3() {
    let err = decode_source(b"x = 1\n\xff = 2\n", "bad.py").expect_err("not UTF-8");
    assert_eq!(
        err.msg,
        "Non-UTF-8 code starting with '\\xff' in file bad.py on line 2, but no encoding declared; \
         see https://peps.python.org/pep-0263/ for details"
    );
    assert_eq!(err.display, ErrorDisplay::MessageOnly);
    let err = decode_source(b"x = 1\0", "f.py").expect_err("null byte");
    assert_eq!(
        (err.msg.as_str(), err.start, err.display),
        (
            "source code cannot contain null bytes",
            5,
            ErrorDisplay::NoCaret
        )
    );
    let err = decode_source(b"x = 1\ny=2\0\n", "f.py").expect_err("null byte");
    assert_eq!(err.start, 9);
    assert!(decode_source(b"# coding: koi8-r\nx\n", "f.py").is_err());
}
