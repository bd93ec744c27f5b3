//! Raising, handling and unwinding: `RAISE_VARARGS` (CPython's `do_raise`), `RERAISE`,
//! `PUSH_EXC_INFO`/`POP_EXCEPT` (the exception being handled, `exc_info`), `CHECK_EXC_MATCH`,
//! implicit chaining (`_PyErr_SetObject`'s `__context__` rule with its cycle cut), and the
//! unwinder that walks the exception table and pops frames (`exception_unwind` of
//! `_PyEval_EvalFrameDefault`), adding a traceback entry per frame.

use super::{stack_underflow, ErrOrigin};
use crate::errors::{ExcKind, PyErr, PyResult};
use crate::frame::ExecStack;
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::traceback::traceback_here_frame;
use crate::types::{code, exception};

/// The exception being handled on this thread (`sys.exc_info()[1]`), if any.
pub fn current_exception(rt: &Runtime) -> Option<ObjRef> {
    rt.state().eval.exc_info.borrow().clone()
}

fn set_exc_info(rt: &Runtime, v: Option<ObjRef>) -> Option<ObjRef> {
    std::mem::replace(&mut *rt.state().eval.exc_info.borrow_mut(), v)
}

fn context_of(e: &ObjRef) -> Option<ObjRef> {
    exception::payload(e).and_then(exception::ExceptionPayload::context)
}

/// `_PyErr_SetObject`'s implicit chaining: `value.__context__` = the exception being
/// handled, first cutting `value` out of that exception's context chain so no cycle is made
/// (Floyd's walk stops at a cycle that already exists).
pub(crate) fn chain_context(rt: &Runtime, value: &ObjRef) {
    let Some(handled) = current_exception(rt) else {
        return;
    };
    if handled.is(value) {
        return;
    }
    let mut o = handled.clone();
    let mut slow = handled.clone();
    let mut toggle = false;
    while let Some(ctx) = context_of(&o) {
        if ctx.is(value) {
            if let Some(p) = exception::payload(&o) {
                drop(p.set_context(None));
            }
            break;
        }
        o = ctx;
        if o.is(&slow) {
            break;
        }
        if toggle {
            match context_of(&slow) {
                Some(s) => slow = s,
                None => break,
            }
        }
        toggle = !toggle;
    }
    if let Some(p) = exception::payload(value) {
        drop(p.set_context(Some(handled)));
    }
}

/// Handles an error raised at instruction `lasti` of the current frame: chaining and a
/// traceback entry as `origin` asks, then the exception table; frames without a handler are
/// popped and the error continues at their caller's `CALL`. `Ok` means a handler now runs
/// (the loop reloads the current frame); `Err` means the loop's entry frame was popped.
pub(crate) fn unwind(
    rt: &Runtime,
    ex: &mut ExecStack,
    err: PyErr,
    lasti: usize,
    origin: ErrOrigin,
) -> Result<(), PyErr> {
    let exc = err.into_object();
    match origin {
        ErrOrigin::Raise => chain_context(rt, &exc),
        ErrOrigin::Fresh if context_of(&exc).is_none() => chain_context(rt, &exc),
        _ => {}
    }
    let mut lasti = lasti;
    let mut add_traceback = origin != ErrOrigin::Reraise;
    loop {
        let Some(frame) = ex.frames.last() else {
            return Err(PyErr::from_object(exc));
        };
        let code_obj = frame.code.clone();
        let Some(cp) = code::payload(&code_obj) else {
            return Err(PyErr::from_object(exc));
        };
        let co = cp.code();
        if add_traceback {
            // The entry points at the frame's object (made now if this is the first
            // exception through the frame) and records the globals, where a NameError's
            // "Did you mean" searches.
            let globals = frame.globals.clone();
            let fo = frame_object(rt, ex, &code_obj, lasti as u32)?;
            traceback_here_frame(rt, &exc, co, lasti as u32, &globals, Some(fo))?;
        }
        let Some(frame) = ex.frames.last() else {
            return Err(PyErr::from_object(exc));
        };
        add_traceback = true;
        if let Some(h) = co.handler_for(lasti as u32).copied() {
            let depth = frame.base + co.frame_slots() + h.depth as usize;
            if ex.values.len() < depth {
                return Err(stack_underflow(rt));
            }
            ex.values.truncate(depth);
            if h.push_lasti {
                ex.values.push(rt.new_int(lasti as i64)?);
            }
            ex.values.push(exc);
            if let Some(f) = ex.frames.last_mut() {
                f.ip = h.target as usize;
            }
            return Ok(());
        }
        // No handler: the frame is done (locals cleared first to last, then the function).
        let Some(f) = ex.frames.pop() else {
            return Err(PyErr::from_object(exc));
        };
        ex.end_frame(f);
        rt.leave_recursive();
        match ex.frames.last() {
            Some(caller) => lasti = caller.ip.saturating_sub(1),
            None => return Err(PyErr::from_object(exc)),
        }
    }
}

/// The current frame's object, made on first use (`_PyFrame_GetFrameObject`), at `lasti`.
fn frame_object(
    rt: &Runtime,
    ex: &mut ExecStack,
    code_obj: &ObjRef,
    lasti: u32,
) -> PyResult<ObjRef> {
    let Some(frame) = ex.frames.last_mut() else {
        return Err(stack_underflow(rt));
    };
    if let Some(fo) = &frame.frame_obj {
        if let Some(p) = crate::types::frameobject::payload(fo) {
            p.set_lasti(lasti);
        }
        return Ok(fo.clone());
    }
    let fo = rt.new_frame_object(code_obj, &frame.globals, lasti)?;
    frame.frame_obj = Some(fo.clone());
    Ok(fo)
}

impl ExecStack {
    /// `RAISE_VARARGS`: the exception to raise and how the unwinder treats it.
    #[inline(never)]
    pub(crate) fn raise_varargs(&mut self, rt: &Runtime, arg: u32) -> (PyErr, ErrOrigin) {
        match arg {
            0 => match current_exception(rt) {
                Some(e) => (PyErr::from_object(e), ErrOrigin::Reraise),
                None => (
                    rt.new_err(ExcKind::RuntimeError, "No active exception to reraise"),
                    ErrOrigin::Fresh,
                ),
            },
            1 | 2 => {
                let cause = if arg == 2 { self.values.pop() } else { None };
                let Some(exc) = self.values.pop() else {
                    return (stack_underflow(rt), ErrOrigin::Fresh);
                };
                do_raise(rt, &exc, cause)
            }
            _ => (
                rt.new_err(ExcKind::SystemError, "bad RAISE_VARARGS oparg"),
                ErrOrigin::Fresh,
            ),
        }
    }

    /// `RERAISE`: pops the exception (the `lasti` below it only restores the frame's line
    /// for introspection, which frames do not offer yet).
    #[inline(never)]
    pub(crate) fn reraise(&mut self, rt: &Runtime) -> PyErr {
        match self.values.pop() {
            Some(e) => PyErr::from_object(e),
            None => stack_underflow(rt),
        }
    }

    /// `PUSH_EXC_INFO`: `… exc → … prev exc`; exc becomes the exception being handled.
    #[inline(never)]
    pub(crate) fn push_exc_info(&mut self, rt: &Runtime) -> PyResult<()> {
        let exc = self.values.pop().ok_or_else(|| stack_underflow(rt))?;
        let prev = set_exc_info(rt, Some(exc.clone()));
        self.values.push(prev.unwrap_or_else(|| rt.none().clone()));
        self.values.push(exc);
        Ok(())
    }

    /// `POP_EXCEPT`: restores the exception handled before.
    #[inline(never)]
    pub(crate) fn pop_except(&mut self, rt: &Runtime) -> PyResult<()> {
        let prev = self.values.pop().ok_or_else(|| stack_underflow(rt))?;
        let prev = if rt.is_none(&prev) { None } else { Some(prev) };
        drop(set_exc_info(rt, prev));
        Ok(())
    }

    /// `CHECK_EXC_MATCH`: `… exc type → … exc bool`.
    #[inline(never)]
    pub(crate) fn check_exc_match(&mut self, rt: &Runtime) -> PyResult<()> {
        let ty = self.values.pop().ok_or_else(|| stack_underflow(rt))?;
        let exc = self.peek(rt, 0)?;
        let m = ops::exception_matches(rt, exc, &ty)?;
        self.values.push(rt.new_bool(m));
        Ok(())
    }
}

/// Whether `v` is an exception instance.
fn is_exception_instance(rt: &Runtime, v: &ObjRef) -> bool {
    ops::is_subtype(v.type_ref(), rt.exc_type(ExcKind::BaseException))
}

/// `raise C`: the instance `C()`, checked.
fn instantiate(rt: &Runtime, class: &ObjRef) -> PyResult<ObjRef> {
    let v = if class.type_object().proto().call.is_some() {
        ops::call(rt, class, &[], None)?
    } else {
        rt.new_exception(class, Vec::new())?
    };
    if !is_exception_instance(rt, &v) {
        return Err(rt.type_error(format!(
            "calling {} should have returned an instance of BaseException, not {}",
            ops::repr_string(rt, class)?,
            ops::repr_string(rt, v.type_ref())?
        )));
    }
    Ok(v)
}

/// `do_raise` for `raise exc [from cause]`.
fn do_raise(rt: &Runtime, exc: &ObjRef, cause: Option<ObjRef>) -> (PyErr, ErrOrigin) {
    match raise_value(rt, exc, cause) {
        Ok(v) => (PyErr::from_object(v), ErrOrigin::Raise),
        Err(e) => (e, ErrOrigin::Fresh),
    }
}

fn raise_value(rt: &Runtime, exc: &ObjRef, cause: Option<ObjRef>) -> PyResult<ObjRef> {
    let value = if ops::is_exception_type(rt, exc) {
        instantiate(rt, exc)?
    } else if is_exception_instance(rt, exc) {
        exc.clone()
    } else {
        return Err(rt.type_error("exceptions must derive from BaseException"));
    };
    if let Some(cause) = cause {
        let fixed = if ops::is_exception_type(rt, &cause) {
            Some(instantiate(rt, &cause)?)
        } else if is_exception_instance(rt, &cause) {
            Some(cause)
        } else if rt.is_none(&cause) {
            None
        } else {
            return Err(rt.type_error("exception causes must derive from BaseException"));
        };
        if let Some(p) = exception::payload(&value) {
            drop(p.set_cause(fixed));
        }
    }
    Ok(value)
}
