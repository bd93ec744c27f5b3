//! `NoneType`: one instance, `None`, created at start-up (header only, 16 bytes).

use crate::object::{ObjRef, Payload};
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};

pub struct NonePayload;

impl Payload for NonePayload {}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<NonePayload>("NoneType", TypeFlags::NONE)
}

impl Runtime {
    /// `obj is None`.
    pub fn is_none(&self, obj: &ObjRef) -> bool {
        obj.is(self.none())
    }
}
