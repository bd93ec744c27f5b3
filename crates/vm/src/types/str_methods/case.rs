//! `str`'s case mappings (upper, lower, capitalize, title, swapcase, casefold) and its
//! `is*` predicates, as CPython 3.11 computes them: full (multi-character) mappings,
//! title case for the first letter of capitalize/title, the final-sigma rule of lower,
//! and ASCII fast paths that give the same results.

use super::unicode::{
    flags, has, is_cased, is_decimal, is_printable, is_space, push_case, Case, ALPHA,
    CASE_IGNORABLE, DIGIT, ID_CONTINUE, ID_START, LOWER, NUMERIC, TITLE, UPPER,
};
use super::{no_args, Text};
use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::runtime::Runtime;

/// A case mapping's result: always a new object (CPython builds it with `PyUnicode_New`,
/// so even one-character results are not the shared Latin-1 strings), except `''`.
fn new_text(rt: &Runtime, s: &str) -> PyResult<ObjRef> {
    if s.is_empty() {
        return Ok(rt.str_result(s)?);
    }
    Ok(rt.new_str(s)?)
}

/// CPython's `handle_capital_sigma`: U+03A3 at `i` lowers to final sigma when preceded by
/// a cased letter and not followed by one (case-ignorable characters skipped both ways).
fn lower_sigma(chars: &[char], i: usize) -> char {
    let before = chars[..i].iter().rev().find(|&&c| !has(c, CASE_IGNORABLE));
    let after = chars
        .get(i + 1..)
        .unwrap_or(&[])
        .iter()
        .find(|&&c| !has(c, CASE_IGNORABLE));
    let final_sigma = before.is_some_and(|&c| is_cased(c)) && !after.is_some_and(|&c| is_cased(c));
    if final_sigma {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    }
}

/// Appends the lower-case mapping of `chars[i]` (`lower_ucs4`).
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    match chars.get(i) {
        Some('\u{3a3}') => out.push(lower_sigma(chars, i)),
        Some(&c) => push_case(out, c, Case::Lower),
        None => {}
    }
}

/// Maps each character with `f(out, chars, i)`; always a new string, as in CPython.
fn map_chars(
    rt: &Runtime,
    text: &Text<'_>,
    f: impl Fn(&mut String, &[char], usize),
) -> PyResult<ObjRef> {
    let chars: Vec<char> = text.s.chars().collect();
    let mut out = String::with_capacity(text.s.len());
    for i in 0..chars.len() {
        f(&mut out, &chars, i);
    }
    new_text(rt, &out)
}

fn map_ascii(rt: &Runtime, text: &Text<'_>, f: impl Fn(u8, Option<u8>) -> u8) -> PyResult<ObjRef> {
    let b = text.s.as_bytes();
    let out: String = (0..b.len())
        .map(|i| char::from(f(b[i], i.checked_sub(1).map(|j| b[j]))))
        .collect();
    new_text(rt, &out)
}

macro_rules! method {
    ($fn:ident, $name:literal, |$rt:ident, $t:ident| $body:expr) => {
        pub(crate) fn $fn(
            $rt: &Runtime,
            this: Option<&ObjRef>,
            args: &[ObjRef],
            kw: Option<&ObjRef>,
        ) -> PyResult<ObjRef> {
            let $t = no_args($rt, this, args, kw, $name)?;
            $body
        }
    };
}

method!(method_upper, "upper", |rt, t| if t.ascii {
    map_ascii(rt, &t, |c, _| c.to_ascii_uppercase())
} else {
    map_chars(rt, &t, |out, cs, i| push_case(out, cs[i], Case::Upper))
});

method!(method_lower, "lower", |rt, t| if t.ascii {
    map_ascii(rt, &t, |c, _| c.to_ascii_lowercase())
} else {
    map_chars(rt, &t, push_lower)
});

method!(method_swapcase, "swapcase", |rt, t| if t.ascii {
    map_ascii(rt, &t, |c, _| {
        if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        }
    })
} else {
    map_chars(rt, &t, |out, cs, i| {
        let c = cs[i];
        if has(c, UPPER) {
            push_lower(out, cs, i);
        } else if has(c, LOWER) {
            push_case(out, c, Case::Upper);
        } else {
            out.push(c);
        }
    })
});

method!(method_casefold, "casefold", |rt, t| if t.ascii {
    map_ascii(rt, &t, |c, _| c.to_ascii_lowercase())
} else {
    map_chars(rt, &t, |out, cs, i| push_case(out, cs[i], Case::Fold))
});

method!(method_capitalize, "capitalize", |rt, t| if t.ascii {
    map_ascii(rt, &t, |c, prev| match prev {
        None => c.to_ascii_uppercase(),
        Some(_) => c.to_ascii_lowercase(),
    })
} else {
    map_chars(rt, &t, |out, cs, i| {
        if i == 0 {
            push_case(out, cs[0], Case::Title);
        } else {
            push_lower(out, cs, i);
        }
    })
});

// Title case: a letter after a cased character is lowered, any other is title-cased.
method!(method_title, "title", |rt, t| if t.ascii {
    let mut prev_cased = false;
    let out: String =
        t.s.bytes()
            .map(|c| {
                let m = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                char::from(m)
            })
            .collect();
    new_text(rt, &out)
} else {
    map_chars(rt, &t, |out, cs, i| {
        if i > 0 && is_cased(cs[i - 1]) {
            push_lower(out, cs, i);
        } else {
            push_case(out, cs[i], Case::Title);
        }
    })
});

/// A predicate true for a non-empty string whose characters all satisfy `ascii` (ASCII
/// strings) or `other`.
fn all_chars(
    rt: &Runtime,
    t: &Text<'_>,
    ascii: impl Fn(u8) -> bool,
    other: impl Fn(char) -> bool,
) -> PyResult<ObjRef> {
    let ok = !t.s.is_empty()
        && if t.ascii {
            t.s.bytes().all(ascii)
        } else {
            t.s.chars().all(other)
        };
    Ok(rt.new_bool(ok))
}

/// A method true for a non-empty string whose characters all satisfy the predicate.
macro_rules! all_chars {
    ($fn:ident, $name:literal, $ascii:expr, $other:expr) => {
        method!($fn, $name, |rt, t| all_chars(rt, &t, $ascii, $other));
    };
}

all_chars!(
    method_isalpha,
    "isalpha",
    |c| c.is_ascii_alphabetic(),
    |c| has(c, ALPHA)
);
all_chars!(
    method_isdecimal,
    "isdecimal",
    |c| c.is_ascii_digit(),
    is_decimal
);
all_chars!(method_isdigit, "isdigit", |c| c.is_ascii_digit(), |c| has(
    c, DIGIT
));
all_chars!(method_isnumeric, "isnumeric", |c| c.is_ascii_digit(), |c| {
    has(c, NUMERIC)
});
all_chars!(
    method_isalnum,
    "isalnum",
    |c| c.is_ascii_alphanumeric(),
    |c| { has(c, ALPHA | DIGIT | NUMERIC) || is_decimal(c) }
);
all_chars!(
    method_isspace,
    "isspace",
    |c| is_space(char::from(c)),
    is_space
);

method!(method_isascii, "isascii", |rt, t| Ok(rt.new_bool(t.ascii)));

method!(method_isprintable, "isprintable", |rt, t| Ok(
    rt.new_bool(t.s.chars().all(is_printable))
));

method!(method_isidentifier, "isidentifier", |rt, t| {
    let mut cs = t.s.chars();
    let ok = cs.next().is_some_and(|c| has(c, ID_START)) && cs.all(|c| has(c, ID_CONTINUE));
    Ok(rt.new_bool(ok))
});

/// islower/isupper: some cased character, none of the `reject` kind or titlecase.
fn cased_only(rt: &Runtime, t: &Text<'_>, want: u16, reject: u16) -> PyResult<ObjRef> {
    let mut cased = false;
    for c in t.s.chars() {
        let f = flags(c);
        if f & (reject | TITLE) != 0 {
            return Ok(rt.new_bool(false));
        }
        cased |= f & want != 0;
    }
    Ok(rt.new_bool(cased))
}

method!(method_islower, "islower", |rt, t| cased_only(
    rt, &t, LOWER, UPPER
));

method!(method_isupper, "isupper", |rt, t| cased_only(
    rt, &t, UPPER, LOWER
));

// Title case: upper/titlecase letters only after uncased characters, lowercase only after
// cased ones, and at least one cased character.
method!(method_istitle, "istitle", |rt, t| {
    let mut cased = false;
    let mut prev_cased = false;
    for c in t.s.chars() {
        let f = flags(c);
        if f & (UPPER | TITLE) != 0 {
            if prev_cased {
                return Ok(rt.new_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if f & LOWER != 0 {
            if !prev_cased {
                return Ok(rt.new_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(rt.new_bool(cased))
});
