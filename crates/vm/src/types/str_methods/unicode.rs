//! Character properties and case mappings for `str`'s methods, as CPython 3.11's
//! `Objects/unicodectype.c` defines them (Unicode 14.0): lookups in the tables generated
//! from python3 (`unicode_tables.rs`), plus pyfmt's isspace/isdecimal/isprintable
//! tables. Rust's `char` methods are not used: they follow a newer Unicode and other
//! definitions (`is_alphabetic` includes marks, `is_numeric` misses CJK numerals, there
//! is no title case or case folding).

use super::unicode_tables as t;

pub(crate) use t::{
    ALPHA, CASE_IGNORABLE, DIGIT, ID_CONTINUE, ID_START, LOWER, NUMERIC, TITLE, UPPER,
};

/// The property flags of `c` (`t::ALPHA`...).
pub(crate) fn flags(c: char) -> u16 {
    let cp = c as u32;
    let i = t::FLAG_RUNS.partition_point(|&(start, _)| start <= cp);
    t::FLAG_RUNS.get(i.wrapping_sub(1)).map_or(0, |&(_, f)| f)
}

/// Whether `c` has any of `mask`'s flags.
pub(crate) fn has(c: char, mask: u16) -> bool {
    flags(c) & mask != 0
}

/// `Py_UNICODE_ISSPACE`.
pub(crate) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | '\x1c'..=' ')
    } else {
        pyfmt::unicode::is_space(c)
    }
}

pub(crate) fn is_decimal(c: char) -> bool {
    pyfmt::unicode::decimal_value(c).is_some()
}

pub(crate) fn is_printable(c: char) -> bool {
    pyfmt::unicode::is_printable(c)
}

/// `_PyUnicode_IsCased`: Lowercase, Uppercase or titlecase letter.
pub(crate) fn is_cased(c: char) -> bool {
    has(c, LOWER | UPPER | TITLE)
}

/// Which full case mapping.
#[derive(Clone, Copy)]
pub(crate) enum Case {
    Lower = 0,
    Upper = 1,
    Title = 2,
    Fold = 3,
}

/// Appends the full `case` mapping of `c` (one to three characters).
pub(crate) fn push_case(out: &mut String, c: char, case: Case) {
    let cp = c as u32;
    let Ok(i) = t::CASE_MAP.binary_search_by_key(&cp, |&(k, _)| k) else {
        out.push(c);
        return;
    };
    let v = t::CASE_MAP[i].1[case as usize];
    if v & 0x8000_0000 != 0 {
        out.push_str(
            t::CASE_SPECIAL
                .get((v & 0x7fff_ffff) as usize)
                .copied()
                .unwrap_or(""),
        );
    } else {
        out.push(char::from_u32(v).unwrap_or(c));
    }
}
