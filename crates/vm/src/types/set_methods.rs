//! The methods of `set` and `frozenset` (`Objects/setobject.c`'s method tables): the
//! mutating ones on set only, the rest on both. The set algebra itself (`set_intersection`,
//! `set_difference_update_internal`, ...) lives in `set.rs`, shared with the operators;
//! here are the argument conventions (METH_O, METH_NOARGS, METH_VARARGS, each with its own
//! TypeError wording) and the multi-argument forms.

use crate::builtins::args;
use crate::errors::{ExcKind, PyResult};
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::typeobj::MethodDef;
use crate::types::set::{self, SetPayload};

type Kw<'a> = Option<&'a ObjRef>;

/// `set.name` or `frozenset.name`, as the descriptor's type qualifies the method in errors.
/// `set.add` or `frozenset.copy` for argument errors, formatted only when one is raised.
fn qualname<'a>(rt: &Runtime, this: &ObjRef, name: &'a str) -> impl std::fmt::Display + 'a {
    let ty = if ops::isinstance(this, &rt.types().set) {
        "set"
    } else {
        "frozenset"
    };
    QualName { ty, name }
}

struct QualName<'a> {
    ty: &'static str,
    name: &'a str,
}

impl std::fmt::Display for QualName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.ty, self.name)
    }
}

fn this_set<'a>(rt: &Runtime, this: Option<&'a ObjRef>) -> PyResult<(&'a ObjRef, &'a SetPayload)> {
    crate::types::dict_methods::receiver(rt, this, "set")
}

/// A METH_O method's instance and argument.
fn unary<'a>(
    rt: &Runtime,
    this: Option<&'a ObjRef>,
    name: &str,
    args: &'a [ObjRef],
    kw: Kw,
) -> PyResult<(&'a ObjRef, &'a SetPayload, &'a ObjRef)> {
    let (s, p) = this_set(rt, this)?;
    let x = args::one_arg(rt, qualname(rt, s, name), args, kw)?;
    Ok((s, p, x))
}

/// A METH_NOARGS method's instance.
fn nullary<'a>(
    rt: &Runtime,
    this: Option<&'a ObjRef>,
    name: &str,
    args: &[ObjRef],
    kw: Kw,
) -> PyResult<(&'a ObjRef, &'a SetPayload)> {
    let (s, p) = this_set(rt, this)?;
    args::no_args(rt, qualname(rt, s, name), args, kw)?;
    Ok((s, p))
}

/// A METH_VARARGS method's instance (positionals only).
fn varargs<'a>(rt: &Runtime, this: Option<&'a ObjRef>, name: &str, kw: Kw) -> PyResult<&'a ObjRef> {
    let (s, _) = this_set(rt, this)?;
    args::no_keywords(rt, qualname(rt, s, name), kw)?;
    Ok(s)
}

fn none(rt: &Runtime) -> PyResult<ObjRef> {
    Ok(rt.none().clone())
}

/// `set.add(elem)`: an unhashable element is a TypeError (no frozenset retry).
fn add(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (_, p, x) = unary(rt, this, "add", args, kw)?;
    let h = ops::hash(rt, x)?;
    p.add_with_hash(rt, x.clone(), h)?;
    none(rt)
}

/// `set.remove(elem)`: KeyError with the element as given.
fn remove(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (_, p, x) = unary(rt, this, "remove", args, kw)?;
    let (key, h) = set::lookup_key(rt, x)?;
    match p.discard_with_hash(rt, &key, h)? {
        Some(_) => none(rt),
        None => Err(rt.key_error(x)),
    }
}

fn discard(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (_, p, x) = unary(rt, this, "discard", args, kw)?;
    let (key, h) = set::lookup_key(rt, x)?;
    drop(p.discard_with_hash(rt, &key, h)?);
    none(rt)
}

fn pop(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (_, p) = nullary(rt, this, "pop", args, kw)?;
    p.pop_entry()
        .ok_or_else(|| rt.new_err(ExcKind::KeyError, "pop from an empty set"))
}

fn clear(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (_, p) = nullary(rt, this, "clear", args, kw)?;
    p.clear_all();
    none(rt)
}

/// `set.copy()`; `frozenset.copy()` of an exact frozenset is the frozenset itself.
fn copy(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (s, _) = nullary(rt, this, "copy", args, kw)?;
    if s.type_ref().is(&rt.types().frozenset) {
        return Ok(s.clone());
    }
    set::copy_of(rt, s)
}

/// `set.union(*others)`: a copy, updated from each (skipping the set itself).
fn union(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let s = varargs(rt, this, "union", kw)?;
    let r = set::copy_of(rt, s)?;
    for other in args.iter().filter(|o| !o.is(s)) {
        set::set_update(rt, &r, other)?;
    }
    Ok(r)
}

/// `set_intersection_multi`.
fn intersection_multi(rt: &Runtime, s: &ObjRef, others: &[ObjRef]) -> PyResult<ObjRef> {
    let mut r = s.clone();
    if others.is_empty() {
        return set::copy_of(rt, s);
    }
    for other in others {
        r = set::intersection_of(rt, &r, other)?;
    }
    Ok(r)
}

fn intersection(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let s = varargs(rt, this, "intersection", kw)?;
    intersection_multi(rt, s, args)
}

fn intersection_update(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Kw,
) -> PyResult<ObjRef> {
    let s = varargs(rt, this, "intersection_update", kw)?;
    let r = intersection_multi(rt, s, args)?;
    if let (Some(p), Some(rp)) = (set::payload(s), set::payload(&r)) {
        p.take_table_of(rp);
    }
    none(rt)
}

/// `set_difference_multi`: the difference with the first, then the rest removed in place.
fn difference(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let s = varargs(rt, this, "difference", kw)?;
    let Some((first, rest)) = args.split_first() else {
        return set::copy_of(rt, s);
    };
    let r = set::difference(rt, s, first)?;
    for other in rest {
        set::difference_update_with(rt, &r, other)?;
    }
    Ok(r)
}

fn difference_update(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Kw,
) -> PyResult<ObjRef> {
    let s = varargs(rt, this, "difference_update", kw)?;
    for other in args {
        set::difference_update_with(rt, s, other)?;
    }
    none(rt)
}

fn update(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let s = varargs(rt, this, "update", kw)?;
    for other in args {
        set::set_update(rt, s, other)?;
    }
    none(rt)
}

fn symmetric_difference(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Kw,
) -> PyResult<ObjRef> {
    let (s, _, other) = unary(rt, this, "symmetric_difference", args, kw)?;
    set::symmetric_difference(rt, s, other)
}

fn symmetric_difference_update(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Kw,
) -> PyResult<ObjRef> {
    let (s, _, other) = unary(rt, this, "symmetric_difference_update", args, kw)?;
    set::symmetric_difference_update_with(rt, s, other)?;
    none(rt)
}

/// `set_issubset`: with a non-set, whether the intersection keeps every key.
fn issubset(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (s, p, other) = unary(rt, this, "issubset", args, kw)?;
    let r = match set::payload(other) {
        Some(o) => set::is_subset(rt, p, o)?,
        None => {
            let i = set::intersection_of(rt, s, other)?;
            set::payload(&i).map_or(0, SetPayload::len) == p.len()
        }
    };
    Ok(rt.new_bool(r))
}

/// Whether every item of the iterable `other` is in `p` (`set_contains_key`: no
/// frozenset retry).
fn contains_all(rt: &Runtime, p: &SetPayload, other: &ObjRef) -> PyResult<bool> {
    let it = ops::get_iter(rt, other)?;
    while let Some(x) = ops::iter_next(rt, &it)? {
        let h = ops::hash(rt, &x)?;
        if !p.contains_with_hash(rt, &x, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (_, p, other) = unary(rt, this, "issuperset", args, kw)?;
    let r = match set::payload(other) {
        Some(o) => set::is_subset(rt, o, p)?,
        None => contains_all(rt, p, other)?,
    };
    Ok(rt.new_bool(r))
}

/// `set_isdisjoint`: with a set, probe the larger with the smaller's keys.
fn isdisjoint(rt: &Runtime, this: Option<&ObjRef>, args: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (s, p, other) = unary(rt, this, "isdisjoint", args, kw)?;
    if s.is(other) {
        return Ok(rt.new_bool(p.is_empty()));
    }
    if let Some(o) = set::payload(other) {
        let (big, small) = if o.len() > p.len() { (o, p) } else { (p, o) };
        for (h, k) in small.entries() {
            if big.contains_with_hash(rt, &k, h)? {
                return Ok(rt.new_bool(false));
            }
        }
        return Ok(rt.new_bool(true));
    }
    let it = ops::get_iter(rt, other)?;
    while let Some(x) = ops::iter_next(rt, &it)? {
        let h = ops::hash(rt, &x)?;
        if p.contains_with_hash(rt, &x, h)? {
            return Ok(rt.new_bool(false));
        }
    }
    Ok(rt.new_bool(true))
}

pub(crate) static SET_METHODS: [MethodDef; 17] = [
    MethodDef::method("add", add),
    MethodDef::method("clear", clear),
    MethodDef::method("copy", copy),
    MethodDef::method("discard", discard),
    MethodDef::method("difference", difference),
    MethodDef::method("difference_update", difference_update),
    MethodDef::method("intersection", intersection),
    MethodDef::method("intersection_update", intersection_update),
    MethodDef::method("isdisjoint", isdisjoint),
    MethodDef::method("issubset", issubset),
    MethodDef::method("issuperset", issuperset),
    MethodDef::method("pop", pop),
    MethodDef::method("remove", remove),
    MethodDef::method("symmetric_difference", symmetric_difference),
    MethodDef::method("symmetric_difference_update", symmetric_difference_update),
    MethodDef::method("union", union),
    MethodDef::method("update", update),
];

pub(crate) static FROZENSET_METHODS: [MethodDef; 8] = [
    MethodDef::method("copy", copy),
    MethodDef::method("difference", difference),
    MethodDef::method("intersection", intersection),
    MethodDef::method("isdisjoint", isdisjoint),
    MethodDef::method("issubset", issubset),
    MethodDef::method("issuperset", issuperset),
    MethodDef::method("symmetric_difference", symmetric_difference),
    MethodDef::method("union", union),
];
