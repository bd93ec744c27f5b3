//! Fast paths of `BINARY_OP` and `COMPARE_OP` for exact ints that fit a machine word and
//! exact floats, and floats mixed with small ints, `+` of two exact strs and str repetition
//! (what CPython 3.11's specialized `BINARY_OP_ADD_INT`, `COMPARE_OP_INT_JUMP`
//! & co. cover). Each returns `None` whenever the general protocol must decide (overflow,
//! division by zero, negative shift counts, subclasses), so results and errors are always
//! the general path's.

use bytecode::{BinaryOp, CompareOp};

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::types::{float, int};

/// The word value of an exact int.
#[inline(always)]
fn small_int(rt: &Runtime, v: &ObjRef) -> Option<i64> {
    rt.types()
        .exact
        .int
        .payload(v)
        .and_then(int::IntPayload::to_i64)
}

#[inline(always)]
fn exact_float(rt: &Runtime, v: &ObjRef) -> Option<f64> {
    rt.types()
        .exact
        .float
        .payload(v)
        .map(float::FloatPayload::value)
}

/// Two floats, or a float and an exact int below 2**53 in magnitude (converted exactly, as
/// float's number slot converts it).
#[inline(always)]
fn float_pair(rt: &Runtime, a: &ObjRef, b: &ObjRef) -> Option<(f64, f64)> {
    const EXACT: i64 = 1 << 53;
    let int_as_float = |v: &ObjRef| {
        small_int(rt, v)
            .filter(|i| (-EXACT..=EXACT).contains(i))
            .map(|i| i as f64)
    };
    match (exact_float(rt, a), exact_float(rt, b)) {
        (Some(x), Some(y)) => Some((x, y)),
        (Some(x), None) => Some((x, int_as_float(b)?)),
        (None, Some(y)) => Some((int_as_float(a)?, y)),
        (None, None) => None,
    }
}

/// Python's floor division and modulo of words (`None` when `y` is 0 or on overflow).
#[inline(always)]
fn floor_divmod(x: i64, y: i64) -> Option<(i64, i64)> {
    if y == 0 {
        return None;
    }
    let q = x.checked_div(y)?;
    let r = x.checked_rem(y)?;
    if r != 0 && ((r ^ y) < 0) {
        Some((q - 1, r + y))
    } else {
        Some((q, r))
    }
}

/// `a op b` for two words or two floats, when the result is certain.
#[inline(always)]
pub(super) fn binary(
    rt: &Runtime,
    a: &ObjRef,
    b: &ObjRef,
    op: BinaryOp,
) -> Option<PyResult<ObjRef>> {
    use BinaryOp as B;
    if let (Some(x), Some(y)) = (small_int(rt, a), small_int(rt, b)) {
        let r = match op.without_inplace() {
            B::Add => x.checked_add(y),
            B::Subtract => x.checked_sub(y),
            B::Multiply => x.checked_mul(y),
            B::Remainder => floor_divmod(x, y).map(|(_, r)| r),
            B::FloorDivide => floor_divmod(x, y).map(|(q, _)| q),
            B::And => Some(x & y),
            B::Or => Some(x | y),
            B::Xor => Some(x ^ y),
            B::Rshift if y >= 0 => Some(x >> y.min(63)),
            B::Lshift if (0..63).contains(&y) => {
                let r = x << y;
                (r >> y == x).then_some(r)
            }
            _ => None,
        }?;
        return Some(rt.new_int(r).map_err(Into::into));
    }
    if let Some((x, y)) = float_pair(rt, a, b) {
        let r = match op.without_inplace() {
            B::Add => x + y,
            B::Subtract => x - y,
            B::Multiply => x * y,
            B::TrueDivide if y != 0.0 => x / y,
            _ => return None,
        };
        return Some(rt.new_float(r).map_err(Into::into));
    }
    // BINARY_OP_ADD_UNICODE (two exact strs), and str repetition.
    crate::types::str::binary_fast(rt, a, b, op)
}

/// `a op b` for two words or two floats: the truth value.
#[inline(always)]
pub(super) fn compare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> Option<bool> {
    if let (Some(x), Some(y)) = (small_int(rt, a), small_int(rt, b)) {
        return Some(match op {
            CompareOp::Lt => x < y,
            CompareOp::Le => x <= y,
            CompareOp::Eq => x == y,
            CompareOp::Ne => x != y,
            CompareOp::Gt => x > y,
            CompareOp::Ge => x >= y,
        });
    }
    if let Some((x, y)) = float_pair(rt, a, b) {
        return Some(match op {
            CompareOp::Lt => x < y,
            CompareOp::Le => x <= y,
            CompareOp::Eq => x == y,
            CompareOp::Ne => x != y,
            CompareOp::Gt => x > y,
            CompareOp::Ge => x >= y,
        });
    }
    None
}
