//! `object`: the base type; an instance is the bare 16-byte header (CPython's `object()`).

use crate::heap::AllocError;
use crate::object::{ObjRef, Payload};
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};

/// No payload: `object()` is header only.
pub struct ObjectPayload;

impl Payload for ObjectPayload {}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<ObjectPayload>("object", TypeFlags::BASETYPE)
}

impl Runtime {
    /// `object()`.
    pub fn new_object(&self) -> Result<ObjRef, AllocError> {
        self.alloc(&self.types().object, ObjectPayload)
    }
}
