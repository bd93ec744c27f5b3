//! Non-ASCII identifiers: CPython's `verify_identifier`. The tokenizer first swallows
//! every byte that could belong to an identifier (ASCII letters, digits, `_` and anything
//! non-ASCII), then checks the run against XID_Start / XID_Continue and reports the first
//! character that does not fit as `invalid character '€' (U+20AC)` or, for characters
//! Python does not print, `invalid non-printable character U+00A0`.
//!
//! CPython also NFKC-normalizes non-ASCII names (`ﬁ` is `fi`); rattle does not yet (it
//! would need the normalization tables), so such names stay as written.

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

/// Python's `str.isprintable` for one character: false for the general categories Cc,
/// Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space. Without a category table this
/// lists Cf and Co by hand and catches only the noncharacters of Cn.
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    let u = c as u32;
    let format = matches!(u,
        0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x890..=0x891 | 0x8e2 | 0x180e
        | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff
        | 0xfff9..=0xfffb | 0x110bd | 0x110cd | 0x13430..=0x1343f | 0x1bca0..=0x1bca3
        | 0x1d173..=0x1d17a | 0xe0001 | 0xe0020..=0xe007f);
    let private_use = matches!(u, 0xe000..=0xf8ff | 0xf0000..=0xffffd | 0x100000..=0x10fffd);
    let noncharacter = (u & 0xfffe) == 0xfffe || (0xfdd0..=0xfdef).contains(&u);
    !(c.is_control() || c.is_whitespace() || format || private_use || noncharacter)
}
