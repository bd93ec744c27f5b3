//! Imports: `IMPORT_NAME` ([`import_name`], [`import_module_level`]), `IMPORT_FROM`
//! ([`import_from`]) and `IMPORT_STAR` ([`import_star`]) with CPython's semantics and
//! errors (`importlib._bootstrap`: `_gcd_import`, `_calc___package__`, `_resolve_name`,
//! `_handle_fromlist`), over the interpreter's module registry (`sys.modules`, a dict kept
//! on the runtime).
//!
//! Finding a module that is not in the registry goes through the finders in
//! [`find_module`], in `sys.meta_path`'s order: the built-in modules (`sys`, `builtins`),
//! then source files on `sys.path` (`import_source.rs`).

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::types::{dict, list, module, str as pystr, tuple};

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

fn no_module(rt: &Runtime, msg: String) -> PyErr {
    rt.new_err(ExcKind::ModuleNotFoundError, msg)
}

fn import_error(rt: &Runtime, msg: impl AsRef<str>) -> PyErr {
    rt.new_err(ExcKind::ImportError, msg)
}

/// `sys.modules[name]` or `None`; a `None` value there stops the import, as CPython's.
pub(crate) fn lookup_registered(rt: &Runtime, name: &str) -> PyResult<Option<ObjRef>> {
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

/// The finders: a module for `name` (registered in `sys.modules` on success), or `None` if
/// no finder knows it. `parent` is the imported parent package of a dotted name.
fn find_module(rt: &Runtime, name: &str, parent: Option<&ObjRef>) -> PyResult<Option<ObjRef>> {
    // BuiltinImporter.
    let builtin = match name {
        "sys" => rt.state().sys_module.borrow().clone(),
        "builtins" => rt.state().builtins_module.borrow().clone(),
        "math" => Some(crate::mathmodule::new_math_module(rt)?),
        "time" => Some(crate::timemodule::new_time_module(rt)?),
        _ => None,
    };
    if let Some(m) = builtin {
        register_module(rt, name, &m)?;
        return Ok(Some(m));
    }
    // PathFinder.
    let tail = name.rsplit_once('.').map_or(name, |(_, t)| t);
    crate::import_source::find_and_load(rt, name, tail, parent)
}

fn attr_opt(rt: &Runtime, obj: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
    match ops::get_attr(rt, obj, &rt.intern(name)?) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(rt, ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `_gcd_import(name)`: the module `name` (dotted), importing its parents first.
fn gcd_import(rt: &Runtime, name: &str) -> PyResult<ObjRef> {
    if let Some(m) = lookup_registered(rt, name)? {
        return Ok(m);
    }
    let mut parent_mod = None;
    if let Some((parent, _)) = name.rsplit_once('.') {
        let p = gcd_import(rt, parent)?;
        // Importing the parent may have imported this module.
        if let Some(m) = lookup_registered(rt, name)? {
            return Ok(m);
        }
        // Only packages (modules with `__path__`) have submodules.
        if attr_opt(rt, &p, "__path__")?.is_none() {
            return Err(no_module(
                rt,
                format!("No module named '{name}'; '{parent}' is not a package"),
            ));
        }
        parent_mod = Some(p);
    }
    match find_module(rt, name, parent_mod.as_ref())? {
        Some(m) => Ok(m),
        None => Err(no_module(rt, format!("No module named '{name}'"))),
    }
}

fn no_parent_package(rt: &Runtime) -> PyErr {
    import_error(rt, "attempted relative import with no known parent package")
}

/// `resolve_name` of CPython's `import.c` (`_calc___package__` + `_resolve_name` of
/// importlib): the absolute name of a relative import of `name` from the module whose
/// globals are `globals`. The package comes from `__package__`, else from `__name__` (itself
/// for a package, which has `__path__`; else its parent). CPython first tries
/// `__spec__.parent`; rattle's modules have no spec, and `__main__`'s is None.
fn resolve_name(
    rt: &Runtime,
    name: &str,
    globals: Option<&ObjRef>,
    level: usize,
) -> PyResult<String> {
    let Some(globals) = globals else {
        return Err(rt.new_err(ExcKind::KeyError, "'__name__' not in globals"));
    };
    let Some(g) = dict::payload(globals) else {
        return Err(rt.type_error("globals must be a dict"));
    };
    let no_parent = || no_parent_package(rt);
    let package = match g.get(rt, &rt.intern("__package__")?)? {
        Some(p) if !p.is(rt.none()) => match pystr::as_str(&p) {
            Some(s) => s.to_string(),
            None => return Err(rt.type_error("package must be a string")),
        },
        _ => {
            let Some(n) = g.get(rt, &rt.intern("__name__")?)? else {
                return Err(rt.new_err(ExcKind::KeyError, "'__name__' not in globals"));
            };
            let Some(n) = pystr::as_str(&n) else {
                return Err(rt.type_error("__name__ must be a string"));
            };
            if g.get(rt, &rt.intern("__path__")?)?.is_some() {
                n.to_string()
            } else {
                match n.rsplit_once('.') {
                    Some((p, _)) => p.to_string(),
                    None => return Err(no_parent()),
                }
            }
        }
    };
    if package.is_empty() {
        return Err(no_parent());
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((b, _)) => base = b,
            None => {
                return Err(import_error(
                    rt,
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// The names of a `fromlist` (a tuple or list of str; `None` is empty).
fn fromlist_names(rt: &Runtime, fromlist: &ObjRef) -> PyResult<Vec<ObjRef>> {
    if fromlist.is(rt.none()) {
        return Ok(Vec::new());
    }
    if let Some(t) = tuple::items(fromlist) {
        return Ok(t.to_vec());
    }
    if let Some(l) = list::items(fromlist) {
        return Ok(l.to_vec());
    }
    ops::collect(rt, fromlist)
}

/// `_handle_fromlist`: for a package, import the submodules the fromlist names (and, for
/// `*`, those in `__all__`) that are not attributes yet.
fn handle_fromlist(rt: &Runtime, m: &ObjRef, names: &[ObjRef], recursive: bool) -> PyResult<()> {
    if attr_opt(rt, m, "__path__")?.is_none() {
        return Ok(());
    }
    let Some(mname) = attr_opt(rt, m, "__name__")? else {
        return Ok(());
    };
    let mname = pystr::as_str(&mname).unwrap_or("").to_string();
    for x in names {
        let Some(xs) = pystr::as_str(x) else {
            let what = if recursive {
                format!("{mname}.__all__")
            } else {
                "``from list''".to_string()
            };
            return Err(rt.type_error(format!(
                "Item in {what} must be str, not {}",
                ops::type_name(x)
            )));
        };
        if xs == "*" {
            if !recursive {
                if let Some(all) = attr_opt(rt, m, "__all__")? {
                    handle_fromlist(rt, m, &ops::collect(rt, &all)?, true)?;
                }
            }
            continue;
        }
        if attr_opt(rt, m, xs)?.is_none() {
            let sub = format!("{mname}.{xs}");
            match gcd_import(rt, &sub) {
                Ok(_) => {}
                // A name that is neither an attribute nor a submodule is IMPORT_FROM's
                // error to report ("cannot import name").
                Err(e)
                    if e.matches(rt, ExcKind::ModuleNotFoundError)
                        && lookup_registered(rt, &sub)?.is_none() => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(())
}

/// `PyImport_ImportModuleLevelObject(name, globals, fromlist, level)`: what `IMPORT_NAME`
/// does, with the importing module's globals for relative imports.
pub fn import_module_level(
    rt: &Runtime,
    name: &ObjRef,
    globals: Option<&ObjRef>,
    fromlist: &ObjRef,
    level: usize,
) -> PyResult<ObjRef> {
    let Some(n) = pystr::as_str(name) else {
        return Err(rt.type_error("module name must be a string"));
    };
    let abs = if level > 0 {
        resolve_name(rt, n, globals, level)?
    } else {
        if n.is_empty() {
            return Err(rt.value_error("Empty module name"));
        }
        n.to_string()
    };
    let m = gcd_import(rt, &abs)?;
    let names = fromlist_names(rt, fromlist)?;
    if names.is_empty() {
        if level == 0 {
            if let Some((top, _)) = n.split_once('.') {
                return gcd_import(rt, top);
            }
            return Ok(m);
        }
        // `__import__('a.b', level=1)` with no fromlist: the package prefix plus the first
        // component of `name`, as `_bootstrap.__import__` cuts it.
        let first = n.split('.').next().unwrap_or("");
        let cut = abs.len() - (n.len() - first.len());
        return match lookup_registered(rt, &abs[..cut])? {
            Some(top) => Ok(top),
            None => Ok(m),
        };
    }
    handle_fromlist(rt, &m, &names, false)?;
    Ok(m)
}

/// `IMPORT_NAME` in a module that is no package's (absolute imports; a relative one has
/// no known parent package, as in `__main__`).
pub fn import_name(
    rt: &Runtime,
    name: &ObjRef,
    fromlist: &ObjRef,
    level: usize,
) -> PyResult<ObjRef> {
    if level > 0 {
        return Err(no_parent_package(rt));
    }
    import_module_level(rt, name, None, fromlist, level)
}

/// `IMPORT_FROM`: `module.name`, else the submodule `module.name` from `sys.modules`, else
/// ImportError "cannot import name 'y' from 'm' (location)" (or from a partially
/// initialized module, for a circular import).
pub fn import_from(rt: &Runtime, module: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    match ops::get_attr(rt, module, name) {
        Ok(v) => return Ok(v),
        Err(e) if e.matches(rt, ExcKind::AttributeError) => {}
        Err(e) => return Err(e),
    }
    let pkgname = attr_opt(rt, module, "__name__")?;
    let pkg = pkgname.as_ref().and_then(|p| pystr::as_str(p));
    let attr = pystr::as_str(name).unwrap_or("");
    if let Some(p) = pkg {
        if let Some(m) = lookup_registered(rt, &format!("{p}.{attr}"))? {
            return Ok(m);
        }
    }
    let name_repr = ops::repr_string(rt, name)?;
    let msg = match (&pkgname, pkg) {
        (Some(pn), Some(p)) => {
            let pn_repr = ops::repr_string(rt, pn)?;
            let location = match attr_opt(rt, module, "__file__")? {
                Some(f) if pystr::as_str(&f).is_some() => ops::str_string(rt, &f)?,
                _ => "unknown location".to_string(),
            };
            if crate::import_source::is_initializing(rt, p) {
                format!(
                    "cannot import name {name_repr} from partially initialized module {pn_repr} (most likely due to a circular import) ({location})"
                )
            } else {
                format!("cannot import name {name_repr} from {pn_repr} ({location})")
            }
        }
        _ => format!(
            "cannot import name {name_repr} from '<unknown module name>' (unknown location)"
        ),
    };
    Err(import_error(rt, msg))
}

/// `IMPORT_STAR` (`import_all_from`): binds in `locals` (a dict) each name of the module's
/// `__all__`, or else each name of its dict that does not start with `_`.
pub fn import_star(rt: &Runtime, module: &ObjRef, locals: &ObjRef) -> PyResult<()> {
    let (names, from_all) = match attr_opt(rt, module, "__all__")? {
        Some(all) => (ops::collect(rt, &all)?, true),
        None => {
            let Some(d) = attr_opt(rt, module, "__dict__")?
                .or_else(|| module::payload(module).and_then(|m| m.dict()))
            else {
                return Err(import_error(
                    rt,
                    "from-import-* object has no __dict__ and no __all__",
                ));
            };
            let keys = dict::payload(&d).map_or_else(Vec::new, |p| {
                p.items().into_iter().map(|(k, _)| k).collect()
            });
            (keys, false)
        }
    };
    for n in names {
        let Some(s) = pystr::as_str(&n) else {
            let modname = attr_opt(rt, module, "__name__")?
                .and_then(|m| pystr::as_str(&m).map(str::to_string))
                .unwrap_or_default();
            let what = if from_all {
                format!("{modname}.__all__")
            } else {
                format!("{modname}.__dict__")
            };
            return Err(rt.type_error(format!(
                "Item in {what} must be str, not {}",
                ops::type_name(&n)
            )));
        };
        if !from_all && s.starts_with('_') {
            continue;
        }
        let v = ops::get_attr(rt, module, &n)?;
        drop(dict::dict_setitem(rt, locals, n.clone(), v)?);
    }
    Ok(())
}
