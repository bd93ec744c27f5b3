//! The methods of `dict` (`Objects/dictobject.c`'s `mapp_methods`) and its `|` / `|=`
//! operators, with CPython 3.11's argument conventions: METH_NOARGS ("dict.keys() takes no
//! arguments (1 given)"), Argument Clinic positional-only (`pop`, `setdefault`, `get`,
//! `fromkeys`: "pop expected at least 1 argument, got 0", keywords refused with the
//! qualified name), and `update`'s `*args, **kwargs`. The table itself is `dict.rs`'s.

use crate::builtins::args;
use crate::errors::{ExcKind, PyResult};
use crate::object::{ObjRef, Payload};
use crate::ops;
use crate::protocol::NumberOp;
use crate::runtime::Runtime;
use crate::typeobj::MethodDef;
use crate::types::dict::{self, DictIterKind, DictPayload};
use crate::types::{dict_views, set, typecall};

type Kw<'a> = Option<&'a ObjRef>;

/// The instance of a method of type `tyname` (the method descriptor checked it already)
/// and its payload.
pub(crate) fn receiver<'a, T: Payload>(
    rt: &Runtime,
    this: Option<&'a ObjRef>,
    tyname: &str,
) -> PyResult<(&'a ObjRef, &'a T)> {
    this.and_then(|o| o.downcast::<T>().map(|p| (o, p)))
        .ok_or_else(|| rt.type_error(format!("descriptor requires a '{tyname}' object")))
}

fn this_dict<'a>(
    rt: &Runtime,
    this: Option<&'a ObjRef>,
) -> PyResult<(&'a ObjRef, &'a DictPayload)> {
    receiver(rt, this, "dict")
}

/// The checks of an Argument Clinic positional-only method of one or two arguments.
fn one_or_two(rt: &Runtime, name: &str, args: &[ObjRef], kw: Kw) -> PyResult<()> {
    // The qualified name is formatted only when there are keywords to refuse.
    if kw.is_some() {
        args::no_keywords(rt, format_args!("dict.{name}"), kw)?;
    }
    args::check_positional(rt, name, args.len(), 1, 2)
}

fn view(
    rt: &Runtime,
    this: Option<&ObjRef>,
    a: &[ObjRef],
    kw: Kw,
    kind: DictIterKind,
) -> PyResult<ObjRef> {
    let name = match kind {
        DictIterKind::Keys => "dict.keys",
        DictIterKind::Values => "dict.values",
        DictIterKind::Items => "dict.items",
    };
    args::no_args(rt, name, a, kw)?;
    let (d, _) = this_dict(rt, this)?;
    dict_views::new_view(rt, d, kind)
}

fn keys(rt: &Runtime, this: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    view(rt, this, a, kw, DictIterKind::Keys)
}

fn values(rt: &Runtime, this: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    view(rt, this, a, kw, DictIterKind::Values)
}

fn items(rt: &Runtime, this: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    view(rt, this, a, kw, DictIterKind::Items)
}

/// `dict.get(key, default=None, /)`.
fn get(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    one_or_two(rt, "get", args, kw)?;
    let (_, d) = this_dict(rt, this)?;
    let found = d.get(rt, &args[0])?;
    Ok(found.unwrap_or_else(|| args.get(1).unwrap_or(rt.none()).clone()))
}

/// `dict.pop(key[, default], /)` (`_PyDict_Pop`): an empty dict answers without hashing
/// the key, so `{}.pop([])` is a KeyError, not a TypeError.
fn pop(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    one_or_two(rt, "pop", args, kw)?;
    let (_, d) = this_dict(rt, this)?;
    let key = &args[0];
    let missing = || match args.get(1) {
        Some(default) => Ok(default.clone()),
        None => Err(rt.key_error(key)),
    };
    if d.is_empty() {
        return missing();
    }
    let hash = ops::hash(rt, key)?;
    match d.remove_with_hash(rt, key, hash)? {
        Some((k, v)) => {
            drop(k);
            Ok(v)
        }
        None => missing(),
    }
}

/// `dict.popitem()`: the last item (LIFO).
fn popitem(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    args::no_args(rt, "dict.popitem", args, kw)?;
    let (_, d) = this_dict(rt, this)?;
    match d.pop_last() {
        Some((k, v)) => Ok(rt.new_tuple(vec![k, v])?),
        None => Err(rt.new_err(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

/// `dict.setdefault(key, default=None, /)`.
fn setdefault(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    one_or_two(rt, "setdefault", args, kw)?;
    let (dict, d) = this_dict(rt, this)?;
    let key = &args[0];
    let hash = ops::hash(rt, key)?;
    if let Some(v) = d.get_with_hash(rt, key, hash)? {
        return Ok(v);
    }
    let default = args.get(1).unwrap_or(rt.none()).clone();
    dict::maintain_tracking(dict, key, &default);
    drop(d.set_with_hash(rt, key.clone(), hash, default.clone())?);
    Ok(default)
}

/// `dict_update_common`: at most one positional (a mapping or pairs), then the keywords.
/// `dict(...)` and `dict.update(...)` both come here.
pub fn update_common(
    rt: &Runtime,
    d: &ObjRef,
    args: &[ObjRef],
    kwnames: Kw,
    name: &str,
) -> PyResult<()> {
    let (pos, kws) = args::split(args, kwnames);
    args::check_positional(rt, name, pos.len(), 0, 1)?;
    if let Some(x) = pos.first() {
        typecall::dict_update(rt, d, x)?;
    }
    for (name, (_, v)) in args::kw_names(kwnames).iter().zip(kws) {
        drop(dict::dict_setitem(rt, d, name.clone(), v.clone())?);
    }
    Ok(())
}

fn update(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (d, _) = this_dict(rt, this)?;
    update_common(rt, d, args, kw, "update")?;
    Ok(rt.none().clone())
}

fn copy(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    args::no_args(rt, "dict.copy", args, kw)?;
    let (d, _) = this_dict(rt, this)?;
    dict::dict_copy(rt, d)
}

fn clear(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    args::no_args(rt, "dict.clear", args, kw)?;
    let (_, d) = this_dict(rt, this)?;
    dict::clear_entries(d);
    Ok(rt.none().clone())
}

/// `dict.fromkeys(iterable, value=None, /)` (`_PyDict_FromKeys`): `cls()` filled with each
/// key; from an exact dict or set the new dict is sized once and the stored hashes reused.
fn fromkeys(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    args::no_keywords(rt, "dict.fromkeys", kw)?;
    args::check_positional(rt, "fromkeys", args.len(), 1, 2)?;
    let Some(cls) = this else {
        return Err(rt.type_error("fromkeys() needs a class"));
    };
    let iterable = &args[0];
    let value = args.get(1).unwrap_or(rt.none());
    let result = ops::call(rt, cls, &[], None)?;
    let exact = |o: &ObjRef, t: &ObjRef| o.type_ref().is(t);
    let t = rt.types();
    if let Some(d) = dict::payload(&result).filter(|d| exact(&result, &t.dict) && d.is_empty()) {
        let known: Option<(Vec<(i64, ObjRef)>, bool)> =
            if let Some(src) = dict::payload(iterable).filter(|_| exact(iterable, &t.dict)) {
                let keys = src.hashed_items().into_iter().map(|(h, k, _)| (h, k));
                Some((keys.collect(), src.unicode_keys()))
            } else if exact(iterable, &t.set) || exact(iterable, &t.frozenset) {
                set::payload(iterable).map(|s| (s.entries(), false))
            } else {
                None
            };
        if let Some((keys, unicode)) = known {
            d.presize(rt, keys.len(), unicode)?;
            for (h, k) in keys {
                dict::maintain_tracking(&result, &k, value);
                drop(d.set_with_hash(rt, k, h, value.clone())?);
            }
            return Ok(result);
        }
    }
    let it = ops::get_iter(rt, iterable)?;
    while let Some(k) = ops::iter_next(rt, &it)? {
        ops::set_item(rt, &result, &k, value.clone())?;
    }
    Ok(result)
}

/// `dict | other` (`dict_or`): both must be dicts; a copy updated from `other`.
pub(crate) fn dict_number(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: NumberOp) -> PyResult<ObjRef> {
    if op != NumberOp::Or || dict::payload(a).is_none() || dict::payload(b).is_none() {
        return Ok(rt.not_implemented().clone());
    }
    let r = dict::dict_copy(rt, a)?;
    typecall::dict_update(rt, &r, b)?;
    Ok(r)
}

/// `dict |= other` (`dict_ior`): any mapping or iterable of pairs.
pub(crate) fn dict_inplace(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: NumberOp) -> PyResult<ObjRef> {
    if op != NumberOp::Or || dict::payload(a).is_none() {
        return Ok(rt.not_implemented().clone());
    }
    typecall::dict_update(rt, a, b)?;
    Ok(a.clone())
}

pub(crate) static METHODS: [MethodDef; 11] = [
    MethodDef::method("keys", keys),
    MethodDef::method("items", items),
    MethodDef::method("values", values),
    MethodDef::method("get", get),
    MethodDef::method("setdefault", setdefault),
    MethodDef::method("pop", pop),
    MethodDef::method("popitem", popitem),
    MethodDef::method("update", update),
    MethodDef::method("clear", clear),
    MethodDef::method("copy", copy),
    MethodDef::class("fromkeys", fromkeys),
];
