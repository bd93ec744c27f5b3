//! The Unicode character facts Python's text conversions depend on: `str.isprintable()` (which
//! repr uses to decide what to escape), `str.isspace()`, decimal digit values, and CPython's
//! `_PyUnicode_TransformDecimalAndSpaceToASCII`, through which `int()` and `float()` read
//! non-ASCII digits and spaces. The tables come from CPython 3.11 (`gen/unicode_tables.py`).

use crate::unicode_tables::{DECIMAL_ZEROS, NON_PRINTABLE, SPACE};
use std::borrow::Cow;
use std::cmp::Ordering;

/// Python's `str.isprintable()` for one character (`_PyUnicode_IsPrintable`).
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7f {
        return cp >= 0x20;
    }
    NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                Ordering::Less
            } else if lo > cp {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_err()
}

/// Python's `str.isspace()` for one character.
pub fn is_space(c: char) -> bool {
    SPACE.binary_search(&(c as u32)).is_ok()
}

/// The value of a decimal (Nd) digit, as `unicodedata.decimal(c)`.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    let idx = match DECIMAL_ZEROS.binary_search(&cp) {
        Ok(i) => i,
        Err(0) => return None,
        Err(i) => i - 1,
    };
    let offset = cp - DECIMAL_ZEROS[idx];
    (offset < 10).then_some(offset)
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: characters below 127 stay, other spaces become
/// `' '`, other decimal digits their ASCII digit; the first other character becomes `'?'` and
/// ends the text (so the caller's parse fails there).
pub fn transform_decimal_and_space_to_ascii(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(char::from(b'0' + d as u8));
        } else {
            out.push('?');
            break;
        }
    }
    Cow::Owned(out)
}

/// C's `isspace` in the "C" locale (`Py_ISSPACE`), used after the transform above.
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from CPython 3.11's str methods and unicodedata.
    #[test]
    fn predicates() {
        assert!(is_space('\u{1c}') && is_space('\u{85}') && is_space('\u{3000}'));
        assert!(!is_space('\u{200b}') && !is_space('a'));
        assert_eq!(decimal_value('\u{0663}'), Some(3));
        assert_eq!(decimal_value('\u{1d7ff}'), Some(9));
        assert_eq!(decimal_value('\u{00b2}'), None);
        assert_eq!(decimal_value('0'), Some(0));
        assert!(!is_printable('\u{378}') && is_printable('\u{37a}'));
    }

    #[test]
    fn transform() {
        assert_eq!(
            transform_decimal_and_space_to_ascii("\u{3000}\u{0661}2"),
            " 12"
        );
        assert_eq!(transform_decimal_and_space_to_ascii("1\u{e9}2"), "1?");
    }
}
