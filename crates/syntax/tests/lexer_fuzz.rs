//! Robustness: the lexer over random and mutated inputs and over huge ones never panics,
//! always terminates, and ends its stream with exactly one `EndOfFile` or one error.
use syntax::lexer::{decode_source, lex, Mode};
use syntax::token::Tok;

/// xorshift64*: a tiny seeded generator, so every run tests the same inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Lexes `source` in every mode and checks the shape of the stream.
fn check(source: &str) {
    for mode in [Mode::Module, Mode::Expression, Mode::Interactive] {
        let mut lexer = lex(source, mode);
        // Each token consumes input or is a layout token bounded by the lines and brackets,
        // so a stream longer than this would mean the lexer is stuck.
        let bound = 4 * source.len() + 16;
        let mut count = 0;
        let mut last = None;
        for item in lexer.by_ref() {
            count += 1;
            assert!(count <= bound, "{source:?}: no end after {count} items");
            if let Ok((start, _, end)) = &item {
                assert!(
                    start <= end && *end <= source.len(),
                    "{source:?}: bad span {item:?}"
                );
            }
            if let Err(e) = &item {
                assert!(
                    e.start <= source.len() && e.end <= source.len() + 1,
                    "{source:?}: bad error span {e:?}"
                );
            }
            last = Some(item);
        }
        match last {
            Some(Ok((_, Tok::EndOfFile, _))) | Some(Err(_)) => {}
            other => panic!("{source:?}: stream ended with {other:?}"),
        }
        assert!(lexer.next().is_none(), "{source:?}: items after the end");
    }
}

const FRAGMENTS: &[&str] = &[
    "x",
    "if",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\x0c",
    "\\",
    "\\\n",
    "#c",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "=",
    "!",
    "!=",
    ".",
    "...",
    "0",
    "1",
    "0x",
    "0o7",
    "0b1",
    "_",
    "1_0",
    "1.5e-3",
    "j",
    "e",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "f'",
    "rb\"",
    "u'",
    "\\x",
    "\\N{",
    "\\u12",
    "{x!r:>{w}}",
    "{{",
    "}}",
    "{",
    "=",
    "é",
    "€",
    "\u{a0}",
    "\u{feff}",
    "$",
    "?",
    "`",
    "\0",
    "lambda",
    "else",
    "def f():\n",
    "    pass\n",
    "\tpass\n",
];

const SEEDS: &[&str] = &[
    "def f(a, b=1, *c, **d):\n    return a + b\n",
    "class C:\n\tdef m(self):\n\t\tpass\n",
    "x = f'{a!r:>{w}} and {b=}' + rb'\\x00' \\\n  + '''\nmulti\n'''\n",
    "if x:\n  y = [1,\n 2]  # c\nelse:\n  z = {1: (2, 3)}\n",
    "n = 0x_ff + 0o17 + 0b1 + 1_000.5e-3 + 3j\n",
    "s = '\\N{EM DASH}\\u20ac\\x41\\101'\n",
];

#[test]
fn random_fragment_sequences() {
    let mut rng = Rng(0x5eed_1e7e_2026);
    for _ in 0..3000 {
        let n = rng.below(40);
        let source: String = (0..n)
            .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
            .collect();
        check(&source);
    }
}

#[test]
fn mutated_programs() {
    let mut rng = Rng(42);
    for _ in 0..3000 {
        let mut bytes = SEEDS[rng.below(SEEDS.len())].as_bytes().to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len() + 1);
            match rng.below(3) {
                0 if at < bytes.len() => {
                    bytes.remove(at);
                }
                1 => bytes.insert(at, FRAGMENTS[rng.below(FRAGMENTS.len())].as_bytes()[0]),
                _ => {
                    let fragment = FRAGMENTS[rng.below(FRAGMENTS.len())].as_bytes();
                    bytes.splice(at..at, fragment.iter().copied());
                }
            }
        }
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn random_bytes_through_decode_source() {
    let mut rng = Rng(7);
    for _ in 0..2000 {
        let n = rng.below(64);
        let bytes: Vec<u8> = (0..n)
            .map(|_| {
                // Mostly ASCII, so that decoding often succeeds and the lexer gets to work.
                let b = rng.next() as u8;
                if rng.below(4) == 0 {
                    b
                } else {
                    b & 0x7f
                }
            })
            .collect();
        if let Ok(source) = decode_source(&bytes, "fuzz.py") {
            check(&source);
        }
    }
}

#[test]
fn huge_inputs() {
    let ten_mb = 10 * 1024 * 1024;
    check(&format!("x = {}\n", "a".repeat(ten_mb)));
    check(&format!("x = '{}'\n", "b".repeat(ten_mb)));
    check(&format!("x = ({}\n", "1, ".repeat(ten_mb / 3)));
    check(&"(".repeat(100_000));
    check(&")".repeat(100_000));
    check(&"-".repeat(100_000));
    check(&format!("f'{}'", "{x:{y}}".repeat(10_000)));
    check(&"\\\n".repeat(100_000));
    check(&" \n".repeat(100_000));
    check(&"\"\"\"".repeat(100_001));
}
