//! `float`: header + one f64 = 24 bytes, a 32-byte block, as CPython's `PyFloatObject`, with
//! `Objects/floatobject.c`'s arithmetic (Python's floor division and modulo signs, `float_pow`'s
//! special cases and errors), exact comparison with ints of any size (`float_richcompare`),
//! `_Py_HashDouble` (so `hash(1.0) == hash(1)`, `inf` hashes to 314159 and a NaN by identity,
//! as in 3.10+), and the shortest round-trip repr from `pyfmt`.

use std::cmp::Ordering;

use bytecode::CompareOp;

use crate::builtins::args::no_args;
use crate::errors::{ExcKind, PyResult};
use crate::heap::AllocError;
use crate::object::{ObjRef, Payload};
use crate::protocol::{NumberOp, ProtocolSlots, UnaryOp};
use crate::runtime::Runtime;
use crate::typeobj::{MethodDef, TypeFlags, TypeSpec};
use crate::types::int::{self, IntValue, HASH_MODULUS};

pub struct FloatPayload {
    value: f64,
}

impl Payload for FloatPayload {}

impl FloatPayload {
    pub fn value(&self) -> f64 {
        self.value
    }
}

impl Runtime {
    #[inline]
    pub fn new_float(&self, value: f64) -> Result<ObjRef, AllocError> {
        self.alloc_exact(&self.types().exact.float, FloatPayload { value })
    }
}

/// The value of a float object.
pub fn as_f64(obj: &ObjRef) -> Option<f64> {
    obj.downcast::<FloatPayload>().map(FloatPayload::value)
}

/// A float operand: a float, or an int converted (OverflowError if too large); `None` for
/// other types (the slot answers NotImplemented).
fn operand(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<f64>> {
    if let Some(x) = as_f64(obj) {
        return Ok(Some(x));
    }
    match int::value(obj) {
        Some(v) => int::int_to_f64(rt, v).map(Some),
        None => Ok(None),
    }
}

/// `_Py_HashPointer`: the address rotated by 4 bits (NaNs and `object.__hash__`).
pub fn hash_pointer(addr: usize) -> i64 {
    let y = addr.rotate_right(4) as i64;
    if y == -1 {
        -2
    } else {
        y
    }
}

/// `_Py_HashDouble` for a non-NaN value (the caller handles NaN by identity).
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v == 0.0 {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's `frexp` for a finite nonzero value: `v = m * 2**e` with 0.5 <= |m| < 1.
pub fn frexp(v: f64) -> (f64, i32) {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn float_hash(_: &Runtime, obj: &ObjRef) -> PyResult<i64> {
    let v = as_f64(obj).unwrap_or(0.0);
    if v.is_nan() {
        return Ok(hash_pointer(obj.id()));
    }
    Ok(hash_f64(v))
}

fn float_repr(_: &Runtime, obj: &ObjRef) -> PyResult<String> {
    Ok(pyfmt::float_repr(as_f64(obj).unwrap_or(0.0)))
}

fn float_bool(_: &Runtime, obj: &ObjRef) -> PyResult<bool> {
    Ok(as_f64(obj).unwrap_or(0.0) != 0.0)
}

fn float_float(_: &Runtime, obj: &ObjRef) -> PyResult<f64> {
    Ok(as_f64(obj).unwrap_or(0.0))
}

fn float_sizeof(_: &Runtime, _: &ObjRef) -> usize {
    24
}

/// The exact order of a float and an int (`None` when the float is a NaN).
pub fn compare_float_int(x: f64, v: &IntValue) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let IntValue::Small(i) = v {
        if i.unsigned_abs() < (1 << 53) {
            return (x).partial_cmp(&(*i as f64));
        }
    }
    let t = x.trunc();
    let ti = int::big_from_finite_f64(t);
    match ti.cmp(&v.to_big()) {
        Ordering::Equal => (x - t).partial_cmp(&0.0),
        o => Some(o),
    }
}

fn float_richcompare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let Some(x) = as_f64(a) else {
        return Ok(rt.not_implemented().clone());
    };
    let ord = if let Some(y) = as_f64(b) {
        x.partial_cmp(&y)
    } else if let Some(v) = int::value(b) {
        compare_float_int(x, v)
    } else {
        return Ok(rt.not_implemented().clone());
    };
    let r = match ord {
        Some(o) => int::ordering_result(o, op),
        None => op == CompareOp::Ne,
    };
    Ok(rt.new_bool(r))
}

fn float_unary(rt: &Runtime, a: &ObjRef, op: UnaryOp) -> PyResult<ObjRef> {
    let x = as_f64(a).unwrap_or(0.0);
    match op {
        UnaryOp::Negative => Ok(rt.new_float(-x)?),
        UnaryOp::Positive => Ok(rt.new_float(x)?),
        UnaryOp::Absolute => Ok(rt.new_float(x.abs())?),
        UnaryOp::Invert => Ok(rt.not_implemented().clone()),
    }
}

/// `float_divmod`'s (floor quotient, modulo) for a nonzero divisor.
pub fn divmod_values(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `float_rem`.
pub fn rem_values(vx: f64, wx: f64) -> f64 {
    let m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m + wx
        } else {
            m
        }
    } else {
        0.0f64.copysign(wx)
    }
}

fn is_odd_integer(x: f64) -> bool {
    x.rem_euclid(2.0) == 1.0
}

/// `float_pow` (also int ** negative int).
pub fn float_pow_values(rt: &Runtime, iv: f64, iw: f64) -> PyResult<ObjRef> {
    let r = float_pow(rt, iv, iw)?;
    Ok(rt.new_float(r)?)
}

fn float_pow(rt: &Runtime, mut iv: f64, iw: f64) -> PyResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(rt.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(rt.value_error(
                "complex numbers are not supported: a negative number cannot be raised to a fractional power",
            ));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return Err(rt.new_err(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(if negate { -ix } else { ix })
}

/// `a op b` where both operands are floats (or ints converted).
pub fn float_binary(rt: &Runtime, a: f64, b: f64, op: NumberOp) -> PyResult<ObjRef> {
    let r = match op {
        NumberOp::Add => a + b,
        NumberOp::Subtract => a - b,
        NumberOp::Multiply => a * b,
        NumberOp::TrueDivide => {
            if b == 0.0 {
                return Err(rt.zero_division_error("float division by zero"));
            }
            a / b
        }
        NumberOp::FloorDivide => {
            if b == 0.0 {
                return Err(rt.zero_division_error("float floor division by zero"));
            }
            divmod_values(a, b).0
        }
        NumberOp::Remainder => {
            if b == 0.0 {
                return Err(rt.zero_division_error("float modulo"));
            }
            rem_values(a, b)
        }
        NumberOp::Power => float_pow(rt, a, b)?,
        _ => return Ok(rt.not_implemented().clone()),
    };
    Ok(rt.new_float(r)?)
}

fn float_number(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: NumberOp) -> PyResult<ObjRef> {
    if !matches!(
        op,
        NumberOp::Add
            | NumberOp::Subtract
            | NumberOp::Multiply
            | NumberOp::TrueDivide
            | NumberOp::FloorDivide
            | NumberOp::Remainder
            | NumberOp::Power
    ) {
        return Ok(rt.not_implemented().clone());
    }
    let (Some(x), Some(y)) = (operand(rt, a)?, operand(rt, b)?) else {
        return Ok(rt.not_implemented().clone());
    };
    float_binary(rt, x, y, op)
}

/// `divmod(a, b)` for floats: ZeroDivisionError "float divmod()".
pub fn float_divmod(rt: &Runtime, a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return Err(rt.zero_division_error("float divmod()"));
    }
    Ok(divmod_values(a, b))
}

fn float_power_mod(rt: &Runtime, a: &ObjRef, b: &ObjRef, _m: &ObjRef) -> PyResult<ObjRef> {
    if as_f64(a).is_some() || as_f64(b).is_some() {
        return Err(
            rt.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    Ok(rt.not_implemented().clone())
}

/// `float(text)` with CPython's rules.
pub fn parse_float(rt: &Runtime, text: &str) -> PyResult<ObjRef> {
    let v = pyfmt::float::float_from_str(text).map_err(|e| rt.from_fmt_error(e))?;
    Ok(rt.new_float(v)?)
}

/// `int(x)` of a float object.
pub fn float_to_int(rt: &Runtime, x: f64) -> PyResult<ObjRef> {
    let v = int::f64_to_int_value(rt, x)?;
    Ok(rt.new_int_value(v)?)
}

/// `float(x)` of an int or float object (`None` for other types).
pub fn to_f64(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<f64>> {
    operand(rt, obj)
}

/// The float a method was called on (the method descriptor has checked the type already).
fn this_f64(rt: &Runtime, this: Option<&ObjRef>, name: &str) -> PyResult<f64> {
    this.and_then(as_f64)
        .ok_or_else(|| rt.type_error(format!("descriptor '{name}' requires a 'float' object")))
}

fn method_is_integer(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    no_args(rt, "float.is_integer", args, kwnames)?;
    let x = this_f64(rt, this, "is_integer")?;
    Ok(rt.new_bool(x.is_finite() && x == x.floor()))
}

fn method_as_integer_ratio(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    no_args(rt, "float.as_integer_ratio", args, kwnames)?;
    let x = this_f64(rt, this, "as_integer_ratio")?;
    let (n, d) = pyfmt::float::float_as_integer_ratio(x).map_err(|e| rt.from_fmt_error(e))?;
    Ok(rt.new_tuple(vec![rt.new_int_big(n)?, rt.new_int_big(d)?])?)
}

fn method_hex(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    no_args(rt, "float.hex", args, kwnames)?;
    let x = this_f64(rt, this, "hex")?;
    Ok(rt.new_str(&pyfmt::float_hex::float_hex(x))?)
}

fn method_conjugate(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    no_args(rt, "float.conjugate", args, kwnames)?;
    match this {
        Some(obj) if as_f64(obj).is_some() => Ok(obj.clone()),
        _ => Err(rt.type_error("descriptor 'conjugate' requires a 'float' object")),
    }
}

/// `float.fromhex(string)`, a class method (METH_O).
fn method_fromhex(
    rt: &Runtime,
    _cls: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let s = crate::builtins::args::one_arg(rt, "float.fromhex", args, kwnames)?;
    let Some(text) = crate::types::str::as_str(s) else {
        return Err(rt.type_error("bad argument type for built-in operation"));
    };
    let v = pyfmt::float_hex::float_fromhex(text).map_err(|e| rt.from_fmt_error(e))?;
    Ok(rt.new_float(v)?)
}

static METHODS: [MethodDef; 5] = [
    MethodDef::method("as_integer_ratio", method_as_integer_ratio),
    MethodDef::method("conjugate", method_conjugate),
    MethodDef::class("fromhex", method_fromhex),
    MethodDef::method("hex", method_hex),
    MethodDef::method("is_integer", method_is_integer),
];

/// The data attributes `real` and `imag` (CPython's getset descriptors), then the methods.
fn float_getattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    match crate::types::str::as_str(name) {
        Some("real") => Ok(obj.clone()),
        Some("imag") => Ok(rt.new_float(0.0)?),
        _ => crate::ops::generic_getattr(rt, obj, name),
    }
}

pub(crate) fn spec() -> TypeSpec {
    // CPython's PyFloat_MAXFREELIST.
    TypeSpec::fixed::<FloatPayload>("float", TypeFlags::BASETYPE)
        .with_free_list(100)
        .with_methods(&METHODS)
        .with_proto(ProtocolSlots {
            new: Some(crate::types::typecall::float_new),
            repr: Some(float_repr),
            getattr: Some(float_getattr),
            hash: Some(float_hash),
            richcompare: Some(float_richcompare),
            number: Some(float_number),
            power_mod: Some(float_power_mod),
            unary: Some(float_unary),
            bool: Some(float_bool),
            float: Some(float_float),
            sizeof: Some(float_sizeof),
            ..ProtocolSlots::default()
        })
}
