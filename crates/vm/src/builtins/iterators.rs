//! The iterator builtins: the types `enumerate`, `zip`, `map`, `filter`, `reversed` and
//! `callable_iterator` (what `iter(f, sentinel)` returns), each a GC-tracked heap object
//! with traverse/clear over the iterators and functions it holds, and the functions `iter`,
//! `next`, `any`, `all` and `sorted`.

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;

use crate::builtins::args::{self, one_arg, positional};
use crate::cell::ObjCell;
use crate::errors::{ExcKind, PyResult};
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::ops::{self, type_name};
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::iter::iterator_proto;
use crate::types::{dict, int};

type Kw<'a> = Option<&'a ObjRef>;

fn visit_cells(cells: &[&ObjCell], visit: &mut dyn FnMut(ObjPtr)) {
    for c in cells {
        if let Some(p) = c.ptr() {
            visit(p);
        }
    }
}

fn alloc_tracked<P: Payload>(rt: &Runtime, ty: &ObjRef, p: P) -> PyResult<ObjRef> {
    let o = rt.alloc(ty, p)?;
    o.gc_track();
    Ok(o)
}

// ---------------------------------------------------------------- enumerate

pub struct EnumeratePayload {
    it: ObjCell,
    /// The next index while it fits a machine word (`en_index`)...
    index: Cell<i64>,
    /// ... and as an int object once it does not (`en_longindex`).
    long_index: ObjCell,
}

impl Payload for EnumeratePayload {}

fn enumerate_traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = obj.downcast::<EnumeratePayload>() {
        visit_cells(&[&p.it, &p.long_index], visit);
    }
}

fn enumerate_clear(obj: &ObjRef) {
    if let Some(p) = obj.downcast::<EnumeratePayload>() {
        drop(p.it.take());
        drop(p.long_index.take());
    }
}

fn enumerate_next(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(p) = obj.downcast::<EnumeratePayload>() else {
        return Ok(None);
    };
    let Some(it) = p.it.get() else {
        return Ok(None);
    };
    let Some(item) = ops::iter_next(rt, &it)? else {
        return Ok(None);
    };
    let idx = match p.long_index.get() {
        Some(big) => {
            let one = rt.new_int(1)?;
            let next = ops::number_op(rt, &big, &one, crate::protocol::NumberOp::Add)?;
            drop(p.long_index.replace(Some(next)));
            big
        }
        None => {
            let i = p.index.get();
            match i.checked_add(1) {
                Some(n) => p.index.set(n),
                None => drop(
                    p.long_index
                        .replace(Some(rt.new_int_big(BigInt::from(i) + 1)?)),
                ),
            }
            rt.new_int(i)?
        }
    };
    Ok(Some(rt.new_tuple(vec![idx, item])?))
}

/// `enumerate(iterable, start=0)`.
fn enumerate_new(rt: &Runtime, cls: &ObjRef, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (pos, kws) = args::split(a, kw);
    if pos.len() + kws.len() > 2 {
        return Err(rt.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            pos.len() + kws.len()
        )));
    }
    let (mut iterable, mut start) = (pos.first(), pos.get(1));
    for (n, v) in kws {
        match n {
            "iterable" if iterable.is_none() => iterable = Some(v),
            "start" if start.is_none() => start = Some(v),
            "iterable" | "start" => {
                return Err(rt.type_error(format!(
                    "argument for enumerate() given by name ('{n}') and position ({})",
                    if n == "iterable" { 1 } else { 2 }
                )))
            }
            _ => {
                return Err(rt.type_error(format!(
                    "'{n}' is an invalid keyword argument for enumerate()"
                )))
            }
        }
    }
    let Some(iterable) = iterable else {
        return Err(rt.type_error("enumerate() missing required argument 'iterable'"));
    };
    let (index, long_index) = match start {
        None => (0, None),
        Some(s) => match int::value(s) {
            Some(v) => match v.to_i64() {
                Some(i) => (i, None),
                None => (0, Some(rt.new_int_value(v.clone())?)),
            },
            None => {
                return Err(rt.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(s)
                )))
            }
        },
    };
    let it = ops::get_iter(rt, iterable)?;
    alloc_tracked(
        rt,
        cls,
        EnumeratePayload {
            it: ObjCell::new(Some(it)),
            index: Cell::new(index),
            long_index: ObjCell::new(long_index),
        },
    )
}

pub(crate) fn enumerate_spec(object: &ObjRef) -> TypeSpec {
    let mut proto = iterator_proto(enumerate_next);
    proto.new = Some(enumerate_new);
    TypeSpec::fixed::<EnumeratePayload>("enumerate", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_traverse(enumerate_traverse)
        .with_clear(enumerate_clear)
        .with_proto(proto)
        .with_base(object)
}

// ---------------------------------------------------------------- zip

pub struct ZipPayload {
    iters: RefCell<Vec<ObjRef>>,
    strict: bool,
}

impl Payload for ZipPayload {}

fn zip_traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = obj.downcast::<ZipPayload>() {
        for it in p.iters.borrow().iter() {
            visit(it.as_ptr());
        }
    }
}

fn zip_clear(obj: &ObjRef) {
    if let Some(p) = obj.downcast::<ZipPayload>() {
        let taken = std::mem::take(&mut *p.iters.borrow_mut());
        drop(taken);
    }
}

fn zip_length_error(rt: &Runtime, i: usize, what: &str) -> crate::errors::PyErr {
    let plural = if i == 1 { " " } else { "s 1-" };
    rt.value_error(format!(
        "zip() argument {} is {what} than argument{plural}{i}",
        i + 1
    ))
}

fn zip_next(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(p) = obj.downcast::<ZipPayload>() else {
        return Ok(None);
    };
    let iters = p.iters.borrow().clone();
    if iters.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match ops::iter_next(rt, it)? {
            Some(x) => items.push(x),
            None if !p.strict => return Ok(None),
            None => {
                if i > 0 {
                    return Err(zip_length_error(rt, i, "shorter"));
                }
                for (j, other) in iters.iter().enumerate().skip(1) {
                    if ops::iter_next(rt, other)?.is_some() {
                        return Err(zip_length_error(rt, j, "longer"));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(rt.new_tuple(items)?))
}

/// `zip(*iterables, strict=False)`.
fn zip_new(rt: &Runtime, cls: &ObjRef, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (pos, kws) = args::split(a, kw);
    if kws.len() > 1 {
        return Err(rt.type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            kws.len()
        )));
    }
    let mut strict = false;
    for (n, v) in kws {
        if n != "strict" {
            return Err(rt.type_error(format!("'{n}' is an invalid keyword argument for zip()")));
        }
        strict = ops::is_true(rt, v)?;
    }
    let iters = pos
        .iter()
        .map(|x| ops::get_iter(rt, x))
        .collect::<PyResult<Vec<_>>>()?;
    alloc_tracked(
        rt,
        cls,
        ZipPayload {
            iters: RefCell::new(iters),
            strict,
        },
    )
}

pub(crate) fn zip_spec(object: &ObjRef) -> TypeSpec {
    let mut proto = iterator_proto(zip_next);
    proto.new = Some(zip_new);
    TypeSpec::fixed::<ZipPayload>("zip", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_traverse(zip_traverse)
        .with_clear(zip_clear)
        .with_proto(proto)
        .with_base(object)
}

// ---------------------------------------------------------------- map

pub struct MapPayload {
    func: ObjCell,
    iters: RefCell<Vec<ObjRef>>,
}

impl Payload for MapPayload {}

fn map_traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = obj.downcast::<MapPayload>() {
        for it in p.iters.borrow().iter() {
            visit(it.as_ptr());
        }
        visit_cells(&[&p.func], visit);
    }
}

fn map_clear(obj: &ObjRef) {
    if let Some(p) = obj.downcast::<MapPayload>() {
        let taken = std::mem::take(&mut *p.iters.borrow_mut());
        drop(taken);
        drop(p.func.take());
    }
}

fn map_next(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(p) = obj.downcast::<MapPayload>() else {
        return Ok(None);
    };
    let (Some(func), iters) = (p.func.get(), p.iters.borrow().clone()) else {
        return Ok(None);
    };
    let mut items = Vec::with_capacity(iters.len());
    for it in &iters {
        match ops::iter_next(rt, it)? {
            Some(x) => items.push(x),
            None => return Ok(None),
        }
    }
    ops::call(rt, &func, &items, None).map(Some)
}

/// `map(func, *iterables)`.
fn map_new(rt: &Runtime, cls: &ObjRef, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    args::no_keywords(rt, "map", kw)?;
    if a.len() < 2 {
        return Err(rt.type_error("map() must have at least two arguments."));
    }
    let iters = a[1..]
        .iter()
        .map(|x| ops::get_iter(rt, x))
        .collect::<PyResult<Vec<_>>>()?;
    alloc_tracked(
        rt,
        cls,
        MapPayload {
            func: ObjCell::new(Some(a[0].clone())),
            iters: RefCell::new(iters),
        },
    )
}

pub(crate) fn map_spec(object: &ObjRef) -> TypeSpec {
    let mut proto = iterator_proto(map_next);
    proto.new = Some(map_new);
    TypeSpec::fixed::<MapPayload>("map", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_traverse(map_traverse)
        .with_clear(map_clear)
        .with_proto(proto)
        .with_base(object)
}

// ---------------------------------------------------------------- filter

pub struct FilterPayload {
    func: ObjCell,
    it: ObjCell,
}

impl Payload for FilterPayload {}

fn filter_traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = obj.downcast::<FilterPayload>() {
        visit_cells(&[&p.func, &p.it], visit);
    }
}

fn filter_clear(obj: &ObjRef) {
    if let Some(p) = obj.downcast::<FilterPayload>() {
        drop(p.func.take());
        drop(p.it.take());
    }
}

fn filter_next(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(p) = obj.downcast::<FilterPayload>() else {
        return Ok(None);
    };
    let (Some(func), Some(it)) = (p.func.get(), p.it.get()) else {
        return Ok(None);
    };
    // `filter(None, ...)` and `filter(bool, ...)` test the item itself.
    let plain = func.is(rt.none()) || func.is(&rt.types().bool_);
    while let Some(x) = ops::iter_next(rt, &it)? {
        let ok = if plain {
            ops::is_true(rt, &x)?
        } else {
            let r = ops::call(rt, &func, std::slice::from_ref(&x), None)?;
            ops::is_true(rt, &r)?
        };
        if ok {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

/// `filter(function, iterable)`.
fn filter_new(rt: &Runtime, cls: &ObjRef, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = positional(rt, "filter", a, kw, 2, 2)?;
    let it = ops::get_iter(rt, &a[1])?;
    alloc_tracked(
        rt,
        cls,
        FilterPayload {
            func: ObjCell::new(Some(a[0].clone())),
            it: ObjCell::new(Some(it)),
        },
    )
}

pub(crate) fn filter_spec(object: &ObjRef) -> TypeSpec {
    let mut proto = iterator_proto(filter_next);
    proto.new = Some(filter_new);
    TypeSpec::fixed::<FilterPayload>("filter", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_traverse(filter_traverse)
        .with_clear(filter_clear)
        .with_proto(proto)
        .with_base(object)
}

// ---------------------------------------------------------------- reversed

/// `reversed(seq)` over any sequence (len + indexing), CPython's `reversed` object. (CPython
/// gives lists, ranges and dicts their own reverse iterator types; here they share this
/// one, so only `type(reversed([]))` tells.)
pub struct ReversedPayload {
    seq: ObjCell,
    /// The next index to fetch; -1 when exhausted.
    index: Cell<isize>,
}

impl Payload for ReversedPayload {}

fn reversed_traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = obj.downcast::<ReversedPayload>() {
        visit_cells(&[&p.seq], visit);
    }
}

fn reversed_clear(obj: &ObjRef) {
    if let Some(p) = obj.downcast::<ReversedPayload>() {
        drop(p.seq.take());
    }
}

fn reversed_next(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(p) = obj.downcast::<ReversedPayload>() else {
        return Ok(None);
    };
    let i = p.index.get();
    let Some(seq) = p.seq.get().filter(|_| i >= 0) else {
        return Ok(None);
    };
    let key = rt.new_int(i as i64)?;
    match ops::get_item(rt, &seq, &key) {
        Ok(x) => {
            p.index.set(i - 1);
            Ok(Some(x))
        }
        Err(e) if e.matches(rt, ExcKind::IndexError) || e.matches(rt, ExcKind::StopIteration) => {
            p.index.set(-1);
            drop(p.seq.take());
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `reversed(sequence, /)`.
fn reversed_new(rt: &Runtime, cls: &ObjRef, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = positional(rt, "reversed", a, kw, 1, 1)?;
    let mut seq = a[0].clone();
    if let Some(d) = dict::payload(&seq) {
        // A dict reverses its keys (a snapshot; CPython's iterator would also notice a
        // size change).
        let keys: Vec<ObjRef> = d.items().into_iter().map(|(k, _)| k).collect();
        seq = rt.new_tuple(keys)?;
    } else if let Some(elements) = crate::types::dict_views::elements_snapshot(rt, &seq)? {
        // A dict view likewise (CPython 3.8+'s dict_reversed{keys,values,items}).
        seq = elements;
    }
    let p = seq.type_object().proto();
    if p.len.is_none() || p.getitem.is_none() || crate::types::set::is_anyset(&seq) {
        return Err(rt.type_error(format!("'{}' object is not reversible", type_name(&a[0]))));
    }
    let n = ops::len(rt, &seq)?;
    alloc_tracked(
        rt,
        cls,
        ReversedPayload {
            seq: ObjCell::new(Some(seq)),
            index: Cell::new(n as isize - 1),
        },
    )
}

pub(crate) fn reversed_spec(object: &ObjRef) -> TypeSpec {
    let mut proto = iterator_proto(reversed_next);
    proto.new = Some(reversed_new);
    TypeSpec::fixed::<ReversedPayload>("reversed", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_traverse(reversed_traverse)
        .with_clear(reversed_clear)
        .with_proto(proto)
        .with_base(object)
}

// ---------------------------------------------------------------- callable_iterator

pub struct CallIterPayload {
    func: ObjCell,
    sentinel: ObjCell,
}

impl Payload for CallIterPayload {}

fn calliter_traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = obj.downcast::<CallIterPayload>() {
        visit_cells(&[&p.func, &p.sentinel], visit);
    }
}

fn calliter_clear(obj: &ObjRef) {
    if let Some(p) = obj.downcast::<CallIterPayload>() {
        drop(p.func.take());
        drop(p.sentinel.take());
    }
}

/// `calliter_iternext`: call; the sentinel (by `==`) or StopIteration ends the iteration
/// and drops both references.
fn calliter_next(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(p) = obj.downcast::<CallIterPayload>() else {
        return Ok(None);
    };
    let (Some(func), Some(sentinel)) = (p.func.get(), p.sentinel.get()) else {
        return Ok(None);
    };
    let done = || {
        drop(p.func.take());
        drop(p.sentinel.take());
    };
    match ops::call(rt, &func, &[], None) {
        Ok(r) => {
            if ops::eq(rt, &r, &sentinel)? {
                done();
                Ok(None)
            } else {
                Ok(Some(r))
            }
        }
        Err(e) if e.matches(rt, ExcKind::StopIteration) => {
            done();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

pub(crate) fn callable_iterator_spec(object: &ObjRef) -> TypeSpec {
    TypeSpec::fixed::<CallIterPayload>("callable_iterator", TypeFlags::HAVE_GC)
        .with_traverse(calliter_traverse)
        .with_clear(calliter_clear)
        .with_proto(iterator_proto(calliter_next))
        .with_base(object)
}

// ---------------------------------------------------------------- functions

/// `iter(object)`, `iter(callable, sentinel)`.
pub(crate) fn iter(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = positional(rt, "iter", a, kw, 1, 2)?;
    if a.len() == 1 {
        return ops::get_iter(rt, &a[0]);
    }
    if a[0].type_object().proto().call.is_none() {
        return Err(rt.type_error("iter(v, w): v must be callable"));
    }
    let ty = rt.lib_types()?.callable_iterator.clone();
    alloc_tracked(
        rt,
        &ty,
        CallIterPayload {
            func: ObjCell::new(Some(a[0].clone())),
            sentinel: ObjCell::new(Some(a[1].clone())),
        },
    )
}

/// `next(iterator[, default])`.
pub(crate) fn next(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = positional(rt, "next", a, kw, 1, 2)?;
    if a[0].type_object().proto().iternext.is_none() {
        return Err(rt.type_error(format!("'{}' object is not an iterator", type_name(&a[0]))));
    }
    match ops::iter_next(rt, &a[0]) {
        Ok(Some(x)) => Ok(x),
        Ok(None) => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(rt.new_err_empty(ExcKind::StopIteration)),
        },
        Err(e) if a.len() == 2 && e.matches(rt, ExcKind::StopIteration) => Ok(a[1].clone()),
        Err(e) => Err(e),
    }
}

fn any_all(rt: &Runtime, a: &[ObjRef], kw: Kw, name: &str, want: bool) -> PyResult<ObjRef> {
    let x = one_arg(rt, name, a, kw)?;
    let it = ops::get_iter(rt, x)?;
    while let Some(item) = ops::iter_next(rt, &it)? {
        if ops::is_true(rt, &item)? == want {
            return Ok(rt.bool_obj(want).clone());
        }
    }
    Ok(rt.bool_obj(!want).clone())
}

pub(crate) fn any(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    any_all(rt, a, kw, "any", true)
}

pub(crate) fn all(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    any_all(rt, a, kw, "all", false)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`: a new list, then `list.sort` with
/// the keywords as given (so the errors name `sort()`, as CPython's do).
pub(crate) fn sorted(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (pos, _) = args::split(a, kw);
    args::check_positional(rt, "sorted", pos.len(), 1, 1)?;
    crate::types::typecall::check_length_hint(rt, &pos[0])?;
    let l = rt.new_list(Vec::new())?;
    crate::types::list::extend(rt, &l, &pos[0])?;
    crate::types::list_methods::sort(rt, &l, &a[1..], kw)?;
    Ok(l)
}
