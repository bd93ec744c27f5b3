//! Differential-testing aid: with `LEXER_DUMP_LIST=files.txt LEXER_DUMP_OUT=dir`, lexes
//! each listed file and writes one line per token (`KIND line col value`) to `dir/N.tok`
//! for `scripts/lexer-diff.py` to compare with CPython's `tokenize`. Without the
//! variables it does nothing.
use syntax::lexer::{decode_source, lex, Mode};
use syntax::token::{StrValue, Tok};

fn escape(text: &str) -> String {
    text.chars().map(|c| format!("{:x},", c as u32)).collect()
}

fn dump_one(bytes: &[u8], path: &str) -> String {
    let src = match decode_source(bytes, path) {
        Ok(s) => s,
        Err(e) => return format!("ERROR {}\n", e.msg),
    };
    let mut out = String::new();
    let line_col = |pos: usize| {
        let before = &src[..pos];
        let line = 1 + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, src[line_start..pos].chars().count())
    };
    for item in lex(&src, Mode::Module) {
        match item {
            Ok((s, t, _)) => {
                let (l, c) = line_col(s);
                let (kind, value) = match &t {
                    Tok::Name(n) => ("NAME", n.clone()),
                    Tok::Int(i) => ("INT", format!("{}:{}", i.radix, i.digits)),
                    Tok::Float(f) => ("FLOAT", format!("{f:?}")),
                    Tok::Imaginary(f) => ("IMAG", format!("{f:?}")),
                    Tok::Str(s) => match &s.value {
                        StrValue::Text(t) => ("STR", escape(t)),
                        StrValue::Bytes(b) => {
                            ("BYTES", b.iter().map(|b| format!("{b:x},")).collect())
                        }
                        StrValue::FString(parts) => ("FSTR", format!("{}", parts.len())),
                    },
                    Tok::Newline => ("NEWLINE", String::new()),
                    Tok::Indent => ("INDENT", String::new()),
                    Tok::Dedent => ("DEDENT", String::new()),
                    Tok::EndOfFile => ("EOF", String::new()),
                    Tok::StartModule => continue,
                    other => {
                        if let Some(word) = format!("{other:?}").strip_prefix("") {
                            if word.chars().next().is_some_and(|c| c.is_uppercase())
                                && Tok::keyword(&word.to_lowercase()).is_some()
                                || matches!(other, Tok::False | Tok::None | Tok::True)
                            {
                                ("NAME", String::new())
                            } else {
                                ("OP", word.to_owned())
                            }
                        } else {
                            ("OP", String::new())
                        }
                    }
                };
                out.push_str(&format!("{kind} {l} {c} {value}\n"));
            }
            Err(e) => {
                let (l, c) = line_col(e.start);
                out.push_str(&format!("ERROR {l} {c} {:?} {}\n", e.kind, e.msg));
            }
        }
    }
    out
}

#[test]
fn dump() {
    let (Ok(list), Ok(out_dir)) = (
        std::env::var("LEXER_DUMP_LIST"),
        std::env::var("LEXER_DUMP_OUT"),
    ) else {
        return;
    };
    let list = std::fs::read_to_string(list).expect("readable list");
    for (n, path) in list.lines().enumerate() {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let dump = dump_one(&bytes, path);
        std::fs::write(format!("{out_dir}/{n}.tok"), dump).expect("writable output");
    }
}

/// With `LEXER_BENCH_LIST=files.txt` (best in `--release`): prints the time the lexer alone
/// takes over the listed files, reading and decoding excluded. No assertion on it.
#[test]
fn bench() {
    let Ok(list) = std::env::var("LEXER_BENCH_LIST") else {
        return;
    };
    let list = std::fs::read_to_string(list).expect("readable list");
    let sources: Vec<String> = list
        .lines()
        .filter_map(|path| decode_source(&std::fs::read(path).ok()?, path).ok())
        .collect();
    let bytes: usize = sources.iter().map(String::len).sum();
    let mut best = std::time::Duration::MAX;
    let mut tokens = 0;
    for _ in 0..5 {
        let start = std::time::Instant::now();
        tokens = 0;
        for source in &sources {
            tokens += lex(source, Mode::Module).count();
        }
        best = best.min(start.elapsed());
    }
    println!(
        "lexed {} files, {bytes} bytes, {tokens} tokens in {best:?} (best of 5)",
        sources.len()
    );
}
