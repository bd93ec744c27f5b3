//! The `math` module (CPython 3.11's `Modules/mathmodule.c`). The libm functions go through
//! Rust's f64 methods (the platform libm, as CPython) wrapped as `math_1`/`math_2` wrap
//! them: a NaN from a non-NaN argument is ValueError "math domain error", an infinity from
//! finite arguments OverflowError "math range error" (or a domain error for poles). Where
//! CPython has its own algorithm, this follows it: `pow`'s special values, logarithms of ints
//! too large for a float (via frexp), `fsum` (exact partials), `hypot`/`dist`
//! (`vector_norm`), `isclose`, `ldexp`, `gamma`/`lgamma` (Lanczos), `remainder`, and the exact
//! integer functions (`gcd`, `lcm`, `factorial`, `comb`, `perm`, `isqrt`). Rust's std has its
//! own asinh/acosh/atanh/cbrt, so those are glibc's algorithms here.

use num_bigint::BigInt;
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::args::{check_positional, no_keywords, one_arg, Params};
use crate::errors::{PyErr, PyResult};
use crate::object::ObjRef;
use crate::ops::{self, type_name};
use crate::protocol::NumberOp;
use crate::runtime::Runtime;
use crate::sysmodule::set;
use crate::types::builtin_fn::BuiltinFn;
use crate::types::int::{self, IntValue, MAX_RESULT_BITS};
use crate::types::{float, module};

type Kw<'a> = Option<&'a ObjRef>;

fn domain_error(rt: &Runtime) -> PyErr {
    rt.value_error("math domain error")
}

fn range_error(rt: &Runtime) -> PyErr {
    rt.overflow_error("math range error")
}

/// `PyFloat_AsDouble` of an argument: float, or int converted ("int too large to convert to
/// float"); TypeError "must be real number, not str" otherwise.
fn real(rt: &Runtime, x: &ObjRef) -> PyResult<f64> {
    match float::to_f64(rt, x)? {
        Some(v) => Ok(v),
        None => Err(rt.type_error(format!("must be real number, not {}", type_name(x)))),
    }
}

/// `PyNumber_Index` of an argument.
fn index<'a>(rt: &Runtime, x: &'a ObjRef) -> PyResult<&'a IntValue> {
    int::value(x).ok_or_else(|| {
        rt.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(x)
        ))
    })
}

fn new_f(rt: &Runtime, v: f64) -> PyResult<ObjRef> {
    Ok(rt.new_float(v)?)
}

/// `math_1`'s verdict on `r = f(x)`.
fn check_1(rt: &Runtime, x: f64, r: f64, can_overflow: bool) -> PyResult<ObjRef> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(rt));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(rt)
        } else {
            domain_error(rt)
        });
    }
    new_f(rt, r)
}

/// A one-argument libm function (`math_1`); `name` is `math.sqrt` & co.
fn math_1(
    rt: &Runtime,
    a: &[ObjRef],
    kw: Kw,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<ObjRef> {
    let x = real(rt, one_arg(rt, name, a, kw)?)?;
    check_1(rt, x, f(x), can_overflow)
}

/// The arguments of a two-argument function: "math.atan2() takes no keyword arguments",
/// "atan2 expected 2 arguments, got 1".
fn two_args<'a>(rt: &Runtime, name: &str, a: &'a [ObjRef], kw: Kw) -> PyResult<&'a [ObjRef]> {
    no_keywords(rt, format_args!("math.{name}"), kw)?;
    check_positional(rt, name, a.len(), 2, 2)?;
    Ok(a)
}

fn two_reals(rt: &Runtime, name: &str, a: &[ObjRef], kw: Kw) -> PyResult<(f64, f64)> {
    let a = two_args(rt, name, a, kw)?;
    Ok((real(rt, &a[0])?, real(rt, &a[1])?))
}

/// `math_2`'s verdict on `r = f(x, y)`.
fn check_2(rt: &Runtime, x: f64, y: f64, r: f64) -> PyResult<ObjRef> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(rt));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(rt));
    }
    new_f(rt, r)
}

// Rust's std computes asinh, acosh, atanh and cbrt itself (formulas, or a port of another
// libm) where CPython calls glibc; these are glibc's (fdlibm-derived) algorithms, so the
// results agree to the last bit.
const LN2: f64 = std::f64::consts::LN_2;

fn glibc_asinh(x: f64) -> f64 {
    let ix = (x.to_bits() >> 32) as u32 & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        return x; // |x| < 2**-28
    }
    let w = if ix > 0x41b0_0000 {
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        x.abs().ln() + LN2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
        } else {
            let t = xa * xa;
            (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
        }
    };
    w.copysign(x)
}

fn glibc_acosh(x: f64) -> f64 {
    let hx = (x.to_bits() >> 32) as u32 as i32;
    if hx < 0x3ff0_0000 {
        return f64::NAN; // x < 1
    }
    if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

fn glibc_atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < 3.725290298461914e-9 {
            return x; // 2**-28
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 || xa.is_nan() {
        return if x.is_nan() { x } else { f64::NAN };
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

// glibc's constants, digit for digit.
#[allow(clippy::excessive_precision)]
fn glibc_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = float::frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp_exact(ym, i64::from(xe / 3)).copysign(x)
}

/// `errno` as CPython's own libm replacements set it (`math_1a` reads it).
#[derive(PartialEq)]
enum Errno {
    Ok,
    Dom,
    Range,
}

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

/// `sin(pi * x)`, accurate near integers (CPython's `m_sinpi`), for finite `x`.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// The Lanczos sum L_g(x) for positive `x` (CPython's `lanczos_sum`).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// CPython's `m_tgamma` (Lanczos approximation, reflection for negative `x`).
fn tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, for a correction factor.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

/// CPython's `m_lgamma`: log(|gamma(x)|).
fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        return (if x.is_nan() { x } else { f64::INFINITY }, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::Ok);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

/// `math_1a`: the function's own errno decides (a range error below 1.5 is an underflow).
fn math_1a(
    rt: &Runtime,
    a: &[ObjRef],
    kw: Kw,
    name: &str,
    f: fn(f64) -> (f64, Errno),
) -> PyResult<ObjRef> {
    let x = real(rt, one_arg(rt, name, a, kw)?)?;
    match f(x) {
        (_, Errno::Dom) => Err(domain_error(rt)),
        (r, Errno::Range) if r.abs() >= 1.5 => Err(range_error(rt)),
        (r, _) => new_f(rt, r),
    }
}

fn m_gamma(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    math_1a(rt, a, kw, "math.gamma", tgamma)
}

fn m_lgamma(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    math_1a(rt, a, kw, "math.lgamma", lgamma)
}

/// C's `nextafter`: the next float after `x` in the direction of `y`.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Away from zero when y is further out on x's side.
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn m_nextafter(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (x, y) = two_reals(rt, "nextafter", a, kw)?;
    new_f(rt, next_after(x, y))
}

fn m_ulp(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = real(rt, one_arg(rt, "math.ulp", a, kw)?)?.abs();
    if !x.is_finite() {
        return new_f(rt, x);
    }
    let x2 = next_after(x, f64::INFINITY);
    if x2.is_infinite() {
        return new_f(rt, x - next_after(x, f64::NEG_INFINITY));
    }
    new_f(rt, x2 - x)
}

/// CPython's `m_remainder`: `x - n*y` for the integer `n` nearest `x/y` (ties to even), exact.
fn m_remainder(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (x, y) = two_reals(rt, "remainder", a, kw)?;
    let r = if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            f64::NAN
        } else {
            let (absx, absy) = (x.abs(), y.abs());
            let m = absx % absy;
            let c = absy - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                m - 2.0 * ((0.5 * (absx - m)) % absy)
            };
            1.0f64.copysign(x) * r
        }
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        f64::NAN
    } else {
        x
    };
    check_2(rt, x, y, r)
}

macro_rules! func1 {
    ($($fname:ident, $pyname:literal, $f:expr, $ovf:expr;)*) => {
        $(
            fn $fname(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
                math_1(rt, a, kw, concat!("math.", $pyname), $f, $ovf)
            }
        )*
    };
}

func1! {
    m_acos, "acos", f64::acos, false;
    m_acosh, "acosh", glibc_acosh, false;
    m_asin, "asin", f64::asin, false;
    m_asinh, "asinh", glibc_asinh, false;
    m_atan, "atan", f64::atan, false;
    m_atanh, "atanh", glibc_atanh, false;
    m_cbrt, "cbrt", glibc_cbrt, false;
    m_cos, "cos", f64::cos, false;
    m_cosh, "cosh", f64::cosh, true;
    m_exp, "exp", f64::exp, true;
    m_exp2, "exp2", f64::exp2, true;
    m_expm1, "expm1", f64::exp_m1, true;
    m_fabs, "fabs", f64::abs, false;
    m_log1p, "log1p", f64::ln_1p, false;
    m_sin, "sin", f64::sin, false;
    m_sinh, "sinh", f64::sinh, true;
    m_sqrt, "sqrt", f64::sqrt, false;
    m_tan, "tan", f64::tan, false;
    m_tanh, "tanh", f64::tanh, false;
}

const RAD_TO_DEG: f64 = 180.0 / std::f64::consts::PI;
const DEG_TO_RAD: f64 = std::f64::consts::PI / 180.0;

fn m_degrees(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = real(rt, one_arg(rt, "math.degrees", a, kw)?)?;
    new_f(rt, x * RAD_TO_DEG)
}

fn m_radians(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = real(rt, one_arg(rt, "math.radians", a, kw)?)?;
    new_f(rt, x * DEG_TO_RAD)
}

fn float_pred(
    rt: &Runtime,
    a: &[ObjRef],
    kw: Kw,
    name: &str,
    f: fn(f64) -> bool,
) -> PyResult<ObjRef> {
    let x = real(rt, one_arg(rt, name, a, kw)?)?;
    Ok(rt.new_bool(f(x)))
}

fn m_isnan(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    float_pred(rt, a, kw, "math.isnan", f64::is_nan)
}

fn m_isinf(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    float_pred(rt, a, kw, "math.isinf", f64::is_infinite)
}

fn m_isfinite(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    float_pred(rt, a, kw, "math.isfinite", f64::is_finite)
}

/// `math.floor` / `math.ceil`: an int for a float (errors for inf and NaN), the int itself
/// for an int (`int.__floor__`).
fn round_to_int(
    rt: &Runtime,
    a: &[ObjRef],
    kw: Kw,
    name: &str,
    f: fn(f64) -> f64,
) -> PyResult<ObjRef> {
    let x = one_arg(rt, name, a, kw)?;
    if let Some(v) = int::value(x) {
        return Ok(rt.new_int_value(v.clone())?);
    }
    float::float_to_int(rt, f(real(rt, x)?))
}

fn m_floor(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    round_to_int(rt, a, kw, "math.floor", f64::floor)
}

fn m_ceil(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    round_to_int(rt, a, kw, "math.ceil", f64::ceil)
}

fn m_trunc(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = one_arg(rt, "math.trunc", a, kw)?;
    if int::value(x).is_none() && float::as_f64(x).is_none() {
        return Err(rt.type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_name(x)
        )));
    }
    round_to_int(rt, a, kw, "math.trunc", f64::trunc)
}

/// `_PyLong_Frexp` of a positive int: `(m, e)` with `v = m * 2**e`, 0.5 <= m < 1, `m`
/// correctly rounded.
fn big_frexp(v: &BigInt) -> (f64, i64) {
    let bits = v.bits() as i64;
    let shift = (bits - 64).max(0);
    let top = v >> shift as usize;
    // A sticky bit below the 53 kept keeps the u64 -> f64 rounding exact half-to-even.
    let sticky = shift > 0 && (&top << shift as usize) != *v;
    let q = top.to_u64().unwrap_or(u64::MAX) | u64::from(sticky);
    let (m, e) = float::frexp(q as f64);
    (m, i64::from(e) + shift)
}

/// `loghelper`: ints of any size (positive, else a domain error; beyond a float's range
/// through frexp), else `math_1` with `f`.
fn loghelper(rt: &Runtime, x: &ObjRef, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(v) = int::value(x) {
        if v.is_negative() || v.is_zero() {
            return Err(domain_error(rt));
        }
        return Ok(match int::int_to_f64(rt, v) {
            Ok(xf) => f(xf),
            Err(_) => {
                let (m, e) = big_frexp(&v.to_big());
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let xf = real(rt, x)?;
    let r = f(xf);
    if (r.is_nan() && !xf.is_nan()) || (r.is_infinite() && xf.is_finite()) {
        return Err(domain_error(rt));
    }
    Ok(r)
}

fn m_log(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    no_keywords(rt, "log", kw)?;
    if a.is_empty() || a.len() > 2 {
        return Err(rt.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(rt, &a[0], f64::ln)?;
    let Some(base) = a.get(1) else {
        return new_f(rt, num);
    };
    let den = loghelper(rt, base, f64::ln)?;
    if den == 0.0 {
        return Err(rt.zero_division_error("float division by zero"));
    }
    new_f(rt, num / den)
}

fn m_log2(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let r = loghelper(rt, one_arg(rt, "math.log2", a, kw)?, f64::log2)?;
    new_f(rt, r)
}

fn m_log10(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let r = loghelper(rt, one_arg(rt, "math.log10", a, kw)?, f64::log10)?;
    new_f(rt, r)
}

fn m_atan2(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (y, x) = two_reals(rt, "atan2", a, kw)?;
    check_2(rt, y, x, y.atan2(x))
}

fn m_copysign(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (x, y) = two_reals(rt, "copysign", a, kw)?;
    check_2(rt, x, y, x.copysign(y))
}

fn m_fmod(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (x, y) = two_reals(rt, "fmod", a, kw)?;
    // fmod(x, +-inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return new_f(rt, x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(rt));
    }
    new_f(rt, r)
}

/// `math_pow_impl`: IEEE special values by hand, libm for finite operands.
fn m_pow(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (x, y) = two_reals(rt, "pow", a, kw)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(domain_error(rt));
        }
        if r.is_infinite() {
            return Err(range_error(rt));
        }
        r
    };
    new_f(rt, r)
}

/// `x * 2**e` exactly, rounding half-to-even once when the result is subnormal.
pub(crate) fn ldexp_exact(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, k) = float::frexp(x);
    // x = mant * 2**(k - 53) with mant a 53-bit integer.
    let mant = (m.abs() * 9007199254740992.0) as u64;
    let exp = i64::from(k) - 53 + e;
    let r = if exp > 1024 {
        f64::INFINITY
    } else if exp >= -1074 {
        int::ldexp(mant as f64, exp)
    } else {
        let shift = (-1074 - exp) as u32;
        let scaled = if shift >= 64 {
            0
        } else {
            let kept = mant >> shift;
            let low = mant & ((1u64 << shift) - 1);
            let half = 1u64 << (shift - 1);
            if low > half || (low == half && kept & 1 == 1) {
                kept + 1
            } else {
                kept
            }
        };
        f64::from_bits(scaled)
    };
    r.copysign(x)
}

fn m_ldexp(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = two_args(rt, "ldexp", a, kw)?;
    let x = real(rt, &a[0])?;
    let Some(i) = int::value(&a[1]) else {
        return Err(rt.type_error("Expected an int as second argument to ldexp."));
    };
    let e = match i {
        IntValue::Small(v) => *v,
        IntValue::Big(b) if b.is_negative() => i64::MIN,
        IntValue::Big(_) => i64::MAX,
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if e > i64::from(i32::MAX) {
        return Err(range_error(rt));
    } else if e < i64::from(i32::MIN) {
        0.0f64.copysign(x)
    } else {
        let r = ldexp_exact(x, e);
        if r.is_infinite() {
            return Err(range_error(rt));
        }
        r
    };
    new_f(rt, r)
}

fn m_frexp(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = real(rt, one_arg(rt, "math.frexp", a, kw)?)?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        float::frexp(x)
    };
    Ok(rt.new_tuple(vec![rt.new_float(m)?, rt.new_int(i64::from(e))?])?)
}

fn m_modf(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = real(rt, one_arg(rt, "math.modf", a, kw)?)?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(rt.new_tuple(vec![rt.new_float(frac)?, rt.new_float(whole)?])?)
}

/// `math.fsum`: Shewchuk's exact partial sums with CPython's final half-even fix-up.
fn m_fsum(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let seq = one_arg(rt, "math.fsum", a, kw)?;
    let it = ops::get_iter(rt, seq)?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = ops::iter_next(rt, &it)? {
        let mut x = real(rt, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an inf or nan among the summands, or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(rt.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(rt.value_error("-inf + inf in fsum"));
        }
        return new_f(rt, special_sum);
    }
    let mut hi = 0.0;
    if let Some(mut n) = p.len().checked_sub(1) {
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    new_f(rt, hi)
}

/// Veltkamp-Dekker split of `x` into a high half and the rest.
fn split(x: f64) -> (f64, f64) {
    const T27: f64 = 134217729.0; // 2**27 + 1
    let t = x * T27;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// Compensated `csum += x`, the rounding error going to `frac`.
fn add_comp(csum: &mut f64, frac: &mut f64, x: f64) {
    let old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/// CPython 3.11's `vector_norm`: sqrt of the sum of squares of `vec` (absolute values;
/// `max` the largest), almost always correctly rounded.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = float::frexp(max);
    let (mut csum, mut frac1) = (1.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = int::ldexp(1.0, -i64::from(max_e));
        let (mut frac2, mut frac3) = (0.0f64, 0.0f64);
        for &v in vec {
            let (hi, lo) = split(v * scale);
            add_comp(&mut csum, &mut frac1, hi * hi);
            add_comp(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let (hi, lo) = split(h);
        add_comp(&mut csum, &mut frac1, -hi * hi);
        add_comp(&mut csum, &mut frac2, -2.0 * hi * lo);
        add_comp(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Subnormal max: 2**-max_e would overflow, so divide by max instead.
    for &v in vec {
        let x = v / max;
        add_comp(&mut csum, &mut frac1, x * x);
    }
    max * (csum - 1.0 + frac1).sqrt()
}

/// The norm of absolute values, tracking the maximum and NaNs as CPython's callers do.
fn norm_of(coords: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in &coords {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    vector_norm(&coords, max, found_nan)
}

fn m_hypot(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    no_keywords(rt, "math.hypot", kw)?;
    let coords = a
        .iter()
        .map(|x| real(rt, x).map(f64::abs))
        .collect::<PyResult<Vec<_>>>()?;
    new_f(rt, norm_of(coords))
}

fn m_dist(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = two_args(rt, "dist", a, kw)?;
    let p = ops::collect(rt, &a[0])?;
    let q = ops::collect(rt, &a[1])?;
    if p.len() != q.len() {
        return Err(rt.value_error("both points must have the same number of dimensions"));
    }
    let diffs = p
        .iter()
        .zip(&q)
        .map(|(x, y)| Ok((real(rt, x)? - real(rt, y)?).abs()))
        .collect::<PyResult<Vec<_>>>()?;
    new_f(rt, norm_of(diffs))
}

fn m_isclose(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    const P: Params = Params {
        fname: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        required: 2,
        maxpos: 2,
    };
    let p = P.parse(rt, a, kw)?;
    let mut v = [0.0, 0.0, 1e-9, 0.0];
    for (slot, arg) in v.iter_mut().zip(&p) {
        if let Some(x) = arg {
            *slot = real(rt, x)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = v;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(rt.value_error("tolerances must be non-negative"));
    }
    let close = if a == b {
        true
    } else if a.is_infinite() || b.is_infinite() {
        false
    } else {
        let diff = (b - a).abs();
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol
    };
    Ok(rt.new_bool(close))
}

/// Integer arguments of `gcd`/`lcm` (all checked, as CPython does).
fn int_args(rt: &Runtime, name: &str, a: &[ObjRef], kw: Kw) -> PyResult<Vec<BigInt>> {
    no_keywords(rt, name, kw)?;
    a.iter()
        .map(|x| Ok(index(rt, x)?.to_big().into_owned()))
        .collect()
}

fn m_gcd(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let vals = int_args(rt, "math.gcd", a, kw)?;
    let g = vals.iter().fold(BigInt::zero(), |g, v| g.gcd(v));
    Ok(rt.new_int_big(g)?)
}

fn m_lcm(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let vals = int_args(rt, "math.lcm", a, kw)?;
    let mut l = BigInt::one();
    for v in &vals {
        if l.is_zero() {
            break;
        }
        if l.bits() + v.bits() > MAX_RESULT_BITS {
            return Err(rt.memory_error());
        }
        l = l.lcm(v);
    }
    Ok(rt.new_int_big(l)?)
}

/// The product of `lo..=hi` by binary splitting (balanced operand sizes).
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    let n = hi - lo;
    if n < BigInt::from(8) {
        let mut p = lo.clone();
        let mut k = lo + 1u32;
        while &k <= hi {
            p *= &k;
            k += 1u32;
        }
        return p;
    }
    let mid: BigInt = lo + (&n >> 1usize);
    range_product(lo, &mid) * range_product(&(mid + 1u32), hi)
}

/// MemoryError where the product of `count` factors of at most `max_bits` bits would
/// exceed [`MAX_RESULT_BITS`].
fn check_product_size(rt: &Runtime, count: u64, max_bits: u64) -> PyResult<()> {
    if count.saturating_mul(max_bits) > MAX_RESULT_BITS * 2 {
        return Err(rt.memory_error());
    }
    Ok(())
}

fn factorial_of(rt: &Runtime, n: &IntValue) -> PyResult<ObjRef> {
    let Some(k) = n.to_i64() else {
        if n.is_negative() {
            return Err(rt.value_error("factorial() not defined for negative values"));
        }
        return Err(rt.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    if k < 0 {
        return Err(rt.value_error("factorial() not defined for negative values"));
    }
    check_product_size(rt, k as u64, 64 - (k as u64).leading_zeros() as u64)?;
    Ok(rt.new_int_big(range_product(&BigInt::one(), &BigInt::from(k)))?)
}

fn m_factorial(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let n = index(rt, one_arg(rt, "math.factorial", a, kw)?)?;
    factorial_of(rt, n)
}

/// `comb`/`perm`'s n and k: non-negative ints.
fn n_k(rt: &Runtime, n: &ObjRef, k: &ObjRef) -> PyResult<(BigInt, BigInt)> {
    let n = index(rt, n)?.to_big().into_owned();
    let k = index(rt, k)?.to_big().into_owned();
    if n.is_negative() {
        return Err(rt.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(rt.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)` for `k <= n`, `k` fitting an i64.
fn falling_product(rt: &Runtime, n: &BigInt, k: i64) -> PyResult<BigInt> {
    check_product_size(rt, k as u64, n.bits())?;
    Ok(range_product(&(n - k + 1), n))
}

fn m_comb(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = two_args(rt, "comb", a, kw)?;
    let (n, k) = n_k(rt, &a[0], &a[1])?;
    if k > n {
        return Ok(rt.new_int(0)?);
    }
    let k = (&n - &k).min(k);
    let Some(k) = k.to_i64() else {
        return Err(rt.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let num = falling_product(rt, &n, k)?;
    let den = range_product(&BigInt::one(), &BigInt::from(k));
    Ok(rt.new_int_big(num / den)?)
}

fn m_perm(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    no_keywords(rt, "math.perm", kw)?;
    check_positional(rt, "perm", a.len(), 1, 2)?;
    let k = match a.get(1) {
        Some(k) if !k.is(rt.none()) => k,
        _ => return factorial_of(rt, index(rt, &a[0])?),
    };
    let (n, k) = n_k(rt, &a[0], k)?;
    if k > n {
        return Ok(rt.new_int(0)?);
    }
    let Some(k) = k.to_i64() else {
        return Err(rt.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(rt.new_int_big(falling_product(rt, &n, k)?)?)
}

fn m_isqrt(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let n = index(rt, one_arg(rt, "math.isqrt", a, kw)?)?;
    if n.is_negative() {
        return Err(rt.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(match n {
        IntValue::Small(v) => rt.new_int((*v as u64).sqrt() as i64)?,
        IntValue::Big(b) => rt.new_int_big(b.sqrt())?,
    })
}

/// `math.prod(iterable, /, *, start=1)`: repeated `*`.
fn m_prod(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    const P: Params = Params {
        fname: "prod",
        names: &["iterable", "start"],
        posonly: 1,
        required: 1,
        maxpos: 1,
    };
    let p = P.parse(rt, a, kw)?;
    let Some(iterable) = &p[0] else {
        return Err(rt.type_error("prod() takes exactly 1 positional argument (0 given)"));
    };
    let mut acc = match &p[1] {
        Some(s) => s.clone(),
        None => rt.new_int(1)?,
    };
    let it = ops::get_iter(rt, iterable)?;
    while let Some(x) = ops::iter_next(rt, &it)? {
        acc = ops::number_op(rt, &acc, &x, NumberOp::Multiply)?;
    }
    Ok(acc)
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("acos", m_acos),
    ("acosh", m_acosh),
    ("asin", m_asin),
    ("asinh", m_asinh),
    ("atan", m_atan),
    ("atan2", m_atan2),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("ceil", m_ceil),
    ("comb", m_comb),
    ("copysign", m_copysign),
    ("cos", m_cos),
    ("cosh", m_cosh),
    ("degrees", m_degrees),
    ("dist", m_dist),
    ("exp", m_exp),
    ("exp2", m_exp2),
    ("expm1", m_expm1),
    ("fabs", m_fabs),
    ("factorial", m_factorial),
    ("floor", m_floor),
    ("fmod", m_fmod),
    ("frexp", m_frexp),
    ("fsum", m_fsum),
    ("gamma", m_gamma),
    ("gcd", m_gcd),
    ("hypot", m_hypot),
    ("isclose", m_isclose),
    ("isfinite", m_isfinite),
    ("isinf", m_isinf),
    ("isnan", m_isnan),
    ("isqrt", m_isqrt),
    ("lcm", m_lcm),
    ("ldexp", m_ldexp),
    ("lgamma", m_lgamma),
    ("log", m_log),
    ("log10", m_log10),
    ("log1p", m_log1p),
    ("log2", m_log2),
    ("modf", m_modf),
    ("nextafter", m_nextafter),
    ("perm", m_perm),
    ("pow", m_pow),
    ("prod", m_prod),
    ("radians", m_radians),
    ("remainder", m_remainder),
    ("sin", m_sin),
    ("sinh", m_sinh),
    ("sqrt", m_sqrt),
    ("tan", m_tan),
    ("tanh", m_tanh),
    ("trunc", m_trunc),
    ("ulp", m_ulp),
];

/// A built-in module named `name` with `functions`, and its dict.
pub(crate) fn new_builtin_module(
    rt: &Runtime,
    name: &str,
    functions: &[(&'static str, BuiltinFn)],
) -> PyResult<(ObjRef, ObjRef)> {
    let m = rt.new_module(name)?;
    let Some(d) = module::payload(&m).and_then(|p| p.dict()) else {
        return Err(rt.new_err(crate::errors::ExcKind::SystemError, "module without a dict"));
    };
    for &(fname, f) in functions {
        set(rt, &d, fname, rt.new_builtin_fn(fname, f, None)?)?;
    }
    Ok((m, d))
}

/// A new `math` module (the importer registers it in `sys.modules`).
pub fn new_math_module(rt: &Runtime) -> PyResult<ObjRef> {
    let (m, d) = new_builtin_module(rt, "math", FUNCTIONS)?;
    use std::f64::consts;
    for (name, v) in [
        ("pi", consts::PI),
        ("e", consts::E),
        ("tau", consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        set(rt, &d, name, rt.new_float(v)?)?;
    }
    Ok(m)
}
