//! What `raise` and `except` need from the object layer: turning the operand of `raise` into
//! an exception instance (`raise ValueError` instantiates the class; anything else is
//! CPython's TypeError), and `except E:` matching against a class or a tuple of classes with
//! CPython's check that they derive from BaseException.

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::object::ObjRef;
use crate::ops::{call, is_subtype};
use crate::runtime::Runtime;
use crate::types::tuple;

/// Whether `obj` is BaseException or a subclass (a type object).
pub fn is_exception_type(rt: &Runtime, obj: &ObjRef) -> bool {
    is_subtype(obj, rt.exc_type(ExcKind::BaseException))
}

/// The exception `raise obj` raises: an instance as is, a class instantiated with no
/// arguments (through its `call` slot when it has one, as a class with `__init__` will),
/// else TypeError "exceptions must derive from BaseException".
pub fn exception_to_raise(rt: &Runtime, obj: &ObjRef) -> PyErr {
    if is_subtype(obj.type_ref(), rt.exc_type(ExcKind::BaseException)) {
        return PyErr::from_object(obj.clone());
    }
    if is_exception_type(rt, obj) {
        let made = if obj.type_object().proto().call.is_some() {
            call(rt, obj, &[], None)
        } else {
            rt.new_exception(obj, Vec::new()).map_err(PyErr::from)
        };
        return match made {
            Ok(e) if is_subtype(e.type_ref(), rt.exc_type(ExcKind::BaseException)) => {
                PyErr::from_object(e)
            }
            Ok(e) => rt.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                crate::ops::repr_string(rt, obj).unwrap_or_default(),
                e.type_object().name()
            )),
            Err(e) => e,
        };
    }
    rt.type_error("exceptions must derive from BaseException")
}

/// `except spec:` for the exception object `exc`: `spec` is an exception class or a tuple
/// of them (nested tuples allowed, as `PyErr_GivenExceptionMatches`).
pub fn exception_matches(rt: &Runtime, exc: &ObjRef, spec: &ObjRef) -> PyResult<bool> {
    let classes: Vec<ObjRef> = match tuple::items(spec) {
        Some(items) => items.to_vec(),
        None => vec![spec.clone()],
    };
    for c in &classes {
        if tuple::items(c).is_some() {
            if exception_matches(rt, exc, c)? {
                return Ok(true);
            }
            continue;
        }
        if !is_exception_type(rt, c) {
            return Err(rt.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    let t = exc.type_ref();
    Ok(classes
        .iter()
        .any(|c| tuple::items(c).is_none() && is_subtype(t, c)))
}
