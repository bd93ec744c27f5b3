//! Numeric literals: CPython's `tok_get` number branch, transcribed so that every error
//! message and position matches `Parser/tokenizer.c` of 3.11 (including its habit of
//! accepting `1if x else y`, which CPython only warns about).
//!
//! The scanner walks bytes with CPython's `tok_nextc`/`tok_backup` discipline: `next`
//! reads one byte and advances `cur`, `backup` steps back. An error raised by CPython's
//! `syntaxerror()` points at the byte before `cur`, which is what `error_before_cur` does.

use crate::error::SyntaxError;
use crate::token::{IntLiteral, Tok};

/// Stand-in for CPython's EOF; the source always behaves as if it ended in a newline.
const EOF: u8 = b'\n';

struct Cursor<'a> {
    bytes: &'a [u8],
    cur: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> u8 {
        let c = self.bytes.get(self.cur).copied().unwrap_or(EOF);
        self.cur += 1;
        c
    }

    fn backup(&mut self) {
        self.cur -= 1;
    }

    /// Whether the bytes at `cur` spell `word` (CPython's `lookahead`).
    fn lookahead(&self, word: &str) -> bool {
        self.bytes
            .get(self.cur..)
            .is_some_and(|rest| rest.starts_with(word.as_bytes()))
    }

    fn error_before_cur(&self, msg: impl Into<String>) -> SyntaxError {
        let at = self.cur.saturating_sub(1).min(self.bytes.len());
        SyntaxError::syntax(msg, at, at)
    }

    /// CPython's `tok_decimal_tail`: digits with single underscores between them.
    /// Returns the first byte after them (already consumed).
    fn decimal_tail(&mut self) -> Result<u8, SyntaxError> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.next();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.error_before_cur("invalid decimal literal"));
            }
        }
    }

    /// CPython's `verify_end_of_number`: a literal glued to a name is an error, except
    /// before the keywords that can legally follow a number (`1if x else y`), which
    /// CPython 3.11 accepts with a warning.
    fn verify_end(&mut self, c: u8, kind: &str) -> Result<(), SyntaxError> {
        let keyword_follows = match c {
            b'a' => self.lookahead("nd"),
            b'e' => self.lookahead("lse"),
            b'f' => self.lookahead("or"),
            b'i' => matches!(self.bytes.get(self.cur), Some(b'f' | b'n' | b's')),
            b'o' => self.lookahead("r"),
            b'n' => self.lookahead("ot"),
            _ => false,
        };
        if !keyword_follows && is_potential_identifier_char(c) {
            self.backup();
            return Err(self.error_before_cur(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

/// CPython's `is_potential_identifier_char` as `verify_end_of_number` evaluates it: on a
/// signed `char`, so a non-ASCII byte does not count (`1é` lexes as `1` then `é`).
fn is_potential_identifier_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// What kind of literal the scan found; the text is converted afterwards.
enum Kind {
    Int(u32),
    Float,
    Imaginary,
}

/// Scans the number starting at `start` (a digit, or a `.` followed by a digit).
/// Returns the token and the end offset.
pub fn scan(source: &str, start: usize) -> Result<(Tok, usize), SyntaxError> {
    let bytes = source.as_bytes();
    let mut cur = Cursor { bytes, cur: start };
    let kind = scan_kind(&mut cur, start)?;
    let end = cur.cur.min(bytes.len());
    let text = &source[start..end];
    let tok = match kind {
        Kind::Int(radix) => {
            let body = if radix == 10 { text } else { &text[2..] };
            let mut digits: String = body
                .bytes()
                .filter(|&b| b != b'_')
                .map(|b| b.to_ascii_lowercase() as char)
                .collect();
            if radix != 10 {
                let zeros = digits.len() - digits.trim_start_matches('0').len();
                digits.drain(..zeros.min(digits.len() - 1));
            }
            Tok::Int(IntLiteral { radix, digits })
        }
        Kind::Float => Tok::Float(parse_float(text, start, end)?),
        Kind::Imaginary => Tok::Imaginary(parse_float(&text[..text.len() - 1], start, end)?),
    };
    Ok((tok, end))
}

fn parse_float(text: &str, start: usize, end: usize) -> Result<f64, SyntaxError> {
    let cleaned: String = text.chars().filter(|&c| c != '_').collect();
    // Rust's parser is correctly rounded, as CPython's `_Py_dg_strtod` is; the scan above
    // only lets through text it accepts, so the error is unreachable in practice.
    cleaned
        .parse::<f64>()
        .map_err(|_| SyntaxError::syntax("invalid decimal literal", start, end))
}

fn scan_kind(cur: &mut Cursor<'_>, start: usize) -> Result<Kind, SyntaxError> {
    let first = cur.next();
    if first == b'.' {
        // `.5`: the raw layer guarantees a digit follows.
        let c = cur.decimal_tail()?;
        return exponent_and_suffix(cur, c, true);
    }
    if first == b'0' {
        let mut c = cur.next();
        match c {
            b'x' | b'X' => return scan_radix(cur, 16, "hexadecimal"),
            b'o' | b'O' => return scan_radix(cur, 8, "octal"),
            b'b' | b'B' => return scan_radix(cur, 2, "binary"),
            _ => {}
        }
        // Maybe old-style octal; in any case allow `0` and `0_0` as literals.
        let mut nonzero = false;
        loop {
            if c == b'_' {
                c = cur.next();
                if !c.is_ascii_digit() {
                    cur.backup();
                    return Err(cur.error_before_cur("invalid decimal literal"));
                }
            }
            if c != b'0' {
                break;
            }
            c = cur.next();
        }
        let zeros_end = cur.cur;
        if c.is_ascii_digit() {
            nonzero = true;
            c = cur.decimal_tail()?;
        }
        if c == b'.' {
            let c = cur.next();
            return fraction(cur, c);
        }
        if matches!(c, b'e' | b'E' | b'j' | b'J') {
            return exponent_and_suffix(cur, c, false);
        }
        if nonzero {
            cur.backup();
            return Err(SyntaxError::syntax(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
                start,
                zeros_end - 1,
            ));
        }
        cur.verify_end(c, "decimal")?;
        cur.backup();
        return Ok(Kind::Int(10));
    }
    // Decimal: `first` was a nonzero digit.
    cur.backup();
    let c = cur.decimal_tail()?;
    if c == b'.' {
        let c = cur.next();
        return fraction(cur, c);
    }
    match c {
        b'e' | b'E' | b'j' | b'J' => exponent_and_suffix(cur, c, false),
        _ => {
            cur.verify_end(c, "decimal")?;
            cur.backup();
            Ok(Kind::Int(10))
        }
    }
}

/// After the `.` of a float: optional fraction digits, then exponent and `j`.
fn fraction(cur: &mut Cursor<'_>, c: u8) -> Result<Kind, SyntaxError> {
    let c = if c.is_ascii_digit() {
        cur.backup();
        cur.decimal_tail()?
    } else {
        c
    };
    exponent_and_suffix(cur, c, true)
}

/// `c` is the byte after the mantissa. Handles `e[+-]digits` and the `j` suffix.
fn exponent_and_suffix(
    cur: &mut Cursor<'_>,
    mut c: u8,
    mut is_float: bool,
) -> Result<Kind, SyntaxError> {
    if c == b'e' || c == b'E' {
        let e = c;
        c = cur.next();
        if c == b'+' || c == b'-' {
            c = cur.next();
            if !c.is_ascii_digit() {
                cur.backup();
                return Err(cur.error_before_cur("invalid decimal literal"));
            }
        } else if !c.is_ascii_digit() {
            // `1else`: the `e` belongs to a keyword, the number ends before it.
            cur.backup();
            cur.verify_end(e, "decimal")?;
            cur.backup();
            return Ok(if is_float { Kind::Float } else { Kind::Int(10) });
        }
        cur.backup();
        c = cur.decimal_tail()?;
        is_float = true;
    }
    if c == b'j' || c == b'J' {
        c = cur.next();
        cur.verify_end(c, "imaginary")?;
        cur.backup();
        return Ok(Kind::Imaginary);
    }
    cur.verify_end(c, "decimal")?;
    cur.backup();
    Ok(if is_float { Kind::Float } else { Kind::Int(10) })
}

/// `0x`, `0o`, `0b` literals; the prefix is consumed.
fn scan_radix(cur: &mut Cursor<'_>, radix: u32, kind: &str) -> Result<Kind, SyntaxError> {
    let is_digit = |c: u8| (c as char).is_digit(radix);
    let invalid = format!("invalid {kind} literal");
    let mut c = cur.next();
    loop {
        if c == b'_' {
            c = cur.next();
        }
        if !is_digit(c) {
            if radix != 16 && c.is_ascii_digit() {
                return Err(cur
                    .error_before_cur(format!("invalid digit '{}' in {kind} literal", c as char)));
            }
            cur.backup();
            return Err(cur.error_before_cur(invalid));
        }
        while is_digit(c) {
            c = cur.next();
        }
        if c != b'_' {
            break;
        }
    }
    if radix != 16 && c.is_ascii_digit() {
        return Err(
            cur.error_before_cur(format!("invalid digit '{}' in {kind} literal", c as char))
        );
    }
    cur.verify_end(c, kind)?;
    cur.backup();
    Ok(Kind::Int(radix))
}
