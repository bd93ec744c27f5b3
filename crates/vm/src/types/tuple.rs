//! `tuple`: GC head + header + length + the items inline, so an n-tuple asks for
//! 40 + 8n bytes as in CPython (a 2-tuple is a 64-byte block). Tracked at creation; `()` is
//! the shared, never-tracked singleton. Items are released LAST TO FIRST and visited last to
//! first. Tuples have no `tp_clear` (immutable: cycles through them break elsewhere).

use crate::heap::AllocError;
use crate::object::{ObjPtr, ObjRef, Payload, VarPayload};
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};

/// `ob_size`; the items follow inline.
pub struct TuplePayload {
    pub(crate) len: usize,
}

impl Payload for TuplePayload {}

impl VarPayload for TuplePayload {
    type Item = ObjRef;

    fn item_count(&self) -> usize {
        self.len
    }
}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(items) = items(obj) {
        for it in items.iter().rev() {
            visit(it.as_ptr());
        }
    }
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::var::<TuplePayload>("tuple", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_traverse(traverse)
}

impl Runtime {
    /// A tuple of `items` (the shared `()` when empty).
    pub fn new_tuple(&self, items: Vec<ObjRef>) -> Result<ObjRef, AllocError> {
        if items.is_empty() {
            return Ok(self.empty_tuple().clone());
        }
        let t = self.alloc_var(
            &self.types().tuple,
            TuplePayload { len: items.len() },
            items,
        )?;
        t.gc_track();
        Ok(t)
    }
}

/// The items of a tuple, borrowed (tuples never change after construction).
pub fn items(obj: &ObjRef) -> Option<&[ObjRef]> {
    obj.downcast_var::<TuplePayload>().map(|(_, items)| items)
}
