//! The `builtins` module (CPython's `Python/bltinmodule.c`): the builtin functions, the
//! builtin types and exception types under their names, and the constants. Split by topic:
//! `args.rs` (argument checking with CPython's texts), `io.rs` (print, input), `core.rs`
//! (objects, attributes, types, characters), `numeric.rs` (abs, divmod, pow, round, min,
//! max, sum), `iterators.rs` (the iterator types enumerate, zip, map, filter, reversed,
//! callable_iterator, and iter, next, any, all, sorted), `sort.rs` (the stable merge sort).
//!
//! The library's own native types (the iterators above and the stream type of
//! `sys.stdout`) are made on first use and kept in [`LibTypes`] on the runtime; like every
//! native type they live until teardown. `globals()`, `locals()`, `vars()` and `dir()` read
//! the calling frame, which the eval loop hands them (`frame.rs`).

pub mod args;
mod core;
pub(crate) mod frame;
mod io;
pub mod iterators;
mod numeric;
pub mod sort;

use std::rc::Rc;

pub(crate) use self::io::sys_attr;

use crate::errors::{ExcKind, PyResult};
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::types::builtin_fn::BuiltinFn;
use crate::types::{dict, module};

/// The native types of the builtins library, made once per runtime.
pub struct LibTypes {
    pub textio: ObjRef,
    pub enumerate: ObjRef,
    pub zip: ObjRef,
    pub map: ObjRef,
    pub filter: ObjRef,
    pub reversed: ObjRef,
    pub callable_iterator: ObjRef,
}

impl Runtime {
    /// The library's native types (made on first use).
    pub fn lib_types(&self) -> PyResult<Rc<LibTypes>> {
        if let Some(t) = self.state().lib_types.borrow().as_ref() {
            return Ok(t.clone());
        }
        let object = &self.types().object;
        let t = Rc::new(LibTypes {
            textio: self.new_type(crate::types::textio::spec(object))?,
            enumerate: self.new_type(iterators::enumerate_spec(object))?,
            zip: self.new_type(iterators::zip_spec(object))?,
            map: self.new_type(iterators::map_spec(object))?,
            filter: self.new_type(iterators::filter_spec(object))?,
            reversed: self.new_type(iterators::reversed_spec(object))?,
            callable_iterator: self.new_type(iterators::callable_iterator_spec(object))?,
        });
        *self.state().lib_types.borrow_mut() = Some(t.clone());
        Ok(t)
    }

    /// The `builtins` module, if made.
    pub fn builtins_module(&self) -> Option<ObjRef> {
        self.state().builtins_module.borrow().clone()
    }
}

/// The builtin functions: name and Rust function.
const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("__import__", dunder_import),
    ("abs", numeric::abs),
    ("all", iterators::all),
    ("any", iterators::any),
    ("ascii", core::ascii),
    ("bin", core::bin),
    ("callable", core::callable),
    ("chr", core::chr),
    ("complex", core::complex),
    ("delattr", core::delattr),
    ("divmod", numeric::divmod),
    ("format", core::format),
    ("getattr", core::getattr),
    ("hasattr", core::hasattr),
    ("hash", core::hash),
    ("hex", core::hex),
    ("id", core::id),
    ("input", io::input),
    ("isinstance", core::isinstance),
    ("issubclass", core::issubclass),
    ("iter", iterators::iter),
    ("len", core::len),
    ("max", numeric::max),
    ("min", numeric::min),
    ("next", iterators::next),
    ("oct", core::oct),
    ("ord", core::ord),
    ("pow", numeric::pow),
    ("print", io::print),
    ("repr", core::repr),
    ("round", numeric::round),
    ("setattr", core::setattr),
    ("sorted", iterators::sorted),
    ("sum", numeric::sum),
];

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn dunder_import(
    rt: &Runtime,
    _: Option<&ObjRef>,
    a: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    const P: args::Params = args::Params {
        fname: "__import__",
        names: &["name", "globals", "locals", "fromlist", "level"],
        posonly: 0,
        required: 1,
        maxpos: 5,
    };
    let p = P.parse(rt, a, kw)?;
    let Some(name) = &p[0] else {
        return Err(rt.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let level = match &p[4] {
        None => 0,
        Some(l) => match crate::types::int::value(l).and_then(|v| v.to_i64()) {
            Some(v) if v >= 0 => v as usize,
            Some(_) => return Err(rt.value_error("level must be >= 0")),
            None => {
                return Err(rt.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::ops::type_name(l)
                )))
            }
        },
    };
    let fromlist = p[3].clone().unwrap_or_else(|| rt.none().clone());
    let globals = p[1].as_ref();
    crate::import::import_module_level(rt, name, globals, &fromlist, level)
}

fn set(rt: &Runtime, d: &ObjRef, name: &str, value: ObjRef) -> PyResult<()> {
    drop(dict::dict_setitem(rt, d, rt.intern(name)?, value)?);
    Ok(())
}

/// The `builtins` module; registered in `sys.modules` (made if needed) and kept on the
/// runtime.
pub fn new_builtins_module(rt: &Runtime) -> PyResult<ObjRef> {
    let m = rt.new_module("builtins")?;
    let Some(d) = module::payload(&m).and_then(|p| p.dict()) else {
        return Err(rt.new_err(ExcKind::SystemError, "module without a dict"));
    };
    set(rt, &d, "__builtin__", rt.bool_obj(true).clone())?;
    for &(name, f) in FUNCTIONS {
        set(rt, &d, name, rt.new_builtin_fn(name, f, None)?)?;
    }
    for &(name, f) in frame::FUNCTIONS {
        set(rt, &d, name, rt.new_frame_builtin_fn(name, f)?)?;
    }
    let t = rt.types();
    let lib = rt.lib_types()?;
    for (name, ty) in [
        ("bool", &t.bool_),
        ("dict", &t.dict),
        ("enumerate", &lib.enumerate),
        ("filter", &lib.filter),
        ("float", &t.float),
        ("frozenset", &t.frozenset),
        ("int", &t.int),
        ("list", &t.list),
        ("map", &lib.map),
        ("object", &t.object),
        ("range", &t.range),
        ("reversed", &lib.reversed),
        ("set", &t.set),
        ("slice", &t.slice),
        ("str", &t.str_),
        ("tuple", &t.tuple),
        ("type", &t.type_),
        ("zip", &lib.zip),
    ] {
        set(rt, &d, name, ty.clone())?;
    }
    for &kind in ExcKind::ALL {
        set(rt, &d, kind.name(), rt.exc_type(kind).clone())?;
    }
    // CPython's aliases of OSError.
    set(
        rt,
        &d,
        "EnvironmentError",
        rt.exc_type(ExcKind::OSError).clone(),
    )?;
    set(rt, &d, "IOError", rt.exc_type(ExcKind::OSError).clone())?;
    set(rt, &d, "None", rt.none().clone())?;
    set(rt, &d, "True", rt.bool_obj(true).clone())?;
    set(rt, &d, "False", rt.bool_obj(false).clone())?;
    set(rt, &d, "Ellipsis", rt.ellipsis().clone())?;
    set(rt, &d, "NotImplemented", rt.not_implemented().clone())?;
    set(rt, &d, "__debug__", rt.bool_obj(true).clone())?;
    crate::import::register_module(rt, "builtins", &m)?;
    *rt.state().builtins_module.borrow_mut() = Some(m.clone());
    Ok(m)
}
