//! `float.hex()` and `float.fromhex()`, as CPython 3.11's `float_hex` and `float_fromhex`
//! (Objects/floatobject.c): hex output has one leading digit (`1` normal, `0` subnormal), 13 hex
//! digits after the point and a signed decimal binary exponent; input accepts optional
//! whitespace, sign and `0x`, hex digits with an optional point, an optional `p` exponent, or the
//! inf/nan words, and rounds the exact value half-to-even.

use crate::unicode::is_ascii_space;
use crate::Error;
use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

/// `x.hex()`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

fn invalid() -> Error {
    Error::value("invalid hexadecimal floating-point string")
}

fn too_large() -> Error {
    Error::overflow("hexadecimal value too large to represent as a float")
}

/// `float.fromhex(text)`.
pub fn float_fromhex(text: &str) -> Result<f64, Error> {
    let s = text.as_bytes();
    let mut i = 0;
    let mut end = s.len();
    while i < end && is_ascii_space(s[i]) {
        i += 1;
    }
    while end > i && is_ascii_space(s[end - 1]) {
        end -= 1;
    }
    let s = &s[i..end];
    let (negative, body) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |v: f64| if negative { -v } else { v };
    let word = body.to_ascii_lowercase();
    if word == b"inf" || word == b"infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if word == b"nan" {
        return Ok(f64::NAN);
    }
    let body = if word.starts_with(b"0x") {
        &body[2..]
    } else {
        body
    };
    let mut k = 0;
    let mut hex_digits: Vec<u8> = Vec::new();
    let mut frac_digits: i64 = 0;
    let mut seen_point = false;
    while k < body.len() {
        let b = body[k];
        if b == b'.' && !seen_point {
            seen_point = true;
        } else if b.is_ascii_hexdigit() {
            hex_digits.push(b);
            if seen_point {
                frac_digits += 1;
            }
        } else {
            break;
        }
        k += 1;
    }
    if hex_digits.is_empty() {
        return Err(invalid());
    }
    // The exponent saturates: beyond this magnitude every value is 0 or overflows anyway.
    const EXP_CAP: i64 = 1 << 40;
    let mut exp: i64 = 0;
    if k < body.len() && (body[k] == b'p' || body[k] == b'P') {
        k += 1;
        let mut exp_negative = false;
        if k < body.len() && (body[k] == b'+' || body[k] == b'-') {
            exp_negative = body[k] == b'-';
            k += 1;
        }
        let start = k;
        while k < body.len() && body[k].is_ascii_digit() {
            exp = (exp * 10 + i64::from(body[k] - b'0')).min(EXP_CAP);
            k += 1;
        }
        if k == start {
            return Err(invalid());
        }
        if exp_negative {
            exp = -exp;
        }
    }
    if k != body.len() {
        return Err(invalid());
    }
    // One conversion of all digits: linear for a power-of-two base.
    let mantissa = BigUint::parse_bytes(&hex_digits, 16).ok_or_else(invalid)?;
    if mantissa.is_zero() {
        return Ok(signed(0.0));
    }
    let value = round_to_f64(&mantissa, exp - 4 * frac_digits).ok_or_else(too_large)?;
    Ok(signed(value))
}

/// `m * 2**e` rounded half-to-even to the nearest double; `None` if it overflows.
fn round_to_f64(m: &BigUint, e: i64) -> Option<f64> {
    let nbits = m.bits() as i64;
    // Exponent of the result's last mantissa bit: 53 significant bits, or the subnormal floor.
    let lsb = (nbits + e - 53).max(-1074);
    let shift = lsb - e;
    let q: u64 = if shift <= 0 {
        // Exact: at most 53 bits.
        return scale(m.to_u64()? as f64, e);
    } else if shift > nbits {
        // m < 2**(shift-1), half a unit of the last place: rounds to zero.
        0
    } else {
        let shift_u = shift as u64;
        let q = m >> shift_u;
        let rem = m - (&q << shift_u);
        let half = BigUint::from(1u8) << (shift_u - 1);
        let mut q = q.to_u64()?;
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        q
    };
    scale(q as f64, lsb)
}

/// `x * 2**e` for an exactly representable result (or overflow).
fn scale(x: f64, e: i64) -> Option<f64> {
    if x == 0.0 {
        return Some(0.0);
    }
    let mut x = x;
    let mut e = e;
    // Multiply in power-of-two steps that stay in the normal range; each step is exact.
    while e > 0 {
        let step = e.min(1000);
        x *= f64::from_bits(((step + 1023) as u64) << 52);
        e -= step;
        if x.is_infinite() {
            return None;
        }
    }
    while e < 0 {
        let step = (-e).min(1000);
        x *= f64::from_bits(((1023 - step) as u64) << 52);
        e += step;
    }
    Some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values are CPython 3.11's x.hex() and float.fromhex(s).
    #[test]
    fn hex_out() {
        assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(-2.5), "-0x1.4000000000000p+1");
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn hex_in() {
        let ok = |s: &str| float_fromhex(s).map_err(|e| e.message);
        assert_eq!(ok("0x1p-1075"), Ok(0.0));
        assert_eq!(ok("0x1.8p-1074"), Ok(1e-323));
        assert_eq!(ok("0x3p-1075"), Ok(1e-323));
        assert_eq!(ok("  -0X1.fP+3  "), Ok(-15.5));
        assert_eq!(ok(".1"), Ok(0.0625));
        assert_eq!(ok("0x1.0000000000000fffffp0"), Ok(1.0000000000000002));
        assert_eq!(ok("0x1.fffffffffffff7ffp1023"), Ok(f64::MAX));
        assert_eq!(ok("0x1p-99999999999999999999999"), Ok(0.0));
        assert_eq!(ok("0x0p99999999999999999999"), Ok(0.0));
        let big = Err("hexadecimal value too large to represent as a float".to_string());
        assert_eq!(ok("0x1p1024"), big);
        assert_eq!(ok("0x1.fffffffffffff8p1023"), big);
        assert_eq!(ok("0x1p99999999999999999999999"), big);
        for bad in ["0x", "0x.p1", "0x1p", "0x1p+", "x1", "0x1_0", ""] {
            assert_eq!(
                ok(bad),
                Err("invalid hexadecimal floating-point string".into())
            );
        }
    }
}
