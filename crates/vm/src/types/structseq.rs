//! Struct sequences (CPython's `PyStructSequence`): `sys.version_info`, `sys.float_info`,
//! `sys.int_info`, `sys.hash_info` — a tuple whose items also have names. Ours wraps a
//! tuple instead of subclassing it, so indexing, slicing, `len`, iteration, comparison and
//! hashing delegate to the tuple, fields read by name, and the repr is CPython's
//! `sys.version_info(major=3, minor=11, ...)`. Only `isinstance(x, tuple)` tells them
//! apart. Each struct sequence is its own native type (named as CPython names it).

use bytecode::CompareOp;

use crate::cell::ObjCell;
use crate::errors::{ExcKind, PyResult};
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::ops;
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::{str as pystr, tuple};

pub struct StructSeqPayload {
    fields: &'static [&'static str],
    items: ObjCell,
}

impl Payload for StructSeqPayload {}

fn items(obj: &ObjRef) -> Option<ObjRef> {
    obj.downcast::<StructSeqPayload>()
        .and_then(|p| p.items.get())
}

/// The tuple behind a struct sequence, or the object itself (for comparisons).
fn as_tuple(obj: &ObjRef) -> ObjRef {
    items(obj).unwrap_or_else(|| obj.clone())
}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = obj
        .downcast::<StructSeqPayload>()
        .and_then(|p| p.items.ptr())
    {
        visit(p);
    }
}

fn clear(obj: &ObjRef) {
    if let Some(p) = obj.downcast::<StructSeqPayload>() {
        drop(p.items.take());
    }
}

fn repr(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let Some(p) = obj.downcast::<StructSeqPayload>() else {
        return Ok(String::new());
    };
    let vals = p.items.get().map_or_else(Vec::new, |t| {
        tuple::items(&t).map(<[ObjRef]>::to_vec).unwrap_or_default()
    });
    let parts = p
        .fields
        .iter()
        .zip(&vals)
        .map(|(f, v)| Ok(format!("{f}={}", ops::repr_string(rt, v)?)))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(format!(
        "{}({})",
        obj.type_object().name(),
        parts.join(", ")
    ))
}

fn getattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    if let Some(p) = obj.downcast::<StructSeqPayload>() {
        let n = pystr::as_str(name).unwrap_or("");
        if let Some(i) = p.fields.iter().position(|f| *f == n) {
            if let Some(v) = p
                .items
                .get()
                .and_then(|t| tuple::items(&t)?.get(i).cloned())
            {
                return Ok(v);
            }
        }
    }
    ops::generic_getattr(rt, obj, name)
}

fn len(rt: &Runtime, obj: &ObjRef) -> PyResult<usize> {
    ops::len(rt, &as_tuple(obj))
}

fn getitem(rt: &Runtime, obj: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
    ops::get_item(rt, &as_tuple(obj), key)
}

fn contains(rt: &Runtime, obj: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    ops::contains(rt, &as_tuple(obj), x)
}

fn iter(rt: &Runtime, obj: &ObjRef) -> PyResult<ObjRef> {
    ops::get_iter(rt, &as_tuple(obj))
}

fn hash(rt: &Runtime, obj: &ObjRef) -> PyResult<i64> {
    ops::hash(rt, &as_tuple(obj))
}

fn richcompare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (x, y) = (as_tuple(a), as_tuple(b));
    if tuple::items(&x).is_none() || tuple::items(&y).is_none() {
        return Ok(rt.not_implemented().clone());
    }
    ops::compare(rt, &x, &y, op)
}

/// The spec of a struct sequence type named `name` (e.g. `sys.version_info`).
pub(crate) fn spec(name: &'static str, object: &ObjRef) -> TypeSpec {
    TypeSpec::fixed::<StructSeqPayload>(name, TypeFlags::HAVE_GC)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(ProtocolSlots {
            repr: Some(repr),
            getattr: Some(getattr),
            len: Some(len),
            getitem: Some(getitem),
            contains: Some(contains),
            iter: Some(iter),
            hash: Some(hash),
            richcompare: Some(richcompare),
            ..ProtocolSlots::default()
        })
        .with_base(object)
}

impl Runtime {
    /// An instance of the struct sequence type `ty` with `fields` named and `values`.
    pub fn new_structseq(
        &self,
        ty: &ObjRef,
        fields: &'static [&'static str],
        values: Vec<ObjRef>,
    ) -> PyResult<ObjRef> {
        if values.len() != fields.len() {
            return Err(self.new_err(ExcKind::SystemError, "struct sequence of the wrong size"));
        }
        let t = self.new_tuple(values)?;
        let o = self.alloc(
            ty,
            StructSeqPayload {
                fields,
                items: ObjCell::new(Some(t)),
            },
        )?;
        o.gc_track();
        Ok(o)
    }
}
