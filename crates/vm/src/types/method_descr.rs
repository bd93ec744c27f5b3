//! `method_descriptor`: a builtin type's method not bound to an instance (CPython's
//! `PyMethodDescrObject`, what `list.append` is). The eval loop's `LOAD_METHOD` pushes one
//! with the instance after it, as CPython 3.11 does, so `lst.append(x)` calls the Rust
//! function with `self` = `lst` without allocating a bound method; `CALL` calls it with the
//! instance as the first argument. Descriptors are made once per (type, name) and cached by
//! the eval loop. Repr `<method 'append' of 'list' objects>`.

use crate::errors::PyResult;
use crate::heap::AllocError;
use crate::object::{ObjRef, Payload};
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{MethodDef, TypeFlags, TypeSpec};

pub struct MethodDescrPayload {
    def: MethodDef,
    /// The type whose method table holds `def` (`d_type`).
    owner: ObjRef,
}

impl Payload for MethodDescrPayload {}

fn owner_name(d: &MethodDescrPayload) -> &str {
    d.owner.as_type().map_or("?", |t| t.name())
}

fn descr_repr(_: &Runtime, obj: &ObjRef) -> PyResult<String> {
    Ok(match payload(obj) {
        Some(d) => format!("<method '{}' of '{}' objects>", d.def.name, owner_name(d)),
        None => String::new(),
    })
}

/// `method_vectorcall`: the first argument is `self`, checked against the owner type.
fn descr_call(
    rt: &Runtime,
    obj: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let Some(d) = payload(obj) else {
        return Err(rt.type_error("not a method descriptor"));
    };
    let nkw = kwnames
        .and_then(crate::types::tuple::items)
        .map_or(0, <[ObjRef]>::len);
    let Some((this, rest)) = args.split_first().filter(|_| args.len() > nkw) else {
        return Err(rt.type_error(format!(
            "unbound method {}.{}() needs an argument",
            owner_name(d),
            d.def.name
        )));
    };
    // The instance's type is almost always the owner itself: skip the MRO walk then.
    if !this.type_ref().is(&d.owner) && !crate::ops::isinstance(this, &d.owner) {
        return Err(rt.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.def.name,
            owner_name(d),
            crate::ops::type_name(this)
        )));
    }
    (d.def.func)(rt, Some(this), rest, kwnames)
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<MethodDescrPayload>("method_descriptor", TypeFlags::NONE).with_proto(
        ProtocolSlots {
            repr: Some(descr_repr),
            call: Some(descr_call),
            ..ProtocolSlots::default()
        },
    )
}

impl Runtime {
    /// The descriptor of `def`, a method of the type `owner`.
    pub fn new_method_descr(&self, def: MethodDef, owner: &ObjRef) -> Result<ObjRef, AllocError> {
        self.alloc(
            &self.types().method_descriptor,
            MethodDescrPayload {
                def,
                owner: owner.clone(),
            },
        )
    }
}

pub fn payload(obj: &ObjRef) -> Option<&MethodDescrPayload> {
    obj.downcast::<MethodDescrPayload>()
}
