//! `repr()` of floats, strings and bytes, and `ascii()`, as CPython 3.11 writes them.
//!
//! A float's repr is its shortest round-trip digits, switching to exponent form when the decimal
//! exponent is below -4 or at least 16 (`PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)`).
//! A string's repr picks single quotes unless the text holds a `'` and no `"`, escapes the quote,
//! the backslash, `\t \n \r`, and every character `str.isprintable()` rejects (Unicode categories
//! Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space) as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`
//! (`unicode_repr` in Objects/unicodeobject.c). The printable table is generated from CPython
//! 3.11's own `unicodedata` (Unicode 14.0) by `gen/printable.py`.

use crate::dtoa::{double_to_string, DtoaFlags};
use crate::unicode::is_printable;
use std::fmt::Write;

/// `repr(x)` and `str(x)` of a float: `1.5`, `10.0`, `1e+16`, `1e-05`, `inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// `repr(complex(re, im))`: `1.5j` when the real part is +0.0, else `(re+imj)` with the
/// imaginary part's sign always written (`complex_repr`).
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = DtoaFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", double_to_string(im, 'r', 0, plain));
    }
    let signed = DtoaFlags {
        sign: true,
        ..plain
    };
    format!(
        "({}{}j)",
        double_to_string(re, 'r', 0, plain),
        double_to_string(im, 'r', 0, signed)
    )
}

/// The quote CPython's repr uses: `'` unless the text has a `'` and no `"`.
fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// Writes `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, the shortest form that holds `cp`.
fn push_hex_escape(out: &mut String, cp: u32) {
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

fn quoted(s: &str, ascii_only: bool) -> String {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x7f && c >= ' ' => out.push(c),
            c if !ascii_only && (c as u32) > 0x7f && is_printable(c) => out.push(c),
            c => push_hex_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` of a str.
pub fn str_repr(s: &str) -> String {
    quoted(s, false)
}

/// `ascii(s)` of a str: its repr with every non-ASCII character escaped.
pub fn ascii_repr(s: &str) -> String {
    quoted(s, true)
}

/// `repr(b)` of a bytes object: `b'...'`, quotes chosen as for str.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if byte as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => push_hex_escape(&mut out, u32::from(byte)),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected texts are CPython 3.11's repr() of the same values.
    #[test]
    fn float_reprs() {
        let cases: &[(f64, &str)] = &[
            (1.5, "1.5"),
            (10.0, "10.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (0.1, "0.1"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (1.0 / 3.0, "0.3333333333333333"),
            (123456789012345.6, "123456789012345.6"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (1.5e300, "1.5e+300"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:?})");
        }
    }

    #[test]
    fn complex_reprs() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(0.0, -1.5), "-1.5j");
        assert_eq!(complex_repr(-0.0, 1.0), "(-0+1j)");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(1e16, f64::NAN), "(1e+16+nanj)");
        assert_eq!(complex_repr(f64::INFINITY, -0.0), "(inf-0j)");
    }

    #[test]
    fn str_reprs() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(
            str_repr("a\\b\n\r\t\x00\x7f"),
            "'a\\\\b\\n\\r\\t\\x00\\x7f'"
        );
        assert_eq!(str_repr("é€😀"), "'é€😀'");
        assert_eq!(
            str_repr("\u{a0}\u{ad}\u{2028}\u{e000}\u{378}"),
            "'\\xa0\\xad\\u2028\\ue000\\u0378'"
        );
        assert_eq!(str_repr("\u{10ffff}\u{e0001}"), "'\\U0010ffff\\U000e0001'");
        assert_eq!(str_repr("\u{85}\u{3000} "), "'\\x85\\u3000 '");
    }

    #[test]
    fn ascii_and_bytes() {
        assert_eq!(ascii_repr("é€😀'"), "\"\\xe9\\u20ac\\U0001f600'\"");
        assert_eq!(bytes_repr(b"a'b"), "b\"a'b\"");
        assert_eq!(bytes_repr(b"\x00\xff\\\t'\""), "b'\\x00\\xff\\\\\\t\\'\"'");
    }

    #[test]
    fn printable_agrees_with_generated_table_edges() {
        assert!(is_printable(' '));
        assert!(!is_printable('\u{7f}'));
        assert!(!is_printable('\u{a0}'));
        assert!(is_printable('\u{a1}'));
        assert!(!is_printable('\u{10ffff}'));
        assert!(is_printable('\u{1f600}'));
    }
}
