//! [`ObjCell`]: an optional owned reference stored in a payload and replaced through `&self`
//! (exception `__context__`, iterator sources, ...). A `Cell<Option<ObjRef>>` with the few
//! operations payloads need, none of which hands out a reference into the cell, so a release
//! triggered by a replacement can never observe the cell mid-update. Reads look at the
//! content in place (no take-and-put-back, which cost two stores and a drop check each).

use std::cell::Cell;

use crate::object::{ObjPtr, ObjRef};

#[derive(Default)]
pub struct ObjCell(Cell<Option<ObjRef>>);

impl ObjCell {
    pub fn new(v: Option<ObjRef>) -> ObjCell {
        ObjCell(Cell::new(v))
    }

    /// Reads the content in place. Private, and given only closures that clone (an incref)
    /// or copy a pointer, so nothing can write the cell while the borrow lives.
    #[inline(always)]
    fn peek<R>(&self, f: impl FnOnce(Option<&ObjRef>) -> R) -> R {
        // SAFETY: `ObjCell` is not `Sync`, so only this thread touches it; the writers are
        // `replace`/`take` (and drop), which no closure passed here calls: they run no
        // Python code and release nothing. So the shared borrow of the content is not
        // aliased by a write while `f` runs.
        f(unsafe { &*self.0.as_ptr() }.as_ref())
    }

    /// A new reference to the content.
    #[inline]
    pub fn get(&self) -> Option<ObjRef> {
        self.peek(|v| v.cloned())
    }

    /// Stores `v`, returning the previous content (the caller drops it, after the store).
    pub fn replace(&self, v: Option<ObjRef>) -> Option<ObjRef> {
        self.0.replace(v)
    }

    /// Empties the cell, returning the content.
    pub fn take(&self) -> Option<ObjRef> {
        self.0.take()
    }

    #[inline]
    pub fn is_some(&self) -> bool {
        self.peek(|v| v.is_some())
    }

    /// The content's pointer, without refcount traffic (for `tp_traverse`).
    #[inline]
    pub fn ptr(&self) -> Option<ObjPtr> {
        self.peek(|v| v.map(ObjRef::as_ptr))
    }

    /// Whether the cell holds exactly `obj`.
    pub fn holds(&self, obj: &ObjRef) -> bool {
        self.ptr() == Some(obj.as_ptr())
    }
}
