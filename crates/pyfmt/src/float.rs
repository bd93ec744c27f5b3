//! `float(text)`, `round(x, n)` and `x.as_integer_ratio()` for Python floats, as CPython 3.11.
//!
//! `float()` (`PyFloat_FromString`) reads non-ASCII spaces and digits as ASCII, strips C-locale
//! whitespace, allows single underscores only between two digits
//! (`_Py_string_to_number_with_underscores`), and accepts a decimal literal or `inf`,
//! `infinity`, `nan` in any case with an optional sign; anything else is
//! `could not convert string to float: REPR`. Rust's `f64` parser is correctly rounded, as
//! `_Py_dg_strtod` is, so the grammar is checked here and the conversion is Rust's.
//! `round(x, n)` (`double_round`) rounds the exact binary value half-to-even at `n` decimal
//! places and reads the decimal result back; both halves are exact.

use crate::unicode::{is_ascii_space, transform_decimal_and_space_to_ascii};
use crate::{str_repr, Error};
use num_bigint::BigInt;
use num_traits::{One, Zero};

/// `float(text)` for a str argument.
pub fn float_from_str(text: &str) -> Result<f64, Error> {
    let ascii = transform_decimal_and_space_to_ascii(text);
    parse_ascii(ascii.as_bytes()).ok_or_else(|| {
        Error::value(format!(
            "could not convert string to float: {}",
            str_repr(text)
        ))
    })
}

/// `float(b)` for bytes: no Unicode step; the message shows the bytes' repr.
pub fn float_from_bytes_text(text: &[u8]) -> Result<f64, Error> {
    parse_ascii(text).ok_or_else(|| {
        Error::value(format!(
            "could not convert string to float: {}",
            crate::bytes_repr(text)
        ))
    })
}

fn parse_ascii(s: &[u8]) -> Option<f64> {
    let mut start = 0;
    let mut end = s.len();
    while start < end && is_ascii_space(s[start]) {
        start += 1;
    }
    while start < end && is_ascii_space(s[end - 1]) {
        end -= 1;
    }
    let s = &s[start..end];
    let mut cleaned = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &b in s {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            cleaned.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return None;
    }
    parse_number(&cleaned)
}

/// `_PyOS_ascii_strtod` on the whole text: a decimal literal or an inf/nan word.
fn parse_number(s: &[u8]) -> Option<f64> {
    let (negative, body) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let word = body.to_ascii_lowercase();
    let magnitude = match word.as_slice() {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ => {
            if !is_decimal_literal(body) {
                return None;
            }
            // The grammar is checked, so Rust's parser sees only what it accepts.
            std::str::from_utf8(body).ok()?.parse::<f64>().ok()?
        }
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// `digits [. [digits]] | . digits`, then optionally `e|E [sign] digits`.
fn is_decimal_literal(s: &[u8]) -> bool {
    let mut i = 0;
    let count = |i: &mut usize| {
        let from = *i;
        while *i < s.len() && s[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - from
    };
    let mut mantissa_digits = count(&mut i);
    if i < s.len() && s[i] == b'.' {
        i += 1;
        mantissa_digits += count(&mut i);
    }
    if mantissa_digits == 0 {
        return false;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        i += 1;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        if count(&mut i) == 0 {
            return false;
        }
    }
    i == s.len()
}

/// `round(x, ndigits)` for a float and an int `ndigits` (clamped by the caller to i64).
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, Error> {
    // NDIGITS_MAX and NDIGITS_MIN of Objects/floatobject.c.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        format!("{x:.*}", ndigits as usize)
    } else {
        round_to_tens(x, ndigits.unsigned_abs() as usize)
    };
    // Both spellings are plain decimal literals, which Rust's parser accepts.
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(Error::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `x` rounded half-to-even to a multiple of `10**places`, as a decimal literal.
fn round_to_tens(x: f64, places: usize) -> String {
    // Every f64 has at most 1074 fractional digits, so this expansion is exact and the
    // half-to-even decision below sees the true value.
    let exact = format!("{:.1100}", x.abs());
    let (int_part, frac_part) = exact.split_once('.').unwrap_or((&exact, ""));
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if int_part.len() < places {
        // |x| < 10**places / 10: rounds to zero unless it exceeds half of 10**places, which
        // it cannot, since 10**(places-1) <= half of 10**places.
        return format!("{sign}0");
    }
    let keep = &int_part[..int_part.len() - places];
    let dropped = &int_part[int_part.len() - places..];
    let rest_nonzero = frac_part.bytes().any(|b| b != b'0');
    // `dropped` holds `places >= 1` digits.
    let first = dropped.as_bytes()[0];
    let tail_nonzero = dropped.bytes().skip(1).any(|b| b != b'0') || rest_nonzero;
    let last_kept_odd = keep.as_bytes().last().is_some_and(|&d| (d - b'0') % 2 == 1);
    let round_up = first > b'5' || (first == b'5' && (tail_nonzero || last_kept_odd));
    let mut digits: Vec<u8> = keep.bytes().collect();
    if round_up {
        let mut k = digits.len();
        loop {
            if k == 0 {
                digits.insert(0, b'1');
                break;
            }
            k -= 1;
            if digits[k] == b'9' {
                digits[k] = b'0';
            } else {
                digits[k] += 1;
                break;
            }
        }
    }
    if digits.is_empty() {
        digits.push(b'0');
    }
    let mut out = String::from(sign);
    out.push_str(&String::from_utf8_lossy(&digits));
    out.push('e');
    out.push_str(&places.to_string());
    out
}

/// `x.as_integer_ratio()`: the exact value as (numerator, denominator), denominator > 0 and
/// a power of two, in lowest terms.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), Error> {
    if x.is_infinite() {
        return Err(Error::overflow("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(Error::value("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let shift = mantissa.trailing_zeros() as i64;
    mantissa >>= shift;
    exp += shift;
    let mut numerator = BigInt::from(mantissa);
    let mut denominator = BigInt::one();
    if exp >= 0 {
        numerator <<= exp as usize;
    } else {
        denominator <<= (-exp) as usize;
    }
    if x < 0.0 {
        numerator = -numerator;
    }
    Ok((numerator, denominator))
}

/// `int(x)` of a float: truncation toward zero.
pub fn float_to_int(x: f64) -> Result<BigInt, Error> {
    float_integral_to_int(x.trunc())
}

/// `round(x)` of a float (no ndigits): the nearest int, ties to even.
pub fn float_round_to_int(x: f64) -> Result<BigInt, Error> {
    float_integral_to_int(x.round_ties_even())
}

/// An integral float as an int, with CPython's errors for infinities and NaN.
fn float_integral_to_int(x: f64) -> Result<BigInt, Error> {
    if x.is_nan() {
        return Err(Error::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(Error::overflow("cannot convert float infinity to integer"));
    }
    // An integral finite float's ratio has denominator 1.
    float_as_integer_ratio(x).map(|(n, _)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values are CPython 3.11's float(s), round(x, n), x.as_integer_ratio().
    #[test]
    fn parses_like_cpython() {
        let ok = |s: &str| float_from_str(s).map(f64::to_bits);
        assert_eq!(ok(" 1_0.2_5e1_0 "), Ok(10.25e10f64.to_bits()));
        assert_eq!(ok("-InFiNiTy"), Ok(f64::NEG_INFINITY.to_bits()));
        assert!(float_from_str("+nan").unwrap().is_nan());
        assert_eq!(ok("\u{3000}\u{661}.5"), Ok(1.5f64.to_bits()));
        assert_eq!(ok("1e400"), Ok(f64::INFINITY.to_bits()));
        assert_eq!(ok("-1e-400"), Ok((-0.0f64).to_bits()));
        assert_eq!(ok("5."), Ok(5.0f64.to_bits()));
        assert_eq!(ok(".5"), Ok(0.5f64.to_bits()));
        for bad in [
            "", "1_", "_1", "1__0", "1._5", "1_.5", "1e_5", ".", "e5", "1e", "infi", "0x10", "1 2",
        ] {
            assert_eq!(
                float_from_str(bad).map_err(|e| e.message),
                Err(format!(
                    "could not convert string to float: {}",
                    str_repr(bad)
                ))
            );
        }
    }

    #[test]
    fn rounds_like_cpython() {
        assert_eq!(float_round(2.675, 2), Ok(2.67));
        assert_eq!(float_round(0.5, 0), Ok(0.0));
        assert_eq!(float_round(1.5, 0), Ok(2.0));
        assert_eq!(float_round(25.0, -1), Ok(20.0));
        assert_eq!(float_round(35.0, -1), Ok(40.0));
        assert_eq!(float_round(-15.0, -1), Ok(-20.0));
        assert_eq!(float_round(12345.678, -2), Ok(12300.0));
        assert_eq!(float_round(4.0, -1).map(f64::to_bits), Ok(0.0f64.to_bits()));
        assert_eq!(
            float_round(-4.0, -1).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(float_round(5e-324, 400), Ok(5e-324));
        assert_eq!(
            float_round(1.7976931348623157e308, -308).map_err(|e| e.message),
            Err("rounded value too large to represent".to_string())
        );
        assert_eq!(float_round(95.0, -2), Ok(100.0));
    }

    #[test]
    fn to_int() {
        let t = |x: f64| {
            float_to_int(x)
                .map(|v| v.to_string())
                .map_err(|e| e.message)
        };
        let r = |x: f64| {
            float_round_to_int(x)
                .map(|v| v.to_string())
                .map_err(|e| e.message)
        };
        assert_eq!((r(2.5), t(2.5)), (Ok("2".into()), Ok("2".into())));
        assert_eq!((r(-2.5), t(-2.5)), (Ok("-2".into()), Ok("-2".into())));
        assert_eq!((r(3.5), t(3.5)), (Ok("4".into()), Ok("3".into())));
        assert_eq!(r(-0.0), Ok("0".into()));
        assert_eq!(t(1e300).map(|s| s.len()), Ok(301));
        assert_eq!(
            t(f64::NAN),
            Err("cannot convert float NaN to integer".into())
        );
        assert_eq!(
            r(f64::INFINITY),
            Err("cannot convert float infinity to integer".into())
        );
    }

    #[test]
    fn integer_ratios() {
        let r = |x: f64| float_as_integer_ratio(x).map(|(n, d)| (n.to_string(), d.to_string()));
        assert_eq!(r(0.75), Ok(("3".into(), "4".into())));
        assert_eq!(r(-2.0), Ok(("-2".into(), "1".into())));
        assert_eq!(r(5e-324).map(|p| p.0), Ok("1".into()));
        assert_eq!(
            r(f64::NAN).map_err(|e| e.message),
            Err("cannot convert NaN to integer ratio".into())
        );
    }
}
