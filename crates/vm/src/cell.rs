//! [`ObjCell`]: an optional owned reference stored in a payload and replaced through `&self`
//! (exception `__context__`, iterator sources, ...). A `Cell<Option<ObjRef>>` with the few
//! operations payloads need, none of which hands out a reference into the cell, so a release
//! triggered by a replacement can never observe the cell mid-update.

use std::cell::Cell;

use crate::object::{ObjPtr, ObjRef};

#[derive(Default)]
pub struct ObjCell(Cell<Option<ObjRef>>);

impl ObjCell {
    pub fn new(v: Option<ObjRef>) -> ObjCell {
        ObjCell(Cell::new(v))
    }

    /// A new reference to the content.
    pub fn get(&self) -> Option<ObjRef> {
        let v = self.0.take();
        let out = v.clone();
        self.0.set(v);
        out
    }

    /// Stores `v`, returning the previous content (the caller drops it, after the store).
    pub fn replace(&self, v: Option<ObjRef>) -> Option<ObjRef> {
        self.0.replace(v)
    }

    /// Empties the cell, returning the content.
    pub fn take(&self) -> Option<ObjRef> {
        self.0.take()
    }

    pub fn is_some(&self) -> bool {
        let v = self.0.take();
        let r = v.is_some();
        self.0.set(v);
        r
    }

    /// The content's pointer, without refcount traffic (for `tp_traverse`).
    pub fn ptr(&self) -> Option<ObjPtr> {
        let v = self.0.take();
        let r = v.as_ref().map(ObjRef::as_ptr);
        self.0.set(v);
        r
    }

    /// Whether the cell holds exactly `obj`.
    pub fn holds(&self, obj: &ObjRef) -> bool {
        self.ptr() == Some(obj.as_ptr())
    }
}
