//! f-strings, with Python 3.11's semantics: the whole literal is one token, and its body
//! is split here into literal text and `{...}` replacement fields, transcribing
//! `fstring_find_literal` / `fstring_find_expr` / `fstring_parse` of CPython's
//! `Parser/string_parser.c`, so the same inputs fail with the same messages.
//!
//! The field's expression is kept as source text with its offset; the parser parses it
//! in expression mode. Errors carry the message only: CPython reports them at the token
//! after the literal (see `Deferred` in `lexer.rs`).

use super::strings::{decode_text, normalize_newlines};
use crate::token::{FStringField, FStringPart};

/// CPython's `MAXLEVEL`: brackets an expression may nest.
const MAX_BRACKET_DEPTH: usize = 200;

/// Splits an f-string body (between the quotes) into parts. `base` is the body's offset
/// in the source. `Err` holds CPython's message.
pub fn parse(body: &str, base: usize, raw: bool) -> Result<Vec<FStringPart>, String> {
    let parser = FStringParser {
        body,
        bytes: body.as_bytes(),
        base,
        raw,
    };
    let mut pos = 0;
    parser.parse(&mut pos, 0)
}

struct FStringParser<'a> {
    body: &'a str,
    bytes: &'a [u8],
    base: usize,
    raw: bool,
}

const EXPECTING_BRACE: &str = "f-string: expecting '}'";

impl FStringParser<'_> {
    fn end(&self) -> usize {
        self.bytes.len()
    }

    /// `fstring_parse`: literal pieces and fields until the end of the body (level 0) or
    /// the `}` closing a format spec (level 1 and 2).
    fn parse(&self, pos: &mut usize, level: u32) -> Result<Vec<FStringPart>, String> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        loop {
            let doubled_brace = self.find_literal(pos, level, &mut literal)?;
            if doubled_brace {
                continue;
            }
            if *pos >= self.end() || self.bytes[*pos] == b'}' {
                break;
            }
            let field = self.find_expr(pos, level)?;
            if !literal.is_empty() {
                parts.push(FStringPart::Literal(std::mem::take(&mut literal)));
            }
            parts.push(FStringPart::Field(field));
        }
        if !literal.is_empty() {
            parts.push(FStringPart::Literal(literal));
        }
        if level != 0 && (*pos >= self.end() || self.bytes[*pos] != b'}') {
            return Err(EXPECTING_BRACE.to_owned());
        }
        Ok(parts)
    }

    /// `fstring_find_literal`: appends the decoded literal text up to the next single
    /// brace to `out`. Returns true if it stopped after a doubled brace (level 0 only),
    /// which the caller skips.
    fn find_literal(&self, pos: &mut usize, level: u32, out: &mut String) -> Result<bool, String> {
        let end = self.end();
        let start = *pos;
        let mut s = start;
        let mut doubled = false;
        while s < end {
            let mut ch = self.bytes[s];
            s += 1;
            if !self.raw && ch == b'\\' && s < end {
                ch = self.bytes[s];
                s += 1;
                if ch == b'N' {
                    // Skip `\N{...}` so its braces do not start a field.
                    if s < end {
                        s += 1;
                        if self.bytes[s - 1] == b'{' {
                            while s < end {
                                s += 1;
                                if self.bytes[s - 1] == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if s < end && self.bytes[s] == ch {
                        *pos = s + 1;
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        return Err("f-string: single '}' is not allowed".to_owned());
                    }
                }
                s -= 1;
                break;
            }
        }
        if !doubled {
            *pos = s;
        }
        // Every stop is at an ASCII byte or the end, so `s` is a char boundary; the
        // fallback only guards against a bug turning into a panic.
        let text = self.body.get(start..s).unwrap_or_default();
        if self.raw {
            out.push_str(&normalize_newlines(text));
        } else {
            out.push_str(&decode_text(text)?);
        }
        Ok(doubled)
    }

    /// `fstring_find_expr`: the field starting at the `{` at `*pos`.
    fn find_expr(&self, pos: &mut usize, level: u32) -> Result<FStringField, String> {
        if level >= 2 {
            return Err("f-string: expressions nested too deeply".to_owned());
        }
        let end = self.end();
        let bytes = self.bytes;
        let field_start = *pos;
        *pos += 1;
        let expr_start = *pos;
        let mut quote_char = 0u8;
        let mut triple = false;
        let mut brackets: Vec<u8> = Vec::new();
        while *pos < end {
            let ch = bytes[*pos];
            if ch == b'\\' {
                return Err("f-string expression part cannot include a backslash".to_owned());
            }
            if quote_char != 0 {
                if ch == quote_char {
                    if !triple {
                        quote_char = 0;
                    } else if *pos + 2 < end && bytes[*pos + 1] == ch && bytes[*pos + 2] == ch {
                        *pos += 2;
                        quote_char = 0;
                        triple = false;
                    }
                }
                *pos += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    if *pos + 2 < end && bytes[*pos + 1] == ch && bytes[*pos + 2] == ch {
                        triple = true;
                        *pos += 2;
                    }
                    quote_char = ch;
                }
                b'[' | b'{' | b'(' => {
                    if brackets.len() >= MAX_BRACKET_DEPTH {
                        return Err("f-string: too many nested parenthesis".to_owned());
                    }
                    brackets.push(ch);
                }
                b'#' => return Err("f-string expression part cannot include '#'".to_owned()),
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if brackets.is_empty() => {
                    let next = bytes.get(*pos + 1).copied().filter(|_| *pos + 1 < end);
                    if next == Some(b'=') && ch != b':' && ch != b'}' {
                        // `!=`, `==`, `<=`, `>=` belong to the expression.
                        *pos += 2;
                        continue;
                    }
                    if ch != b'>' && ch != b'<' {
                        break;
                    }
                }
                b']' | b'}' | b')' => {
                    let Some(opening) = brackets.pop() else {
                        return Err(format!("f-string: unmatched '{}'", ch as char));
                    };
                    let matches =
                        matches!((opening, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !matches {
                        return Err(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, opening as char
                        ));
                    }
                }
                _ => {}
            }
            *pos += 1;
        }
        let expr_end = *pos;
        if quote_char != 0 {
            return Err("f-string: unterminated string".to_owned());
        }
        if let Some(&opening) = brackets.last() {
            return Err(format!("f-string: unmatched '{}'", opening as char));
        }
        if *pos >= end {
            return Err(EXPECTING_BRACE.to_owned());
        }
        // Stops are at ASCII bytes, so these slices are on char boundaries.
        let expr = self.body.get(expr_start..expr_end).unwrap_or_default();
        if expr
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            let stop = bytes[expr_end];
            if matches!(stop, b'!' | b':' | b'=') {
                return Err(format!(
                    "f-string: expression required before '{}'",
                    stop as char
                ));
            }
            return Err("f-string: empty expression not allowed".to_owned());
        }

        let mut debug_text = None;
        if bytes[*pos] == b'=' {
            *pos += 1;
            while *pos < end
                && matches!(
                    bytes[*pos],
                    b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'
                )
            {
                *pos += 1;
            }
            if *pos >= end {
                return Err(EXPECTING_BRACE.to_owned());
            }
            let text = self.body.get(expr_start..*pos).unwrap_or_default();
            debug_text = Some(normalize_newlines(text).into_owned());
        }

        let mut conversion = None;
        if bytes[*pos] == b'!' {
            *pos += 1;
            if *pos >= end {
                return Err(EXPECTING_BRACE.to_owned());
            }
            let c = bytes[*pos];
            *pos += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".to_owned(),
                );
            }
            conversion = Some(c as char);
        }

        let mut format_spec = None;
        if *pos < end && bytes[*pos] == b':' {
            *pos += 1;
            if *pos >= end {
                return Err(EXPECTING_BRACE.to_owned());
            }
            format_spec = Some(self.parse(pos, level + 1)?);
        }
        if *pos >= end || bytes[*pos] != b'}' {
            return Err(EXPECTING_BRACE.to_owned());
        }
        *pos += 1;
        if debug_text.is_some() && format_spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        Ok(FStringField {
            expr: expr.to_owned(),
            expr_offset: self.base + expr_start,
            debug_text,
            conversion,
            format_spec,
            start: self.base + field_start,
            end: self.base + *pos,
        })
    }
}
