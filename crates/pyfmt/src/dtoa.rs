//! Decimal digits of a double and their layout as CPython's `PyOS_double_to_string` writes them.
//!
//! CPython formats every float through David Gay's `_Py_dg_dtoa` in one of three modes (shortest
//! round-trip digits, `n` significant digits, `n` digits after the point), then lays the digit
//! string out in `format_float_short` (Python/pystrtod.c). Rust's own float formatting produces
//! the same digits: `{:e}` gives the shortest round-trip digits and `{:.N}`/`{:.Ne}` are exact
//! and correctly rounded half-to-even on the exact binary value, as Gay's code is. So the digits
//! come from Rust and the layout is a port of `format_float_short`, decision for decision.

/// How many digits `_Py_dg_dtoa` is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DigitMode {
    /// Mode 0: the shortest digits that round-trip.
    Shortest,
    /// Mode 2: this many significant digits (at least one).
    Significant(usize),
    /// Mode 3: this many digits after the decimal point.
    Fixed(usize),
}

/// Digits of `|x|` for finite `x`, without trailing zeros, and the decimal point position: the
/// value is `0.DIGITS * 10**decpt`. Zero (or a value that rounds to zero) is `("0", 1)`.
pub fn digits(x: f64, mode: DigitMode) -> (String, i64) {
    // An f64 has at most 767 significant decimal digits and 1074 after the point, so asking for
    // more only adds zeros; clamping keeps Rust's formatter within its 16-bit precision limit.
    const MAX_SIGNIFICANT: usize = 800;
    const MAX_FIXED: usize = 1100;
    let x = x.abs();
    let mode = match mode {
        DigitMode::Significant(n) => DigitMode::Significant(n.min(MAX_SIGNIFICANT)),
        DigitMode::Fixed(n) => DigitMode::Fixed(n.min(MAX_FIXED)),
        shortest => shortest,
    };
    match mode {
        DigitMode::Shortest => shortest_digits(x),
        DigitMode::Significant(n) => from_exp_form(&format!("{:.*e}", n.max(1) - 1, x)),
        DigitMode::Fixed(n) => {
            let text = format!("{x:.n$}");
            let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
            let mut all = String::with_capacity(text.len());
            all.push_str(int_part);
            all.push_str(frac_part);
            let decpt = int_part.len() as i64;
            normalize(all, decpt)
        }
    }
}

/// Gay's mode 0: the fewest digits that read back as `x` and, among those, the ones nearest
/// `x`, a tie going to the even digit. Rust's shortest formatting finds the fewest digits but
/// breaks such a tie upward (2102146798477255.25 gives ...255.3 where CPython writes ...255.2),
/// so when the exactly rounded string of the same length also reads back as `x`, that one wins.
/// A tie needs decimals of that length to be denser than doubles, which starts at 16 digits,
/// and `x` to be exactly the midpoint, an (n+1)-digit decimal: `x = m * 2**e` (m odd) has
/// `decpt - e` significant digits when `e < 0`, so most doubles are ruled out cheaply.
fn shortest_digits(x: f64) -> (String, i64) {
    let (digits, decpt) = from_exp_form(&format!("{x:e}"));
    if digits.len() < 16 {
        return (digits, decpt);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = if biased == 0 {
        bits & ((1 << 52) - 1)
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let lowest_bit_exp = biased.max(1) - 1075 + i64::from(mantissa.trailing_zeros());
    if decpt - lowest_bit_exp.min(0) > digits.len() as i64 + 1 {
        return (digits, decpt);
    }
    let nearest = format!("{:.*e}", digits.len() - 1, x);
    if nearest.parse::<f64>().ok() == Some(x) {
        return from_exp_form(&nearest);
    }
    (digits, decpt)
}

/// Splits Rust's `D.DDDDeX` into (digits, decpt).
fn from_exp_form(text: &str) -> (String, i64) {
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    normalize(digits, exp + 1)
}

/// Strips leading zeros (moving the point) and trailing zeros; all zeros becomes `("0", 1)`.
fn normalize(digits: String, decpt: i64) -> (String, i64) {
    let lead = digits.bytes().take_while(|&b| b == b'0').count();
    if lead == digits.len() {
        return ("0".to_string(), 1);
    }
    let trimmed = digits[lead..].trim_end_matches('0').to_string();
    (trimmed, decpt - lead as i64)
}

/// `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always write a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: integers get `.0` (repr, and the format type none).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (`#`): keep the point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: a result that is zero is written without a minus (`z`).
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string(val, code, precision, flags)`: `code` is one of `e E f F g G r`
/// (`r` is repr, precision ignored). Infinities are `inf`/`INF`, NaN `nan`/`NAN`.
pub fn double_to_string(val: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (DigitMode::Significant(precision + 1), precision + 1),
        'f' => (DigitMode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (DigitMode::Significant(p), p)
        }
        _ => (DigitMode::Shortest, 0),
    };
    let mut out = String::new();
    if !val.is_finite() {
        let negative = val.is_infinite() && val.is_sign_negative();
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if val.is_nan() { "nan" } else { "inf" };
        if upper {
            out.push_str(&word.to_ascii_uppercase());
        } else {
            out.push_str(word);
        }
        return out;
    }
    let (digits, mut decpt) = digits(val, mode);
    let digits_len = digits.len() as i64;
    let mut negative = val.is_sign_negative();
    if flags.no_neg_0 && negative && digits == "0" {
        negative = false;
    }
    let precision = precision as i64;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let mag = exp.unsigned_abs();
        if mag < 10 {
            out.push('0');
        }
        out.push_str(&mag.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_modes() {
        assert_eq!(digits(1.5, DigitMode::Shortest), ("15".into(), 1));
        // An exact tie between two shortest candidates: CPython picks the even digit.
        let tie = f64::from_bits(0x431ddf90c4c17f1d);
        assert_eq!(
            digits(tie, DigitMode::Shortest),
            ("21021467984772552".into(), 16)
        );
        assert_eq!(digits(0.001, DigitMode::Shortest), ("1".into(), -2));
        assert_eq!(digits(0.0, DigitMode::Shortest), ("0".into(), 1));
        assert_eq!(digits(2.5, DigitMode::Fixed(0)), ("2".into(), 1));
        assert_eq!(digits(0.3, DigitMode::Fixed(0)), ("0".into(), 1));
        assert_eq!(digits(0.0123, DigitMode::Fixed(3)), ("12".into(), -1));
        assert_eq!(
            digits(123456.0, DigitMode::Significant(2)),
            ("12".into(), 6)
        );
    }

    #[test]
    fn layouts_match_cpython() {
        let f = DtoaFlags::default();
        // Expected values from CPython 3.11: '%.3e' % x, '%.2f' % x, '%g' % x, '%#.3g' % x.
        assert_eq!(double_to_string(12345.678, 'e', 3, f), "1.235e+04");
        assert_eq!(double_to_string(0.005, 'f', 2, f), "0.01");
        assert_eq!(double_to_string(0.125, 'f', 2, f), "0.12");
        assert_eq!(double_to_string(1e-5, 'g', 6, f), "1e-05");
        assert_eq!(double_to_string(123456789.0, 'g', 6, f), "1.23457e+08");
        let alt = DtoaFlags { alt: true, ..f };
        assert_eq!(double_to_string(1.0, 'g', 3, alt), "1.00");
        assert_eq!(double_to_string(1.0, 'f', 0, alt), "1.");
        assert_eq!(double_to_string(1e100, 'E', 2, f), "1.00E+100");
        assert_eq!(double_to_string(f64::NAN, 'F', 2, f), "NAN");
        assert_eq!(double_to_string(f64::NEG_INFINITY, 'g', 2, f), "-inf");
    }
}
