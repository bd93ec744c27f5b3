//! `str`: one block holding the header, the string's sizes, its cached hash and state, and
//! its UTF-8 bytes inline plus a NUL, so an ASCII string of length L asks for 48 + L + 1
//! bytes, exactly CPython 3.11's compact ASCII object. (Non-ASCII strings differ: CPython
//! stores 1, 2 or 4 bytes per code point after a 72-byte header; we store UTF-8.)

use std::cell::Cell;

use crate::heap::AllocError;
use crate::object::{ObjRef, Payload, VarPayload};
use crate::runtime::{with_state, Runtime};
use crate::typeobj::{TypeFlags, TypeSpec};

const STATE_INTERNED: u64 = 1;
const STATE_ASCII: u64 = 2;

/// The fixed part (32 bytes after the header).
pub struct StrPayload {
    /// Bytes of UTF-8, without the NUL.
    byte_len: usize,
    /// Code points (`len()` in Python).
    char_len: usize,
    /// Cached `hash()`, -1 until computed (issue 4 defines the hash).
    hash: Cell<isize>,
    /// Interned / ASCII bits (CPython's `state` field).
    state: Cell<u64>,
}

impl Payload for StrPayload {}

impl VarPayload for StrPayload {
    type Item = u8;

    fn item_count(&self) -> usize {
        self.byte_len + 1
    }

    fn before_release(&mut self, items: &[u8]) {
        if self.state.get() & STATE_INTERNED != 0 {
            if let Ok(s) = std::str::from_utf8(&items[..self.byte_len]) {
                with_state(|st| st.interned.remove(s));
            }
        }
    }
}

impl StrPayload {
    /// Length in code points.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn byte_len(&self) -> usize {
        self.byte_len
    }

    pub fn is_ascii(&self) -> bool {
        self.state.get() & STATE_ASCII != 0
    }

    pub fn is_interned(&self) -> bool {
        self.state.get() & STATE_INTERNED != 0
    }

    pub(crate) fn set_interned(&self) {
        self.state.set(self.state.get() | STATE_INTERNED);
    }

    /// The cached hash, if computed.
    pub fn cached_hash(&self) -> Option<isize> {
        let h = self.hash.get();
        (h != -1).then_some(h)
    }

    pub fn set_cached_hash(&self, h: isize) {
        self.hash.set(h);
    }
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::var::<StrPayload>("str", TypeFlags::BASETYPE)
}

impl Runtime {
    /// A new (not interned) str object.
    pub fn new_str(&self, s: &str) -> Result<ObjRef, AllocError> {
        let ascii = s.is_ascii();
        let payload = StrPayload {
            byte_len: s.len(),
            char_len: if ascii { s.len() } else { s.chars().count() },
            hash: Cell::new(-1),
            state: Cell::new(if ascii { STATE_ASCII } else { 0 }),
        };
        self.alloc_var_bytes(&self.types().str_, payload, |bytes| {
            bytes[..s.len()].copy_from_slice(s.as_bytes());
        })
    }
}

/// The contents of a str object.
pub fn as_str(obj: &ObjRef) -> Option<&str> {
    let (p, bytes) = obj.downcast_var::<StrPayload>()?;
    let bytes = &bytes[..p.byte_len];
    // SAFETY: the bytes were copied from a &str at construction and are never modified.
    Some(unsafe { std::str::from_utf8_unchecked(bytes) })
}
