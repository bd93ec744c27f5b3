//! `function`: a Python function (CPython's `PyFunctionObject`): its code object, the globals
//! and builtins it runs with, name and qualified name, defaults, keyword-only defaults, the
//! closure tuple of cells, `__doc__`, `__module__` and an attribute dict. GC-tracked (a module
//! level function and its globals dict form a cycle), with `func_traverse`'s order; release
//! and `tp_clear` drop the fields in `func_clear`'s order, then the code and the names.
//!
//! Calling a function from Rust (its `call` slot, e.g. a builtin calling a key function) runs
//! a nested eval loop (`eval::call_function`); the eval loop itself calls a function by pushing
//! a frame, without recursing in Rust. Repr `<function f at 0x…>` with the qualified name.

use crate::cell::ObjCell;
use crate::errors::{ExcKind, PyResult};
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::{code, dict, module, str as pystr, tuple};

/// Field order = release order (`func_clear`, then the code and names as `func_dealloc`).
pub struct FunctionPayload {
    globals: ObjCell,
    builtins: ObjCell,
    module: ObjCell,
    defaults: ObjCell,
    kwdefaults: ObjCell,
    doc: ObjCell,
    dict: ObjCell,
    closure: ObjCell,
    code: ObjRef,
    name: ObjCell,
    qualname: ObjCell,
}

impl Payload for FunctionPayload {}

impl FunctionPayload {
    /// `__code__` (a `code` object).
    #[inline]
    pub fn code(&self) -> &ObjRef {
        &self.code
    }
    /// `__globals__` (absent only after `tp_clear`).
    #[inline]
    pub fn globals(&self) -> Option<ObjRef> {
        self.globals.get()
    }
    /// The builtins namespace (a dict), found through the globals' `__builtins__`.
    #[inline]
    pub fn builtins(&self) -> Option<ObjRef> {
        self.builtins.get()
    }
    /// `__defaults__`: a tuple, or `None` when the function has none.
    #[inline]
    pub fn defaults(&self) -> Option<ObjRef> {
        self.defaults.get()
    }
    /// `__kwdefaults__`: a dict, or `None`.
    #[inline]
    pub fn kwdefaults(&self) -> Option<ObjRef> {
        self.kwdefaults.get()
    }
    /// `__closure__`: a tuple of cells, or `None`.
    #[inline]
    pub fn closure(&self) -> Option<ObjRef> {
        self.closure.get()
    }
    /// `__qualname__` as text (for error messages).
    pub fn qualname(&self) -> String {
        self.qualname
            .get()
            .and_then(|q| pystr::as_str(&q).map(str::to_string))
            .unwrap_or_default()
    }
    /// `__module__` (None or the module's name).
    pub fn module(&self) -> Option<ObjRef> {
        self.module.get()
    }
}

/// `func_traverse`: code, globals, builtins, module, defaults, kwdefaults, doc, name, dict,
/// closure, qualname.
fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    let Some(f) = payload(obj) else { return };
    visit(f.code.as_ptr());
    for c in [
        &f.globals,
        &f.builtins,
        &f.module,
        &f.defaults,
        &f.kwdefaults,
        &f.doc,
        &f.name,
        &f.dict,
        &f.closure,
        &f.qualname,
    ] {
        if let Some(p) = c.ptr() {
            visit(p);
        }
    }
}

/// `func_clear`: every reference that can take part in a cycle, in CPython's order.
fn clear(obj: &ObjRef) {
    let Some(f) = payload(obj) else { return };
    for c in [
        &f.globals,
        &f.builtins,
        &f.module,
        &f.defaults,
        &f.kwdefaults,
        &f.doc,
        &f.dict,
        &f.closure,
    ] {
        drop(c.take());
    }
}

fn function_repr(_: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let q = payload(obj)
        .map(FunctionPayload::qualname)
        .unwrap_or_default();
    Ok(format!("<function {q} at {:#x}>", obj.id()))
}

fn or_none(rt: &Runtime, v: Option<ObjRef>) -> ObjRef {
    v.unwrap_or_else(|| rt.none().clone())
}

fn function_getattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let Some(f) = payload(obj) else {
        return Err(crate::ops::attribute_error(rt, obj, name));
    };
    let n = pystr::as_str(name).unwrap_or("");
    Ok(match n {
        "__name__" => or_none(rt, f.name.get()),
        "__qualname__" => or_none(rt, f.qualname.get()),
        "__code__" => f.code.clone(),
        "__globals__" => or_none(rt, f.globals.get()),
        "__builtins__" => or_none(rt, f.builtins.get()),
        "__closure__" => or_none(rt, f.closure.get()),
        "__defaults__" => or_none(rt, f.defaults.get()),
        "__kwdefaults__" => or_none(rt, f.kwdefaults.get()),
        "__doc__" => or_none(rt, f.doc.get()),
        "__module__" => or_none(rt, f.module.get()),
        "__dict__" => function_dict(rt, f)?,
        _ => {
            if let Some(d) = f.dict.get() {
                if let Some(v) = dict::payload(&d).map(|p| p.get(rt, name)).transpose()? {
                    if let Some(v) = v {
                        return Ok(v);
                    }
                }
            }
            return Err(crate::ops::attribute_error(rt, obj, name));
        }
    })
}

/// The attribute dict, created on first use.
fn function_dict(rt: &Runtime, f: &FunctionPayload) -> PyResult<ObjRef> {
    if let Some(d) = f.dict.get() {
        return Ok(d);
    }
    let d = rt.new_dict()?;
    drop(f.dict.replace(Some(d.clone())));
    Ok(d)
}

fn function_setattr(
    rt: &Runtime,
    obj: &ObjRef,
    name: &ObjRef,
    value: Option<ObjRef>,
) -> PyResult<()> {
    let Some(f) = payload(obj) else {
        return Err(crate::ops::attribute_error(rt, obj, name));
    };
    let n = pystr::as_str(name).unwrap_or("");
    let is_none = |v: &Option<ObjRef>| v.as_ref().is_none_or(|v| rt.is_none(v));
    match n {
        "__name__" | "__qualname__" => match value {
            Some(v) if pystr::as_str(&v).is_some() => {
                let cell = if n == "__name__" {
                    &f.name
                } else {
                    &f.qualname
                };
                drop(cell.replace(Some(v)));
            }
            _ => return Err(rt.type_error(format!("{n} must be set to a string object"))),
        },
        "__defaults__" => {
            if !is_none(&value) && !value.as_ref().is_some_and(|v| tuple::items(v).is_some()) {
                return Err(rt.type_error("__defaults__ must be set to a tuple object"));
            }
            let v = if is_none(&value) { None } else { value };
            drop(f.defaults.replace(v));
        }
        "__kwdefaults__" => {
            if !is_none(&value) && !value.as_ref().is_some_and(|v| dict::payload(v).is_some()) {
                return Err(rt.type_error("__kwdefaults__ must be set to a dict object"));
            }
            let v = if is_none(&value) { None } else { value };
            drop(f.kwdefaults.replace(v));
        }
        "__doc__" => drop(f.doc.replace(value)),
        "__module__" => drop(f.module.replace(value)),
        "__code__" | "__globals__" | "__closure__" | "__builtins__" => {
            return Err(rt.new_err(ExcKind::AttributeError, "readonly attribute"));
        }
        "__dict__" => match value {
            Some(v) if dict::payload(&v).is_some() => drop(f.dict.replace(Some(v))),
            Some(_) => return Err(rt.type_error("__dict__ must be set to a dictionary")),
            None => return Err(rt.type_error("cannot delete __dict__")),
        },
        _ => {
            let d = function_dict(rt, f)?;
            match value {
                Some(v) => drop(dict::dict_setitem(rt, &d, name.clone(), v)?),
                None => {
                    if dict::dict_delitem(rt, &d, name).is_err() {
                        return Err(crate::ops::attribute_error(rt, obj, name));
                    }
                }
            }
        }
    }
    Ok(())
}

fn function_call(
    rt: &Runtime,
    obj: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    crate::eval::call_function(rt, obj, args, kwnames)
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<FunctionPayload>("function", TypeFlags::HAVE_GC)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(ProtocolSlots {
            repr: Some(function_repr),
            getattr: Some(function_getattr),
            setattr: Some(function_setattr),
            call: Some(function_call),
            ..ProtocolSlots::default()
        })
}

/// The builtins namespace a frame with these globals uses (`_PyEval_BuiltinsFromGlobals`):
/// `globals['__builtins__']`, a module's dict or a dict; an empty dict if there is none.
pub fn builtins_from_globals(rt: &Runtime, globals: &ObjRef) -> PyResult<ObjRef> {
    let key = rt.intern("__builtins__")?;
    let found = match dict::payload(globals) {
        Some(d) => d.get(rt, &key)?,
        None => None,
    };
    if let Some(b) = found {
        if let Some(d) = module::payload(&b).and_then(module::ModulePayload::dict) {
            return Ok(d);
        }
        if dict::payload(&b).is_some() {
            return Ok(b);
        }
    }
    Ok(rt.new_dict()?)
}

/// `PyFunction_New(code, globals)` with the qualified name of the code object.
pub fn new_function(rt: &Runtime, code_obj: ObjRef, globals: &ObjRef) -> PyResult<ObjRef> {
    let Some(c) = code::payload(&code_obj) else {
        return Err(rt.new_err(ExcKind::SystemError, "MAKE_FUNCTION needs a code object"));
    };
    let name = rt.intern(&c.code().name)?;
    let qualname = rt.intern(&c.code().qualname)?;
    // The docstring is the first constant when it is a str (3.11's rule).
    let doc = c
        .consts()
        .first()
        .filter(|d| pystr::as_str(d).is_some())
        .cloned();
    let module = match dict::payload(globals) {
        Some(d) => d.get(rt, &rt.intern("__name__")?)?,
        None => None,
    };
    let builtins = builtins_from_globals(rt, globals)?;
    let f = rt.alloc(
        &rt.types().function,
        FunctionPayload {
            globals: ObjCell::new(Some(globals.clone())),
            builtins: ObjCell::new(Some(builtins)),
            module: ObjCell::new(module),
            defaults: ObjCell::default(),
            kwdefaults: ObjCell::default(),
            doc: ObjCell::new(doc),
            dict: ObjCell::default(),
            closure: ObjCell::default(),
            code: code_obj,
            name: ObjCell::new(Some(name)),
            qualname: ObjCell::new(Some(qualname)),
        },
    )?;
    f.gc_track();
    Ok(f)
}

impl FunctionPayload {
    /// MAKE_FUNCTION's optional parts.
    pub(crate) fn set_defaults(&self, v: Option<ObjRef>) {
        drop(self.defaults.replace(v));
    }
    pub(crate) fn set_kwdefaults(&self, v: Option<ObjRef>) {
        drop(self.kwdefaults.replace(v));
    }
    pub(crate) fn set_closure(&self, v: Option<ObjRef>) {
        drop(self.closure.replace(v));
    }
}

pub fn payload(obj: &ObjRef) -> Option<&FunctionPayload> {
    obj.downcast::<FunctionPayload>()
}
