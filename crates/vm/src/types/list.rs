//! `list`: GC head + header + the item array's pointer, length and capacity (an [`ObjVec`]),
//! 56 bytes, a 64-byte block as in CPython; the items live in a separate heap block grown by
//! `list_resize`'s rule. Tracked at creation. Release, `tp_clear` and `tp_traverse` all go
//! LAST TO FIRST, as `list_dealloc`, `_list_clear` and `list_traverse` do.

use crate::heap::{AllocError, ObjVec};
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};

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

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<ListPayload>("list", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_traverse(traverse)
        .with_clear(clear)
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
