//! String literals: prefixes, finding where a literal ends (CPython's `letter_quote`
//! loop in `Parser/tokenizer.c`), and decoding escapes into text or bytes
//! (`_PyUnicode_DecodeUnicodeEscapeInternal` and `_PyBytes_DecodeEscape`).
//!
//! Decoding errors carry CPython's message only: CPython raises them from the parser's
//! `strings` rule, after it has fetched the token that follows the literals, so the lexer
//! places them there (see `Deferred` in `lexer.rs`).

use std::ops::Range;

use crate::error::SyntaxError;
use crate::token::StrValue;

/// What a string prefix asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    pub unicode: bool,
}

impl Prefix {
    /// The prefix spelled `word`, if it is one CPython accepts before a quote
    /// (`b r u f br rb fr rf`, any case).
    pub fn parse(word: &str) -> Option<Prefix> {
        let mut prefix = Prefix::default();
        if word.len() > 2 {
            return None;
        }
        for c in word.bytes() {
            match c.to_ascii_lowercase() {
                b'b' if !prefix.bytes && !prefix.unicode && !prefix.fstring => prefix.bytes = true,
                b'u' if word.len() == 1 => prefix.unicode = true,
                b'r' if !prefix.raw && !prefix.unicode => prefix.raw = true,
                b'f' if !prefix.fstring && !prefix.bytes && !prefix.unicode => {
                    prefix.fstring = true
                }
                _ => return None,
            }
        }
        Some(prefix)
    }
}

/// Where a literal's parts lie in the source.
pub struct Scanned {
    /// Between the quotes.
    pub body: Range<usize>,
    /// Just after the closing quote(s).
    pub end: usize,
}

/// Finds the end of the literal whose opening quote is at `quote_pos`; `token_start` is
/// where its prefix begins (errors point there, as CPython's do).
pub fn scan(source: &str, token_start: usize, quote_pos: usize) -> Result<Scanned, SyntaxError> {
    let bytes = source.as_bytes();
    let quote = bytes[quote_pos];
    let at = |i: usize| bytes.get(i).copied();
    if at(quote_pos + 1) == Some(quote) && at(quote_pos + 2) != Some(quote) {
        let body = quote_pos + 1..quote_pos + 1;
        return Ok(Scanned {
            body,
            end: quote_pos + 2,
        });
    }
    let triple = at(quote_pos + 1) == Some(quote);
    let body_start = quote_pos + if triple { 3 } else { 1 };
    let mut i = body_start;
    loop {
        let Some(c) = at(i) else {
            return Err(unterminated(source, token_start, source.len(), triple));
        };
        if c == quote {
            if !triple {
                return Ok(Scanned {
                    body: body_start..i,
                    end: i + 1,
                });
            }
            if at(i + 1) == Some(quote) && at(i + 2) == Some(quote) {
                return Ok(Scanned {
                    body: body_start..i,
                    end: i + 3,
                });
            }
            i += 1;
        } else if c == b'\\' {
            // The escaped character never ends the literal (`\r\n` counts as one).
            i += 1;
            match at(i) {
                Some(b'\r') if at(i + 1) == Some(b'\n') => i += 2,
                Some(_) => i += 1,
                None => {}
            }
        } else if (c == b'\n' || c == b'\r') && !triple {
            return Err(unterminated(source, token_start, i, false));
        } else {
            i += 1;
        }
    }
}

/// `detected_at` is where scanning stopped: the line break of a one-line literal or the
/// end of the source.
fn unterminated(source: &str, token_start: usize, detected_at: usize, triple: bool) -> SyntaxError {
    // CPython's line counter sits on the last line of the file at EOF (it appends a
    // newline to a file that lacks one, and does not count past a final one).
    let mut at = detected_at;
    if at == source.len() && (source.ends_with('\n') || source.ends_with('\r')) {
        at -= 1;
    }
    let line = super::line_number(source, at);
    let kind = if triple {
        "unterminated triple-quoted string literal"
    } else {
        "unterminated string literal"
    };
    SyntaxError::syntax(
        format!("{kind} (detected at line {line})"),
        token_start,
        token_start,
    )
}

/// Replaces `\r\n` and `\r` by `\n`, as CPython's newline translation does before
/// tokenizing.
pub fn normalize_newlines(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Decodes a non-f-string body. `Err` holds CPython's message.
pub fn decode(body: &str, prefix: Prefix) -> Result<StrValue, String> {
    if prefix.bytes {
        if !body.is_ascii() {
            return Err("bytes can only contain ASCII literal characters".to_owned());
        }
        let body = normalize_newlines(body);
        if prefix.raw {
            return Ok(StrValue::Bytes(body.as_bytes().to_vec()));
        }
        return decode_bytes(body.as_bytes()).map(StrValue::Bytes);
    }
    if prefix.raw {
        return Ok(StrValue::Text(normalize_newlines(body).into_owned()));
    }
    decode_text(body).map(StrValue::Text)
}

fn hex_value(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

/// `_PyBytes_DecodeEscape`: `\x` needs two hex digits; octal escapes wrap at 256.
fn decode_bytes(body: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = body.get(i) else {
            // Unreachable for a scanned literal (the closing quote cannot be escaped).
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match body.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((value & 0xff) as u8);
            }
            b'x' => {
                let digits = (
                    body.get(i).and_then(|&d| hex_value(d)),
                    body.get(i + 1).and_then(|&d| hex_value(d)),
                );
                match digits {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// CPython's `unicodeescape` error text. `start..end` are positions in the buffer CPython
/// decodes, where each non-ASCII character was spelled `\UXXXXXXXX` (see `decode_text`).
fn unicode_error(start: usize, end: usize, reason: &str) -> String {
    let range = if end - start == 1 {
        format!("byte 0x5c in position {start}")
    } else {
        format!("bytes in position {}-{}", start, end - 1)
    };
    format!("(unicode error) 'unicodeescape' codec can't decode {range}: {reason}")
}

/// Decodes the escapes of a text literal (or an f-string's literal piece).
///
/// CPython first rewrites each non-ASCII character as a 10-byte `\UXXXXXXXX` escape (and
/// a backslash before one as the 6-byte `\u005c`) and decodes that buffer; error positions
/// are offsets in it, so `pos` tracks the same arithmetic.
pub fn decode_text(body: &str) -> Result<String, String> {
    let bytes = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    let mut pos = 0;
    // Copy runs of plain text in one go; escapes and line breaks are the exceptions.
    while i < bytes.len() {
        let run_end = bytes[i..]
            .iter()
            .position(|&b| b == b'\\' || b == b'\r')
            .map_or(bytes.len(), |n| i + n);
        if run_end > i {
            let run = &body[i..run_end];
            out.push_str(run);
            pos += run
                .chars()
                .map(|c| if c.is_ascii() { 1 } else { 10 })
                .sum::<usize>();
            i = run_end;
            continue;
        }
        if bytes[i] == b'\r' {
            out.push('\n');
            i += if bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            pos += 1;
            continue;
        }
        // A backslash.
        let escape_start = pos;
        i += 1;
        pos += 1;
        let Some(&e) = bytes.get(i) else {
            out.push('\\');
            break;
        };
        if e >= 0x80 {
            // Kept literally; CPython spells this backslash `\u005c`.
            out.push('\\');
            pos += 5;
            continue;
        }
        i += 1;
        pos += 1;
        let simple = match e {
            b'\n' => None,
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
                None
            }
            b'\\' | b'\'' | b'"' => Some(e as char),
            b'a' => Some('\x07'),
            b'b' => Some('\x08'),
            b'f' => Some('\x0c'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            b'v' => Some('\x0b'),
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                            pos += 1;
                        }
                        _ => break,
                    }
                }
                // At most 0o777, always a valid scalar value.
                Some(char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER))
            }
            b'x' | b'u' | b'U' => {
                let (count, reason) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value: u32 = 0;
                for _ in 0..count {
                    match bytes.get(i).and_then(|&d| hex_value(d)) {
                        Some(d) => {
                            value = value * 16 + d;
                            i += 1;
                            pos += 1;
                        }
                        None => return Err(unicode_error(escape_start, pos, reason)),
                    }
                }
                if value > 0x10ffff {
                    return Err(unicode_error(
                        escape_start,
                        pos,
                        "illegal Unicode character",
                    ));
                }
                // A lone surrogate is a valid Python str but not a Rust one: rattle
                // substitutes U+FFFD (documented limitation).
                Some(char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER))
            }
            b'N' => {
                let (ch, consumed, width) = named_escape(&body[i..]).map_err(|width| {
                    unicode_error(escape_start, pos + width, "malformed \\N character escape")
                })?;
                i += consumed;
                pos += width;
                match ch {
                    Some(ch) => Some(ch),
                    None => {
                        return Err(unicode_error(
                            escape_start,
                            pos,
                            "unknown Unicode character name",
                        ))
                    }
                }
            }
            _ => {
                out.push('\\');
                Some(e as char)
            }
        };
        if let Some(ch) = simple {
            out.push(ch);
        }
    }
    Ok(out)
}

/// The part of `\N{NAME}` after the `N`. `Ok((char if the name is known, bytes consumed,
/// CPython buffer width consumed))`; `Err(width consumed)` for a malformed escape.
fn named_escape(rest: &str) -> Result<(Option<char>, usize, usize), usize> {
    let bytes = rest.as_bytes();
    if bytes.first() != Some(&b'{') {
        return Err(0);
    }
    let Some(close) = bytes.iter().position(|&b| b == b'}') else {
        let width = 1 + rest[1..]
            .chars()
            .map(|c| if c.is_ascii() { 1 } else { 10 })
            .sum::<usize>();
        return Err(width);
    };
    let name = &rest[1..close];
    let name_width = name
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 10 })
        .sum::<usize>();
    if name.is_empty() {
        return Err(1);
    }
    Ok((super::unicode_name::lookup(name), close + 1, name_width + 2))
}
