//! `NoneType`, `NotImplementedType` and `ellipsis`: one instance each, created at start-up
//! (header only, 16 bytes), with CPython's reprs and identity hashing (`None` is falsy).

use crate::errors::PyResult;
use crate::object::{ObjRef, Payload};
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};

pub struct NonePayload;
impl Payload for NonePayload {}

pub struct NotImplementedPayload;
impl Payload for NotImplementedPayload {}

pub struct EllipsisPayload;
impl Payload for EllipsisPayload {}

fn none_repr(_: &Runtime, _: &ObjRef) -> PyResult<String> {
    Ok("None".into())
}

fn none_bool(_: &Runtime, _: &ObjRef) -> PyResult<bool> {
    Ok(false)
}

fn not_implemented_repr(_: &Runtime, _: &ObjRef) -> PyResult<String> {
    Ok("NotImplemented".into())
}

fn ellipsis_repr(_: &Runtime, _: &ObjRef) -> PyResult<String> {
    Ok("Ellipsis".into())
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<NonePayload>("NoneType", TypeFlags::NONE).with_proto(ProtocolSlots {
        new: Some(crate::types::typecall::singleton_new),
        repr: Some(none_repr),
        bool: Some(none_bool),
        ..ProtocolSlots::default()
    })
}

pub(crate) fn not_implemented_spec() -> TypeSpec {
    TypeSpec::fixed::<NotImplementedPayload>("NotImplementedType", TypeFlags::NONE).with_proto(
        ProtocolSlots {
            new: Some(crate::types::typecall::singleton_new),
            repr: Some(not_implemented_repr),
            ..ProtocolSlots::default()
        },
    )
}

pub(crate) fn ellipsis_spec() -> TypeSpec {
    TypeSpec::fixed::<EllipsisPayload>("ellipsis", TypeFlags::NONE).with_proto(ProtocolSlots {
        new: Some(crate::types::typecall::singleton_new),
        repr: Some(ellipsis_repr),
        ..ProtocolSlots::default()
    })
}

impl Runtime {
    /// `obj is None`.
    pub fn is_none(&self, obj: &ObjRef) -> bool {
        obj.is(self.none())
    }

    /// `obj is NotImplemented`.
    pub fn is_not_implemented(&self, obj: &ObjRef) -> bool {
        obj.is(self.not_implemented())
    }
}
