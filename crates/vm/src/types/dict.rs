//! A minimal `dict`: GC head + header + version tag + an entry array (key, value, key,
//! value, ... in insertion order, in its own heap block) = 64 bytes, CPython's 64-byte
//! block. Lookup here is by identity only; hashing and `__eq__` come with the eval loop
//! (issue 4 replaces the table). What this file fixes is the memory behaviour: created
//! untracked, tracked on the first insert of a possibly-tracked key or value
//! (`MAINTAIN_TRACKING`), entries released FIRST TO LAST, key before value
//! (`free_keys_object`), and visited first to last, value before key (`dict_traverse`).

use std::cell::Cell;

use crate::heap::{AllocError, ObjVec};
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};

pub struct DictPayload {
    /// `ma_version_tag`: bumped on every change (inline caches will key on it).
    version: Cell<u64>,
    /// Keys at even indices, values at odd ones.
    entries: ObjVec,
}

impl Payload for DictPayload {}

impl Drop for DictPayload {
    fn drop(&mut self) {
        self.entries.clear_first_to_last();
    }
}

impl DictPayload {
    pub fn len(&self) -> usize {
        self.entries.len() / 2
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn version(&self) -> u64 {
        self.version.get()
    }

    fn find(&self, key: &ObjRef) -> Option<usize> {
        let mut i = 0;
        while let Some(k) = self.entries.get(i) {
            if k.is(key) {
                return Some(i);
            }
            i += 2;
        }
        None
    }

    /// The value stored under `key` (identity).
    pub fn get_by_identity(&self, key: &ObjRef) -> Option<ObjRef> {
        self.find(key).and_then(|i| self.entries.get(i + 1))
    }

    /// The (key, value) pairs in insertion order.
    pub fn items(&self) -> Vec<(ObjRef, ObjRef)> {
        let v = self.entries.to_vec();
        let mut out = Vec::with_capacity(v.len() / 2);
        let mut it = v.into_iter();
        while let (Some(k), Some(val)) = (it.next(), it.next()) {
            out.push((k, val));
        }
        out
    }
}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    let Some(d) = obj.downcast::<DictPayload>() else {
        return;
    };
    let mut pair: Option<ObjPtr> = None;
    d.entries.for_each_ptr(&mut |p| match pair.take() {
        None => pair = Some(p),
        Some(k) => {
            visit(p);
            visit(k);
        }
    });
}

fn clear(obj: &ObjRef) {
    if let Some(d) = obj.downcast::<DictPayload>() {
        d.version.set(d.version.get() + 1);
        d.entries.clear_first_to_last();
    }
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<DictPayload>("dict", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_traverse(traverse)
        .with_clear(clear)
}

impl Runtime {
    /// `{}`: untracked until something trackable goes in.
    pub fn new_dict(&self) -> Result<ObjRef, AllocError> {
        self.alloc(
            &self.types().dict,
            DictPayload {
                version: Cell::new(0),
                entries: ObjVec::new(),
            },
        )
    }

    /// `d[key] = value` with identity lookup; returns the replaced value. `None` if `dict`
    /// is not a dict.
    pub fn dict_set_by_identity(
        &self,
        dict: &ObjRef,
        key: ObjRef,
        value: ObjRef,
    ) -> Result<Option<ObjRef>, AllocError> {
        let Some(d) = dict.downcast::<DictPayload>() else {
            return Ok(None);
        };
        if !dict.gc_is_tracked() && (key.gc_may_be_tracked() || value.gc_may_be_tracked()) {
            dict.gc_track();
        }
        d.version.set(d.version.get() + 1);
        if let Some(i) = d.find(&key) {
            return Ok(d.entries.replace(i + 1, value).ok());
        }
        d.entries.push(key)?;
        if let Err(e) = d.entries.push(value) {
            drop(d.entries.pop());
            return Err(e);
        }
        Ok(None)
    }
}

/// The payload of a dict.
pub fn payload(obj: &ObjRef) -> Option<&DictPayload> {
    obj.downcast::<DictPayload>()
}
