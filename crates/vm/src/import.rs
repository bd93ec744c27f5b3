//! Imports: `IMPORT_NAME` ([`import_name`]) and `IMPORT_FROM` ([`import_from`]) with
//! CPython's semantics and errors, over the interpreter's module registry (`sys.modules`,
//! a dict kept on the runtime).
//!
//! Finding a module that is not in the registry goes through the finders in
//! [`find_module`], in `sys.meta_path`'s order: the built-in modules first (`sys`,
//! `builtins`; later `math`, `time`, `gc`), then — issue 5 — source files on `sys.path`
//! (a `PathFinder` step that will compile and run `name.py` or `name/__init__.py` in a
//! fresh module registered before it runs, so circular imports see it partially
//! initialized). Until then an unknown name is ModuleNotFoundError "No module named 'x'".

use crate::errors::{ExcKind, PyResult};
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::types::{dict, module, str as pystr, tuple};

impl Runtime {
    /// `sys.modules`, if made.
    pub fn sys_modules(&self) -> Option<ObjRef> {
        self.state().sys_modules.borrow().clone()
    }

    /// Replaces the registry (a dict); the old one is returned to the caller to drop.
    pub fn set_sys_modules(&self, modules: Option<ObjRef>) -> Option<ObjRef> {
        self.state().sys_modules.replace(modules)
    }
}

/// The registry, made on first use.
pub(crate) fn registry(rt: &Runtime) -> PyResult<ObjRef> {
    if let Some(r) = rt.sys_modules() {
        return Ok(r);
    }
    let d = rt.new_dict()?;
    drop(rt.set_sys_modules(Some(d.clone())));
    Ok(d)
}

/// `sys.modules[name] = module`.
pub fn register_module(rt: &Runtime, name: &str, module: &ObjRef) -> PyResult<()> {
    let reg = registry(rt)?;
    drop(dict::dict_setitem(
        rt,
        &reg,
        rt.intern(name)?,
        module.clone(),
    )?);
    Ok(())
}

fn no_module(rt: &Runtime, msg: String) -> crate::errors::PyErr {
    rt.new_err(ExcKind::ModuleNotFoundError, msg)
}

/// `sys.modules[name]` or `None`; a `None` value there stops the import, as CPython's.
fn lookup_registry(rt: &Runtime, name: &str) -> PyResult<Option<ObjRef>> {
    let Some(reg) = rt.sys_modules() else {
        return Ok(None);
    };
    let Some(d) = dict::payload(&reg) else {
        return Ok(None);
    };
    match d.get(rt, &rt.new_str(name)?)? {
        Some(m) if m.is(rt.none()) => Err(no_module(
            rt,
            format!("import of {name} halted; None in sys.modules"),
        )),
        r => Ok(r),
    }
}

/// The finders: a module for `name` (already registered in `sys.modules` on success), or
/// `None` if no finder knows it.
fn find_module(rt: &Runtime, name: &str) -> PyResult<Option<ObjRef>> {
    // BuiltinImporter.
    let builtin = match name {
        "sys" => rt.state().sys_module.borrow().clone(),
        "builtins" => rt.state().builtins_module.borrow().clone(),
        _ => None,
    };
    if let Some(m) = builtin {
        register_module(rt, name, &m)?;
        return Ok(Some(m));
    }
    // PathFinder over sys.path: issue 5.
    Ok(None)
}

/// `_gcd_import(name)`: the module `name` (dotted), importing its parents first.
fn gcd_import(rt: &Runtime, name: &str) -> PyResult<ObjRef> {
    if let Some(m) = lookup_registry(rt, name)? {
        return Ok(m);
    }
    if let Some((parent, _)) = name.rsplit_once('.') {
        let p = gcd_import(rt, parent)?;
        if let Some(m) = lookup_registry(rt, name)? {
            return Ok(m);
        }
        // Only packages (modules with `__path__`) have submodules.
        let has_path = module::payload(&p)
            .and_then(|m| m.dict())
            .and_then(|d| dict::payload(&d).map(|d| d.items()))
            .is_some_and(|items| {
                items
                    .iter()
                    .any(|(k, _)| pystr::as_str(k) == Some("__path__"))
            });
        if !has_path {
            return Err(no_module(
                rt,
                format!("No module named '{name}'; '{parent}' is not a package"),
            ));
        }
    }
    match find_module(rt, name)? {
        Some(m) => Ok(m),
        None => Err(no_module(rt, format!("No module named '{name}'"))),
    }
}

/// `IMPORT_NAME`: `__import__(name, globals, locals, fromlist, level)`. Returns the top-level
/// package for `import a.b` (empty `fromlist`), the module itself otherwise.
pub fn import_name(
    rt: &Runtime,
    name: &ObjRef,
    fromlist: &ObjRef,
    level: usize,
) -> PyResult<ObjRef> {
    let Some(n) = pystr::as_str(name) else {
        return Err(rt.type_error("module name must be a string"));
    };
    if level > 0 {
        // Relative imports need the importing module's package (issue 5); a script run
        // as __main__ has none, and this is CPython's error for that case.
        return Err(rt.new_err(
            ExcKind::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    if n.is_empty() {
        return Err(rt.value_error("Empty module name"));
    }
    let m = gcd_import(rt, n)?;
    let from_empty = fromlist.is(rt.none())
        || tuple::items(fromlist).is_some_and(<[ObjRef]>::is_empty)
        || !ops::is_true(rt, fromlist)?;
    if from_empty {
        if let Some((top, _)) = n.split_once('.') {
            return gcd_import(rt, top);
        }
    }
    Ok(m)
}

/// `IMPORT_FROM`: `module.name`, else the submodule `module.name` from `sys.modules`, else
/// ImportError "cannot import name 'y' from 'm' (location)".
pub fn import_from(rt: &Runtime, module: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    match ops::get_attr(rt, module, name) {
        Ok(v) => return Ok(v),
        Err(e) if e.matches(rt, ExcKind::AttributeError) => {}
        Err(e) => return Err(e),
    }
    let mod_attr = |attr: &str| -> PyResult<Option<ObjRef>> {
        match ops::get_attr(rt, module, &rt.intern(attr)?) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(rt, ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    };
    let pkgname = mod_attr("__name__")?;
    let pkg = pkgname.as_ref().and_then(|p| pystr::as_str(p));
    let attr = pystr::as_str(name).unwrap_or("");
    if let Some(p) = pkg {
        if let Some(m) = lookup_registry(rt, &format!("{p}.{attr}"))? {
            return Ok(m);
        }
    }
    let name_repr = ops::repr_string(rt, name)?;
    let msg = match &pkgname {
        Some(pn) if pkg.is_some() => {
            let pn_repr = ops::repr_string(rt, pn)?;
            let location = match mod_attr("__file__")? {
                Some(f) if pystr::as_str(&f).is_some() => ops::str_string(rt, &f)?,
                _ => "unknown location".to_string(),
            };
            format!("cannot import name {name_repr} from {pn_repr} ({location})")
        }
        _ => format!(
            "cannot import name {name_repr} from '<unknown module name>' (unknown location)"
        ),
    };
    Err(rt.new_err(ExcKind::ImportError, msg))
}
