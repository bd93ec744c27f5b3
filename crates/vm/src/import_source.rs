//! The path finder of the import system (CPython's `PathFinder` + `FileFinder` +
//! `SourceFileLoader`, without bytecode caching): finds `name` as `dir/tail/__init__.py` (a
//! package) or `dir/tail.py` in each directory of `sys.path` (or of the parent package's
//! `__path__` for a submodule), and executes it in a fresh module that is registered in
//! `sys.modules` BEFORE its code runs — so a circular import sees the partially
//! initialized module, as in CPython — and removed again if its code raises.
//!
//! A module's dict holds what CPython's has for a source module, in its order: `__name__`,
//! `__doc__`, `__package__`, `__loader__` and `__spec__` (None here: there are no loader
//! and spec objects), `__path__` for a package, `__file__`, `__cached__` (where CPython would
//! cache its bytecode; we compile each time) and `__builtins__`. Its source is registered with the line cache so tracebacks
//! quote it.

use std::path::PathBuf;
use std::rc::Rc;

use crate::errors::{ExcKind, PyResult};
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::types::{dict, module, str as pystr};

/// Where a module was found.
struct Found {
    file: PathBuf,
    /// `Some(dir)` for a package (`dir/__init__.py`).
    package_dir: Option<PathBuf>,
}

/// The directories to search: the parent's `__path__` for a submodule, else `sys.path`.
fn search_path(rt: &Runtime, parent: Option<&ObjRef>) -> PyResult<Vec<String>> {
    let list = match parent {
        Some(p) => match ops::get_attr(rt, p, &rt.intern("__path__")?) {
            Ok(v) => Some(v),
            Err(e) if e.matches(rt, ExcKind::AttributeError) => None,
            Err(e) => return Err(e),
        },
        None => crate::builtins::sys_attr(rt, "path")?,
    };
    let Some(list) = list else {
        return Ok(Vec::new());
    };
    Ok(ops::collect(rt, &list)?
        .iter()
        .filter_map(|s| pystr::as_str(s).map(str::to_string))
        .collect())
}

fn find(dirs: &[String], tail: &str) -> Option<Found> {
    for d in dirs {
        // '' is the current directory, which CPython's FileFinder makes absolute.
        let base = if d.is_empty() {
            std::env::current_dir().ok()?
        } else {
            PathBuf::from(d)
        };
        let pkg = base.join(tail);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some(Found {
                file: init,
                package_dir: Some(pkg),
            });
        }
        let file = base.join(format!("{tail}.py"));
        if file.is_file() {
            return Some(Found {
                file,
                package_dir: None,
            });
        }
    }
    None
}

/// The SyntaxError object for a compile error in an imported file: CPython's args
/// `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
fn syntax_error(
    rt: &Runtime,
    e: &syntax::SyntaxError,
    filename: &str,
    source: &str,
) -> crate::errors::PyErr {
    let at = |off: usize| {
        let off = off.min(source.len());
        let line_start = source[..off].rfind('\n').map_or(0, |i| i + 1);
        let lineno = source[..off].matches('\n').count() + 1;
        let col = source[line_start..off].chars().count() + 1;
        (lineno, col, line_start)
    };
    let (lineno, offset, line_start) = at(e.start);
    let (end_lineno, end_offset, _) = at(e.end);
    let line_end = source[line_start..]
        .find('\n')
        .map_or(source.len(), |i| line_start + i + 1);
    let build = || -> PyResult<crate::errors::PyErr> {
        let details = rt.new_tuple(vec![
            rt.new_str(filename)?,
            rt.new_int(lineno as i64)?,
            rt.new_int(offset as i64)?,
            rt.new_str(&source[line_start..line_end])?,
            rt.new_int(end_lineno as i64)?,
            rt.new_int(end_offset as i64)?,
        ])?;
        let kind = match e.kind {
            syntax::SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
            syntax::SyntaxErrorKind::TabError => ExcKind::TabError,
            syntax::SyntaxErrorKind::MemoryError => ExcKind::MemoryError,
            syntax::SyntaxErrorKind::RecursionError => ExcKind::RecursionError,
            _ => ExcKind::SyntaxError,
        };
        Ok(rt.new_err_args(kind, vec![rt.new_str(&e.msg)?, details]))
    };
    build().unwrap_or_else(|err| err)
}

/// Finds, registers and executes the module `name` (`tail` is its last component,
/// `parent` the already imported parent package). `None` if no file matches.
pub(crate) fn find_and_load(
    rt: &Runtime,
    name: &str,
    tail: &str,
    parent: Option<&ObjRef>,
) -> PyResult<Option<ObjRef>> {
    let dirs = search_path(rt, parent)?;
    let Some(found) = find(&dirs, tail) else {
        return Ok(None);
    };
    let filename = found.file.to_string_lossy().into_owned();
    let Ok(bytes) = std::fs::read(&found.file) else {
        return Ok(None);
    };
    let source = syntax::decode_source(&bytes, &filename)
        .map_err(|e| syntax_error(rt, &e, &filename, &String::from_utf8_lossy(&bytes)))?;
    let code = syntax::parse_module(&source)
        .and_then(|m| compiler::compile_module(&m, &source, &filename))
        .map_err(|e| syntax_error(rt, &e, &filename, &source))?;
    rt.linecache_register(&filename, Rc::from(source.as_str()));

    let m = rt.new_module(name)?;
    let Some(globals) = module::payload(&m).and_then(|p| p.dict()) else {
        return Err(rt.new_err(ExcKind::SystemError, "module without a dict"));
    };
    let set = |k: &str, v: ObjRef| -> PyResult<()> {
        drop(dict::dict_setitem(rt, &globals, rt.intern(k)?, v)?);
        Ok(())
    };
    let package = match (&found.package_dir, name.rsplit_once('.')) {
        (Some(_), _) => name,
        (None, Some((p, _))) => p,
        (None, None) => "",
    };
    set("__doc__", rt.none().clone())?;
    set("__package__", rt.new_str(package)?)?;
    // CPython's are a SourceFileLoader and a ModuleSpec; rattle has neither (yet), but the
    // names are there, so `dir(module)` lists what python3's does.
    set("__loader__", rt.none().clone())?;
    set("__spec__", rt.none().clone())?;
    if let Some(dir) = &found.package_dir {
        let p = rt.new_str(&dir.to_string_lossy())?;
        set("__path__", rt.new_list(vec![p])?)?;
    }
    set("__file__", rt.new_str(&filename)?)?;
    // Where CPython would cache the bytecode (it names it even when it writes none).
    let cached = found.file.parent().map(|d| {
        let stem = found
            .file
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        d.join("__pycache__")
            .join(format!("{stem}.cpython-311.pyc"))
            .to_string_lossy()
            .into_owned()
    });
    match cached {
        Some(c) => set("__cached__", rt.new_str(&c)?)?,
        None => set("__cached__", rt.none().clone())?,
    }
    if let Some(b) = rt.builtins_module() {
        set("__builtins__", b)?;
    }
    crate::import::register_module(rt, name, &m)?;
    rt.state().importing.borrow_mut().push(name.to_string());
    let result = crate::eval::run_module_code(rt, code, &globals);
    rt.state().importing.borrow_mut().retain(|n| n != name);
    drop(globals);
    if let Err(e) = result {
        // `_bootstrap._load_unlocked`: a module whose code failed is not left registered.
        if let Some(reg) = rt.sys_modules() {
            let _ = dict::dict_delitem(rt, &reg, &rt.new_str(name)?);
        }
        return Err(e);
    }
    // The module registered itself; a module may have replaced its entry (CPython
    // returns `sys.modules[name]`).
    let registered = crate::import::lookup_registered(rt, name)?.unwrap_or(m);
    if let Some(p) = parent {
        ops::set_attr(rt, p, &rt.new_str(tail)?, registered.clone())?;
    }
    Ok(Some(registered))
}

/// Whether `name`'s code is running (a circular import sees it partially initialized).
pub(crate) fn is_initializing(rt: &Runtime, name: &str) -> bool {
    rt.state().importing.borrow().iter().any(|n| n == name)
}
