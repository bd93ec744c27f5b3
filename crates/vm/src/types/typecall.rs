//! Calling a type object (`type_call`): `type(x)` answers the type of `x`; any other type
//! is constructed through its `new` slot (`tp_new` with `tp_init`'s work folded in, which
//! is the same thing for builtin types), or refused with "cannot create 'X' instances".
//! This file also holds the `new` of the core builtin types — `object`, `NoneType`, `int`,
//! `bool`, `float`, `str`, `list`, `tuple`, `dict`, `set`, `frozenset`, `range`, `slice`
//! and the exception types — with the argument errors CPython's constructors raise. The
//! library's iterator types (`enumerate`, `zip`, ...) have theirs in `builtins/`.

use num_bigint::BigInt;

use crate::builtins::args::{self, Params};
use crate::errors::{ExcKind, PyResult};
use crate::object::ObjRef;
use crate::ops::{self, type_name};
use crate::runtime::Runtime;
use crate::types::{dict, int, list, set, str as pystr, tuple};

/// `type.__call__`.
pub(crate) fn type_call(
    rt: &Runtime,
    cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let Some(t) = cls.as_type() else {
        return Err(rt.type_error("descriptor '__call__' requires a 'type' object"));
    };
    if cls.is(&rt.types().type_) {
        let nkw = args::kw_names(kwnames).len();
        if args.len() == 1 && nkw == 0 {
            return Ok(args[0].type_ref().clone());
        }
        // The three-argument form builds a class (a later issue).
        return Err(rt.type_error("type() takes 1 or 3 arguments"));
    }
    match t.proto().new {
        Some(new) => new(rt, cls, args, kwnames),
        None => Err(rt.type_error(format!("cannot create '{}' instances", t.name()))),
    }
}

/// `type.__getattribute__` for builtin types: `__name__`, `__qualname__`, `__module__`
/// (from the dotted `tp_name`, as `type_name`/`type_module` do), `__mro__`, `__bases__`,
/// `__base__`; anything else is CPython's "type object 'int' has no attribute 'x'".
pub(crate) fn type_getattr(rt: &Runtime, cls: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let Some(t) = cls.as_type() else {
        return Err(ops::attribute_error(rt, cls, name));
    };
    let n = pystr::as_str(name).unwrap_or("");
    let full = t.name();
    let (module, short) = match full.rsplit_once('.') {
        Some((m, s)) => (m, s),
        None => ("builtins", full),
    };
    let chain = || -> Vec<ObjRef> {
        t.mro_tail()
            .iter()
            .filter_map(|p| p.chain_type_ref())
            .collect()
    };
    match n {
        "__name__" | "__qualname__" => Ok(rt.new_str(short)?),
        "__module__" => Ok(rt.new_str(module)?),
        "__mro__" => {
            let mut v = vec![cls.clone()];
            v.extend(chain());
            Ok(rt.new_tuple(v)?)
        }
        "__bases__" => match chain().into_iter().next() {
            Some(b) => Ok(rt.new_tuple(vec![b])?),
            None => Ok(rt.empty_tuple().clone()),
        },
        "__base__" => Ok(chain()
            .into_iter()
            .next()
            .unwrap_or_else(|| rt.none().clone())),
        _ => match ops::find_method_owner(cls, n) {
            Some((def, owner)) => ops::bind_method(rt, def, &owner, cls, None),
            None => Err(rt.new_err(
                ExcKind::AttributeError,
                format!("type object '{full}' has no attribute '{n}'"),
            )),
        },
    }
}

/// `type.__setattr__` on a builtin type: CPython's "immutable type" TypeError.
pub(crate) fn type_setattr(
    rt: &Runtime,
    cls: &ObjRef,
    name: &ObjRef,
    _value: Option<ObjRef>,
) -> PyResult<()> {
    let tname = cls.as_type().map_or("", |t| t.name());
    Err(rt.type_error(format!(
        "cannot set '{}' attribute of immutable type '{tname}'",
        pystr::as_str(name).unwrap_or("")
    )))
}

/// `object()`.
pub(crate) fn object_new(
    rt: &Runtime,
    _cls: &ObjRef,
    args: &[ObjRef],
    _kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    if !args.is_empty() {
        return Err(rt.type_error("object() takes no arguments"));
    }
    Ok(rt.new_object()?)
}

/// `NoneType()`, `NotImplementedType()`, `ellipsis()`: the singleton.
pub(crate) fn singleton_new(
    rt: &Runtime,
    cls: &ObjRef,
    args: &[ObjRef],
    _kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let name = cls.as_type().map_or("", |t| t.name());
    if !args.is_empty() {
        return Err(rt.type_error(format!("{name} takes no arguments")));
    }
    let t = rt.types();
    Ok(if cls.is(&t.not_implemented) {
        rt.not_implemented().clone()
    } else if cls.is(&t.ellipsis) {
        rt.ellipsis().clone()
    } else {
        rt.none().clone()
    })
}

/// `int(x=0, /, base=10)`.
pub(crate) fn int_new(
    rt: &Runtime,
    _cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    const P: Params = Params {
        fname: "int",
        names: &["x", "base"],
        posonly: 1,
        required: 0,
        maxpos: 2,
    };
    let a = P.parse(rt, args, kwnames)?;
    match (&a[0], &a[1]) {
        (None, None) => Ok(rt.new_int(0)?),
        (None, Some(_)) => Err(rt.type_error("int() missing string argument")),
        (Some(x), None) => ops::to_int(rt, x, None),
        (Some(x), Some(b)) => {
            let base = int::to_isize(rt, b).map_err(|e| {
                if e.matches(rt, ExcKind::OverflowError) {
                    rt.value_error("int() base must be >= 2 and <= 36, or 0")
                } else {
                    e
                }
            })?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(rt.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            ops::to_int(rt, x, Some(base as u32))
        }
    }
}

/// `bool(x=False, /)`.
pub(crate) fn bool_new(
    rt: &Runtime,
    _cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let a = args::positional(rt, "bool", args, kwnames, 0, 1)?;
    match a.first() {
        Some(x) => ops::to_bool(rt, x),
        None => Ok(rt.bool_obj(false).clone()),
    }
}

/// `float(x=0.0, /)`.
pub(crate) fn float_new(
    rt: &Runtime,
    _cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let a = args::positional(rt, "float", args, kwnames, 0, 1)?;
    match a.first() {
        Some(x) => ops::to_float(rt, x),
        None => Ok(rt.new_float(0.0)?),
    }
}

/// `str(object='', encoding=..., errors=...)`; decoding needs bytes, which the subset
/// does not have, so any encoding argument fails as it does for a non-bytes object.
pub(crate) fn str_new(
    rt: &Runtime,
    _cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    const P: Params = Params {
        fname: "str",
        names: &["object", "encoding", "errors"],
        posonly: 0,
        required: 0,
        maxpos: 3,
    };
    // `str(x)`, the common call, without the keyword machinery.
    if let ([x], None) = (args, kwnames) {
        return ops::str_(rt, x);
    }
    let a = P.parse(rt, args, kwnames)?;
    if a[1].is_some() || a[2].is_some() {
        let what = a[0].as_ref().map_or("str", type_name);
        if let Some(e) = a[1].as_ref().filter(|e| pystr::as_str(e).is_none()) {
            return Err(rt.type_error(format!(
                "str() argument 'encoding' must be str, not {}",
                type_name(e)
            )));
        }
        return Err(rt.type_error(format!(
            "decoding to str: need a bytes-like object, {what} found"
        )));
    }
    match &a[0] {
        Some(x) => ops::str_(rt, x),
        None => Ok(rt.intern("")?),
    }
}

/// What CPython's preallocation from `__length_hint__` does before collecting an iterable:
/// a range too long for the machine is OverflowError ("Python int too large to convert to
/// C ssize_t"), one too long to allocate MemoryError — at once, not after filling memory.
pub fn check_length_hint(rt: &Runtime, x: &ObjRef) -> PyResult<()> {
    if let Some(r) = crate::types::range::payload(x) {
        let n = r.length();
        if *n > BigInt::from(isize::MAX) {
            return Err(rt.overflow_error("Python int too large to convert to C ssize_t"));
        }
        if *n > BigInt::from(tuple::MAX_ITEMS) {
            return Err(rt.memory_error());
        }
    }
    Ok(())
}

/// `tuple(iterable=(), /)`.
pub(crate) fn tuple_new(
    rt: &Runtime,
    _cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let a = args::positional(rt, "tuple", args, kwnames, 0, 1)?;
    match a.first() {
        None => Ok(rt.empty_tuple().clone()),
        Some(x) if x.type_ref().is(&rt.types().tuple) => Ok(x.clone()),
        Some(x) => {
            check_length_hint(rt, x)?;
            let items = match list::items(x) {
                Some(v) => v.to_vec(),
                None => ops::collect(rt, x)?,
            };
            if items.is_empty() {
                return Ok(rt.empty_tuple().clone());
            }
            Ok(rt.new_tuple(items)?)
        }
    }
}

/// `list(iterable=(), /)`.
pub(crate) fn list_new(
    rt: &Runtime,
    _cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let a = args::positional(rt, "list", args, kwnames, 0, 1)?;
    let l = rt.new_list(Vec::new())?;
    if let Some(x) = a.first() {
        check_length_hint(rt, x)?;
        list::init_from(rt, &l, x)?;
    }
    Ok(l)
}

/// `set(iterable=(), /)`.
pub(crate) fn set_new(
    rt: &Runtime,
    _cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let a = args::positional(rt, "set", args, kwnames, 0, 1)?;
    let s = rt.new_set()?;
    if let Some(x) = a.first() {
        set::set_update(rt, &s, x)?;
    }
    Ok(s)
}

/// `frozenset(iterable=(), /)`: a frozenset argument is returned as itself.
pub(crate) fn frozenset_new(
    rt: &Runtime,
    _cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let a = args::positional(rt, "frozenset", args, kwnames, 0, 1)?;
    if let Some(x) = a.first() {
        if x.type_ref().is(&rt.types().frozenset) {
            return Ok(x.clone());
        }
    }
    let s = rt.new_frozenset()?;
    if let Some(x) = a.first() {
        set::set_update(rt, &s, x)?;
    }
    Ok(s)
}

/// `dict(mapping_or_iterable=(), /, **kwargs)`.
pub(crate) fn dict_new(
    rt: &Runtime,
    _cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let d = rt.new_dict()?;
    crate::types::dict_methods::update_common(rt, &d, args, kwnames, "dict")?;
    Ok(d)
}

/// `dict.update(other)` (`dict_update_arg`): a dict's items, a mapping's `keys()` and
/// `other[k]`, or an iterable of pairs, with CPython's errors for bad elements.
pub fn dict_update(rt: &Runtime, d: &ObjRef, other: &ObjRef) -> PyResult<()> {
    if let Some(p) = dict::payload(other) {
        return dict::dict_merge(rt, d, p);
    }
    let keys_name = rt.intern("keys")?;
    if other.type_object().proto().getattr.is_some() {
        match ops::get_attr(rt, other, &keys_name) {
            Ok(keys) => {
                let ks = ops::call(rt, &keys, &[], None)?;
                let it = ops::get_iter(rt, &ks)?;
                while let Some(k) = ops::iter_next(rt, &it)? {
                    let v = ops::get_item(rt, other, &k)?;
                    drop(dict::dict_setitem(rt, d, k, v)?);
                }
                return Ok(());
            }
            Err(e) if e.matches(rt, ExcKind::AttributeError) => {}
            Err(e) => return Err(e),
        }
    }
    let it = ops::get_iter(rt, other)?;
    let mut i = 0usize;
    while let Some(item) = ops::iter_next(rt, &it)? {
        let pair = match tuple::items(&item) {
            Some(t) => t.to_vec(),
            None => match list::items(&item) {
                Some(v) => v.to_vec(),
                None => {
                    if item.type_object().proto().iter.is_none() {
                        return Err(rt.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )));
                    }
                    ops::collect(rt, &item)?
                }
            },
        };
        if pair.len() != 2 {
            return Err(rt.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        if let (Some(k), Some(v)) = (pair.next(), pair.next()) {
            drop(dict::dict_setitem(rt, d, k, v)?);
        }
        i += 1;
    }
    Ok(())
}

/// An index argument as a BigInt (`range()`'s arguments: `PyNumber_Index`).
fn index_big(rt: &Runtime, x: &ObjRef) -> PyResult<BigInt> {
    match int::value(x) {
        Some(v) => Ok(v.to_big().into_owned()),
        None => Err(rt.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(x)
        ))),
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
pub(crate) fn range_new(
    rt: &Runtime,
    _cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let a = args::positional(rt, "range", args, kwnames, 1, 3)?;
    let one = BigInt::from(1);
    match a {
        [stop] => rt.new_range(BigInt::from(0), index_big(rt, stop)?, one),
        [start, stop] => rt.new_range(index_big(rt, start)?, index_big(rt, stop)?, one),
        [start, stop, step] => {
            let (a, b, c) = (
                index_big(rt, start)?,
                index_big(rt, stop)?,
                index_big(rt, step)?,
            );
            rt.new_range(a, b, c)
        }
        _ => Err(rt.type_error("range expected at least 1 argument, got 0")),
    }
}

/// `slice(stop)`, `slice(start, stop[, step])`.
pub(crate) fn slice_new(
    rt: &Runtime,
    _cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let a = args::positional(rt, "slice", args, kwnames, 1, 3)?;
    let none = rt.none();
    let (start, stop, step) = match a {
        [stop] => (none, stop, none),
        [start, stop] => (start, stop, none),
        [start, stop, step] => (start, stop, step),
        _ => return Err(rt.type_error("slice expected at least 1 argument, got 0")),
    };
    Ok(rt.new_slice(start.clone(), stop.clone(), step.clone())?)
}

/// `BaseException(*args)` and every builtin exception type: `args` is the arguments.
pub(crate) fn exception_new(
    rt: &Runtime,
    cls: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let name = cls.as_type().map_or("", |t| t.name());
    args::no_keywords(rt, name, kwnames)?;
    // `OSError_new`: OSError itself, given an errno it maps, becomes that subclass.
    if cls.is(rt.exc_type(ExcKind::OSError)) && (2..=5).contains(&args.len()) {
        if let Some(k) = int::as_i64(&args[0]).and_then(crate::types::exception::oserror_subclass) {
            return Ok(rt.new_exception(rt.exc_type(k), args.to_vec())?);
        }
    }
    Ok(rt.new_exception(cls, args.to_vec())?)
}
