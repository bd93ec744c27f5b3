//! Calls and frames: `CALL` (a Python function gets a new frame in the same loop, with its
//! positional arguments bound in place; anything else is called through its `call` slot
//! with the arguments as they lie on the stack), `CALL_FUNCTION_EX`, `RETURN_VALUE`,
//! `MAKE_FUNCTION`, and the frame pushes of the entry points. Every Python frame counts
//! toward the recursion limit, as in CPython 3.11.

use bytecode::flags;

use super::{bad_operand, drain_finalizers, stack_underflow, Flow};
use crate::args::bind_args;
use crate::errors::{ExcKind, PyResult};
use crate::frame::{ExecStack, Frame};
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::types::{builtin_fn, code, dict, function, str as pystr, tuple};

impl ExecStack {
    /// Pushes the frame of module code (counted toward the recursion limit).
    pub(crate) fn push_module_frame_impl(
        &mut self,
        rt: &Runtime,
        code_obj: ObjRef,
        globals: ObjRef,
        builtins: ObjRef,
    ) -> PyResult<()> {
        let cp = code::payload(&code_obj).ok_or_else(|| bad_operand(rt))?;
        let co = cp.code();
        rt.enter_recursive("")?;
        let base = self.values.len();
        self.values
            .reserve(co.frame_slots() + co.max_stack as usize);
        for _ in 0..co.frame_slots() {
            let n = self.null.clone();
            self.values.push(n);
        }
        self.frames.push(Frame {
            code: code_obj,
            func: None,
            locals: Some(globals.clone()),
            globals,
            builtins,
            base,
            call_base: base,
            ip: 0,
            frame_obj: None,
        });
        Ok(())
    }

    /// Pushes a frame for `func` whose arguments are `self.values[args_start..]` (`nargs`
    /// of them, keyword values last, named by `kwnames`); the caller's stack is cut to
    /// `call_base` when the frame returns.
    #[inline(always)]
    fn push_function_frame(
        &mut self,
        rt: &Runtime,
        func: ObjRef,
        args_start: usize,
        kwnames: Option<&ObjRef>,
        call_base: usize,
    ) -> PyResult<()> {
        let (fp, cp) = function_and_code(rt, &func)?;
        let (Some(globals), Some(builtins)) = (fp.globals(), fp.builtins()) else {
            return Err(rt.new_err(ExcKind::SystemError, "function without globals"));
        };
        let nargs = self.values.len() - args_start;
        if kwnames.is_none() && nargs == cp.simple_argc() {
            // The common call: the arguments are the first slots already; the other
            // locals start unbound.
            rt.enter_recursive("")?;
            self.values.reserve(cp.frame_size() - nargs);
            for _ in nargs..cp.frame_slots() {
                let n = self.null.clone();
                self.values.push(n);
            }
            self.frames.push(Frame {
                code: fp.code().clone(),
                func: Some(func),
                globals,
                builtins,
                locals: None,
                base: args_start,
                call_base,
                ip: 0,
                frame_obj: None,
            });
            return Ok(());
        }
        self.push_function_frame_binding(
            rt, func, globals, builtins, args_start, kwnames, call_base,
        )
    }

    /// `push_function_frame` for every call but the common one: defaults, keywords,
    /// `*args`/`**kwargs`, keyword-only parameters, and the errors of binding.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn push_function_frame_binding(
        &mut self,
        rt: &Runtime,
        func: ObjRef,
        globals: ObjRef,
        builtins: ObjRef,
        args_start: usize,
        kwnames: Option<&ObjRef>,
        call_base: usize,
    ) -> PyResult<()> {
        let (fp, cp) = function_and_code(rt, &func)?;
        let nargs = self.values.len() - args_start;
        let code_obj = fp.code().clone();
        let co = cp.code();
        let slots = co.frame_slots();
        let argcount = co.arg_count as usize;
        let simple = kwnames.is_none()
            && co.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
            && co.kwonly_arg_count == 0;
        rt.enter_recursive("")?;
        self.values.reserve(slots + co.max_stack as usize);
        let defaults = if simple && nargs < argcount {
            fp.defaults()
        } else {
            None
        };
        let defs: &[ObjRef] = defaults.as_ref().and_then(tuple::items).unwrap_or(&[]);
        if simple && (nargs == argcount || (nargs < argcount && nargs + defs.len() >= argcount)) {
            // In place: the positional arguments are already the first slots.
            if nargs < argcount {
                let first = defs.len() - (argcount - nargs);
                self.values.extend(defs[first..].iter().cloned());
            }
            for _ in argcount..slots {
                let n = self.null.clone();
                self.values.push(n);
            }
        } else {
            let r = bind_args(
                rt,
                fp,
                cp,
                &self.values[args_start..],
                kwnames,
                &mut self.scratch,
            );
            if let Err(e) = r {
                rt.leave_recursive();
                self.scratch.clear();
                return Err(e);
            }
            self.values.truncate(args_start);
            let null = &self.null;
            self.values.extend(
                self.scratch
                    .drain(..)
                    .map(|v| v.unwrap_or_else(|| null.clone())),
            );
        }
        self.frames.push(Frame {
            code: code_obj,
            func: Some(func),
            globals,
            builtins,
            locals: None,
            base: args_start,
            call_base,
            ip: 0,
            frame_obj: None,
        });
        Ok(())
    }

    /// `CALL n`: `… NULL|meth callable|self a1 … an → … result`.
    pub(crate) fn call(
        &mut self,
        rt: &Runtime,
        argc: usize,
        kwnames: Option<&ObjRef>,
    ) -> PyResult<Flow> {
        let len = self.values.len();
        if len < argc + 2 {
            return Err(stack_underflow(rt));
        }
        let marker = len - argc - 2;
        let is_meth = !self.values[marker].is(&self.null);
        let (callable_at, args_start) = if is_meth {
            (marker, marker + 1)
        } else {
            (marker + 1, marker + 2)
        };
        if rt.types().exact.function.matches(&self.values[callable_at]) {
            let func = std::mem::replace(&mut self.values[callable_at], self.null.clone());
            self.push_function_frame(rt, func, args_start, kwnames, marker)?;
            return Ok(Flow::Switch);
        }
        let r = self.call_object_at(rt, callable_at, args_start, kwnames);
        // CPython's order: the callable, then the arguments first to last.
        let callable = std::mem::replace(&mut self.values[callable_at], self.null.clone());
        drop(callable);
        self.values.truncate(args_start);
        self.values.truncate(marker);
        let r = r?;
        self.values.push(r);
        drain_finalizers(rt);
        Ok(Flow::Continue)
    }

    /// `CALL_FUNCTION_EX`: `… NULL|x callable args-tuple [kwargs] → … result`.
    #[inline(never)]
    pub(crate) fn call_function_ex(&mut self, rt: &Runtime, flags_arg: u32) -> PyResult<Flow> {
        let kwargs = if flags_arg & 1 != 0 {
            Some(self.pop(rt)?)
        } else {
            None
        };
        let callargs = self.pop(rt)?;
        let len = self.values.len();
        if len < 2 {
            return Err(stack_underflow(rt));
        }
        let callable_at = len - 1;
        let marker = len - 2;
        let callargs =
            if tuple::items(&callargs).is_some() && callargs.type_ref().is(&rt.types().tuple) {
                callargs
            } else {
                let func = &self.values[callable_at];
                if callargs.type_object().proto().iter.is_none()
                    && callargs.type_object().proto().getitem.is_none()
                {
                    return Err(rt.type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        function_str(rt, func)?,
                        ops::type_name(&callargs)
                    )));
                }
                rt.new_tuple(ops::collect(rt, &callargs)?)?
            };
        let positional = tuple::items(&callargs).unwrap_or(&[]);
        // The arguments go on the stack above the callable, as CALL would have them.
        let args_start = self.values.len();
        self.values.extend(positional.iter().cloned());
        let mut kwnames = None;
        if let Some(kw) = &kwargs {
            let items = match dict::payload(kw) {
                Some(d) => d.items(),
                None => {
                    self.values.truncate(args_start);
                    return Err(rt.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        function_str(rt, &self.values[callable_at])?,
                        ops::type_name(kw)
                    )));
                }
            };
            let mut names = Vec::with_capacity(items.len());
            for (k, v) in items {
                if pystr::as_str(&k).is_none() {
                    self.values.truncate(args_start);
                    return Err(rt.type_error("keywords must be strings"));
                }
                names.push(k);
                self.values.push(v);
            }
            if !names.is_empty() {
                kwnames = Some(rt.new_tuple(names)?);
            }
        }
        drop(callargs);
        drop(kwargs);
        if function::payload(&self.values[callable_at]).is_some() {
            let func = std::mem::replace(&mut self.values[callable_at], self.null.clone());
            self.push_function_frame(rt, func, args_start, kwnames.as_ref(), marker)?;
            return Ok(Flow::Switch);
        }
        let r = self.call_object_at(rt, callable_at, args_start, kwnames.as_ref());
        let callable = std::mem::replace(&mut self.values[callable_at], self.null.clone());
        drop(callable);
        self.values.truncate(args_start);
        self.values.truncate(marker);
        let r = r?;
        self.values.push(r);
        drain_finalizers(rt);
        Ok(Flow::Continue)
    }

    /// `RETURN_VALUE`: pops the frame (locals cleared first to last, then the function) and
    /// hands the value to the caller, or out of the loop for the entry frame.
    #[inline(always)]
    pub(crate) fn return_value(&mut self, rt: &Runtime) -> PyResult<Flow> {
        let v = self.pop(rt)?;
        let Some(f) = self.frames.pop() else {
            return Err(stack_underflow(rt));
        };
        // Below the frame's slots are only NULL markers (where the callable and the NULL
        // or method were), so one cut releases the locals first to last as `end_frame`
        // would, and the markers with them.
        if self.frames.is_empty() {
            let base = f.base;
            self.end_frame_at(f, base);
            rt.leave_recursive();
            drain_finalizers(rt);
            return Ok(Flow::Return(v));
        }
        // The result takes the first of those marker slots (releasing the marker first, as
        // the cut would), and the cut starts after it.
        let cut = f.call_base;
        match self.values.get_mut(cut) {
            Some(slot) => {
                drop(std::mem::replace(slot, v));
                self.end_frame_at(f, cut + 1);
            }
            None => {
                self.end_frame_at(f, cut);
                self.values.push(v);
            }
        }
        rt.leave_recursive();
        drain_finalizers(rt);
        Ok(Flow::Switch)
    }

    /// `MAKE_FUNCTION flags`: `… [defaults] [kwdefaults] [annotations] [closure] code →
    /// … function` (the closure is just below the code, as CPython pops it first).
    #[inline(never)]
    pub(crate) fn make_function(&mut self, rt: &Runtime, flags_arg: u32) -> PyResult<()> {
        let code_obj = self.pop(rt)?;
        let closure = if flags_arg & 0x08 != 0 {
            Some(self.pop(rt)?)
        } else {
            None
        };
        if flags_arg & 0x04 != 0 {
            // Annotations are evaluated but not kept yet (no `__annotations__` on functions).
            drop(self.pop(rt)?);
        }
        let kwdefaults = if flags_arg & 0x02 != 0 {
            Some(self.pop(rt)?)
        } else {
            None
        };
        let defaults = if flags_arg & 0x01 != 0 {
            Some(self.pop(rt)?)
        } else {
            None
        };
        let globals = self
            .frames
            .last()
            .map(|f| f.globals.clone())
            .ok_or_else(|| bad_operand(rt))?;
        let func = function::new_function(rt, code_obj, &globals)?;
        if let Some(fp) = function::payload(&func) {
            fp.set_closure(closure);
            fp.set_kwdefaults(kwdefaults);
            fp.set_defaults(defaults);
        }
        self.values.push(func);
        Ok(())
    }
}

/// A Python function's payload and its code's (exact types, one pointer compare each).
#[inline(always)]
fn function_and_code<'a>(
    rt: &Runtime,
    func: &'a ObjRef,
) -> PyResult<(&'a function::FunctionPayload, &'a code::CodePayload)> {
    let exact = &rt.types().exact;
    let fp = exact
        .function
        .payload(func)
        .ok_or_else(|| bad_operand(rt))?;
    let cp = exact
        .code
        .payload(fp.code())
        .ok_or_else(|| bad_operand(rt))?;
    Ok((fp, cp))
}

/// Calls a callable that is not a Python function through its `call` slot. Not counted
/// toward the recursion limit: CPython 3.11's specialized `CALL`s (`PRECALL_BUILTIN_FAST`
/// & co.) call builtins without the check, and builtins that call back into Python meet
/// it at the callee's frame.
pub(crate) fn call_object(
    rt: &Runtime,
    callable: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    match callable.type_object().proto().call {
        Some(f) => f(rt, callable, args, kwnames),
        None => Err(rt.type_error(format!(
            "'{}' object is not callable",
            ops::type_name(callable)
        ))),
    }
}

/// `run_module_code`'s frame.
pub(super) fn push_module_frame(
    rt: &Runtime,
    ex: &mut ExecStack,
    code_obj: ObjRef,
    globals: ObjRef,
    builtins: ObjRef,
) -> PyResult<()> {
    ex.push_module_frame_impl(rt, code_obj, globals, builtins)
}

/// `call_function`'s frame: the arguments come from a Rust slice. Counted toward the
/// recursion limit like any Python frame (`ops::call` does not count Python functions).
pub(super) fn push_function_frame_from(
    rt: &Runtime,
    ex: &mut ExecStack,
    func: ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<()> {
    let start = ex.values.len();
    ex.values.extend(args.iter().cloned());
    ex.push_function_frame(rt, func, start, kwnames, start)
}

/// `_PyObject_FunctionStr`: how messages about a call name the callable (`f()`,
/// `__main__.f()`, `print()`).
pub(crate) fn function_str(rt: &Runtime, func: &ObjRef) -> PyResult<String> {
    if let Some(fp) = function::payload(func) {
        let q = fp.qualname();
        if let Some(m) = fp.module() {
            if let Some(m) = pystr::as_str(&m) {
                if m != "builtins" {
                    return Ok(format!("{m}.{q}()"));
                }
            }
        }
        return Ok(format!("{q}()"));
    }
    if let Some(b) = builtin_fn::payload(func) {
        return Ok(format!("{}()", b.name()));
    }
    if let Some(t) = func.as_type() {
        return Ok(format!("{}()", t.name()));
    }
    ops::str_string(rt, func)
}
