//! `repr()`, `str()` and `hash()` (`PyObject_Repr`, `PyObject_Str`, `PyObject_Hash`), with
//! the native-recursion guard (`Py_EnterRecursiveCall(" while getting the repr of an
//! object")`) and `Py_ReprEnter`/`Py_ReprLeave`, which make a container that contains itself
//! print as `[...]`.

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::types::str as pystr;

/// `repr(obj)` as text.
pub fn repr_string(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    match obj.type_object().proto().repr {
        Some(f) => rt.recursive(" while getting the repr of an object", || f(rt, obj)),
        None => Ok(default_repr(obj)),
    }
}

/// `object.__repr__`: `<int object at 0x7f...>`.
pub fn default_repr(obj: &ObjRef) -> String {
    format!("<{} object at {:#x}>", obj.type_object().name(), obj.id())
}

/// `repr(obj)` as a str object.
pub fn repr(rt: &Runtime, obj: &ObjRef) -> PyResult<ObjRef> {
    let s = repr_string(rt, obj)?;
    Ok(rt.new_str(&s)?)
}

/// `str(obj)` as text: `tp_str`, else `tp_repr`.
pub fn str_string(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    if let Some(s) = pystr::as_str(obj) {
        return Ok(s.to_string());
    }
    match obj.type_object().proto().str {
        Some(f) => rt.recursive(" while getting the str of an object", || f(rt, obj)),
        None => repr_string(rt, obj),
    }
}

/// `str(obj)` as a str object (a str is returned as itself).
pub fn str_(rt: &Runtime, obj: &ObjRef) -> PyResult<ObjRef> {
    if obj.type_ref().is(&rt.types().str_) {
        return Ok(obj.clone());
    }
    // `str(i)` of an exact int: its digits without the repr slot and a Rust string.
    let word = rt.types().exact.int.payload(obj);
    if let Some(v) = word.and_then(crate::types::int::IntPayload::to_i64) {
        return Ok(rt.new_str_from_i64(v)?);
    }
    let s = str_string(rt, obj)?;
    Ok(rt.new_str(&s)?)
}

/// `hash(obj)`: TypeError "unhashable type: 'list'" when the type has no hash. An exact
/// int (the commonest key) is hashed here, without the slot call.
#[inline]
pub fn hash(rt: &Runtime, obj: &ObjRef) -> PyResult<i64> {
    match rt.types().exact.int.payload(obj) {
        Some(p) => Ok(crate::types::int::hash_int(p.value())),
        None => hash_slot(rt, obj),
    }
}

/// [`hash`] through the type's slot.
fn hash_slot(rt: &Runtime, obj: &ObjRef) -> PyResult<i64> {
    match obj.type_object().proto().hash {
        Some(f) => f(rt, obj),
        None => Err(rt.type_error(format!("unhashable type: '{}'", obj.type_object().name()))),
    }
}

/// `Py_ReprEnter`: true if `obj`'s repr is already in progress (print `[...]`); otherwise
/// records it until [`repr_leave`].
pub fn repr_enter(rt: &Runtime, obj: &ObjRef) -> bool {
    let mut stack = rt.state().repr_stack.borrow_mut();
    if stack.contains(&obj.as_ptr()) {
        return true;
    }
    stack.push(obj.as_ptr());
    false
}

/// `Py_ReprLeave`.
pub fn repr_leave(rt: &Runtime, obj: &ObjRef) {
    let mut stack = rt.state().repr_stack.borrow_mut();
    if let Some(i) = stack.iter().rposition(|p| *p == obj.as_ptr()) {
        stack.remove(i);
    }
}
