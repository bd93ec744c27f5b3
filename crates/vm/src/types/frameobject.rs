//! `frame`: the object a traceback entry points at (`tb_frame`, CPython's
//! `PyFrameObject`). The eval loop runs frames as plain records on its stack (`frame.rs`);
//! a frame object is made for one only when an exception passes through it, and the frame
//! record holds it from then on (`_PyFrame_GetFrameObject`).
//!
//! While the frame runs, its locals live on the value stack and the object owns none of
//! them. When the frame ends and something else still holds the object (a traceback the
//! program kept, or a handled exception), the object takes the frame's locals, cells and
//! free variables (`take_ownership` in CPython's `_PyFrame_Clear`), so they stay alive as
//! long as the traceback does, as python3 shows through `sys.getrefcount` and finalizer
//! timing. Otherwise the locals are released at once, as before.
//!
//! GC-tracked once it owns locals (they can refer back to the traceback). Python-visible:
//! `f_code`, `f_globals`; repr `<frame at 0x…, file 'x.py', line 5, code f>`, whose line is
//! where the last exception passed through the frame. `f_lineno`, `f_locals` and `f_back`
//! need the running frame's state, which the object does not see yet: they are missing
//! (an AttributeError, not a wrong answer).

use std::cell::Cell;

use crate::cell::ObjCell;
use crate::errors::PyResult;
use crate::heap::{AllocError, ObjVec};
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::{code, str as pystr};

pub struct FrameObjectPayload {
    /// `f_code`.
    code: ObjRef,
    /// `f_globals`.
    globals: ObjCell,
    /// The frame's localsplus once the frame has ended (empty while it runs).
    locals: ObjVec,
    /// The instruction running (or last run) when the object was last updated.
    lasti: Cell<u32>,
}

impl Payload for FrameObjectPayload {}

pub fn payload(obj: &ObjRef) -> Option<&FrameObjectPayload> {
    obj.downcast::<FrameObjectPayload>()
}

impl FrameObjectPayload {
    /// Records where the frame is (the line `f_lineno` and the repr show).
    pub(crate) fn set_lasti(&self, lasti: u32) {
        self.lasti.set(lasti);
    }

    fn lineno(&self) -> i64 {
        code::payload(&self.code)
            .and_then(|c| c.code().positions.get(self.lasti.get() as usize).copied())
            .filter(|p| !p.is_none())
            .map_or(-1, |p| i64::from(p.line))
    }
}

impl Runtime {
    /// A frame object for a running frame of `code_obj` with `globals`.
    pub(crate) fn new_frame_object(
        &self,
        code_obj: &ObjRef,
        globals: &ObjRef,
        lasti: u32,
    ) -> Result<ObjRef, AllocError> {
        self.alloc(
            &self.types().frame,
            FrameObjectPayload {
                code: code_obj.clone(),
                globals: ObjCell::new(Some(globals.clone())),
                locals: ObjVec::new(),
                lasti: Cell::new(lasti),
            },
        )
    }
}

/// `take_ownership`: the ended frame's slot values (empty slots left out) move into the
/// object, which is then tracked.
pub(crate) fn take_locals(
    frame_obj: &ObjRef,
    values: impl Iterator<Item = ObjRef>,
) -> Result<(), AllocError> {
    let Some(f) = payload(frame_obj) else {
        return Ok(());
    };
    f.locals.extend(values.collect())?;
    frame_obj.gc_track();
    Ok(())
}

/// `frame_traverse`: the code, the globals, the owned locals.
fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(f) = payload(obj) {
        visit(f.code.as_ptr());
        if let Some(g) = f.globals.ptr() {
            visit(g);
        }
        f.locals.for_each_ptr(visit);
    }
}

/// `frame_tp_clear`: the locals, first to last, and the globals.
fn clear(obj: &ObjRef) {
    if let Some(f) = payload(obj) {
        f.locals.clear_first_to_last();
        drop(f.globals.take());
    }
}

fn frame_repr(_: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let Some(f) = payload(obj) else {
        return Ok(String::new());
    };
    let (file, name) = code::payload(&f.code).map_or((String::new(), String::new()), |c| {
        (c.code().filename.to_string(), c.code().name.to_string())
    });
    Ok(format!(
        "<frame at {:#x}, file {}, line {}, code {}>",
        obj.id(),
        pyfmt::str_repr(&file),
        f.lineno(),
        name
    ))
}

fn frame_getattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    if let Some(f) = payload(obj) {
        match pystr::as_str(name).unwrap_or("") {
            "f_code" => return Ok(f.code.clone()),
            "f_globals" => return Ok(f.globals.get().unwrap_or_else(|| rt.none().clone())),
            _ => {}
        }
    }
    crate::ops::generic_getattr(rt, obj, name)
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<FrameObjectPayload>("frame", TypeFlags::HAVE_GC)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(ProtocolSlots {
            repr: Some(frame_repr),
            getattr: Some(frame_getattr),
            ..ProtocolSlots::default()
        })
}
