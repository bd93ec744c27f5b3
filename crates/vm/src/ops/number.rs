//! The binary-operator protocol (`binary_op1`, `binary_iop1`, `PyNumber_Add` & co. of
//! `Objects/abstract.c`): the left operand's number slot, then the right's (first when the
//! right operand's type is a proper subclass of the left's, as CPython does so that a
//! subclass can override), then the sequence slots for `+` and `*`, then CPython's TypeError.
//! In-place forms try the in-place slot first and fall back to the binary one.

use bytecode::BinaryOp;

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::ops::type_name;
use crate::protocol::{BinaryFn, NumberOp, UnaryOp};
use crate::runtime::Runtime;
use crate::types::int;

/// What the eval loop calls for `BINARY_OP`.
pub fn binary_op(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: BinaryOp) -> PyResult<ObjRef> {
    let (nop, inplace) = NumberOp::from_binary(op);
    if inplace {
        inplace_op(rt, a, b, nop)
    } else {
        number_op(rt, a, b, nop)
    }
}

fn same_slot(f: BinaryFn, g: BinaryFn) -> bool {
    std::ptr::fn_addr_eq(f, g)
}

/// `binary_op1`: the number slots only; `NotImplemented` if both decline.
fn binary_op1(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: NumberOp) -> PyResult<ObjRef> {
    let (ta, tb) = (a.type_ref(), b.type_ref());
    let slotv = a.type_object().proto().number;
    let mut slotw = None;
    if !ta.is(tb) {
        slotw = b.type_object().proto().number;
        if let (Some(v), Some(w)) = (slotv, slotw) {
            if same_slot(v, w) {
                slotw = None;
            }
        }
    }
    if let Some(v) = slotv {
        if let Some(w) = slotw {
            if crate::ops::is_subtype(tb, ta) {
                let r = w(rt, a, b, op)?;
                if !rt.is_not_implemented(&r) {
                    return Ok(r);
                }
                slotw = None;
            }
        }
        let r = v(rt, a, b, op)?;
        if !rt.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(w) = slotw {
        return w(rt, a, b, op);
    }
    Ok(rt.not_implemented().clone())
}

fn unsupported(rt: &Runtime, a: &ObjRef, b: &ObjRef, sym: &str) -> crate::errors::PyErr {
    rt.type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        type_name(a),
        type_name(b)
    ))
}

/// The count of `seq * n`: an int as an index, or CPython's TypeError/OverflowError.
fn repeat_count(rt: &Runtime, n: &ObjRef) -> PyResult<Option<isize>> {
    match int::payload(n) {
        Some(p) => match p.to_i64() {
            Some(v) => Ok(Some(v as isize)),
            None => Err(rt.overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                type_name(n)
            ))),
        },
        None => Ok(None),
    }
}

/// `a op b` for a non-in-place operator (`PyNumber_Add`, `PyNumber_Multiply`, ...).
pub fn number_op(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: NumberOp) -> PyResult<ObjRef> {
    let r = binary_op1(rt, a, b, op)?;
    if !rt.is_not_implemented(&r) {
        return Ok(r);
    }
    if let Some(r) = sequence_fallback(rt, a, b, op, false)? {
        return Ok(r);
    }
    Err(unsupported(rt, a, b, op.symbol()))
}

/// `sq_concat` / `sq_repeat` after the number slots declined.
fn sequence_fallback(
    rt: &Runtime,
    a: &ObjRef,
    b: &ObjRef,
    op: NumberOp,
    inplace: bool,
) -> PyResult<Option<ObjRef>> {
    let pa = a.type_object().proto();
    match op {
        NumberOp::Add => {
            let f = if inplace {
                pa.inplace_concat.or(pa.concat)
            } else {
                pa.concat
            };
            if let Some(f) = f {
                return f(rt, a, b).map(Some);
            }
        }
        NumberOp::Multiply => {
            let fa = if inplace {
                pa.inplace_repeat.or(pa.repeat)
            } else {
                pa.repeat
            };
            if let Some(f) = fa {
                return match repeat_count(rt, b)? {
                    Some(n) => f(rt, a, n).map(Some),
                    None => Err(rt.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        type_name(b)
                    ))),
                };
            }
            if let Some(f) = b.type_object().proto().repeat {
                return match repeat_count(rt, a)? {
                    Some(n) => f(rt, b, n).map(Some),
                    None => Err(rt.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        type_name(a)
                    ))),
                };
            }
        }
        _ => {}
    }
    Ok(None)
}

/// `a op= b` (`PyNumber_InPlaceAdd` & co.).
fn inplace_op(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: NumberOp) -> PyResult<ObjRef> {
    if let Some(f) = a.type_object().proto().inplace {
        let r = f(rt, a, b, op)?;
        if !rt.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let r = binary_op1(rt, a, b, op)?;
    if !rt.is_not_implemented(&r) {
        return Ok(r);
    }
    if let Some(r) = sequence_fallback(rt, a, b, op, true)? {
        return Ok(r);
    }
    Err(unsupported(rt, a, b, op.inplace_symbol()))
}

/// `pow(a, b, m)` (`ternary_op` for `nb_power`; only the left operand's slot, as CPython's
/// three-argument protocol ends up for builtin types).
pub fn power_mod(rt: &Runtime, a: &ObjRef, b: &ObjRef, m: &ObjRef) -> PyResult<ObjRef> {
    if rt.is_none(m) {
        return number_op(rt, a, b, NumberOp::Power);
    }
    for x in [a, b, m] {
        if let Some(f) = x.type_object().proto().power_mod {
            let r = f(rt, a, b, m)?;
            if !rt.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    Err(rt.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(a),
        type_name(b),
        type_name(m)
    )))
}

/// `divmod(a, b)` (`nb_divmod`) for ints and floats: a 2-tuple, or CPython's TypeError.
pub fn divmod(rt: &Runtime, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    use crate::types::float;
    if let (Some(x), Some(y)) = (int::value(a), int::value(b)) {
        let (q, r) = int::int_divmod(rt, x, y)?;
        return Ok(rt.new_tuple(vec![q, r])?);
    }
    let is_num = |o: &ObjRef| float::as_f64(o).is_some() || int::value(o).is_some();
    if is_num(a) && is_num(b) {
        if let (Some(x), Some(y)) = (float::to_f64(rt, a)?, float::to_f64(rt, b)?) {
            let (q, r) = float::float_divmod(rt, x, y)?;
            return Ok(rt.new_tuple(vec![rt.new_float(q)?, rt.new_float(r)?])?);
        }
    }
    Err(rt.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    )))
}

/// `-a`, `+a`, `~a`, `abs(a)`.
pub fn unary_op(rt: &Runtime, a: &ObjRef, op: UnaryOp) -> PyResult<ObjRef> {
    match a.type_object().proto().unary {
        Some(f) => {
            let r = f(rt, a, op)?;
            if !rt.is_not_implemented(&r) {
                return Ok(r);
            }
            Err(bad_operand(rt, a, op))
        }
        None => Err(bad_operand(rt, a, op)),
    }
}

fn bad_operand(rt: &Runtime, a: &ObjRef, op: UnaryOp) -> crate::errors::PyErr {
    rt.type_error(format!(
        "bad operand type for {}: '{}'",
        op.symbol(),
        type_name(a)
    ))
}
