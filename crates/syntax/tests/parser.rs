//! Parser robustness: `unsupported/` files get a clean SyntaxError, hostile inputs end in
//! an error without panicking, and a seeded fuzz run over random and mutated inputs never
//! panics. (That `tests/syntax/ok` dumps and `errors` render exactly as python3 is checked,
//! with snapshots, by `crates/testsuite/tests/syntax.rs`.)
use std::path::{Path, PathBuf};

fn data_dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/syntax")
        .join(sub)
}

fn py_files(sub: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(data_dir(sub))
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "py"));
    v.sort();
    v
}

/// Runs `f` on a thread with a big stack: dumping nests as deep as the AST.
fn with_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("spawn test thread")
        .join()
        .expect("test thread panicked")
}

#[test]
fn unsupported_syntax_is_a_clean_error() {
    for path in py_files("unsupported") {
        let source = std::fs::read_to_string(&path).expect("read file");
        let err = syntax::parse_module(&source).expect_err("out-of-scope syntax must be rejected");
        assert!(
            err.msg.contains("not supported"),
            "{}: {}",
            path.display(),
            err.msg
        );
    }
}

fn must_fail(source: String) -> syntax::SyntaxError {
    with_stack(move || match syntax::parse_module(&source) {
        Ok(_) => panic!("hostile input parsed"),
        Err(e) => {
            let _ = e.render("x.py", &source);
            e
        }
    })
}

#[test]
fn deep_nesting_ends_in_an_error() {
    let parens = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    let e = must_fail(parens);
    assert_eq!(e.msg, "too many nested parentheses");
    let minus = format!("x = {}1\n", "-".repeat(100_000));
    let e = must_fail(minus);
    assert_eq!(e.kind, syntax::SyntaxErrorKind::MemoryError);
    assert_eq!(e.render("x.py", ""), "MemoryError\n");
    // Thresholds measured with python3 3.11: 5,968 unary operators or 2,984 `**` /
    // `lambda:` levels overflow its parser; 2,999 nested operators its compiler.
    for (src, kind) in [
        (
            format!("x = {}1\n", "-".repeat(5968)),
            syntax::SyntaxErrorKind::MemoryError,
        ),
        (
            format!("x = {}1\n", "2**".repeat(2984)),
            syntax::SyntaxErrorKind::MemoryError,
        ),
        (
            format!("x = {}1\n", "lambda: ".repeat(2984)),
            syntax::SyntaxErrorKind::MemoryError,
        ),
        (
            format!("x = {}1\n", "not ".repeat(2999)),
            syntax::SyntaxErrorKind::RecursionError,
        ),
    ] {
        assert_eq!(must_fail(src).kind, kind);
    }
    for ok in [
        format!("x = {}1\n", "-".repeat(2998)),
        format!("x = {}1\n", "2**".repeat(2983)),
    ] {
        with_stack(move || assert!(syntax::parse_module(&ok).is_ok()));
    }
    let plus_chain = format!("x = {}1\n", "1+".repeat(100_000));
    let e = must_fail(plus_chain);
    assert_eq!(e.kind, syntax::SyntaxErrorKind::RecursionError);
}

#[test]
fn hostile_bytes_end_in_an_error() {
    // A 10 MB line of a bad token mix.
    let long = format!("x = {}\n", "a b ".repeat(2_500_000));
    let _ = must_fail(long);
    let _ = must_fail("x = 1\0\n".to_string());
    // Invalid UTF-8 arrives as replacement characters from lossy decoding.
    let _ = must_fail(String::from_utf8_lossy(b"x = '\xff\xfe'\n\xc3(\n").into_owned());
}

/// A tiny deterministic PRNG (xorshift64*), so the fuzz run is reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn fuzz_random_and_mutated_inputs_never_panic() {
    let corpus: Vec<Vec<u8>> = py_files("ok")
        .into_iter()
        .filter_map(|p| std::fs::read(p).ok())
        .collect();
    let alphabet: &[u8] =
        b"abc xyz_01239.+-*/%@&|^~<>=!()[]{},:;'\"\\#\n\t fdefif else for in lambda yield \x00\xff";
    with_stack(move || {
        let mut rng = Rng(0x5EED_1234_ABCD_0001);
        for round in 0..3000 {
            let bytes: Vec<u8> = if round % 3 == 0 || corpus.is_empty() {
                (0..rng.below(200))
                    .map(|_| alphabet[rng.below(alphabet.len())])
                    .collect()
            } else {
                let mut b = corpus[rng.below(corpus.len())].clone();
                for _ in 0..1 + rng.below(4) {
                    let at = rng.below(b.len() + 1);
                    match rng.below(3) {
                        0 if at < b.len() => {
                            b.remove(at);
                        }
                        1 => b.insert(at, alphabet[rng.below(alphabet.len())]),
                        _ if at < b.len() => b[at] = alphabet[rng.below(alphabet.len())],
                        _ => {}
                    }
                }
                b
            };
            let source = String::from_utf8_lossy(&bytes).into_owned();
            match syntax::parse_module(&source) {
                Ok(m) => {
                    let _ = syntax::dump_module(&m, &source);
                }
                Err(e) => {
                    let _ = e.render("fuzz.py", &source);
                }
            }
        }
    });
}
