//! `format(value, spec)` for int, float and str: CPython 3.11's `format_long_internal`,
//! `format_float_internal` and `format_string_internal` (Python/formatter_unicode.c), with the
//! shared number layout `calc_number_widths`/`fill_number`:
//! `<lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>`,
//! where only one of the three paddings is nonzero and `0`-fill with `=` alignment pads the
//! digits with grouped zeros (`format(1234, '010,')` is `00,001,234`). The `n` type uses the
//! C locale, as CPython does until a program calls `locale.setlocale`: no grouping, a `.` point.
//! `type_name` is the Python type named in "Unknown format code" messages (`bool` formats
//! through int's code with its own name).

use crate::dtoa::{double_to_string, DtoaFlags};
use crate::int::int_to_decimal_string;
use crate::spec::{quoted_code, Align, FormatSpec, Sign};
use crate::{float_repr, Error};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Results longer than this many characters are refused with MemoryError rather than built.
/// CPython's limit is the machine's memory; ours is a fixed, generous figure.
pub const MAX_FORMAT_WIDTH: usize = 1 << 31;

fn unknown_code(kind: char, type_name: &str) -> Error {
    Error::value(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(kind)
    ))
}

fn memory_error() -> Error {
    Error {
        kind: crate::ErrorKind::MemoryError,
        message: String::new(),
    }
}

/// `format(value, spec)` for an int (or bool, with `type_name` "bool"). `max_str_digits` is
/// `sys.get_int_max_str_digits()`, which limits base-10 output.
pub fn format_int(
    value: &BigInt,
    spec: &str,
    type_name: &str,
    max_str_digits: usize,
) -> Result<String, Error> {
    if spec.is_empty() {
        return int_to_decimal_string(value, max_str_digits);
    }
    let spec = FormatSpec::parse(spec, Some('d'), Align::Right, type_name)?;
    match spec.kind {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {
            format_int_spec(value, &spec, max_str_digits)
        }
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = int_to_f64(value)?;
            format_float_spec(x, &spec)
        }
        Some(other) => Err(unknown_code(other, type_name)),
        None => Err(unknown_code('\0', type_name)),
    }
}

/// `float(value)` of an int: correctly rounded, OverflowError beyond the float range.
pub fn int_to_f64(value: &BigInt) -> Result<f64, Error> {
    match value.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(Error::overflow("int too large to convert to float")),
    }
}

/// `format_long_internal` for an already parsed spec.
pub fn format_int_spec(
    value: &BigInt,
    spec: &FormatSpec,
    max_str_digits: usize,
) -> Result<String, Error> {
    if spec.precision.is_some() {
        return Err(Error::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(Error::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let kind = spec.kind.unwrap_or('d');
    if kind == 'c' {
        if spec.sign != Sign::Default {
            return Err(Error::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(Error::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = value
            .to_i64()
            .ok_or_else(|| Error::overflow("Python int too large to convert to C long"))?;
        let ch = u32::try_from(code)
            .ok()
            .and_then(char::from_u32)
            .filter(|_| code <= 0x10ffff);
        let Some(ch) = ch else {
            // Lone surrogates are in range for CPython but cannot live in a Rust str.
            return Err(if (0..=0x10ffff).contains(&code) {
                Error::value("surrogate code points are not supported")
            } else {
                Error::overflow("%c arg not in range(0x110000)")
            });
        };
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: &ch.to_string(),
        };
        return layout_number(&parts, spec);
    }
    let (radix, prefix) = match kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        int_to_decimal_string(&value.abs(), max_str_digits)?
    } else {
        value.abs().to_str_radix(radix)
    };
    if kind == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    layout_number(&parts, spec)
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str, type_name: &str) -> Result<String, Error> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let spec = FormatSpec::parse(spec, None, Align::Right, type_name)?;
    match spec.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &spec),
        Some(other) => Err(unknown_code(other, type_name)),
    }
}

/// `format_float_internal` for an already parsed spec.
pub fn format_float_spec(x: f64, spec: &FormatSpec) -> Result<String, Error> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(Error::value("precision too big"));
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut kind = spec.kind.unwrap_or('r');
    let mut default_precision = 6;
    if spec.kind.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if kind == 'n' {
        kind = 'g';
    }
    let mut x = x;
    let mut add_pct = false;
    if kind == '%' {
        kind = 'f';
        x *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        Some(p) => {
            if kind == 'r' {
                kind = 'g';
            }
            p
        }
        None => default_precision,
    };
    if precision > MAX_FORMAT_WIDTH {
        return Err(memory_error());
    }
    let mut text = double_to_string(x, kind, precision, flags);
    if add_pct {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let digit_end = body.bytes().take_while(u8::is_ascii_digit).count();
    let decimal = body[digit_end..].starts_with('.');
    let remainder = &body[digit_end + usize::from(decimal)..];
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &body[..digit_end],
        decimal,
        remainder,
    };
    layout_number(&parts, spec)
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str, type_name: &str) -> Result<String, Error> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let spec = FormatSpec::parse(spec, Some('s'), Align::Left, type_name)?;
    match spec.kind {
        Some('s') => format_str_spec(s, &spec),
        Some(other) => Err(unknown_code(other, type_name)),
        None => Err(unknown_code('\0', type_name)),
    }
}

/// `format_string_internal` for an already parsed spec.
pub fn format_str_spec(s: &str, spec: &FormatSpec) -> Result<String, Error> {
    match spec.sign {
        Sign::Space => return Err(Error::value("Space not allowed in string format specifier")),
        Sign::Plus | Sign::Minus => {
            return Err(Error::value("Sign not allowed in string format specifier"))
        }
        Sign::Default => {}
    }
    if spec.no_neg_0 {
        return Err(Error::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(Error::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Align::AfterSign {
        return Err(Error::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count();
    let text = match spec.precision {
        Some(p) if p < len => {
            len = p;
            s.char_indices().nth(p).map_or(s, |(at, _)| &s[..at])
        }
        _ => s,
    };
    let width = spec.width.unwrap_or(0);
    if width > MAX_FORMAT_WIDTH {
        return Err(memory_error());
    }
    let total = width.max(len);
    let lpad = match spec.align {
        Align::Right => total - len,
        Align::Center => (total - len) / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + total - len);
    push_fill(&mut out, spec.fill, lpad);
    out.push_str(text);
    push_fill(&mut out, spec.fill, total - len - lpad);
    Ok(out)
}

/// A number split as `fill_number` writes it; the sign is applied from the spec.
pub struct NumberParts<'a> {
    pub negative: bool,
    /// `0x`-style prefix (already in the right case).
    pub prefix: &'a str,
    /// The integer digits, ungrouped.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub decimal: bool,
    /// What follows the point (fraction, exponent, `%`), or the text of `c`, `inf`, `nan`.
    pub remainder: &'a str,
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

/// `calc_number_widths` + `fill_number`.
pub fn layout_number(parts: &NumberParts<'_>, spec: &FormatSpec) -> Result<String, Error> {
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Sign::Plus, false) => Some('+'),
        (Sign::Space, false) => Some(' '),
        _ => None,
    };
    let width = spec.width.unwrap_or(0);
    if width > MAX_FORMAT_WIDTH {
        return Err(memory_error());
    }
    let non_digit = usize::from(sign.is_some())
        + parts.prefix.len()
        + usize::from(parts.decimal)
        + parts.remainder.chars().count();
    let min_width = if spec.fill == '0' && spec.align == Align::AfterSign {
        width as isize - non_digit as isize
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_thousands_grouping(parts.digits, min_width, spec.group_size(), spec.separator())
    };
    let used = non_digit + grouped.len();
    let padding = width.saturating_sub(used);
    let (lpad, spad, rpad) = match spec.align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    let mut out = String::with_capacity(used + padding);
    push_fill(&mut out, spec.fill, lpad);
    out.extend(sign);
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, spad);
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, rpad);
    Ok(out)
}

/// `_PyUnicode_InsertThousandsGrouping` with a repeating group of `group` digits (0: none):
/// groups from the right, padding the leftmost ones with zeros until `min_width` characters
/// (separators included) are used.
fn insert_thousands_grouping(
    digits: &str,
    min_width: isize,
    group: usize,
    sep: Option<char>,
) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width.max(0);
    let mut pieces: Vec<u8> = Vec::with_capacity(digits.len() * 2);
    let emit = |pieces: &mut Vec<u8>, remaining: isize, l: isize, with_sep: bool| {
        let n_chars = remaining.min(l).max(0);
        let n_zeros = (l - remaining).max(0);
        if with_sep {
            // Pieces are built right to left, reversed at the end.
            pieces.push(b'\x00');
        }
        for i in (0..n_chars).rev() {
            pieces.push(digits[(remaining - n_chars + i) as usize]);
        }
        pieces.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        n_chars
    };
    if group == 0 || sep.is_none() {
        let l = remaining.max(min_width).max(1);
        emit(&mut pieces, remaining, l, false);
    } else {
        let group = group as isize;
        let mut first = true;
        loop {
            let l = group.min(remaining.max(min_width).max(1));
            let n_chars = emit(&mut pieces, remaining, l, !first);
            first = false;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        }
    }
    let sep = sep.unwrap_or(',');
    pieces
        .iter()
        .rev()
        .map(|&b| if b == 0 { sep } else { char::from(b) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64, spec: &str) -> Result<String, String> {
        format_int(&BigInt::from(v), spec, "int", 4300).map_err(|e| e.message)
    }

    // Expected results are CPython 3.11's format(value, spec).
    #[test]
    fn ints() {
        assert_eq!(int(1234, "010,"), Ok("00,001,234".into()));
        assert_eq!(int(255, "#X"), Ok("0XFF".into()));
        assert_eq!(int(65, "=5c"), Ok("    A".into()));
        assert_eq!(int(-255, "#012_x"), Ok("-0x0000_00ff".into()));
        assert_eq!(int(1234567, ","), Ok("1,234,567".into()));
        assert_eq!(int(-5, "^+7"), Ok("  -5   ".into()));
        assert_eq!(int(5, " "), Ok(" 5".into()));
        assert_eq!(int(3, "f"), Ok("3.000000".into()));
        assert_eq!(
            int(1, ".2d"),
            Err("Precision not allowed in integer format specifier".into())
        );
        assert_eq!(
            int(1, "s"),
            Err("Unknown format code 's' for object of type 'int'".into())
        );
        assert_eq!(int(-1, "c"), Err("%c arg not in range(0x110000)".into()));
        assert_eq!(
            int(1, "+c"),
            Err("Sign not allowed with integer format specifier 'c'".into())
        );
    }

    #[test]
    fn floats() {
        let f = |x: f64, s: &str| format_float(x, s, "float").map_err(|e| e.message);
        assert_eq!(f(0.1, ".60f").unwrap(), format!("{:.60}", 0.1));
        assert_eq!(f(1234.5, ".2"), Ok("1.2e+03".into()));
        assert_eq!(f(12.0, "10"), Ok("      12.0".into()));
        assert_eq!(f(f64::INFINITY, "010"), Ok("0000000inf".into()));
        assert_eq!(f(-0.0, "z.1f"), Ok("0.0".into()));
        assert_eq!(f(0.5, "%"), Ok("50.000000%".into()));
        assert_eq!(f(1234567.891, "_.2f"), Ok("1_234_567.89".into()));
        assert_eq!(
            f(1.0, "d"),
            Err("Unknown format code 'd' for object of type 'float'".into())
        );
        assert_eq!(f(1.0, ".3000000000f"), Err("precision too big".into()));
    }

    #[test]
    fn strs() {
        let s = |v: &str, spec: &str| format_str(v, spec, "str").map_err(|e| e.message);
        assert_eq!(s("ab", "05"), Ok("ab000".into()));
        assert_eq!(s("abc", "*^8.2"), Ok("***ab***".into()));
        assert_eq!(s("é", ">3"), Ok("  é".into()));
        assert_eq!(
            s("a", "+"),
            Err("Sign not allowed in string format specifier".into())
        );
        assert_eq!(
            s("a", "="),
            Err("'=' alignment not allowed in string format specifier".into())
        );
        assert_eq!(s("a", ",s"), Err("Cannot specify ',' with 's'.".into()));
        assert_eq!(
            s("a", "d"),
            Err("Unknown format code 'd' for object of type 'str'".into())
        );
    }
}
