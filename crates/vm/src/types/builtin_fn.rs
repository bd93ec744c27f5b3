//! `builtin_function_or_method`: a Rust function callable from Python (CPython's
//! `PyCFunctionObject`), optionally bound to `self` (a builtin method such as `[].append`).
//! Calls use the vectorcall form of the `call` slot. Repr `<built-in function len>` or
//! `<built-in method append of list object at 0x…>`. GC-tracked (it may hold `self`).

use crate::cell::ObjCell;
use crate::errors::PyResult;
use crate::heap::AllocError;
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};

/// The Rust side of a builtin: `self` (bound methods), the positional arguments followed by
/// the keyword values, and the keyword names (a tuple of str) if any.
pub type BuiltinFn = fn(&Runtime, Option<&ObjRef>, &[ObjRef], Option<&ObjRef>) -> PyResult<ObjRef>;

/// A builtin that reads the calling frame (`globals`, `locals`, `vars`, `dir`): the eval
/// loop passes the frame when it calls one (`None` when called from Rust, e.g. by `map`).
/// CPython's builtins find the frame through the thread state instead.
pub(crate) type FrameBuiltinFn = fn(
    &Runtime,
    Option<&mut crate::builtins::frame::FrameView<'_>>,
    &[ObjRef],
    Option<&ObjRef>,
) -> PyResult<ObjRef>;

#[derive(Clone, Copy)]
enum Func {
    Plain(BuiltinFn),
    Frame(FrameBuiltinFn),
}

pub struct BuiltinFnPayload {
    name: &'static str,
    func: Func,
    bound_self: ObjCell,
}

impl Payload for BuiltinFnPayload {}

impl BuiltinFnPayload {
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The Rust function of a frame-reading builtin.
    pub(crate) fn frame_fn(&self) -> Option<FrameBuiltinFn> {
        match self.func {
            Func::Frame(f) => Some(f),
            Func::Plain(_) => None,
        }
    }
}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = payload(obj).and_then(|f| f.bound_self.ptr()) {
        visit(p);
    }
}

fn clear(obj: &ObjRef) {
    if let Some(f) = payload(obj) {
        drop(f.bound_self.take());
    }
}

fn builtin_repr(_: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let Some(f) = payload(obj) else {
        return Ok(String::new());
    };
    Ok(match f.bound_self.get() {
        Some(s) => format!(
            "<built-in method {} of {} object at {:#x}>",
            f.name,
            s.type_object().name(),
            s.id()
        ),
        None => format!("<built-in function {}>", f.name),
    })
}

fn builtin_call(
    rt: &Runtime,
    obj: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let Some(f) = payload(obj) else {
        return Err(rt.type_error("not a builtin function"));
    };
    match f.func {
        Func::Plain(func) => {
            let bound = f.bound_self.get();
            func(rt, bound.as_ref(), args, kwnames)
        }
        Func::Frame(func) => func(rt, None, args, kwnames),
    }
}

/// `__name__` and `__qualname__` (`list.append` for a method), then the generic lookup.
fn builtin_getattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    if let Some(f) = payload(obj) {
        match crate::types::str::as_str(name) {
            Some("__name__") => return Ok(rt.new_str(f.name)?),
            Some("__qualname__") => {
                return Ok(match f.bound_self.get() {
                    Some(s) => rt.new_str(&format!("{}.{}", s.type_object().name(), f.name))?,
                    None => rt.new_str(f.name)?,
                })
            }
            _ => {}
        }
    }
    crate::ops::generic_getattr(rt, obj, name)
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<BuiltinFnPayload>("builtin_function_or_method", TypeFlags::HAVE_GC)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(ProtocolSlots {
            repr: Some(builtin_repr),
            call: Some(builtin_call),
            getattr: Some(builtin_getattr),
            ..ProtocolSlots::default()
        })
}

impl Runtime {
    /// A builtin function (`bound_self` = None) or a builtin method bound to `bound_self`.
    pub fn new_builtin_fn(
        &self,
        name: &'static str,
        func: BuiltinFn,
        bound_self: Option<ObjRef>,
    ) -> Result<ObjRef, AllocError> {
        self.alloc_builtin_fn(name, Func::Plain(func), bound_self)
    }

    /// A builtin function that reads the calling frame (see [`FrameBuiltinFn`]).
    pub(crate) fn new_frame_builtin_fn(
        &self,
        name: &'static str,
        func: FrameBuiltinFn,
    ) -> Result<ObjRef, AllocError> {
        self.alloc_builtin_fn(name, Func::Frame(func), None)
    }

    fn alloc_builtin_fn(
        &self,
        name: &'static str,
        func: Func,
        bound_self: Option<ObjRef>,
    ) -> Result<ObjRef, AllocError> {
        let f = self.alloc(
            &self.types().builtin_function,
            BuiltinFnPayload {
                name,
                func,
                bound_self: ObjCell::new(bound_self),
            },
        )?;
        f.gc_track();
        Ok(f)
    }
}

pub fn payload(obj: &ObjRef) -> Option<&BuiltinFnPayload> {
    obj.downcast::<BuiltinFnPayload>()
}
