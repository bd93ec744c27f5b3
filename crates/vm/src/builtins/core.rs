//! Builtins about objects in general: len, repr, ascii, id, hash, callable, isinstance,
//! issubclass, the attribute functions (getattr, setattr, hasattr, delattr), format, and
//! the character and radix conversions (chr, ord, hex, oct, bin).

use crate::builtins::args::{bad_argument, one_arg, positional};
use crate::errors::{ExcKind, PyResult};
use crate::object::ObjRef;
use crate::ops::{self, type_name};
use crate::runtime::Runtime;
use crate::types::{int, str as pystr, tuple};

type Kw<'a> = Option<&'a ObjRef>;

/// `complex(...)`: outside the subset. A builtin that says so (as the literal `3j` does at
/// compile time) rather than a NameError that would suggest a typo.
pub(crate) fn complex(rt: &Runtime, _: Option<&ObjRef>, _: &[ObjRef], _: Kw) -> PyResult<ObjRef> {
    Err(rt.new_err(
        ExcKind::NotImplementedError,
        "complex numbers are not supported yet",
    ))
}

pub(crate) fn len(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = one_arg(rt, "len", a, kw)?;
    let n = ops::len(rt, x)?;
    Ok(rt.new_int(n as i64)?)
}

pub(crate) fn repr(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    ops::repr(rt, one_arg(rt, "repr", a, kw)?)
}

pub(crate) fn ascii(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let r = ops::ascii_string(rt, one_arg(rt, "ascii", a, kw)?)?;
    Ok(rt.new_str(&r)?)
}

pub(crate) fn id(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = one_arg(rt, "id", a, kw)?;
    Ok(rt.new_int_big(x.id().into())?)
}

pub(crate) fn hash(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let h = ops::hash(rt, one_arg(rt, "hash", a, kw)?)?;
    Ok(rt.new_int(h)?)
}

pub(crate) fn callable(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = one_arg(rt, "callable", a, kw)?;
    Ok(rt.bool_obj(x.type_object().proto().call.is_some()).clone())
}

/// `isinstance`'s second argument: a type or a (nested) tuple of them, checked lazily as
/// CPython does (`isinstance(1, (int, 1))` is True).
fn isinstance_of(rt: &Runtime, x: &ObjRef, spec: &ObjRef) -> PyResult<bool> {
    if spec.as_type().is_some() {
        return Ok(ops::isinstance(x, spec));
    }
    if let Some(items) = tuple::items(spec) {
        return rt.recursive(" in __instancecheck__", || {
            for t in items {
                if isinstance_of(rt, x, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    Err(rt.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

pub(crate) fn isinstance(
    rt: &Runtime,
    _: Option<&ObjRef>,
    a: &[ObjRef],
    kw: Kw,
) -> PyResult<ObjRef> {
    let a = positional(rt, "isinstance", a, kw, 2, 2)?;
    Ok(rt.bool_obj(isinstance_of(rt, &a[0], &a[1])?).clone())
}

fn issubclass_of(rt: &Runtime, c: &ObjRef, spec: &ObjRef) -> PyResult<bool> {
    if let Some(items) = tuple::items(spec) {
        return rt.recursive(" in __subclasscheck__", || {
            for t in items {
                if issubclass_of(rt, c, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if c.as_type().is_none() {
        return Err(rt.type_error("issubclass() arg 1 must be a class"));
    }
    if spec.as_type().is_none() {
        return Err(
            rt.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    }
    Ok(ops::issubclass(c, spec))
}

pub(crate) fn issubclass(
    rt: &Runtime,
    _: Option<&ObjRef>,
    a: &[ObjRef],
    kw: Kw,
) -> PyResult<ObjRef> {
    let a = positional(rt, "issubclass", a, kw, 2, 2)?;
    Ok(rt.bool_obj(issubclass_of(rt, &a[0], &a[1])?).clone())
}

pub(crate) fn getattr(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = positional(rt, "getattr", a, kw, 2, 3)?;
    match ops::get_attr(rt, &a[0], &a[1]) {
        Err(e) if a.len() == 3 && e.matches(rt, ExcKind::AttributeError) => Ok(a[2].clone()),
        r => r,
    }
}

pub(crate) fn hasattr(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = positional(rt, "hasattr", a, kw, 2, 2)?;
    match ops::get_attr(rt, &a[0], &a[1]) {
        Ok(_) => Ok(rt.bool_obj(true).clone()),
        Err(e) if e.matches(rt, ExcKind::AttributeError) => Ok(rt.bool_obj(false).clone()),
        Err(e) => Err(e),
    }
}

pub(crate) fn setattr(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = positional(rt, "setattr", a, kw, 3, 3)?;
    ops::set_attr(rt, &a[0], &a[1], a[2].clone())?;
    Ok(rt.none().clone())
}

pub(crate) fn delattr(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = positional(rt, "delattr", a, kw, 2, 2)?;
    ops::del_attr(rt, &a[0], &a[1])?;
    Ok(rt.none().clone())
}

pub(crate) fn format(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = positional(rt, "format", a, kw, 1, 2)?;
    let spec = match a.get(1) {
        None => "",
        Some(s) => {
            pystr::as_str(s).ok_or_else(|| bad_argument(rt, "format", "argument 2", "str", s))?
        }
    };
    ops::format(rt, &a[0], spec)
}

pub(crate) fn chr(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = one_arg(rt, "chr", a, kw)?;
    let Some(v) = int::value(x) else {
        return Err(rt.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(x)
        )));
    };
    let v = match v.to_i64() {
        Some(v) if i32::try_from(v).is_ok() => v,
        _ => return Err(rt.overflow_error("Python int too large to convert to C int")),
    };
    if !(0..0x110000).contains(&v) {
        return Err(rt.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(v as u32) {
        // A Latin-1 character is the shared one-character string, as CPython's.
        Some(c) => Ok(rt.str_result(c.encode_utf8(&mut [0; 4]))?),
        // Strings are UTF-8 here, so the surrogates U+D800..U+DFFF have no str.
        None => Err(rt.value_error("chr() arg is a surrogate, which rattle's str cannot hold")),
    }
}

pub(crate) fn ord(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = one_arg(rt, "ord", a, kw)?;
    let Some(s) = pystr::as_str(x) else {
        return Err(rt.type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(x)
        )));
    };
    let mut cs = s.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Ok(rt.new_int(c as i64)?),
        _ => Err(rt.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}

fn radix(rt: &Runtime, name: &str, a: &[ObjRef], kw: Kw, base: u32) -> PyResult<ObjRef> {
    let x = one_arg(rt, name, a, kw)?;
    match int::value(x) {
        Some(v) => Ok(rt.new_str(&pyfmt::int::int_to_prefixed(&v.to_big(), base))?),
        None => Err(rt.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(x)
        ))),
    }
}

pub(crate) fn hex(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    radix(rt, "hex", a, kw, 16)
}

pub(crate) fn oct(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    radix(rt, "oct", a, kw, 8)
}

pub(crate) fn bin(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    radix(rt, "bin", a, kw, 2)
}
