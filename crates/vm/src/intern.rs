//! String interning (CPython 3.11's `interned` dict, `PyUnicode_InternInPlace`). The compiler
//! interns identifier-like constants and names, `sys.intern` uses the same table, and equal
//! interned strings are one object.
//!
//! As in 3.11, interned strings are *mortal*: the table does not own a reference (3.11 stores
//! two and subtracts them from the count), so `sys.getrefcount` shows only real references,
//! and a string whose last reference goes is released and removes itself from the table
//! (`StrPayload::before_release`). Nothing is left in the table at teardown unless a string
//! leaked.

use std::borrow::Borrow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use crate::heap::AllocError;
use crate::object::{ObjPtr, ObjRef};
use crate::runtime::Runtime;
use crate::types::str::StrPayload;

/// A table entry: a non-owning pointer to an interned str object, hashed and compared by
/// its contents so that `HashSet::get(&str)` finds it.
struct InternKey(ObjPtr);

impl InternKey {
    fn as_str(&self) -> &str {
        // SAFETY: an entry is removed (in StrPayload::before_release) before its string is
        // released, so the object is alive while it is in the table; it is a str because
        // only str objects are inserted.
        let obj = unsafe { self.0.as_objref() };
        match crate::types::str::as_str(obj) {
            Some(s) => s,
            None => unreachable!("non-str in the interning table"),
        }
    }
}

impl Borrow<str> for InternKey {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl Hash for InternKey {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.as_str().hash(h)
    }
}

impl PartialEq for InternKey {
    fn eq(&self, other: &InternKey) -> bool {
        self.as_str() == other.as_str()
    }
}
impl Eq for InternKey {}

pub(crate) struct InternTable {
    set: RefCell<HashSet<InternKey>>,
}

impl InternTable {
    pub(crate) fn new() -> InternTable {
        InternTable {
            set: RefCell::new(HashSet::new()),
        }
    }

    fn lookup(&self, s: &str) -> Option<ObjRef> {
        let set = self.set.borrow();
        // SAFETY: entries are alive (see InternKey::as_str).
        set.get(s).map(|k| unsafe { k.0.to_objref() })
    }

    /// Called by a releasing interned string.
    pub(crate) fn remove(&self, s: &str) {
        self.set.borrow_mut().remove(s);
    }

    pub(crate) fn len(&self) -> usize {
        self.set.borrow().len()
    }
}

impl Runtime {
    /// Returns the interned string equal to `s`, creating it if needed.
    pub fn intern(&self, s: &str) -> Result<ObjRef, AllocError> {
        let table = &self.state().interned;
        if let Some(found) = table.lookup(s) {
            return Ok(found);
        }
        let obj = self.new_str(s)?;
        Ok(self.intern_new(obj))
    }

    /// `sys.intern(obj)` for a str object: the interned equal string if there is one, else
    /// `obj` itself, now interned. Non-str objects are returned unchanged (the caller raises
    /// CPython's TypeError).
    pub fn intern_obj(&self, obj: ObjRef) -> ObjRef {
        let Some(payload) = obj.downcast_var::<StrPayload>().map(|(p, _)| p) else {
            return obj;
        };
        if payload.is_interned() {
            return obj;
        }
        let found = match crate::types::str::as_str(&obj) {
            Some(s) => self.state().interned.lookup(s),
            None => None,
        };
        match found {
            Some(f) => f,
            None => self.intern_new(obj),
        }
    }

    fn intern_new(&self, obj: ObjRef) -> ObjRef {
        if let Some((p, _)) = obj.downcast_var::<StrPayload>() {
            p.set_interned();
            self.state()
                .interned
                .set
                .borrow_mut()
                .insert(InternKey(obj.as_ptr()));
        }
        obj
    }

    /// A str constant as the compiler makes it: interned when it is identifier-like (only
    /// ASCII letters, digits and underscores, CPython's `all_name_chars`); otherwise the
    /// shared one-character string for a Latin-1 character (CPython decodes the source
    /// text to its singleton, so `'a b'[1] is ' '`), else a new string.
    pub fn str_constant(&self, s: &str) -> Result<ObjRef, AllocError> {
        if is_identifier_like(s) {
            self.intern(s)
        } else {
            self.str_result(s)
        }
    }

    /// Number of strings in the interning table.
    pub fn interned_count(&self) -> usize {
        self.state().interned.len()
    }
}

/// CPython's `all_name_chars`: the constants the compiler interns.
pub fn is_identifier_like(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}
