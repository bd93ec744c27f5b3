//! `cell`: the box a closure variable lives in (CPython's `PyCellObject`): one optional
//! reference, GC-tracked, with traverse and clear; repr `<cell at 0x…: int object at 0x…>`
//! or `<cell at 0x…: empty>`.

use crate::cell::ObjCell;
use crate::errors::PyResult;
use crate::heap::AllocError;
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};

pub struct CellPayload {
    contents: ObjCell,
}

impl Payload for CellPayload {}

impl CellPayload {
    /// The contents (`None` when empty: reading it is the eval loop's NameError).
    pub fn get(&self) -> Option<ObjRef> {
        self.contents.get()
    }

    /// Stores `v` (or empties the cell); the old contents are returned to be dropped after.
    pub fn set(&self, v: Option<ObjRef>) -> Option<ObjRef> {
        self.contents.replace(v)
    }
}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = payload(obj).and_then(|c| c.contents.ptr()) {
        visit(p);
    }
}

fn clear(obj: &ObjRef) {
    if let Some(c) = payload(obj) {
        drop(c.contents.take());
    }
}

fn cell_repr(_: &Runtime, obj: &ObjRef) -> PyResult<String> {
    Ok(match payload(obj).and_then(CellPayload::get) {
        Some(v) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            obj.id(),
            v.type_object().name(),
            v.id()
        ),
        None => format!("<cell at {:#x}: empty>", obj.id()),
    })
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<CellPayload>("cell", TypeFlags::HAVE_GC)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(ProtocolSlots {
            repr: Some(cell_repr),
            unhashable: true,
            ..ProtocolSlots::default()
        })
}

impl Runtime {
    /// A new cell holding `v` (or empty), tracked.
    pub fn new_cell(&self, v: Option<ObjRef>) -> Result<ObjRef, AllocError> {
        let c = self.alloc(
            &self.types().cell,
            CellPayload {
                contents: ObjCell::new(v),
            },
        )?;
        c.gc_track();
        Ok(c)
    }
}

pub fn payload(obj: &ObjRef) -> Option<&CellPayload> {
    obj.downcast::<CellPayload>()
}
