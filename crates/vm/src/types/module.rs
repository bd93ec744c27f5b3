//! `module`: a name and a namespace dict (CPython's `PyModuleObject`), GC-tracked. Attribute
//! access reads and writes the dict with CPython's error ("module 'math' has no attribute
//! 'x'"); repr `<module 'm'>`, `<module 'm' from 'path'>` or `<module 'sys' (built-in)>`.

use crate::cell::ObjCell;
use crate::errors::{ExcKind, PyResult};
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::{dict, str as pystr};

pub struct ModulePayload {
    /// `md_dict` (never empty while the module lives; `tp_clear` takes it).
    dict: ObjCell,
}

impl Payload for ModulePayload {}

impl ModulePayload {
    /// The namespace dict.
    pub fn dict(&self) -> Option<ObjRef> {
        self.dict.get()
    }
}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = payload(obj).and_then(|m| m.dict.ptr()) {
        visit(p);
    }
}

fn clear(obj: &ObjRef) {
    if let Some(m) = payload(obj) {
        drop(m.dict.take());
    }
}

fn lookup(rt: &Runtime, obj: &ObjRef, key: &str) -> PyResult<Option<ObjRef>> {
    let Some(d) = payload(obj).and_then(ModulePayload::dict) else {
        return Ok(None);
    };
    let k = rt.intern(key)?;
    match dict::payload(&d) {
        Some(p) => p.get(rt, &k),
        None => Ok(None),
    }
}

fn module_name(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<String>> {
    Ok(lookup(rt, obj, "__name__")?.and_then(|n| pystr::as_str(&n).map(str::to_string)))
}

fn module_repr(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let name = module_name(rt, obj)?.unwrap_or_else(|| "?".into());
    let file = lookup(rt, obj, "__file__")?.and_then(|f| pystr::as_str(&f).map(str::to_string));
    Ok(match file {
        Some(f) => format!("<module '{name}' from '{f}'>"),
        None if lookup(rt, obj, "__builtin__")?.is_some() => {
            format!("<module '{name}' (built-in)>")
        }
        None => format!("<module '{name}'>"),
    })
}

fn module_getattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let n = pystr::as_str(name).unwrap_or("");
    // The type's `__dict__` member comes before the module's own names.
    if n == "__dict__" {
        if let Some(d) = payload(obj).and_then(ModulePayload::dict) {
            return Ok(d);
        }
    }
    if let Some(v) = lookup(rt, obj, n)? {
        return Ok(v);
    }
    let msg = match module_name(rt, obj)? {
        Some(m) => format!("module '{m}' has no attribute '{n}'"),
        None => format!("module has no attribute '{n}'"),
    };
    Err(rt.new_err(ExcKind::AttributeError, msg))
}

fn module_setattr(
    rt: &Runtime,
    obj: &ObjRef,
    name: &ObjRef,
    value: Option<ObjRef>,
) -> PyResult<()> {
    let Some(d) = payload(obj).and_then(ModulePayload::dict) else {
        return Err(crate::ops::attribute_error(rt, obj, name));
    };
    match value {
        Some(v) => drop(dict::dict_setitem(rt, &d, name.clone(), v)?),
        None => {
            if dict::dict_delitem(rt, &d, name).is_err() {
                return Err(crate::ops::attribute_error(rt, obj, name));
            }
        }
    }
    Ok(())
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<ModulePayload>("module", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(ProtocolSlots {
            repr: Some(module_repr),
            getattr: Some(module_getattr),
            setattr: Some(module_setattr),
            ..ProtocolSlots::default()
        })
}

impl Runtime {
    /// A module named `name` whose dict holds `__name__` (and `__builtin__` marks a built-in
    /// module for the repr; the import system will set `__file__` for source modules).
    pub fn new_module(&self, name: &str) -> PyResult<ObjRef> {
        let d = self.new_dict()?;
        drop(dict::dict_setitem(
            self,
            &d,
            self.intern("__name__")?,
            self.new_str(name)?,
        )?);
        let m = self.alloc(
            &self.types().module,
            ModulePayload {
                dict: ObjCell::new(Some(d)),
            },
        )?;
        m.gc_track();
        Ok(m)
    }
}

pub fn payload(obj: &ObjRef) -> Option<&ModulePayload> {
    obj.downcast::<ModulePayload>()
}
