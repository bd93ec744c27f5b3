//! `list`: GC head + header + the item array's pointer, length and capacity (an [`ObjVec`]),
//! 56 bytes, a 64-byte block as in CPython; the items live in a separate heap block grown by
//! `list_resize`'s rule. Tracked at creation. Release, `tp_clear` and `tp_traverse` all go
//! LAST TO FIRST, as `list_dealloc`, `_list_clear` and `list_traverse` do.
//!
//! Behaviour: repr with the `[...]` guard, lexicographic comparison, `+` (lists only), `+=`
//! (any iterable), `*` and `*=`, `in`, indexing, slicing, item and slice assignment and
//! deletion with CPython's errors, iteration, unhashable. Comparisons and `in` work on a
//! snapshot of the items, so an `__eq__` that mutates the list cannot invalidate them.
//! The methods are in `list_methods`.

use bytecode::CompareOp;

use crate::errors::PyResult;
use crate::heap::{AllocError, ObjVec};
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::ops;
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::{iter, slice, tuple};

pub struct ListPayload {
    items: ObjVec,
}

impl Payload for ListPayload {}

impl ListPayload {
    /// The item array (mutable through `&self`; see [`ObjVec`]).
    pub fn items(&self) -> &ObjVec {
        &self.items
    }
}

// Dropping the payload drops the ObjVec, which releases items last to first.

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(l) = obj.downcast::<ListPayload>() {
        l.items.for_each_ptr_rev(visit);
    }
}

fn clear(obj: &ObjRef) {
    if let Some(l) = obj.downcast::<ListPayload>() {
        l.items.clear_last_to_first();
    }
}

impl Runtime {
    /// A list holding `items`, tracked.
    pub fn new_list(&self, items: Vec<ObjRef>) -> Result<ObjRef, AllocError> {
        let payload = ListPayload {
            items: ObjVec::from_vec(items)?,
        };
        let l = self.alloc(&self.types().list, payload)?;
        l.gc_track();
        Ok(l)
    }
}

/// The item array of a list.
pub fn items(obj: &ObjRef) -> Option<&ObjVec> {
    obj.downcast::<ListPayload>().map(ListPayload::items)
}

fn snapshot(obj: &ObjRef) -> Vec<ObjRef> {
    items(obj).map_or_else(Vec::new, ObjVec::to_vec)
}

/// `list.append(x)`.
pub fn append(rt: &Runtime, list: &ObjRef, x: ObjRef) -> PyResult<()> {
    if let Some(v) = items(list) {
        if v.len() >= tuple::MAX_ITEMS {
            return Err(rt.memory_error());
        }
        v.push(x)?;
    }
    Ok(())
}

/// `list.extend(iterable)`.
pub fn extend(rt: &Runtime, list: &ObjRef, iterable: &ObjRef) -> PyResult<()> {
    let Some(its) = items(list) else {
        return Ok(());
    };
    // A list or tuple goes in as one block; a list extended by itself sees only its
    // original items (CPython copies them first too).
    let known = if let Some(v) = items(iterable) {
        Some(v.to_vec())
    } else {
        tuple::items(iterable).map(<[ObjRef]>::to_vec)
    };
    if let Some(v) = known {
        if its.len() + v.len() > tuple::MAX_ITEMS {
            return Err(rt.memory_error());
        }
        its.extend(v)?;
        return Ok(());
    }
    // Other iterables append as they go: code run by the iteration sees the list grow.
    // Room is made for the length hint first (`len()`, a sequence iterator's remaining
    // count, else 8; exactly that when the list has no block yet) and the excess given
    // back at the end, as `list_extend` does, so the capacity comes out as CPython's.
    let it = ops::get_iter(rt, iterable)?;
    let hint = if iterable.type_object().proto().len.is_some() {
        ops::len(rt, iterable)?
    } else if iterable.downcast::<iter::SeqIterPayload>().is_some() {
        iter::remaining(iterable)
    } else {
        8
    };
    // Making room for an absurd hint fails at once, as in CPython.
    if hint > tuple::MAX_ITEMS - its.len() {
        return Err(rt.memory_error());
    }
    if its.capacity() == 0 {
        its.preallocate_exact(hint)?;
    } else {
        its.resize(its.len().saturating_add(hint))?;
    }
    while let Some(x) = ops::iter_next(rt, &it)? {
        append(rt, list, x)?;
    }
    if its.len() < its.capacity() {
        its.resize(its.len())?;
    }
    Ok(())
}

/// `list(iterable)`'s fill (`list___init___impl`): a sized iterable first gets exactly its
/// length in slots, then it is [`extend`]ed.
pub fn init_from(rt: &Runtime, list: &ObjRef, iterable: &ObjRef) -> PyResult<()> {
    if let Some(its) = items(list) {
        if iterable.type_object().proto().len.is_some() {
            let n = ops::len(rt, iterable)?;
            if n > tuple::MAX_ITEMS {
                return Err(rt.memory_error());
            }
            its.preallocate_exact(n)?;
        }
    }
    extend(rt, list, iterable)
}

fn list_repr(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let its = snapshot(obj);
    if its.is_empty() {
        return Ok("[]".into());
    }
    if ops::repr_enter(rt, obj) {
        return Ok("[...]".into());
    }
    let r = tuple::repr_items(rt, &its, "[", "]");
    ops::repr_leave(rt, obj);
    r
}

fn list_richcompare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    if items(a).is_none() || items(b).is_none() {
        return Ok(rt.not_implemented().clone());
    }
    tuple::compare_sequences(rt, &snapshot(a), &snapshot(b), op)
}

fn list_concat(rt: &Runtime, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    if items(b).is_none() {
        return Err(rt.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            ops::type_name(b)
        )));
    }
    let mut v = snapshot(a);
    v.extend(snapshot(b));
    if v.len() > tuple::MAX_ITEMS {
        return Err(rt.memory_error());
    }
    Ok(rt.new_list(v)?)
}

fn list_inplace_concat(rt: &Runtime, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    extend(rt, a, b)?;
    Ok(a.clone())
}

fn list_repeat(rt: &Runtime, a: &ObjRef, n: isize) -> PyResult<ObjRef> {
    let v = tuple::repeat_items(rt, &snapshot(a), n)?;
    Ok(rt.new_list(v)?)
}

fn list_inplace_repeat(rt: &Runtime, a: &ObjRef, n: isize) -> PyResult<ObjRef> {
    let Some(its) = items(a) else {
        return Ok(a.clone());
    };
    if its.is_empty() || n == 1 {
        return Ok(a.clone());
    }
    let v = tuple::repeat_items(rt, &its.to_vec(), n)?;
    // `list_resize(size * n)`'s capacity; n < 1 clears (no block left).
    let cap = its.resize_capacity(v.len());
    let old = its.replace_all_with_capacity(v, cap)?;
    drop(old);
    Ok(a.clone())
}

fn list_contains(rt: &Runtime, a: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    let mut i = 0;
    // Re-read each item: the list may change under a user `__eq__` (as CPython does).
    while let Some(it) = items(a).and_then(|v| v.get(i)) {
        if ops::eq(rt, &it, x)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn list_len(_: &Runtime, a: &ObjRef) -> PyResult<usize> {
    Ok(items(a).map_or(0, ObjVec::len))
}

fn list_getitem(rt: &Runtime, a: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
    let n = items(a).map_or(0, ObjVec::len);
    if slice::payload(key).is_some() {
        let v = tuple::slice_items(rt, &snapshot(a), key)?;
        return Ok(rt.new_list(v)?);
    }
    match slice::subscript_index(rt, key, n, "list")? {
        Some(i) => match items(a).and_then(|v| v.get(i)) {
            Some(x) => Ok(x),
            None => Err(slice::index_error(rt, "list index out of range")),
        },
        None => Err(slice::index_error(rt, "list index out of range")),
    }
}

fn list_setitem(rt: &Runtime, a: &ObjRef, key: &ObjRef, value: Option<ObjRef>) -> PyResult<()> {
    let Some(its) = items(a) else { return Ok(()) };
    if slice::payload(key).is_some() {
        return assign_slice(rt, a, key, value);
    }
    match slice::subscript_index(rt, key, its.len(), "list")? {
        Some(i) => {
            match value {
                // The replaced item is released after the store, as in CPython.
                Some(v) => drop(its.replace(i, v)),
                None => drop(its.remove(i)),
            }
            Ok(())
        }
        None => Err(slice::index_error(rt, "list assignment index out of range")),
    }
}

/// `a[slice] = value` / `del a[slice]` (`list_ass_subscript`).
fn assign_slice(rt: &Runtime, a: &ObjRef, key: &ObjRef, value: Option<ObjRef>) -> PyResult<()> {
    let old = snapshot(a);
    let (start, stop, step, len) = slice::indices(rt, key, old.len())?;
    let new_items = match &value {
        None => None,
        Some(v) if v.is(a) => Some(old.clone()),
        Some(v) => {
            if items(v).is_none()
                && tuple::items(v).is_none()
                && v.type_object().proto().iter.is_none()
            {
                return Err(rt.type_error(if step == 1 {
                    "can only assign an iterable"
                } else {
                    "must assign iterable to extended slice"
                }));
            }
            Some(ops::collect(rt, v)?)
        }
    };
    let mut result: Vec<ObjRef>;
    if step == 1 {
        let lo = start as usize;
        let hi = (stop.max(start)) as usize;
        result = Vec::with_capacity(old.len());
        result.extend_from_slice(&old[..lo]);
        if let Some(n) = &new_items {
            result.extend_from_slice(n);
        }
        result.extend_from_slice(&old[hi..]);
    } else {
        let picked: Vec<usize> = (0..len)
            .map(|k| (start + k as isize * step) as usize)
            .collect();
        match &new_items {
            None => {
                result = old
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !picked.contains(i))
                    .map(|(_, x)| x.clone())
                    .collect();
            }
            Some(n) => {
                if n.len() != len {
                    return Err(rt.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {len}",
                        n.len()
                    )));
                }
                result = old.clone();
                for (k, i) in picked.iter().enumerate() {
                    result[*i] = n[k].clone();
                }
            }
        }
    }
    if result.len() > tuple::MAX_ITEMS {
        return Err(rt.memory_error());
    }
    if let Some(its) = items(a) {
        // The capacity `list_ass_slice` / `list_ass_subscript` leave: resized when the
        // length changes (an emptied list has no block), else kept.
        let cap = if result.is_empty() && step == 1 {
            0
        } else if result.len() == its.len() {
            its.capacity()
        } else {
            its.resize_capacity(result.len())
        };
        let replaced = its.replace_all_with_capacity(result, cap)?;
        drop(replaced);
    }
    drop(old);
    Ok(())
}

fn list_iter(rt: &Runtime, a: &ObjRef) -> PyResult<ObjRef> {
    iter::new_seq_iter(rt, a, iter::SeqKind::List)
}

/// `list.__sizeof__`: 40 + 8 per allocated slot.
fn list_sizeof(_: &Runtime, a: &ObjRef) -> usize {
    40 + 8 * items(a).map_or(0, ObjVec::capacity)
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<ListPayload>("list", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_methods(&crate::types::list_methods::METHODS)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(ProtocolSlots {
            new: Some(crate::types::typecall::list_new),
            repr: Some(list_repr),
            unhashable: true,
            richcompare: Some(list_richcompare),
            concat: Some(list_concat),
            inplace_concat: Some(list_inplace_concat),
            repeat: Some(list_repeat),
            inplace_repeat: Some(list_inplace_repeat),
            contains: Some(list_contains),
            len: Some(list_len),
            getitem: Some(list_getitem),
            setitem: Some(list_setitem),
            iter: Some(list_iter),
            sizeof: Some(list_sizeof),
            ..ProtocolSlots::default()
        })
}
