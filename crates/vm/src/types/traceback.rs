//! `traceback`: one entry of an exception's `__traceback__` chain (CPython's
//! `PyTracebackObject`, `Python/traceback.c`): the next (newer) entry, where the exception
//! passed (the code and the index of the failing instruction) and that instruction's line;
//! GC-tracked with traverse and clear, as `tb_traverse`/`tb_clear`.
//!
//! [`traceback_here`] is `PyTraceBack_Here`: the eval loop calls it as an exception leaves
//! (or is caught in) each frame, so the chain runs from the outermost frame (head) to the
//! frame that raised (tail).
//!
//! `tb_frame` is the frame's object (`types/frameobject.rs`), which keeps the frame's locals
//! alive once the frame has ended. Besides it an entry keeps what the printing needs of the
//! frame at hand: its code (`co_filename`, `co_name`, positions, `co_varnames`) and its
//! globals (where a NameError's "Did you mean" looks, with the builtins found through them).
//!
//! Differences from CPython:
//! - `tb_lasti` is CPython's convention (a byte offset counting 2-byte code units, i.e. the
//!   instruction index × 2), but rattle's instruction stream has no inline CACHE entries, so
//!   the number is not the one python3 shows for the same source.
//!
//! Python-visible: `tb_next` (read/write, with CPython's type and loop checks), `tb_frame`,
//! `tb_lineno`,
//! `tb_lasti` (read-only).

use std::rc::Rc;

use bytecode::CodeObject;

use crate::cell::ObjCell;
use crate::errors::{ExcKind, PyResult};
use crate::heap::AllocError;
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::{exception, str as pystr};

pub struct TracebackPayload {
    /// `tb_next`: the entry of the frame this one called (`None` in the frame that raised).
    next: ObjCell,
    /// Stands in for `tb_frame->f_code` (see the module comment).
    code: Rc<CodeObject>,
    /// Stands in for `tb_frame->f_globals` (empty when the caller did not give them).
    globals: ObjCell,
    /// `tb_frame`: the frame object (empty for entries made outside the eval loop).
    frame: ObjCell,
    /// Index of the instruction that raised, in `code.instructions`.
    lasti: u32,
    /// `tb_lineno`: the line of that instruction, -1 when it has none (as
    /// `PyCode_Addr2Line` answers for an instruction without a location).
    lineno: i32,
}

impl Payload for TracebackPayload {}

impl TracebackPayload {
    /// `tb_next`.
    pub fn next(&self) -> Option<ObjRef> {
        self.next.get()
    }

    /// The code object of the frame this entry stands for.
    pub fn code(&self) -> &Rc<CodeObject> {
        &self.code
    }

    /// The globals of the frame, if recorded.
    pub fn globals(&self) -> Option<ObjRef> {
        self.globals.get()
    }

    /// The index of the instruction that raised.
    pub fn lasti(&self) -> u32 {
        self.lasti
    }

    /// `tb_lineno` (-1: the instruction has no line).
    pub fn lineno(&self) -> i32 {
        self.lineno
    }
}

/// `tb_traverse`: `tb_next`, then what stands for the frame (its globals).
fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(t) = payload(obj) {
        for c in [&t.next, &t.frame, &t.globals] {
            if let Some(p) = c.ptr() {
                visit(p);
            }
        }
    }
}

/// `tb_clear`.
fn clear(obj: &ObjRef) {
    if let Some(t) = payload(obj) {
        drop(t.next.take());
        drop(t.frame.take());
        drop(t.globals.take());
    }
}

/// `tb_memberlist` and `tb_getsetters`.
fn tb_getattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let Some(t) = payload(obj) else {
        return Err(crate::ops::attribute_error(rt, obj, name));
    };
    match pystr::as_str(name).unwrap_or("") {
        "tb_next" => Ok(t.next().unwrap_or_else(|| rt.none().clone())),
        "tb_frame" => Ok(t.frame.get().unwrap_or_else(|| rt.none().clone())),
        "tb_lineno" => Ok(rt.new_int(i64::from(t.lineno))?),
        "tb_lasti" => Ok(rt.new_int(i64::from(t.lasti) * 2)?),
        _ => crate::ops::generic_getattr(rt, obj, name),
    }
}

/// `tb_next_set` (None or a traceback, no loops); the members are read-only.
fn tb_setattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef, value: Option<ObjRef>) -> PyResult<()> {
    let Some(t) = payload(obj) else {
        return Err(crate::ops::attribute_error(rt, obj, name));
    };
    match pystr::as_str(name).unwrap_or("") {
        "tb_next" => {
            let Some(value) = value else {
                return Err(rt.type_error("can't delete tb_next attribute"));
            };
            let new_next = if rt.is_none(&value) {
                None
            } else if payload(&value).is_some() {
                Some(value)
            } else {
                return Err(rt.type_error(format!(
                    "expected traceback object, got '{}'",
                    value.type_object().name()
                )));
            };
            let mut cursor = new_next.clone();
            while let Some(c) = cursor {
                if c.is(obj) {
                    return Err(rt.new_err(ExcKind::ValueError, "traceback loop detected"));
                }
                cursor = payload(&c).and_then(TracebackPayload::next);
            }
            drop(t.next.replace(new_next));
            Ok(())
        }
        n @ ("tb_lineno" | "tb_lasti") => {
            Err(rt.new_err(ExcKind::AttributeError, format!("readonly attribute '{n}'")))
        }
        _ => Err(crate::ops::attribute_error(rt, obj, name)),
    }
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<TracebackPayload>("traceback", TypeFlags::HAVE_GC)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(ProtocolSlots {
            getattr: Some(tb_getattr),
            setattr: Some(tb_setattr),
            ..ProtocolSlots::default()
        })
}

impl Runtime {
    /// `tb_create_raw`: a traceback entry for instruction `lasti` of `code` (run with
    /// `globals`), in front of `next`; tracked.
    pub fn new_traceback(
        &self,
        next: Option<ObjRef>,
        code: &Rc<CodeObject>,
        lasti: u32,
        globals: Option<ObjRef>,
        frame: Option<ObjRef>,
    ) -> Result<ObjRef, AllocError> {
        let lineno = code
            .positions
            .get(lasti as usize)
            .filter(|p| !p.is_none())
            .map_or(-1, |p| i32::try_from(p.line).unwrap_or(i32::MAX));
        let tb = self.alloc(
            &self.types().traceback,
            TracebackPayload {
                next: ObjCell::new(next),
                code: code.clone(),
                globals: ObjCell::new(globals),
                frame: ObjCell::new(frame),
                lasti,
                lineno,
            },
        )?;
        tb.gc_track();
        Ok(tb)
    }
}

/// `PyTraceBack_Here`: prepends an entry for instruction `lasti` of `code` to
/// `exc.__traceback__`. `exc` must be an exception instance (anything else is left alone,
/// where CPython asserts).
pub fn traceback_here(
    rt: &Runtime,
    exc: &ObjRef,
    code: &Rc<CodeObject>,
    lasti: u32,
) -> PyResult<()> {
    traceback_here_in(rt, exc, code, lasti, None, None)
}

/// [`traceback_here`] recording the frame's globals too, which a NameError's "Did you
/// mean" suggestion searches (as CPython's searches `tb_frame->f_globals`); the eval loop
/// should call this one.
pub fn traceback_here_frame(
    rt: &Runtime,
    exc: &ObjRef,
    code: &Rc<CodeObject>,
    lasti: u32,
    globals: &ObjRef,
    frame: Option<ObjRef>,
) -> PyResult<()> {
    traceback_here_in(rt, exc, code, lasti, Some(globals.clone()), frame)
}

fn traceback_here_in(
    rt: &Runtime,
    exc: &ObjRef,
    code: &Rc<CodeObject>,
    lasti: u32,
    globals: Option<ObjRef>,
    frame: Option<ObjRef>,
) -> PyResult<()> {
    let Some(e) = exception::payload(exc) else {
        return Ok(());
    };
    // Only a traceback object continues the chain (`PyException_GetTraceback` can only
    // return one in CPython, whose `__traceback__` setter checks the type).
    let next = e.traceback().filter(|t| payload(t).is_some());
    let tb = rt.new_traceback(next, code, lasti, globals, frame)?;
    drop(e.set_traceback(Some(tb)));
    Ok(())
}

/// The payload of a traceback object.
pub fn payload(obj: &ObjRef) -> Option<&TracebackPayload> {
    obj.downcast::<TracebackPayload>()
}
