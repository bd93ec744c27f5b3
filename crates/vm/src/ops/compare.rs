//! Rich comparison (`PyObject_RichCompare`, `do_richcompare`): the reflected operation of a
//! subclass first, then the left operand's `tp_richcompare`, then the right's reflected;
//! when all decline, `==`/`!=` fall back to identity and the orderings raise CPython's
//! "'<' not supported between instances of 'int' and 'str'".

use bytecode::CompareOp;

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::ops::{is_true, type_name};
use crate::runtime::Runtime;

/// The operation with swapped operands (`_Py_SwappedOp`).
fn swapped(op: CompareOp) -> CompareOp {
    match op {
        CompareOp::Lt => CompareOp::Gt,
        CompareOp::Le => CompareOp::Ge,
        CompareOp::Eq => CompareOp::Eq,
        CompareOp::Ne => CompareOp::Ne,
        CompareOp::Gt => CompareOp::Lt,
        CompareOp::Ge => CompareOp::Le,
    }
}

/// `a op b` as an object (usually a bool).
pub fn compare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    rt.recursive(" in comparison", || do_richcompare(rt, a, b, op))
}

fn do_richcompare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (ta, tb) = (a.type_ref(), b.type_ref());
    let fa = a.type_object().proto().richcompare;
    let fb = b.type_object().proto().richcompare;
    let mut checked_reverse = false;
    if !ta.is(tb) && crate::ops::is_subtype(tb, ta) {
        if let Some(f) = fb {
            checked_reverse = true;
            let r = f(rt, b, a, swapped(op))?;
            if !rt.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = fa {
        let r = f(rt, a, b, op)?;
        if !rt.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(f) = fb {
            let r = f(rt, b, a, swapped(op))?;
            if !rt.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(rt.bool_obj(a.is(b)).clone()),
        CompareOp::Ne => Ok(rt.bool_obj(!a.is(b)).clone()),
        _ => Err(rt.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// `PyObject_RichCompareBool`: identity implies equality for `==` and `!=` (so a NaN is
/// found in a list holding it), otherwise the truth of [`compare`].
pub fn compare_bool(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<bool> {
    if a.is(b) {
        match op {
            CompareOp::Eq => return Ok(true),
            CompareOp::Ne => return Ok(false),
            _ => {}
        }
    }
    let r = compare(rt, a, b, op)?;
    if r.is(rt.bool_obj(true)) {
        return Ok(true);
    }
    if r.is(rt.bool_obj(false)) {
        return Ok(false);
    }
    is_true(rt, &r)
}

/// `a == b` with the identity shortcut (what containers use).
pub fn eq(rt: &Runtime, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    compare_bool(rt, a, b, CompareOp::Eq)
}
