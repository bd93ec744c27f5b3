//! The cores of the `int()`, `float()` and `bool()` constructors (`PyNumber_Long`,
//! `PyNumber_Float`, `PyObject_IsTrue`) for the builtin types, with CPython's errors; the
//! builtins (issue 5) add argument parsing and `__int__`/`__float__`/`__index__` of classes.

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::ops::type_name;
use crate::runtime::Runtime;
use crate::types::{float, int, str as pystr};

/// `int(x)` or `int(x, base)`.
pub fn to_int(rt: &Runtime, x: &ObjRef, base: Option<u32>) -> PyResult<ObjRef> {
    if let Some(b) = base {
        return match pystr::as_str(x) {
            Some(s) => int::parse_int(rt, s, b),
            None => Err(rt.type_error("int() can't convert non-string with explicit base")),
        };
    }
    if let Some(v) = int::value(x) {
        if x.type_ref().is(&rt.types().int) {
            return Ok(x.clone());
        }
        return Ok(rt.new_int_value(v.clone())?);
    }
    if let Some(f) = float::as_f64(x) {
        return float::float_to_int(rt, f);
    }
    if let Some(s) = pystr::as_str(x) {
        return int::parse_int(rt, s, 10);
    }
    Err(rt.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

/// `float(x)`.
pub fn to_float(rt: &Runtime, x: &ObjRef) -> PyResult<ObjRef> {
    if x.type_ref().is(&rt.types().float) {
        return Ok(x.clone());
    }
    if let Some(v) = float::to_f64(rt, x)? {
        return Ok(rt.new_float(v)?);
    }
    if let Some(s) = pystr::as_str(x) {
        return float::parse_float(rt, s);
    }
    if let Some(f) = x.type_object().proto().float {
        return Ok(rt.new_float(f(rt, x)?)?);
    }
    Err(rt.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(x)
    )))
}

/// `bool(x)`.
pub fn to_bool(rt: &Runtime, x: &ObjRef) -> PyResult<ObjRef> {
    Ok(rt.new_bool(crate::ops::is_true(rt, x)?))
}
