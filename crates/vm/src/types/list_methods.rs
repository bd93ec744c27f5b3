//! The methods of `list` (append, extend, insert, remove, index, count, pop, sort,
//! reverse, copy, clear) with the argument errors of CPython 3.11's calling conventions
//! for each, plus the search helpers `tuple.index`/`tuple.count` share.
//!
//! Every loop that compares items re-reads the list at each step (a comparison may run code
//! that changes it), and `sort` detaches the items for its duration, as `list_sort_impl`
//! does: a key function sees `[]`, and anything it puts in the list is dropped afterwards
//! with ValueError "list modified during sort".

use crate::builtins::args;
use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::typeobj::MethodDef;
use crate::types::int::{self, IntValue};
use crate::types::list::{self, items};
use crate::types::{slice, tuple};

/// `self` of a list method (the descriptor has checked its type; this only avoids a panic).
fn this_items<'a>(
    rt: &Runtime,
    this: Option<&'a ObjRef>,
    name: &str,
) -> PyResult<&'a crate::heap::ObjVec> {
    this.and_then(items)
        .ok_or_else(|| rt.type_error(format!("descriptor '{name}' requires a 'list' object")))
}

/// `list.append(x)` (METH_O).
fn method_append(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let x = args::one_arg(rt, "list.append", args, kwnames)?;
    if let Some(l) = this {
        list::append(rt, l, x.clone())?;
    }
    Ok(rt.none().clone())
}

/// `list.extend(iterable)` (METH_O).
fn method_extend(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let x = args::one_arg(rt, "list.extend", args, kwnames)?;
    if let Some(l) = this {
        list::extend(rt, l, x)?;
    }
    Ok(rt.none().clone())
}

/// `list.insert(index, object, /)`: the index is clamped into `0..=len`.
fn method_insert(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    args::no_keywords(rt, "list.insert", kwnames)?;
    args::check_positional(rt, "insert", args.len(), 2, 2)?;
    let its = this_items(rt, this, "insert")?;
    let i = int::to_index_isize(rt, &args[0])?;
    let n = its.len();
    if n >= tuple::MAX_ITEMS {
        return Err(rt.memory_error());
    }
    let at = if i < 0 {
        (i + n as isize).max(0) as usize
    } else {
        (i as usize).min(n)
    };
    its.insert(at, args[1].clone())?;
    Ok(rt.none().clone())
}

/// The first index in `start..stop` whose item equals `x`, re-reading the sequence through
/// `get` at each step (`list_index_impl`/`tuple_index_impl`'s loop).
pub(crate) fn find_index(
    rt: &Runtime,
    get: &dyn Fn(usize) -> Option<ObjRef>,
    x: &ObjRef,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(it) = get(i) else { break };
        if ops::eq(rt, &it, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// How many items equal `x` (`list_count`/`tuplecount`), re-reading through `get`.
pub(crate) fn count_eq(
    rt: &Runtime,
    get: &dyn Fn(usize) -> Option<ObjRef>,
    x: &ObjRef,
) -> PyResult<usize> {
    let mut n = 0;
    let mut i = 0;
    while let Some(it) = get(i) {
        if ops::eq(rt, &it, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(n)
}

/// `_PyEval_SliceIndexNotNone`: an int clamped into isize's range, else TypeError.
fn bound_arg(rt: &Runtime, v: &ObjRef) -> PyResult<isize> {
    match int::value(v) {
        Some(IntValue::Small(x)) => Ok((*x).clamp(isize::MIN as i64, isize::MAX as i64) as isize),
        Some(big) if big.is_negative() => Ok(isize::MIN),
        Some(_) => Ok(isize::MAX),
        None => Err(rt.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// Parses `index(value, start=0, stop=sys.maxsize, /)` for `ty` ("list"/"tuple") and
/// returns the value and the bounds made non-negative against `len` as CPython does
/// (`stop` is not clamped to `len`: the search stops at the end anyway).
pub(crate) fn index_args<'a>(
    rt: &Runtime,
    ty: &str,
    args: &'a [ObjRef],
    kwnames: Option<&ObjRef>,
    len: usize,
) -> PyResult<(&'a ObjRef, usize, usize)> {
    args::no_keywords(rt, format_args!("{ty}.index"), kwnames)?;
    args::check_positional(rt, "index", args.len(), 1, 3)?;
    let start = args.get(1).map(|v| bound_arg(rt, v)).transpose()?;
    let stop = args.get(2).map(|v| bound_arg(rt, v)).transpose()?;
    let fix = |i: isize| -> usize {
        if i < 0 {
            i.saturating_add(len as isize).max(0) as usize
        } else {
            i as usize
        }
    };
    Ok((&args[0], start.map_or(0, fix), stop.map_or(usize::MAX, fix)))
}

/// `list.index(value, start=0, stop=sys.maxsize, /)`: ValueError "%R is not in list".
fn method_index(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let its = this_items(rt, this, "index")?;
    let (x, start, stop) = index_args(rt, "list", args, kwnames, its.len())?;
    match find_index(rt, &|i| its.get(i), x, start, stop)? {
        Some(i) => Ok(rt.new_int(i as i64)?),
        None => Err(rt.value_error(format!("{} is not in list", ops::repr_string(rt, x)?))),
    }
}

/// `list.count(value, /)` (METH_O).
fn method_count(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let x = args::one_arg(rt, "list.count", args, kwnames)?;
    let its = this_items(rt, this, "count")?;
    let n = count_eq(rt, &|i| its.get(i), x)?;
    Ok(rt.new_int(n as i64)?)
}

/// `list.remove(value, /)` (METH_O): the first equal item goes.
fn method_remove(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let x = args::one_arg(rt, "list.remove", args, kwnames)?;
    let its = this_items(rt, this, "remove")?;
    match find_index(rt, &|i| its.get(i), x, 0, usize::MAX)? {
        Some(i) => {
            // Released after the list is consistent again, as list_ass_slice does.
            drop(its.remove(i));
            Ok(rt.none().clone())
        }
        None => Err(rt.value_error("list.remove(x): x not in list")),
    }
}

/// `list.pop(index=-1, /)`.
fn method_pop(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    args::no_keywords(rt, "list.pop", kwnames)?;
    args::check_positional(rt, "pop", args.len(), 0, 1)?;
    let its = this_items(rt, this, "pop")?;
    let i = match args.first() {
        Some(a) => int::to_index_isize(rt, a)?,
        None => -1,
    };
    if its.is_empty() {
        return Err(slice::index_error(rt, "pop from empty list"));
    }
    match slice::normalize_index(i, its.len()).and_then(|i| its.remove(i)) {
        Some(x) => Ok(x),
        None => Err(slice::index_error(rt, "pop index out of range")),
    }
}

/// `list.sort(*, key=None, reverse=False)` on `l`; `args`/`kwnames` as the method gets
/// them (`sorted()` passes its keywords on to this, as CPython's does).
pub fn sort(rt: &Runtime, l: &ObjRef, args: &[ObjRef], kwnames: Option<&ObjRef>) -> PyResult<()> {
    const PARAMS: args::Params = args::Params {
        fname: "sort",
        names: &["key", "reverse"],
        posonly: 0,
        required: 0,
        maxpos: 0,
    };
    let a = PARAMS.parse(rt, args, kwnames)?;
    let key = a[0].as_ref().filter(|k| !rt.is_none(k));
    // `_PyLong_AsInt`: any int, bool included, that fits a C int.
    let reverse = match &a[1] {
        None => false,
        Some(v) => match int::value(v) {
            Some(i) => match i.to_i64().filter(|x| i32::try_from(*x).is_ok()) {
                Some(x) => x != 0,
                None => return Err(rt.overflow_error("Python int too large to convert to C int")),
            },
            None => {
                return Err(rt.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    ops::type_name(v)
                )))
            }
        },
    };
    let Some(its) = items(l) else { return Ok(()) };
    let saved_cap = its.capacity();
    let mut v = its.take_all();
    let r = crate::builtins::sort::sort_objects(rt, &mut v, key, reverse);
    // An empty array with no block is what the sort left; anything else is the key
    // function's doing (CPython's `allocated != -1`).
    let modified = !its.is_empty() || its.capacity() != 0;
    let during = its.replace_all_with_capacity(v, saved_cap)?;
    // Dropped last to first, after the list has its items back, as list_sort_impl does.
    for x in during.into_iter().rev() {
        drop(x);
    }
    r?;
    if modified {
        return Err(rt.value_error("list modified during sort"));
    }
    Ok(())
}

fn method_sort(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let l = this.ok_or_else(|| rt.type_error("descriptor 'sort' requires a 'list' object"))?;
    sort(rt, l, args, kwnames)?;
    Ok(rt.none().clone())
}

/// `list.reverse()` (METH_NOARGS): in place, capacity kept.
fn method_reverse(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    args::no_args(rt, "list.reverse", args, kwnames)?;
    let its = this_items(rt, this, "reverse")?;
    let v = its.to_vec();
    for (i, x) in v.into_iter().rev().enumerate() {
        // The old handle is one of `v`'s clones' twins: dropping it never frees anything.
        drop(its.replace(i, x));
    }
    Ok(rt.none().clone())
}

/// `list.copy()` (METH_NOARGS): a shallow copy.
fn method_copy(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    args::no_args(rt, "list.copy", args, kwnames)?;
    let its = this_items(rt, this, "copy")?;
    Ok(rt.new_list(its.to_vec())?)
}

/// `list.clear()` (METH_NOARGS): `_list_clear`, items released last to first.
fn method_clear(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    args::no_args(rt, "list.clear", args, kwnames)?;
    let its = this_items(rt, this, "clear")?;
    its.clear_last_to_first();
    Ok(rt.none().clone())
}

/// `list`'s method table, in CPython's `list_methods` order.
pub(crate) static METHODS: [MethodDef; 11] = [
    MethodDef::method("clear", method_clear),
    MethodDef::method("copy", method_copy),
    MethodDef::method("append", method_append),
    MethodDef::method("insert", method_insert),
    MethodDef::method("extend", method_extend),
    MethodDef::method("pop", method_pop),
    MethodDef::method("remove", method_remove),
    MethodDef::method("index", method_index),
    MethodDef::method("count", method_count),
    MethodDef::method("reverse", method_reverse),
    MethodDef::method("sort", method_sort),
];
