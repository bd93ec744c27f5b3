//! `object`: the base type; an instance is the bare 16-byte header (CPython's `object()`).

use crate::errors::PyResult;
use crate::heap::AllocError;
use crate::object::{ObjRef, Payload};
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};

/// No payload: `object()` is header only.
pub struct ObjectPayload;

impl Payload for ObjectPayload {}

/// `object.__hash__`: `_Py_HashPointer(id)`.
fn object_hash(_: &Runtime, obj: &ObjRef) -> PyResult<i64> {
    Ok(crate::types::float::hash_pointer(obj.id()))
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<ObjectPayload>("object", TypeFlags::BASETYPE).with_proto(ProtocolSlots {
        new: Some(crate::types::typecall::object_new),
        hash: Some(object_hash),
        getattr: Some(crate::ops::generic_getattr),
        ..ProtocolSlots::default()
    })
}

impl Runtime {
    /// `object()`.
    pub fn new_object(&self) -> Result<ObjRef, AllocError> {
        self.alloc(&self.types().object, ObjectPayload)
    }
}
