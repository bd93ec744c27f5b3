//! `int` and `bool`. An int is header + an [`IntValue`] = 32 bytes, a 32-byte block (CPython's
//! one-digit ints ask for 28, also a 32-byte block): a machine word while the value fits,
//! a boxed `num_bigint::BigInt` beyond, always normalized (a value that fits a word is never
//! boxed), so equal values have one representation. `bool` shares the payload, as CPython's
//! bool is an int subtype: `True` holds 1 and `False` 0. Ints -5..=256 are cached at start-up
//! and shared ([`Runtime::new_int`] returns the cached object).
//!
//! Arithmetic follows `Objects/longobject.c`: floor division and modulo take the sign of the
//! divisor, `**` with a negative exponent is float power, three-argument `pow` inverts the
//! base for a negative exponent, true division is correctly rounded for any size
//! (`long_true_divide`), `hash` is the value modulo 2**61 - 1 (`-1` becomes `-2`), and
//! `str()` refuses more than `sys.get_int_max_str_digits()` digits. Results whose size would
//! exceed [`MAX_RESULT_BITS`] raise MemoryError instead of asking the system for gigabytes
//! (CPython would try; a Rust allocation failure would abort the process).

use std::borrow::Cow;

use bytecode::CompareOp;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::args::no_args;
use crate::errors::{ExcKind, PyResult};
use crate::heap::AllocError;
use crate::object::{ObjRef, Payload};
use crate::protocol::{NumberOp, ProtocolSlots, UnaryOp};
use crate::runtime::Runtime;
use crate::typeobj::{MethodDef, TypeFlags, TypeSpec};
use crate::types::float;

/// Largest int result we build, in bits (256 MiB of digits); beyond it MemoryError.
pub const MAX_RESULT_BITS: u64 = 1 << 31;

/// `_PyHASH_MODULUS`: the Mersenne prime 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// An int's value: a machine word, or a big integer that does not fit one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntValue {
    Small(i64),
    Big(Box<BigInt>),
}

impl IntValue {
    /// The normalized value of `b`.
    pub fn from_big(b: BigInt) -> IntValue {
        match b.to_i64() {
            Some(v) => IntValue::Small(v),
            None => IntValue::Big(Box::new(b)),
        }
    }

    pub fn to_big(&self) -> Cow<'_, BigInt> {
        match self {
            IntValue::Small(v) => Cow::Owned(BigInt::from(*v)),
            IntValue::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntValue::Small(v) => Some(*v),
            IntValue::Big(_) => None,
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, IntValue::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            IntValue::Small(v) => *v < 0,
            IntValue::Big(b) => b.sign() == Sign::Minus,
        }
    }

    /// `int.bit_length()`.
    pub fn bits(&self) -> u64 {
        match self {
            IntValue::Small(v) => 64 - v.unsigned_abs().leading_zeros() as u64,
            IntValue::Big(b) => b.bits(),
        }
    }
}

pub struct IntPayload {
    value: IntValue,
}

impl Payload for IntPayload {
    fn drop_is_noop(&self) -> bool {
        matches!(self.value, IntValue::Small(_))
    }
}

impl IntPayload {
    pub(crate) fn new(v: i64) -> IntPayload {
        IntPayload {
            value: IntValue::Small(v),
        }
    }

    pub fn value(&self) -> &IntValue {
        &self.value
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.value.to_i64()
    }
}

impl Runtime {
    /// An int object: the shared cached one for -5..=256, else a new one.
    pub fn new_int(&self, v: i64) -> Result<ObjRef, AllocError> {
        if let Some(cached) = self.small_int(v) {
            return Ok(cached.clone());
        }
        self.alloc_exact(&self.types().exact.int, IntPayload::new(v))
    }

    /// An int object of any size (normalized).
    pub fn new_int_big(&self, v: BigInt) -> Result<ObjRef, AllocError> {
        self.new_int_value(IntValue::from_big(v))
    }

    pub fn new_int_value(&self, v: IntValue) -> Result<ObjRef, AllocError> {
        match v {
            IntValue::Small(v) => self.new_int(v),
            big => self.alloc_exact(&self.types().exact.int, IntPayload { value: big }),
        }
    }

    /// `True` or `False` as a new reference.
    pub fn new_bool(&self, b: bool) -> ObjRef {
        self.bool_obj(b).clone()
    }
}

/// The payload of an int or bool object.
pub fn payload(obj: &ObjRef) -> Option<&IntPayload> {
    obj.downcast::<IntPayload>()
}

/// The value of an int (or bool) object that fits a machine word.
pub fn as_i64(obj: &ObjRef) -> Option<i64> {
    payload(obj)?.to_i64()
}

/// The value of an int (or bool) object.
pub fn value(obj: &ObjRef) -> Option<&IntValue> {
    payload(obj).map(IntPayload::value)
}

/// `float(i)`: correctly rounded; OverflowError "int too large to convert to float".
pub fn int_to_f64(rt: &Runtime, v: &IntValue) -> PyResult<f64> {
    match v {
        IntValue::Small(v) => Ok(*v as f64),
        IntValue::Big(b) => pyfmt::format::int_to_f64(b).map_err(|e| rt.from_fmt_error(e)),
    }
}

/// `int(x)` of a float: truncation; OverflowError for infinities, ValueError for NaN.
pub fn f64_to_int_value(rt: &Runtime, x: f64) -> PyResult<IntValue> {
    if x.is_nan() {
        return Err(rt.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(rt.overflow_error("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(IntValue::Small(t as i64));
    }
    Ok(IntValue::from_big(big_from_finite_f64(t)))
}

/// The exact integer value of a finite, integral f64.
pub(crate) fn big_from_finite_f64(t: f64) -> BigInt {
    let bits = t.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let shift = exp - 1075;
    let mut b = BigInt::from(mant);
    if shift >= 0 {
        b <<= shift as usize;
    } else {
        b >>= (-shift) as usize;
    }
    if neg {
        -b
    } else {
        b
    }
}

/// `long_hash`: the value modulo 2**61 - 1 with the sign of the value; -1 becomes -2.
#[inline]
pub fn hash_int(v: &IntValue) -> i64 {
    // A word below the modulus is its own hash (all but -1, and +-(2**61-1) and beyond):
    // one compare, with the remainder out of line so this stays small enough to inline.
    match v {
        IntValue::Small(x) if x.unsigned_abs() < HASH_MODULUS && *x != -1 => *x,
        _ => hash_int_reduced(v),
    }
}

#[inline(never)]
fn hash_int_reduced(v: &IntValue) -> i64 {
    let (neg, mag) = match v {
        IntValue::Small(v) => (*v < 0, (v.unsigned_abs() % HASH_MODULUS) as u128),
        IntValue::Big(b) => {
            let (sign, digits) = b.to_u64_digits();
            let mut x: u128 = 0;
            for d in digits.iter().rev() {
                x = ((x << 64) | *d as u128) % HASH_MODULUS as u128;
            }
            (sign == Sign::Minus, x)
        }
    };
    let h = if neg { -(mag as i64) } else { mag as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn int_hash(_: &Runtime, obj: &ObjRef) -> PyResult<i64> {
    Ok(value(obj).map_or(0, hash_int))
}

/// `str(i)` / `repr(i)`, with the digit limit.
pub fn int_to_string(rt: &Runtime, v: &IntValue) -> PyResult<String> {
    match v {
        IntValue::Small(v) => Ok(v.to_string()),
        IntValue::Big(b) => pyfmt::int::int_to_decimal_string(b, rt.int_max_str_digits())
            .map_err(|e| rt.from_fmt_error(e)),
    }
}

fn int_repr(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    match value(obj) {
        Some(v) => int_to_string(rt, v),
        None => Ok(String::new()),
    }
}

fn bool_repr(_: &Runtime, obj: &ObjRef) -> PyResult<String> {
    Ok(if as_i64(obj) == Some(0) {
        "False"
    } else {
        "True"
    }
    .into())
}

fn int_bool(_: &Runtime, obj: &ObjRef) -> PyResult<bool> {
    Ok(!value(obj).is_some_and(IntValue::is_zero))
}

fn int_float(rt: &Runtime, obj: &ObjRef) -> PyResult<f64> {
    match value(obj) {
        Some(v) => int_to_f64(rt, v),
        None => Ok(0.0),
    }
}

/// `int.__sizeof__`: 24 bytes of header and size, then 4 bytes per 30-bit digit (at least
/// one), CPython 3.11's numbers.
fn int_sizeof(_: &Runtime, obj: &ObjRef) -> usize {
    let bits = value(obj).map_or(0, IntValue::bits);
    24 + 4 * (bits.div_ceil(30).max(1) as usize)
}

/// Compares two int values.
pub fn cmp_values(a: &IntValue, b: &IntValue) -> std::cmp::Ordering {
    match (a, b) {
        (IntValue::Small(x), IntValue::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

pub(crate) fn ordering_result(ord: std::cmp::Ordering, op: CompareOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CompareOp::Lt => ord == Less,
        CompareOp::Le => ord != Greater,
        CompareOp::Eq => ord == Equal,
        CompareOp::Ne => ord != Equal,
        CompareOp::Gt => ord == Greater,
        CompareOp::Ge => ord != Less,
    }
}

fn int_richcompare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    match (value(a), value(b)) {
        (Some(x), Some(y)) => Ok(rt.new_bool(ordering_result(cmp_values(x, y), op))),
        _ => Ok(rt.not_implemented().clone()),
    }
}

fn int_unary(rt: &Runtime, a: &ObjRef, op: UnaryOp) -> PyResult<ObjRef> {
    let Some(v) = value(a) else {
        return Ok(rt.not_implemented().clone());
    };
    let r = match (op, v) {
        (UnaryOp::Positive, IntValue::Small(x)) => IntValue::Small(*x),
        (UnaryOp::Positive, IntValue::Big(b)) => IntValue::Big(b.clone()),
        (UnaryOp::Negative, IntValue::Small(x)) => match x.checked_neg() {
            Some(n) => IntValue::Small(n),
            None => IntValue::from_big(-BigInt::from(*x)),
        },
        (UnaryOp::Negative, IntValue::Big(b)) => IntValue::from_big(-(**b).clone()),
        (UnaryOp::Invert, IntValue::Small(x)) => IntValue::Small(!*x),
        (UnaryOp::Invert, IntValue::Big(b)) => IntValue::from_big(!(**b).clone()),
        (UnaryOp::Absolute, IntValue::Small(x)) => match x.checked_abs() {
            Some(n) => IntValue::Small(n),
            None => IntValue::from_big(BigInt::from(*x).abs()),
        },
        (UnaryOp::Absolute, IntValue::Big(b)) => IntValue::from_big(b.abs()),
    };
    Ok(rt.new_int_value(r)?)
}

fn int_number(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: NumberOp) -> PyResult<ObjRef> {
    match (value(a), value(b)) {
        (Some(x), Some(y)) => int_binary(rt, x, y, op),
        _ => Ok(rt.not_implemented().clone()),
    }
}

/// `bool & bool`, `|`, `^` stay bools; everything else is int arithmetic.
fn bool_number(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: NumberOp) -> PyResult<ObjRef> {
    let bt = &rt.types().bool_;
    if a.type_ref().is(bt) && b.type_ref().is(bt) {
        let (x, y) = (as_i64(a) == Some(1), as_i64(b) == Some(1));
        match op {
            NumberOp::And => return Ok(rt.new_bool(x & y)),
            NumberOp::Or => return Ok(rt.new_bool(x | y)),
            NumberOp::Xor => return Ok(rt.new_bool(x ^ y)),
            _ => {}
        }
    }
    int_number(rt, a, b, op)
}

fn zero_div(rt: &Runtime, op: NumberOp) -> crate::errors::PyErr {
    rt.zero_division_error(match op {
        NumberOp::Remainder => "integer modulo by zero",
        _ => "integer division or modulo by zero",
    })
}

/// `a op b` for two ints (the number slot's body).
pub fn int_binary(rt: &Runtime, x: &IntValue, y: &IntValue, op: NumberOp) -> PyResult<ObjRef> {
    if let (IntValue::Small(a), IntValue::Small(b)) = (x, y) {
        let (a, b) = (*a, *b);
        let fast = match op {
            NumberOp::Add => a.checked_add(b),
            NumberOp::Subtract => a.checked_sub(b),
            NumberOp::Multiply => a.checked_mul(b),
            NumberOp::FloorDivide if b != 0 && !(a == i64::MIN && b == -1) => {
                Some(Integer::div_floor(&a, &b))
            }
            NumberOp::Remainder if b != 0 && b != -1 => Some(a.mod_floor(&b)),
            NumberOp::Remainder if b == -1 => Some(0),
            NumberOp::And => Some(a & b),
            NumberOp::Or => Some(a | b),
            NumberOp::Xor => Some(a ^ b),
            NumberOp::Rshift if (0..64).contains(&b) => Some(a >> b),
            NumberOp::Rshift if b >= 64 => Some(if a < 0 { -1 } else { 0 }),
            NumberOp::TrueDivide
                if b != 0 && a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) =>
            {
                return Ok(rt.new_float(a as f64 / b as f64)?);
            }
            _ => None,
        };
        if let Some(r) = fast {
            return Ok(rt.new_int(r)?);
        }
    }
    let r = match op {
        NumberOp::Add => IntValue::from_big(&*x.to_big() + &*y.to_big()),
        NumberOp::Subtract => IntValue::from_big(&*x.to_big() - &*y.to_big()),
        NumberOp::Multiply => IntValue::from_big(&*x.to_big() * &*y.to_big()),
        NumberOp::FloorDivide | NumberOp::Remainder => {
            if y.is_zero() {
                return Err(zero_div(rt, op));
            }
            let (q, m) = x.to_big().div_mod_floor(&y.to_big());
            IntValue::from_big(if op == NumberOp::FloorDivide { q } else { m })
        }
        NumberOp::TrueDivide => return Ok(rt.new_float(true_divide(rt, x, y)?)?),
        NumberOp::And => IntValue::from_big(&*x.to_big() & &*y.to_big()),
        NumberOp::Or => IntValue::from_big(&*x.to_big() | &*y.to_big()),
        NumberOp::Xor => IntValue::from_big(&*x.to_big() ^ &*y.to_big()),
        NumberOp::Lshift => lshift(rt, x, y)?,
        NumberOp::Rshift => rshift(rt, x, y)?,
        NumberOp::Power => return int_pow(rt, x, y),
        NumberOp::MatrixMultiply => return Ok(rt.not_implemented().clone()),
    };
    Ok(rt.new_int_value(r)?)
}

/// `int(text, base)` with CPython's rules and the runtime's digit limit.
pub fn parse_int(rt: &Runtime, text: &str, base: u32) -> PyResult<ObjRef> {
    let v = pyfmt::int::int_from_str(text, base, rt.int_max_str_digits())
        .map_err(|e| rt.from_fmt_error(e))?;
    Ok(rt.new_int_big(v)?)
}

/// `divmod(a, b)` for ints.
pub fn int_divmod(rt: &Runtime, x: &IntValue, y: &IntValue) -> PyResult<(ObjRef, ObjRef)> {
    if y.is_zero() {
        return Err(zero_div(rt, NumberOp::FloorDivide));
    }
    let q = int_binary(rt, x, y, NumberOp::FloorDivide)?;
    let m = int_binary(rt, x, y, NumberOp::Remainder)?;
    Ok((q, m))
}

fn shift_count(rt: &Runtime, y: &IntValue) -> PyResult<Option<u64>> {
    if y.is_negative() {
        return Err(rt.value_error("negative shift count"));
    }
    Ok(y.to_i64().map(|v| v as u64))
}

fn lshift(rt: &Runtime, x: &IntValue, y: &IntValue) -> PyResult<IntValue> {
    let count = shift_count(rt, y)?;
    if x.is_zero() {
        return Ok(IntValue::Small(0));
    }
    let Some(n) = count else {
        return Err(rt.overflow_error("too many digits in integer"));
    };
    if x.bits().saturating_add(n) > MAX_RESULT_BITS {
        return Err(rt.memory_error());
    }
    if let IntValue::Small(a) = x {
        if n < 63 && a.unsigned_abs().leading_zeros() as u64 > n + 1 {
            return Ok(IntValue::Small(a << n));
        }
    }
    Ok(IntValue::from_big(&*x.to_big() << n as usize))
}

fn rshift(rt: &Runtime, x: &IntValue, y: &IntValue) -> PyResult<IntValue> {
    let count = shift_count(rt, y)?;
    match count {
        Some(n) if n < x.bits() + 1 => Ok(IntValue::from_big(&*x.to_big() >> n as usize)),
        _ => Ok(IntValue::Small(if x.is_negative() { -1 } else { 0 })),
    }
}

fn int_pow(rt: &Runtime, x: &IntValue, y: &IntValue) -> PyResult<ObjRef> {
    if y.is_negative() {
        // long_pow: a negative exponent means float power.
        let a = int_to_f64(rt, x)?;
        let b = int_to_f64(rt, y)?;
        return float::float_pow_values(rt, a, b);
    }
    if y.is_zero() {
        return Ok(rt.new_int(1)?);
    }
    let base = x.to_big();
    if base.is_zero() || base.is_one() {
        return Ok(rt.new_int_value(x.clone())?);
    }
    if *base == BigInt::from(-1) {
        let odd = match y {
            IntValue::Small(e) => e & 1 == 1,
            IntValue::Big(b) => b.is_odd(),
        };
        return Ok(rt.new_int(if odd { -1 } else { 1 })?);
    }
    let Some(e) = y.to_i64() else {
        return Err(rt.memory_error());
    };
    if x.bits().saturating_sub(1).saturating_mul(e as u64) > MAX_RESULT_BITS {
        return Err(rt.memory_error());
    }
    if let IntValue::Small(a) = x {
        if let Ok(e32) = u32::try_from(e) {
            if let Some(r) = a.checked_pow(e32) {
                return Ok(rt.new_int(r)?);
            }
        }
    }
    Ok(rt.new_int_big(num_traits::pow::Pow::pow(&*base, e as u64))?)
}

/// `pow(a, b, m)` for ints (`long_pow` with a modulus).
pub fn int_pow_mod(rt: &Runtime, x: &IntValue, y: &IntValue, m: &IntValue) -> PyResult<ObjRef> {
    if m.is_zero() {
        return Err(rt.value_error("pow() 3rd argument cannot be 0"));
    }
    let mb = m.to_big();
    let modulus = mb.abs();
    let mut base = x.to_big().into_owned();
    let mut exp = y.to_big().into_owned();
    if exp.is_negative() {
        exp = -exp;
        let b = base.mod_floor(&modulus);
        match b.modinv(&modulus) {
            Some(inv) => base = inv,
            None => return Err(rt.value_error("base is not invertible for the given modulus")),
        }
    }
    let mut r = if modulus.is_one() {
        BigInt::zero()
    } else {
        base.mod_floor(&modulus).modpow(&exp, &modulus)
    };
    // The result takes the sign of the modulus, as `%` does.
    if mb.is_negative() && !r.is_zero() {
        r -= &modulus;
    }
    Ok(rt.new_int_big(r)?)
}

fn int_power_mod(rt: &Runtime, a: &ObjRef, b: &ObjRef, m: &ObjRef) -> PyResult<ObjRef> {
    match (value(a), value(b), value(m)) {
        (Some(x), Some(y), Some(z)) => int_pow_mod(rt, x, y, z),
        _ => Ok(rt.not_implemented().clone()),
    }
}

/// `long_true_divide`: `a / b` correctly rounded (round-half-even) for ints of any size.
pub fn true_divide(rt: &Runtime, x: &IntValue, y: &IntValue) -> PyResult<f64> {
    if y.is_zero() {
        return Err(rt.zero_division_error("division by zero"));
    }
    let negative = x.is_negative() != y.is_negative();
    let a = x.to_big().abs();
    let b = y.to_big().abs();
    let sign = |v: f64| if negative { -v } else { v };
    if a.is_zero() {
        return Ok(sign(0.0));
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        // Both exact as doubles: one IEEE division is correctly rounded.
        let (fa, fb) = (a.to_f64().unwrap_or(0.0), b.to_f64().unwrap_or(1.0));
        return Ok(sign(fa / fb));
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    // a/b lies in [2**(diff-1), 2**(diff+1)).
    if diff > 1025 {
        return Err(rt.overflow_error("integer division result too large for a float"));
    }
    if diff < -1080 {
        return Ok(sign(0.0));
    }
    // Scale so the quotient has 55 or 56 bits, or (results in the subnormal range) so that
    // its last bit weighs 2**-1076; then round it, half to even, at the result's last bit.
    let shift = (55 - diff).min(1076);
    let (n, d) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = n.div_rem(&d);
    let bits_q = q.bits() as i64;
    let q = q.to_u64().unwrap_or(u64::MAX);
    let inexact = !r.is_zero();
    // Exponent of the leading bit, and the weight of the result's last bit.
    let e = bits_q - 1 - shift;
    let lsb = (e - 52).max(-1074);
    let drop = (lsb + shift).clamp(1, 63) as u32;
    let low = q & ((1u64 << drop) - 1);
    let mut kept = q >> drop;
    let half = 1u64 << (drop - 1);
    if low > half || (low == half && (inexact || kept & 1 == 1)) {
        kept += 1;
    }
    let value = ldexp(kept as f64, drop as i64 - shift);
    if value.is_infinite() {
        return Err(rt.overflow_error("integer division result too large for a float"));
    }
    Ok(sign(value))
}

/// `x * 2**e`, exact while the result is a normal double.
pub(crate) fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

/// The int a method was called on (the method descriptor has checked the type already).
fn this_int<'a>(rt: &Runtime, this: Option<&'a ObjRef>, name: &str) -> PyResult<&'a ObjRef> {
    match this {
        Some(obj) if payload(obj).is_some() => Ok(obj),
        _ => Err(rt.type_error(format!("descriptor '{name}' requires a 'int' object"))),
    }
}

/// `long_long`: the int itself, or for a bool an int of the same value (`True.real` is 1).
fn exact_int(rt: &Runtime, obj: &ObjRef) -> PyResult<ObjRef> {
    if obj.type_ref().is(&rt.types().int) {
        return Ok(obj.clone());
    }
    Ok(rt.new_int_value(value(obj).cloned().unwrap_or(IntValue::Small(0)))?)
}

fn method_bit_length(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    no_args(rt, "int.bit_length", args, kwnames)?;
    let v = this_int(rt, this, "bit_length")?;
    Ok(rt.new_int(value(v).map_or(0, IntValue::bits) as i64)?)
}

/// `int.bit_count()`: the number of ones in the binary form of the absolute value.
fn method_bit_count(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    no_args(rt, "int.bit_count", args, kwnames)?;
    let v = this_int(rt, this, "bit_count")?;
    let n: u64 = match value(v) {
        Some(IntValue::Small(x)) => x.unsigned_abs().count_ones() as u64,
        Some(IntValue::Big(b)) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as u64)
            .sum(),
        None => 0,
    };
    Ok(rt.new_int(n as i64)?)
}

fn method_conjugate(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    no_args(rt, "int.conjugate", args, kwnames)?;
    exact_int(rt, this_int(rt, this, "conjugate")?)
}

fn method_as_integer_ratio(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    no_args(rt, "int.as_integer_ratio", args, kwnames)?;
    let n = exact_int(rt, this_int(rt, this, "as_integer_ratio")?)?;
    Ok(rt.new_tuple(vec![n, rt.new_int(1)?])?)
}

// `to_bytes`/`from_bytes` wait for the bytes type.
static METHODS: [MethodDef; 4] = [
    MethodDef::method("as_integer_ratio", method_as_integer_ratio),
    MethodDef::method("bit_count", method_bit_count),
    MethodDef::method("bit_length", method_bit_length),
    MethodDef::method("conjugate", method_conjugate),
];

/// The data attributes `real`, `imag`, `numerator`, `denominator` (CPython's getset
/// descriptors), then the methods.
fn int_getattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    match crate::types::str::as_str(name) {
        Some("real" | "numerator") => exact_int(rt, obj),
        Some("imag") => Ok(rt.new_int(0)?),
        Some("denominator") => Ok(rt.new_int(1)?),
        _ => crate::ops::generic_getattr(rt, obj, name),
    }
}

pub(crate) fn int_spec() -> TypeSpec {
    TypeSpec::fixed::<IntPayload>("int", TypeFlags::BASETYPE)
        .with_methods(&METHODS)
        .with_proto(ProtocolSlots {
            new: Some(crate::types::typecall::int_new),
            repr: Some(int_repr),
            getattr: Some(int_getattr),
            hash: Some(int_hash),
            richcompare: Some(int_richcompare),
            number: Some(int_number),
            power_mod: Some(int_power_mod),
            unary: Some(int_unary),
            bool: Some(int_bool),
            float: Some(int_float),
            sizeof: Some(int_sizeof),
            ..ProtocolSlots::default()
        })
}

pub(crate) fn bool_spec() -> TypeSpec {
    TypeSpec::fixed::<IntPayload>("bool", TypeFlags::NONE).with_proto(ProtocolSlots {
        new: Some(crate::types::typecall::bool_new),
        repr: Some(bool_repr),
        number: Some(bool_number),
        ..ProtocolSlots::default()
    })
}

/// `PyNumber_AsSsize_t(obj, OverflowError)` of an index argument: an int that
/// fits, OverflowError "Python int too large to convert to C ssize_t", or TypeError
/// "'str' object cannot be interpreted as an integer".
pub fn to_index_isize(rt: &Runtime, obj: &ObjRef) -> PyResult<isize> {
    to_isize(rt, obj)
}

/// Raises OverflowError "Python int too large to convert to C ssize_t" style errors for
/// callers that need a machine index.
pub fn to_isize(rt: &Runtime, obj: &ObjRef) -> PyResult<isize> {
    match value(obj) {
        Some(IntValue::Small(v)) => Ok(*v as isize),
        Some(IntValue::Big(_)) => Err(rt.new_err(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        None => Err(rt.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            obj.type_object().name()
        ))),
    }
}
