//! `str()` of ints in any radix and `int(text, base)`, with CPython 3.11's rules and limits.
//!
//! Parsing follows `PyLong_FromUnicodeObject`/`PyLong_FromString` (Objects/longobject.c): non-ASCII
//! spaces and decimal digits are first read as ASCII ones, then leading and trailing C-locale
//! whitespace, a sign, a `0x`/`0o`/`0b` prefix (chosen by it under base 0, allowed by it under base
//! 16/8/2, optionally followed by one underscore), then digits with single underscores between
//! them. Base 0 rejects a nonzero decimal with a leading zero (`010`). Any failure raises
//! `invalid literal for int() with base B: REPR` with the caller's base and the original text's
//! repr cut at 200 characters. CVE-2020-10735's limit applies to every base that is not a power
//! of two on input, and to base 10 on output: more than `max_str_digits` digits (4300 by default,
//! `sys.set_int_max_str_digits`; 0 means no limit) is a ValueError.

use crate::unicode::{is_ascii_space, transform_decimal_and_space_to_ascii};
use crate::{truncated_repr, Error};
use num_bigint::{BigInt, Sign};

/// `sys.int_info.default_max_str_digits`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// `_PY_LONG_MAX_STR_DIGITS_THRESHOLD`: conversions this short are never checked, and the lowest
/// value `sys.set_int_max_str_digits` accepts besides 0.
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// The text of `value` in `radix` (2..=36; others are clamped into range), lowercase, with a
/// `-` for negatives and no prefix. No digit limit: CPython applies it to base 10 only.
pub fn int_to_string(value: &BigInt, radix: u32) -> String {
    value.to_str_radix(radix.clamp(2, 36))
}

/// `bin()`, `oct()`, `hex()`: the sign, then `0b`/`0o`/`0x`, then the digits (`-0x1f`).
/// Other radixes get no prefix.
pub fn int_to_prefixed(value: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = int_to_string(&num_traits::Signed::abs(value), radix);
    let sign = if value.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// `str(value)`: base 10, refused beyond `max_str_digits` digits (0 = unlimited).
pub fn int_to_decimal_string(value: &BigInt, max_str_digits: usize) -> Result<String, Error> {
    let too_long = || {
        Error::value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    if max_str_digits > 0 {
        // A cheap lower bound on the digit count refuses huge values before the slow conversion:
        // a value of `bits` bits has at least floor((bits - 1) * log10(2)) + 1 digits.
        let bits = value.bits();
        if bits > 1 {
            let min_digits = ((bits - 1) as f64 * std::f64::consts::LOG10_2).floor() as u64 + 1;
            if min_digits > max_str_digits as u64 + 1 {
                return Err(too_long());
            }
        }
    }
    let text = value.to_str_radix(10);
    let digits = text.len() - usize::from(value.sign() == Sign::Minus);
    if max_str_digits > 0 && digits > MAX_STR_DIGITS_THRESHOLD && digits > max_str_digits {
        return Err(too_long());
    }
    Ok(text)
}

/// `int(text, base)` for a str argument. `base` is 0 or 2..=36 (anything else is CPython's
/// ValueError); `max_str_digits` as for [`int_to_decimal_string`].
pub fn int_from_str(text: &str, base: u32, max_str_digits: usize) -> Result<BigInt, Error> {
    if base == 1 || base > 36 {
        return Err(Error::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        Error::value(format!(
            "invalid literal for int() with base {base}: {}",
            truncated_repr(text, 200)
        ))
    };
    let ascii = transform_decimal_and_space_to_ascii(text);
    parse_ascii(ascii.as_bytes(), base, max_str_digits)?.ok_or_else(invalid)
}

/// `int(b, base)` for bytes: the same rules without the Unicode step; the message shows the
/// bytes' repr.
pub fn int_from_bytes_text(text: &[u8], base: u32, max_str_digits: usize) -> Result<BigInt, Error> {
    if base == 1 || base > 36 {
        return Err(Error::value("int() base must be >= 2 and <= 36, or 0"));
    }
    parse_ascii(text, base, max_str_digits)?.ok_or_else(|| {
        let shown: String = crate::bytes_repr(text).chars().take(200).collect();
        Error::value(format!(
            "invalid literal for int() with base {base}: {shown}"
        ))
    })
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// `PyLong_FromString` on ASCII text: `Ok(None)` is "invalid literal", `Err` the digit limit.
fn parse_ascii(s: &[u8], base: u32, max_str_digits: usize) -> Result<Option<BigInt>, Error> {
    let mut base = base;
    let mut i = 0;
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    match s.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let at = |k: usize| s.get(k).copied().unwrap_or(0);
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Ok(None);
    }
    let start = i;
    let mut digits = Vec::with_capacity(s.len() - i);
    let mut prev = 0u8;
    while i < s.len() && (digit_value(s[i]) < base || s[i] == b'_') {
        if s[i] == b'_' {
            if prev == b'_' {
                return Ok(None);
            }
        } else {
            digits.push(s[i]);
        }
        prev = s[i];
        i += 1;
    }
    if prev == b'_' {
        return Ok(None);
    }
    let binary_base = base & (base - 1) == 0;
    if !binary_base
        && max_str_digits > 0
        && digits.len() > MAX_STR_DIGITS_THRESHOLD
        && digits.len() > max_str_digits
    {
        return Err(Error::value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if i == start {
        return Ok(None);
    }
    let Some(mut value) = BigInt::parse_bytes(&digits, base) else {
        return Ok(None);
    };
    if error_if_nonzero && value.sign() != Sign::NoSign {
        return Ok(None);
    }
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Ok(None);
    }
    if negative {
        value = -value;
    }
    Ok(Some(value))
}

/// `round(value, ndigits)` for an int: unchanged for `ndigits >= 0`, else rounded half-to-even
/// to a multiple of `10**-ndigits` (`long_round`, `_PyLong_DivmodNear`).
pub fn int_round(value: &BigInt, ndigits: i64) -> BigInt {
    use num_integer::Integer;
    if ndigits >= 0 {
        return value.clone();
    }
    // Beyond the value's own digit count the result is 0; capping avoids a giant power.
    let places = ndigits.unsigned_abs().min(value.bits() / 3 + 2);
    let unit = BigInt::from(10u32).pow(places as u32);
    let (q, r) = value.div_mod_floor(&unit);
    let twice = &r * 2u32;
    let round_up = twice > unit || (twice == unit && q.is_odd());
    let q = if round_up { q + 1u32 } else { q };
    q * unit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str, base: u32) -> Result<String, String> {
        int_from_str(s, base, DEFAULT_MAX_STR_DIGITS)
            .map(|v| v.to_string())
            .map_err(|e| e.message)
    }

    // Expected values and messages are CPython 3.11's int(s, base).
    #[test]
    fn parses_like_cpython() {
        assert_eq!(parse(" \u{661}\u{662} ", 10), Ok("12".into()));
        assert_eq!(parse("0x_1f", 0), Ok("31".into()));
        assert_eq!(parse("+0o17", 0), Ok("15".into()));
        assert_eq!(parse("000", 0), Ok("0".into()));
        assert_eq!(parse("0_0", 0), Ok("0".into()));
        assert_eq!(parse("-0B1_0", 2), Ok("-2".into()));
        assert_eq!(parse("z", 36), Ok("35".into()));
        assert_eq!(parse("1_000", 10), Ok("1000".into()));
        for bad in [
            "010", "0x__1", "1__0", "_1", "1_", "0b", "- 1", "\x1c1", "1\0", "",
        ] {
            assert_eq!(
                parse(bad, 0),
                Err(format!(
                    "invalid literal for int() with base 0: {}",
                    crate::str_repr(bad)
                ))
            );
        }
        assert_eq!(
            parse("12a", 10),
            Err("invalid literal for int() with base 10: '12a'".into())
        );
        assert_eq!(
            parse("1", 1),
            Err("int() base must be >= 2 and <= 36, or 0".into())
        );
        let long_bad = "x".repeat(300);
        let msg = parse(&long_bad, 10).unwrap_err();
        assert_eq!(msg.chars().count(), 240);
    }

    #[test]
    fn digit_limit() {
        let msg = |n: usize| {
            format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {n} \
                 digits; use sys.set_int_max_str_digits() to increase the limit"
            )
        };
        assert_eq!(parse(&"1".repeat(5000), 10), Err(msg(5000)));
        assert_eq!(parse(&format!("{}x", "1".repeat(5000)), 10), Err(msg(5000)));
        assert_eq!(
            parse(&format!("1_{}", "1".repeat(5000)), 10),
            Err(msg(5001))
        );
        assert!(parse(&"1".repeat(4300), 10).is_ok());
        assert!(parse(&"1".repeat(5000), 16).is_ok());
        assert!(int_from_str(&"1".repeat(5000), 10, 0).is_ok());
        let big: BigInt = BigInt::from(10).pow(5000);
        let err = int_to_decimal_string(&big, DEFAULT_MAX_STR_DIGITS).unwrap_err();
        assert_eq!(
            err.message,
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        let edge: BigInt = BigInt::from(10).pow(4300) - 1;
        assert_eq!(
            int_to_decimal_string(&edge, 4300).map(|s| s.len()),
            Ok(4300)
        );
        assert!(int_to_decimal_string(&-edge, 4300).is_ok());
        assert!(int_to_decimal_string(&BigInt::from(10).pow(4300), 4300).is_err());
        assert_eq!(int_to_string(&BigInt::from(-255), 16), "-ff");
        assert_eq!(int_to_prefixed(&BigInt::from(-31), 16), "-0x1f");
        assert_eq!(int_to_prefixed(&BigInt::from(0), 2), "0b0");
        assert_eq!(int_to_prefixed(&BigInt::from(8), 8), "0o10");
    }

    #[test]
    fn rounding() {
        // CPython 3.11: round(n, d).
        let r = |n: i64, d: i64| int_round(&BigInt::from(n), d).to_string();
        assert_eq!(r(15, -1), "20");
        assert_eq!(r(25, -1), "20");
        assert_eq!(r(-25, -1), "-20");
        assert_eq!(r(-35, -1), "-40");
        assert_eq!(r(149, -2), "100");
        assert_eq!(r(150, -2), "200");
        assert_eq!(r(250, -2), "200");
        assert_eq!(r(5, -1), "0");
        assert_eq!(r(-5, -1), "0");
        assert_eq!(r(7, -5), "0");
        assert_eq!(r(7, i64::MIN), "0");
        assert_eq!(r(12, 5), "12");
    }
}
