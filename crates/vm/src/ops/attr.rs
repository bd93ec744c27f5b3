//! Attribute access and calls (`PyObject_GetAttr`, `PyObject_SetAttr`, `PyObject_Vectorcall`)
//! through the `getattr`/`setattr`/`call` slots, with CPython's AttributeError and TypeError
//! texts when a type has no such slot. Builtin types' methods (issue 5) and classes' instance
//! dictionaries (later) plug in by filling the slots.

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::object::ObjRef;
use crate::ops::type_name;
use crate::runtime::Runtime;
use crate::types::str as pystr;

/// "'int' object has no attribute 'x'".
pub fn attribute_error(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyErr {
    rt.new_err(
        ExcKind::AttributeError,
        format!(
            "'{}' object has no attribute '{}'",
            type_name(obj),
            pystr::as_str(name).unwrap_or("")
        ),
    )
}

fn check_name(rt: &Runtime, name: &ObjRef) -> PyResult<()> {
    if pystr::as_str(name).is_none() {
        return Err(rt.type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(name)
        )));
    }
    Ok(())
}

/// The builtin method `name` of a type or the first of its bases that defines it (the MRO
/// walk of `_PyType_Lookup`, over method tables only until classes arrive).
pub(crate) fn find_method(ty: &crate::TypeObject, name: &str) -> Option<crate::MethodDef> {
    lookup_method(ty, name).map(|(m, _)| m)
}

/// As [`find_method`], with the type whose table defines it (a descriptor's `d_type`).
pub(crate) fn find_method_owner(cls: &ObjRef, name: &str) -> Option<(crate::MethodDef, ObjRef)> {
    let (m, found_in) = lookup_method(cls.as_type()?, name)?;
    let owner = match found_in {
        None => cls.clone(),
        Some(p) => p.chain_type_ref()?,
    };
    Some((m, owner))
}

/// The MRO walk behind both: the method, and the MRO entry whose table has it (`None`: the
/// type's own table).
fn lookup_method<'a>(
    ty: &'a crate::TypeObject,
    name: &str,
) -> Option<(crate::MethodDef, Option<&'a crate::ObjPtr>)> {
    let own = |t: &crate::TypeObject| t.methods().iter().find(|m| m.name == name).copied();
    if let Some(m) = own(ty) {
        return Some((m, None));
    }
    ty.mro_tail()
        .iter()
        .find_map(|p| Some((p.as_chain_type().and_then(own)?, Some(p))))
}

/// The object `def` gives when looked up on an instance of `cls` (`obj` is the instance) or,
/// with `obj` = `None`, on `cls` itself: instance methods bind to the instance (on the type,
/// the unbound `method_descriptor` of the defining type `owner`); class methods bind to the
/// class; static methods to nothing.
pub(crate) fn bind_method(
    rt: &Runtime,
    def: crate::MethodDef,
    owner: &ObjRef,
    cls: &ObjRef,
    obj: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    use crate::typeobj::MethodKind;
    Ok(match (def.kind, obj) {
        (MethodKind::Instance, Some(o)) => {
            rt.new_builtin_fn(def.name, def.func, Some(o.clone()))?
        }
        (MethodKind::Instance, None) => rt.new_method_descr(def, owner)?,
        (MethodKind::Class, _) => rt.new_builtin_fn(def.name, def.func, Some(cls.clone()))?,
        (MethodKind::Static, _) => rt.new_builtin_fn(def.name, def.func, None)?,
    })
}

/// `PyObject_GenericGetAttr` for builtin types: the method tables along the type's MRO give
/// a builtin method bound to `obj`; else AttributeError. (Instance dictionaries and
/// descriptors arrive with classes.)
pub fn generic_getattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let n = pystr::as_str(name).unwrap_or("");
    let cls = obj.type_ref();
    match find_method(obj.type_object(), n) {
        Some(m) => bind_method(rt, m, cls, cls, Some(obj)),
        None => Err(attribute_error(rt, obj, name)),
    }
}

/// `obj.name`.
pub fn get_attr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    check_name(rt, name)?;
    match obj.type_object().proto().getattr {
        Some(f) => f(rt, obj, name),
        None => Err(attribute_error(rt, obj, name)),
    }
}

/// `obj.name = value`.
pub fn set_attr(rt: &Runtime, obj: &ObjRef, name: &ObjRef, value: ObjRef) -> PyResult<()> {
    check_name(rt, name)?;
    match obj.type_object().proto().setattr {
        Some(f) => f(rt, obj, name, Some(value)),
        None => Err(attribute_error(rt, obj, name)),
    }
}

/// `del obj.name`.
pub fn del_attr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<()> {
    check_name(rt, name)?;
    match obj.type_object().proto().setattr {
        Some(f) => f(rt, obj, name, None),
        None => Err(attribute_error(rt, obj, name)),
    }
}

/// `callable(*args, **kwargs)` in vectorcall form (see [`crate::protocol::CallFn`]).
pub fn call(
    rt: &Runtime,
    callable: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    match callable.type_object().proto().call {
        // A Python function counts its frame instead (`_PyFunction_Vectorcall`).
        Some(f) if crate::types::function::payload(callable).is_some() => {
            f(rt, callable, args, kwnames)
        }
        Some(f) => rt.recursive(" while calling a Python object", || {
            f(rt, callable, args, kwnames)
        }),
        None => Err(rt.type_error(format!("'{}' object is not callable", type_name(callable)))),
    }
}
