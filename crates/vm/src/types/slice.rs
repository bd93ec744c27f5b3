//! `slice` objects (`start`, `stop`, `step`; GC-tracked as CPython's) with repr
//! `slice(1, None, 2)`, `indices()` and the index arithmetic of `PySlice_Unpack` /
//! `PySlice_AdjustIndices` that every sequence's slicing uses, and the index normalization
//! of plain subscripts.

use crate::errors::{ExcKind, PyResult};
use crate::heap::AllocError;
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::ops;
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::int::{self, IntValue};

/// Immutable, as CPython's: plain references (no `tp_clear`; a cycle through a slice is
/// broken at the container it holds), read by `indices` without new references.
pub struct SlicePayload {
    start: ObjRef,
    stop: ObjRef,
    step: ObjRef,
}

impl Payload for SlicePayload {}

impl SlicePayload {
    pub fn start(&self) -> Option<ObjRef> {
        Some(self.start.clone())
    }
    pub fn stop(&self) -> Option<ObjRef> {
        Some(self.stop.clone())
    }
    pub fn step(&self) -> Option<ObjRef> {
        Some(self.step.clone())
    }
}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(s) = obj.downcast::<SlicePayload>() {
        for c in [&s.start, &s.stop, &s.step] {
            visit(c.as_ptr());
        }
    }
}

fn slice_repr(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let Some(s) = payload(obj) else {
        return Ok(String::new());
    };
    let part = |c: Option<ObjRef>| match c {
        Some(o) => ops::repr_string(rt, &o),
        None => Ok("None".to_string()),
    };
    Ok(format!(
        "slice({}, {}, {})",
        part(s.start())?,
        part(s.stop())?,
        part(s.step())?
    ))
}

/// `slice_richcompare`: slices compare as the tuples `(start, stop, step)`.
fn slice_richcompare(
    rt: &Runtime,
    a: &ObjRef,
    b: &ObjRef,
    op: bytecode::CompareOp,
) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (payload(a), payload(b)) else {
        return Ok(rt.not_implemented().clone());
    };
    let as_tuple = |s: &SlicePayload| -> PyResult<ObjRef> {
        let none = || rt.none().clone();
        Ok(rt.new_tuple(vec![
            s.start().unwrap_or_else(none),
            s.stop().unwrap_or_else(none),
            s.step().unwrap_or_else(none),
        ])?)
    };
    ops::compare(rt, &as_tuple(x)?, &as_tuple(y)?, op)
}

/// The `start`, `stop` and `step` members, then the generic lookup (methods).
fn slice_getattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    if let Some(s) = payload(obj) {
        let v = match crate::types::str::as_str(name) {
            Some("start") => Some(s.start()),
            Some("stop") => Some(s.stop()),
            Some("step") => Some(s.step()),
            _ => None,
        };
        if let Some(v) = v {
            return Ok(v.unwrap_or_else(|| rt.none().clone()));
        }
    }
    ops::generic_getattr(rt, obj, name)
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<SlicePayload>("slice", TypeFlags::HAVE_GC)
        .with_traverse(traverse)
        .with_proto(ProtocolSlots {
            new: Some(crate::types::typecall::slice_new),
            repr: Some(slice_repr),
            getattr: Some(slice_getattr),
            richcompare: Some(slice_richcompare),
            unhashable: true,
            ..ProtocolSlots::default()
        })
}

impl Runtime {
    /// `slice(start, stop, step)`; `None` operands are stored as `None`.
    pub fn new_slice(
        &self,
        start: ObjRef,
        stop: ObjRef,
        step: ObjRef,
    ) -> Result<ObjRef, AllocError> {
        let s = self.alloc(&self.types().slice, SlicePayload { start, stop, step })?;
        s.gc_track();
        Ok(s)
    }
}

pub fn payload(obj: &ObjRef) -> Option<&SlicePayload> {
    obj.downcast::<SlicePayload>()
}

/// `_PyEval_SliceIndex`: None → default, an int clamped into isize range, else TypeError.
pub(crate) fn slice_index(rt: &Runtime, v: Option<ObjRef>) -> PyResult<Option<isize>> {
    match v {
        Some(v) => bound(rt, &v),
        None => Ok(None),
    }
}

/// [`slice_index`] of a slice's own field.
fn bound(rt: &Runtime, v: &ObjRef) -> PyResult<Option<isize>> {
    if rt.is_none(v) {
        return Ok(None);
    }
    match int::value(v) {
        Some(IntValue::Small(x)) => Ok(Some(
            (*x).clamp(isize::MIN as i64 + 1, isize::MAX as i64) as isize
        )),
        Some(big) => Ok(Some(if big.is_negative() {
            isize::MIN + 1
        } else {
            isize::MAX
        })),
        None => {
            Err(rt.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// `PySlice_Unpack` + `PySlice_AdjustIndices`: (start, stop, step, length) for a sequence of
/// `len` items. ValueError "slice step cannot be zero".
pub fn indices(rt: &Runtime, slice: &ObjRef, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let Some(s) = payload(slice) else {
        return Err(rt.type_error("expected a slice"));
    };
    let step = bound(rt, &s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(rt.value_error("slice step cannot be zero"));
    }
    let step = step.max(-isize::MAX);
    let len = len as isize;
    let (dstart, dstop) = if step < 0 {
        (isize::MAX, isize::MIN)
    } else {
        (0, isize::MAX)
    };
    let start = bound(rt, &s.start)?.unwrap_or(dstart);
    let stop = bound(rt, &s.stop)?.unwrap_or(dstop);
    let adjust = |mut i: isize, is_start: bool| -> isize {
        let _ = is_start;
        if i < 0 {
            i += len;
            if i < 0 {
                i = if step < 0 { -1 } else { 0 };
            }
        } else if i >= len {
            i = if step < 0 { len - 1 } else { len };
        }
        i
    };
    let start = adjust(start, true);
    let stop = adjust(stop, false);
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

/// A plain subscript `seq[i]` normalized against `len`: `None` when out of range (the
/// caller raises its type's IndexError text).
pub fn normalize_index(i: isize, len: usize) -> Option<usize> {
    let len = len as isize;
    let j = if i < 0 { i + len } else { i };
    (0..len).contains(&j).then_some(j as usize)
}

/// The index of `seq[key]` for an int key; `Err` with "`what` indices must be integers or
/// slices, not T" for other non-slice keys. `Ok(None)` means out of range.
pub fn subscript_index(
    rt: &Runtime,
    key: &ObjRef,
    len: usize,
    what: &str,
) -> PyResult<Option<usize>> {
    match ops::index_value(rt, key)? {
        Some(i) => Ok(normalize_index(i, len)),
        None => Err(rt.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            ops::type_name(key)
        ))),
    }
}

/// Raises `IndexError(msg)`.
pub fn index_error(rt: &Runtime, msg: &str) -> crate::errors::PyErr {
    rt.new_err(ExcKind::IndexError, msg)
}
