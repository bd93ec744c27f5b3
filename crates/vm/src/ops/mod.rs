//! The operation layer the eval loop calls: CPython's abstract object API
//! (`Objects/abstract.c`, `Objects/object.c`) over the type slots of `protocol.rs`. Each
//! function takes borrowed operands and returns a new reference or raises with CPython's
//! TypeError text. `number.rs` holds the binary-operator protocol, `compare.rs` rich
//! comparison, `repr.rs` repr/str/hash with the recursion guards; this file the container
//! protocol (len, truth, contains, subscripts, iteration) and type checks.

mod attr;
mod compare;
mod convert;
mod exceptions;
mod format;
mod number;
mod repr;

pub use attr::{attribute_error, call, del_attr, generic_getattr, get_attr, set_attr};
pub(crate) use attr::{bind_method, find_method, find_method_owner};
pub use compare::{compare, compare_bool, eq};
pub use convert::{to_bool, to_float, to_int};
pub use exceptions::{exception_matches, exception_to_raise, is_exception_type};
pub use format::{ascii_escape, ascii_string, convert, format, format_string};
pub use number::{binary_op, divmod, number_op, power_mod, unary_op};
pub use repr::{hash, repr, repr_enter, repr_leave, repr_string, str_, str_string};

use crate::errors::{ExcKind, PyResult};
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::types::int;

/// The type name CPython puts in messages (`'int'`).
pub fn type_name(obj: &ObjRef) -> &str {
    obj.type_object().name()
}

/// `isinstance(obj, ty)` for a type object `ty` (no `__instancecheck__` yet).
pub fn isinstance(obj: &ObjRef, ty: &ObjRef) -> bool {
    is_subtype(obj.type_ref(), ty)
}

/// `PyType_IsSubtype(a, b)` for type objects (false if `a` is not a type).
pub fn is_subtype(a: &ObjRef, b: &ObjRef) -> bool {
    a.as_type().is_some_and(|t| t.is_subtype_of(a, b))
}

/// `issubclass(sub, ty)` for type objects.
pub fn issubclass(sub: &ObjRef, ty: &ObjRef) -> bool {
    match sub.as_type() {
        Some(t) => t.is_subtype_of(sub, ty),
        None => false,
    }
}

/// `PyObject_IsTrue`: `nb_bool`, else `len() != 0`, else true.
pub fn is_true(rt: &Runtime, obj: &ObjRef) -> PyResult<bool> {
    if obj.is(rt.bool_obj(true)) {
        return Ok(true);
    }
    if obj.is(rt.bool_obj(false)) || obj.is(rt.none()) {
        return Ok(false);
    }
    let p = obj.type_object().proto();
    if let Some(f) = p.bool {
        return f(rt, obj);
    }
    if let Some(f) = p.len {
        return Ok(f(rt, obj)? != 0);
    }
    Ok(true)
}

/// `len(obj)`.
pub fn len(rt: &Runtime, obj: &ObjRef) -> PyResult<usize> {
    match obj.type_object().proto().len {
        Some(f) => f(rt, obj),
        None => Err(rt.type_error(format!("object of type '{}' has no len()", type_name(obj)))),
    }
}

/// `item in container` (`PySequence_Contains`): `sq_contains`, else a search by iteration.
pub fn contains(rt: &Runtime, container: &ObjRef, item: &ObjRef) -> PyResult<bool> {
    if let Some(f) = container.type_object().proto().contains {
        return f(rt, container, item);
    }
    if container.type_object().proto().iter.is_none() {
        return Err(rt.type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(container)
        )));
    }
    let it = get_iter(rt, container)?;
    while let Some(x) = iter_next(rt, &it)? {
        if eq(rt, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `obj[key]`.
pub fn get_item(rt: &Runtime, obj: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
    match obj.type_object().proto().getitem {
        Some(f) => f(rt, obj, key),
        None => Err(rt.type_error(format!("'{}' object is not subscriptable", type_name(obj)))),
    }
}

/// `obj[key] = value`.
pub fn set_item(rt: &Runtime, obj: &ObjRef, key: &ObjRef, value: ObjRef) -> PyResult<()> {
    match obj.type_object().proto().setitem {
        Some(f) => f(rt, obj, key, Some(value)),
        None if obj.type_object().proto().getitem.is_some() => Err(rt.type_error(format!(
            "'{}' object does not support item assignment",
            type_name(obj)
        ))),
        None => Err(rt.type_error(format!(
            "'{}' object does not support item assignment",
            type_name(obj)
        ))),
    }
}

/// `del obj[key]`.
pub fn del_item(rt: &Runtime, obj: &ObjRef, key: &ObjRef) -> PyResult<()> {
    match obj.type_object().proto().setitem {
        Some(f) => f(rt, obj, key, None),
        None if obj.type_object().proto().getitem.is_some() => Err(rt.type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name(obj)
        ))),
        None => Err(rt.type_error(format!(
            "'{}' object does not support item deletion",
            type_name(obj)
        ))),
    }
}

/// `iter(obj)`.
pub fn get_iter(rt: &Runtime, obj: &ObjRef) -> PyResult<ObjRef> {
    match obj.type_object().proto().iter {
        Some(f) => f(rt, obj),
        None => Err(rt.type_error(format!("'{}' object is not iterable", type_name(obj)))),
    }
}

/// `next(it)`: `Ok(None)` when exhausted (no StopIteration object is built).
pub fn iter_next(rt: &Runtime, it: &ObjRef) -> PyResult<Option<ObjRef>> {
    match it.type_object().proto().iternext {
        Some(f) => f(rt, it),
        None => Err(rt.type_error(format!("'{}' object is not an iterator", type_name(it)))),
    }
}

/// Collects an iterable into a vector (`list(x)`'s loop).
pub fn collect(rt: &Runtime, iterable: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let it = get_iter(rt, iterable)?;
    let mut out = Vec::new();
    while let Some(x) = iter_next(rt, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// `PyNumber_AsSsize_t(obj, IndexError)` for subscripts: an int (or bool) as an isize, or
/// IndexError "cannot fit 'int' into an index-sized integer". `None` if `obj` is not an int.
pub fn index_value(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<isize>> {
    match int::payload(obj) {
        Some(p) => match p.to_i64() {
            Some(v) => Ok(Some(v as isize)),
            None => Err(rt.new_err(
                ExcKind::IndexError,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    type_name(obj)
                ),
            )),
        },
        None => Ok(None),
    }
}

/// `sys.getsizeof(obj)` before the GC head is added: the type's `__sizeof__`, else the
/// request size without the pre-header.
pub fn sizeof(rt: &Runtime, obj: &ObjRef) -> usize {
    match obj.type_object().proto().sizeof {
        Some(f) => f(rt, obj),
        None => rt.request_size(obj) - obj.type_object().preheader_size(),
    }
}

/// `sys.getsizeof(obj)`: `__sizeof__` plus the GC head of a GC object.
pub fn getsizeof(rt: &Runtime, obj: &ObjRef) -> usize {
    sizeof(rt, obj) + obj.type_object().preheader_size()
}
