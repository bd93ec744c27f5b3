//! Non-ASCII identifiers: CPython's `verify_identifier`. The tokenizer first swallows
//! every byte that could belong to an identifier (ASCII letters, digits, `_` and anything
//! non-ASCII), then checks the run against XID_Start / XID_Continue and reports the first
//! character that does not fit as `invalid character '€' (U+20AC)` or, for characters
//! Python does not print, `invalid non-printable character U+00A0`.
//! The caller NFKC-normalizes the name afterwards, as CPython does.

use crate::error::SyntaxError;

/// CPython's `is_potential_identifier_char`, on chars.
pub fn is_potential_identifier_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()
}

/// Scans the identifier-like run starting at `start` and returns its end.
pub fn scan(source: &str, start: usize) -> usize {
    source[start..]
        .char_indices()
        .find(|&(_, c)| !is_potential_identifier_char(c))
        .map_or(source.len(), |(i, _)| start + i)
}

/// Checks `source[start..end]` (a run from `scan`) is a valid identifier.
pub fn verify(source: &str, start: usize, end: usize) -> Result<(), SyntaxError> {
    let name = &source[start..end];
    for (i, c) in name.char_indices() {
        let ok = if i == 0 {
            c == '_' || unicode_ident::is_xid_start(c)
        } else {
            unicode_ident::is_xid_continue(c)
        };
        if !ok {
            let at = start + i;
            let msg = if is_printable(c) {
                format!("invalid character '{c}' (U+{:04X})", c as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", c as u32)
            };
            return Err(SyntaxError::syntax(msg, at, at));
        }
    }
    Ok(())
}

/// Python's `str.isprintable` for one character (the table generated from python3).
pub fn is_printable(c: char) -> bool {
    crate::pyrepr::is_printable(c)
}
