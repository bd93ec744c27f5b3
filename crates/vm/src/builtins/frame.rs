//! The builtins that read the calling frame: `globals()`, `locals()`, `vars()` and `dir()`
//! (CPython's `builtin_globals`, `builtin_locals`, `builtin_vars`, `builtin_dir` with
//! `PyEval_GetGlobals` / `PyEval_GetLocals`).
//!
//! CPython finds the running frame through the thread state. Here a frame lives in its eval
//! loop's `ExecStack`, a Rust local, so these builtins are flagged (they are made with
//! `Runtime::new_frame_builtin_fn`) and the loop's `CALL` hands them a [`FrameView`] of the
//! calling frame; every other call, Python-to-Python ones included, is untouched. Called
//! from Rust instead (`map(vars, ...)`), they get no frame: the forms with an argument work,
//! the ones that need the frame raise SystemError, as CPython's do when no frame runs.
//!
//! `locals()` in a function is CPython 3.11's: the frame's one `f_locals` dict, made on the
//! first call and refreshed from the fast locals (cells read through) on each call, so names
//! bound since appear and deleted ones go; it is kept in the frame's `locals` field, which
//! the loop only reads for code that is not `CO_OPTIMIZED` (module and class bodies).

use bytecode::flags;

use super::args;
use crate::errors::{ExcKind, PyResult};
use crate::frame::Frame;
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::types::{cell, code, dict, module};

/// The calling frame of a frame-reading builtin: the frame record and the value stack its
/// slots live in.
pub(crate) struct FrameView<'a> {
    pub(crate) frame: &'a mut Frame,
    pub(crate) values: &'a [ObjRef],
    /// The loop's NULL marker (an unbound slot).
    pub(crate) null: &'a ObjRef,
}

impl FrameView<'_> {
    /// `PyEval_GetLocals`: the locals mapping of a module or class body; for a function,
    /// its `f_locals` dict refreshed from the fast locals (`_PyFrame_FastToLocalsWithError`).
    fn locals(&mut self, rt: &Runtime) -> PyResult<ObjRef> {
        let code_obj = self.frame.code.clone();
        let Some(cp) = code::payload(&code_obj) else {
            return Err(rt.new_err(ExcKind::SystemError, "frame without a code object"));
        };
        let co = cp.code();
        if co.flags & flags::OPTIMIZED == 0 {
            return self
                .frame
                .locals
                .clone()
                .ok_or_else(|| rt.new_err(ExcKind::SystemError, "frame has no locals"));
        }
        let d = match &self.frame.locals {
            Some(d) => d.clone(),
            None => {
                let d = rt.new_dict()?;
                self.frame.locals = Some(d.clone());
                d
            }
        };
        let first_deref = co.varnames.len();
        for (i, name) in cp.localsplus_names().iter().enumerate() {
            let slot = self.values.get(self.frame.base + i);
            let mut value = slot.filter(|v| !v.is(self.null)).cloned();
            if i >= first_deref {
                if let Some(c) = value.as_ref().and_then(cell::payload) {
                    value = c.get();
                }
            }
            match value {
                Some(v) => drop(dict::dict_setitem(rt, &d, name.clone(), v)?),
                None => {
                    if let Err(e) = dict::dict_delitem(rt, &d, name) {
                        if !e.matches(rt, ExcKind::KeyError) {
                            return Err(e);
                        }
                    }
                }
            }
        }
        Ok(d)
    }
}

/// The frame-reading builtins.
pub(crate) const FUNCTIONS: &[(&str, crate::types::builtin_fn::FrameBuiltinFn)] = &[
    ("dir", dir),
    ("globals", globals),
    ("locals", locals),
    ("vars", vars),
];

/// The frame, or the SystemError CPython's builtins give without one.
fn need<'v, 'a>(
    rt: &Runtime,
    frame: Option<&'v mut FrameView<'a>>,
) -> PyResult<&'v mut FrameView<'a>> {
    frame.ok_or_else(|| rt.new_err(ExcKind::SystemError, "frame does not exist"))
}

/// `globals()`: the calling frame's globals dict itself.
fn globals(
    rt: &Runtime,
    frame: Option<&mut FrameView<'_>>,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    args::no_args(rt, "globals", a, kw)?;
    Ok(need(rt, frame)?.frame.globals.clone())
}

/// `locals()`.
fn locals(
    rt: &Runtime,
    frame: Option<&mut FrameView<'_>>,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    args::no_args(rt, "locals", a, kw)?;
    need(rt, frame)?.locals(rt)
}

/// `vars([object])`: `locals()`, or `object.__dict__`.
fn vars(
    rt: &Runtime,
    frame: Option<&mut FrameView<'_>>,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let a = args::positional(rt, "vars", a, kw, 0, 1)?;
    let Some(obj) = a.first() else {
        return need(rt, frame)?.locals(rt);
    };
    match ops::get_attr(rt, obj, &rt.intern("__dict__")?) {
        Ok(d) => Ok(d),
        Err(e) if e.matches(rt, ExcKind::AttributeError) => {
            Err(rt.type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// `dir([object])`: the sorted names of the calling scope, or of the object's attributes.
fn dir(
    rt: &Runtime,
    frame: Option<&mut FrameView<'_>>,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let a = args::positional(rt, "dir", a, kw, 0, 1)?;
    let mut names = match a.first() {
        None => {
            let locals = need(rt, frame)?.locals(rt)?;
            mapping_keys(rt, &locals)?
        }
        Some(obj) => object_dir(rt, obj)?,
    };
    super::sort::sort_objects(rt, &mut names, None, false)?;
    Ok(rt.new_list(names)?)
}

/// The keys of a namespace mapping (a dict, else through iteration).
fn mapping_keys(rt: &Runtime, m: &ObjRef) -> PyResult<Vec<ObjRef>> {
    match dict::payload(m) {
        Some(d) => Ok(d.items().into_iter().map(|(k, _)| k).collect()),
        None => ops::collect(rt, m),
    }
}

/// `object.__dir__()`, unsorted: a module's names; for the builtin types, CPython 3.11's
/// list (`builtin_dirs.rs`, which a type object and its instances share); for any other
/// native type, the method-table names along its MRO and `object`'s.
fn object_dir(rt: &Runtime, obj: &ObjRef) -> PyResult<Vec<ObjRef>> {
    if let Some(d) = module::payload(obj).and_then(module::ModulePayload::dict) {
        return mapping_keys(rt, &d);
    }
    let ty = obj.as_type().unwrap_or_else(|| obj.type_object());
    if let Some((_, names)) = crate::builtin_dirs::BUILTIN_DIRS
        .iter()
        .find(|(n, _)| *n == ty.name())
    {
        return names.iter().map(|n| Ok(rt.intern(n)?)).collect();
    }
    let mut seen: Vec<&str> = Vec::new();
    for n in crate::builtin_dirs::BUILTIN_DIRS
        .iter()
        .find(|(n, _)| *n == "object")
        .map_or(&[][..], |(_, names)| names)
    {
        seen.push(n);
    }
    let tail = ty.mro_tail().iter().filter_map(|p| p.as_chain_type());
    for t in std::iter::once(ty).chain(tail) {
        for m in t.methods() {
            if !seen.contains(&m.name) {
                seen.push(m.name);
            }
        }
    }
    seen.iter().map(|n| Ok(rt.intern(n)?)).collect()
}
