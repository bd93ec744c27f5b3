//! The sequence iterators: `list_iterator`, `tuple_iterator`, `str_ascii_iterator` and
//! `str_iterator` (CPython's `listiterobject` & co.): an index and the sequence, which is
//! dropped on exhaustion (`it_seq = NULL`) so an exhausted iterator stays exhausted even if
//! the list grows. GC-tracked, with traverse and clear.

use std::cell::Cell;

use crate::cell::ObjCell;
use crate::errors::PyResult;
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::{list, str as pystr, tuple};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SeqKind {
    List,
    Tuple,
    Str,
}

pub struct SeqIterPayload {
    kind: SeqKind,
    index: Cell<usize>,
    seq: ObjCell,
}

impl Payload for SeqIterPayload {}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = obj.downcast::<SeqIterPayload>().and_then(|it| it.seq.ptr()) {
        visit(p);
    }
}

fn clear(obj: &ObjRef) {
    if let Some(it) = obj.downcast::<SeqIterPayload>() {
        drop(it.seq.take());
    }
}

fn iter_self(_: &Runtime, obj: &ObjRef) -> PyResult<ObjRef> {
    Ok(obj.clone())
}

fn seq_next(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(it) = obj.downcast::<SeqIterPayload>() else {
        return Ok(None);
    };
    let Some(seq) = it.seq.get() else {
        return Ok(None);
    };
    let i = it.index.get();
    let item = match it.kind {
        SeqKind::List => list::items(&seq).and_then(|v| v.get(i)),
        SeqKind::Tuple => tuple::items(&seq).and_then(|v| v.get(i).cloned()),
        SeqKind::Str => pystr::char_at(rt, &seq, i)?,
    };
    match item {
        Some(x) => {
            it.index.set(i + 1);
            Ok(Some(x))
        }
        None => {
            drop(it.seq.take());
            Ok(None)
        }
    }
}

/// `__length_hint__`-style remaining count (for `list(it)` preallocation).
pub fn remaining(obj: &ObjRef) -> usize {
    let Some(it) = obj.downcast::<SeqIterPayload>() else {
        return 0;
    };
    let Some(seq) = it.seq.get() else { return 0 };
    let n = match it.kind {
        SeqKind::List => list::items(&seq).map_or(0, |v| v.len()),
        SeqKind::Tuple => tuple::items(&seq).map_or(0, <[ObjRef]>::len),
        SeqKind::Str => pystr::as_str(&seq).map_or(0, |s| s.chars().count()),
    };
    n.saturating_sub(it.index.get())
}

pub(crate) fn spec(name: &'static str) -> TypeSpec {
    TypeSpec::fixed::<SeqIterPayload>(name, TypeFlags::HAVE_GC)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(iterator_proto(seq_next))
}

/// The slots every iterator type shares: `iter(it) is it`, and its `__next__`.
pub(crate) fn iterator_proto(next: crate::protocol::IterNextFn) -> ProtocolSlots {
    ProtocolSlots {
        iter: Some(iter_self),
        iternext: Some(next),
        ..ProtocolSlots::default()
    }
}

/// A new iterator over a list, tuple or str.
pub fn new_seq_iter(rt: &Runtime, seq: &ObjRef, kind: SeqKind) -> PyResult<ObjRef> {
    let t = rt.types();
    let ty = match kind {
        SeqKind::List => &t.list_iterator,
        SeqKind::Tuple => &t.tuple_iterator,
        SeqKind::Str => {
            if pystr::as_str(seq).is_some_and(str::is_ascii) {
                &t.str_ascii_iterator
            } else {
                &t.str_iterator
            }
        }
    };
    let it = rt.alloc(
        ty,
        SeqIterPayload {
            kind,
            index: Cell::new(0),
            seq: ObjCell::new(Some(seq.clone())),
        },
    )?;
    it.gc_track();
    Ok(it)
}
