//! `float`: header + one f64 = 24 bytes, a 32-byte block, as CPython's `PyFloatObject`.

use crate::heap::AllocError;
use crate::object::{ObjRef, Payload};
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};

pub struct FloatPayload {
    value: f64,
}

impl Payload for FloatPayload {}

impl FloatPayload {
    pub fn value(&self) -> f64 {
        self.value
    }
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<FloatPayload>("float", TypeFlags::BASETYPE)
}

impl Runtime {
    pub fn new_float(&self, value: f64) -> Result<ObjRef, AllocError> {
        self.alloc(&self.types().float, FloatPayload { value })
    }
}

/// The value of a float object.
pub fn as_f64(obj: &ObjRef) -> Option<f64> {
    obj.downcast::<FloatPayload>().map(FloatPayload::value)
}
