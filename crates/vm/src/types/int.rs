//! `int` and `bool`. An int is header + an [`IntValue`] = 24 bytes, a 32-byte block (CPython's
//! one-digit ints ask for 28, also a 32-byte block). `bool` shares the payload, as CPython's
//! bool is an int subtype: `True` holds 1 and `False` 0. Ints -5..=256 are cached at start-up
//! and shared ([`Runtime::new_int`] returns the cached object).

use crate::heap::AllocError;
use crate::object::{ObjRef, Payload};
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};

/// An int's value: the machine-word fast path. Arbitrary precision arrives with
/// num-bigint in issue 4 as a second variant (`Big(Box<BigInt>)`), which keeps the payload
/// at 16 bytes and the block at 32.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntValue {
    Small(i64),
}

pub struct IntPayload {
    value: IntValue,
}

impl Payload for IntPayload {}

impl IntPayload {
    pub(crate) fn new(v: i64) -> IntPayload {
        IntPayload {
            value: IntValue::Small(v),
        }
    }

    pub fn value(&self) -> IntValue {
        self.value
    }
}

pub(crate) fn int_spec() -> TypeSpec {
    TypeSpec::fixed::<IntPayload>("int", TypeFlags::BASETYPE)
}

pub(crate) fn bool_spec() -> TypeSpec {
    TypeSpec::fixed::<IntPayload>("bool", TypeFlags::NONE)
}

impl Runtime {
    /// An int object: the shared cached one for -5..=256, else a new one.
    pub fn new_int(&self, v: i64) -> Result<ObjRef, AllocError> {
        if let Some(cached) = self.small_int(v) {
            return Ok(cached.clone());
        }
        self.alloc(&self.types().int, IntPayload::new(v))
    }
}

/// The value of an int (or bool) object that fits a machine word.
pub fn as_i64(obj: &ObjRef) -> Option<i64> {
    match obj.downcast::<IntPayload>()?.value() {
        IntValue::Small(v) => Some(v),
    }
}
