//! The `sys` module (CPython's `Python/sysmodule.c`): argv, the standard streams, exit, the
//! memory and limit functions (getrefcount, getsizeof, intern, getrecursionlimit /
//! setrecursionlimit, get/set_int_max_str_digits, getallocatedblocks, _debugmallocstats)
//! and the descriptive constants (version, version_info, platform, byteorder, maxsize,
//! implementation). `sys.modules` is the import registry (`import.rs`); `sys.path` holds
//! the script's directory (no standard library: the subset's modules are built in).

use crate::builtins::args::{self, one_arg, positional, Params};
use crate::errors::{ExcKind, PyResult};
use crate::object::ObjRef;
use crate::ops::{self, type_name};
use crate::runtime::Runtime;
use crate::types::builtin_fn::BuiltinFn;
use crate::types::textio::Stream;
use crate::types::{dict, int, module};

type Kw<'a> = Option<&'a ObjRef>;

/// `sys.version`: CPython's version, which the subset follows, and ours.
pub const VERSION: &str = "3.11.7 (rattle)";

/// `sys.exit(status=None, /)`: raises SystemExit(status).
fn exit(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = positional(rt, "exit", a, kw, 0, 1)?;
    Err(rt.new_err_args(ExcKind::SystemExit, a.to_vec()))
}

/// `sys.getrefcount(object)`: the count as it is; the caller's argument slice is borrowed,
/// so the argument's own reference is the one the eval loop's stack holds, as in CPython.
fn getrefcount(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    args::no_keywords(rt, "sys.getrefcount", kw)?;
    let [x] = a else {
        return Err(rt.type_error(format!(
            "sys.getrefcount() takes exactly one argument ({} given)",
            a.len()
        )));
    };
    Ok(rt.new_int(x.refcount() as i64)?)
}

/// `sys.getsizeof(object, default)`.
fn getsizeof(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    const P: Params = Params {
        fname: "getsizeof",
        names: &["object", "default"],
        posonly: 0,
        required: 1,
        maxpos: 2,
    };
    let p = P.parse(rt, a, kw)?;
    let Some(x) = &p[0] else {
        return Err(rt.type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    Ok(rt.new_int(ops::getsizeof(rt, x) as i64)?)
}

/// `sys.intern(string, /)`.
fn intern(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = one_arg(rt, "intern", a, kw)?;
    if !x.type_ref().is(&rt.types().str_) {
        return Err(rt.type_error(format!(
            "intern() argument must be str, not {}",
            type_name(x)
        )));
    }
    Ok(rt.intern_obj(x.clone()))
}

fn getrecursionlimit(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    positional(rt, "getrecursionlimit", a, kw, 0, 0)?;
    Ok(rt.new_int(rt.recursion_limit() as i64)?)
}

/// An int argument as i64 (`_PyLong_AsInt`'s errors).
fn c_int(rt: &Runtime, x: &ObjRef) -> PyResult<i64> {
    match int::value(x) {
        Some(v) => match v.to_i64().filter(|v| i32::try_from(*v).is_ok()) {
            Some(v) => Ok(v),
            None => Err(rt.overflow_error("Python int too large to convert to C int")),
        },
        None => Err(rt.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(x)
        ))),
    }
}

/// `sys.setrecursionlimit` is a `METH_O` builtin in CPython, and calling one of those counts a
/// recursion level (`_Py_EnterRecursiveCallTstate` in the call) — visible here, since the
/// depth it reports includes that level. (Other builtins do not count one in rattle: see
/// docs/subset.md.)
fn setrecursionlimit(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    rt.recursive(" while calling a Python object", || {
        set_recursion_limit_checked(rt, a, kw)
    })
}

fn set_recursion_limit_checked(rt: &Runtime, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = one_arg(rt, "setrecursionlimit", a, kw)?;
    let n = c_int(rt, x)?;
    if n < 1 {
        return Err(rt.value_error("recursion limit must be greater or equal than 1"));
    }
    // A limit at or below the current depth would fail at once: CPython refuses it.
    let depth = rt.state().recursion_depth.get() as i64;
    if depth >= n {
        return Err(rt.new_err(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    rt.set_recursion_limit(n as usize);
    Ok(rt.none().clone())
}

fn get_int_max_str_digits(
    rt: &Runtime,
    _: Option<&ObjRef>,
    a: &[ObjRef],
    kw: Kw,
) -> PyResult<ObjRef> {
    positional(rt, "get_int_max_str_digits", a, kw, 0, 0)?;
    Ok(rt.new_int(rt.int_max_str_digits() as i64)?)
}

/// `sys.set_int_max_str_digits(maxdigits)`.
fn set_int_max_str_digits(
    rt: &Runtime,
    _: Option<&ObjRef>,
    a: &[ObjRef],
    kw: Kw,
) -> PyResult<ObjRef> {
    const P: Params = Params {
        fname: "set_int_max_str_digits",
        names: &["maxdigits"],
        posonly: 0,
        required: 1,
        maxpos: 1,
    };
    let p = P.parse(rt, a, kw)?;
    let Some(x) = &p[0] else {
        return Err(
            rt.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let n = c_int(rt, x)?;
    let threshold = pyfmt::int::MAX_STR_DIGITS_THRESHOLD as i64;
    if n != 0 && n < threshold {
        return Err(rt.value_error(format!("maxdigits must be 0 or larger than {threshold}")));
    }
    rt.set_int_max_str_digits(n as usize);
    Ok(rt.none().clone())
}

fn getallocatedblocks(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    positional(rt, "getallocatedblocks", a, kw, 0, 0)?;
    Ok(rt.new_int(rt.allocated_blocks() as i64)?)
}

/// `sys._debugmallocstats()`: the pymalloc statistics, to stderr, in CPython's format.
fn debugmallocstats(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    positional(rt, "_debugmallocstats", a, kw, 0, 0)?;
    // CPython writes it with C stdio, past sys.stderr; pending stdout goes out first so the
    // two streams keep their order on a terminal.
    let text = rt.state().heap.debug_stats();
    rt.write_stderr(&text)?;
    Ok(rt.none().clone())
}

/// `sys.exc_info()`: (type, value, traceback) of the exception being handled, or three
/// Nones outside any handler.
fn exc_info(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    positional(rt, "exc_info", a, kw, 0, 0)?;
    let none = || rt.none().clone();
    let t = match crate::eval::current_exception(rt) {
        Some(e) => {
            let tb = crate::types::exception::payload(&e)
                .and_then(|p| p.traceback())
                .unwrap_or_else(none);
            vec![e.type_ref().clone(), e, tb]
        }
        None => vec![none(), none(), none()],
    };
    Ok(rt.new_tuple(t)?)
}

/// `sys.exception()` (3.11): the exception being handled, or None.
fn exception(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    positional(rt, "exception", a, kw, 0, 0)?;
    Ok(crate::eval::current_exception(rt).unwrap_or_else(|| rt.none().clone()))
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("_debugmallocstats", debugmallocstats),
    ("exc_info", exc_info),
    ("exception", exception),
    ("exit", exit),
    ("get_int_max_str_digits", get_int_max_str_digits),
    ("getallocatedblocks", getallocatedblocks),
    ("getrecursionlimit", getrecursionlimit),
    ("getrefcount", getrefcount),
    ("getsizeof", getsizeof),
    ("intern", intern),
    ("set_int_max_str_digits", set_int_max_str_digits),
    ("setrecursionlimit", setrecursionlimit),
];

/// `sys.path[0]` as python3 computes it from `argv[0]`: the script's directory (resolved,
/// absolute), or '' (the current directory) for `-c`, `-` and standard input.
fn path0(argv: &[String]) -> String {
    let script = match argv.first() {
        Some(a) if !a.is_empty() && a != "-c" && a != "-" => a,
        _ => return String::new(),
    };
    let p = std::path::Path::new(script);
    let full = std::fs::canonicalize(p).unwrap_or_else(|_| {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    });
    full.parent()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Sets `name` in a module's dict (the built-in modules' set-up).
pub(crate) fn set(rt: &Runtime, d: &ObjRef, name: &str, value: ObjRef) -> PyResult<()> {
    drop(dict::dict_setitem(rt, d, rt.intern(name)?, value)?);
    Ok(())
}

fn strs(rt: &Runtime, items: &[String]) -> PyResult<ObjRef> {
    let v = items
        .iter()
        .map(|s| rt.new_str(s).map_err(Into::into))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(rt.new_list(v)?)
}

/// The `sys` module for a program run with `argv`; registered in `sys.modules` and kept on
/// the runtime (print finds `sys.stdout` through it).
pub fn new_sys_module(rt: &Runtime, argv: &[String]) -> PyResult<ObjRef> {
    let m = rt.new_module("sys")?;
    let Some(d) = module::payload(&m).and_then(|p| p.dict()) else {
        return Err(rt.new_err(ExcKind::SystemError, "module without a dict"));
    };
    set(rt, &d, "__builtin__", rt.bool_obj(true).clone())?;
    for &(name, f) in FUNCTIONS {
        set(rt, &d, name, rt.new_builtin_fn(name, f, None)?)?;
    }
    for (name, stream) in [
        ("stdin", Stream::Stdin),
        ("stdout", Stream::Stdout),
        ("stderr", Stream::Stderr),
    ] {
        let s = rt.new_textio(stream)?;
        set(rt, &d, &format!("__{name}__"), s.clone())?;
        set(rt, &d, name, s)?;
    }
    set(rt, &d, "argv", strs(rt, argv)?)?;
    set(rt, &d, "orig_argv", strs(rt, argv)?)?;
    set(
        rt,
        &d,
        "path",
        rt.new_list(vec![rt.new_str(&path0(argv))?])?,
    )?;
    set(rt, &d, "modules", crate::import::registry(rt)?)?;
    set(rt, &d, "maxsize", rt.new_int(isize::MAX as i64)?)?;
    set(
        rt,
        &d,
        "byteorder",
        rt.new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        })?,
    )?;
    set(rt, &d, "platform", rt.new_str(std::env::consts::OS)?)?;
    set(rt, &d, "version", rt.new_str(VERSION)?)?;
    set(rt, &d, "hexversion", rt.new_int(0x030b07f0)?)?;
    let object = &rt.types().object;
    let seq = |name: &'static str, fields: &'static [&'static str], values: Vec<ObjRef>| {
        let ty = rt.new_type(crate::types::structseq::spec(name, object))?;
        rt.new_structseq(&ty, fields, values)
    };
    let (s, i, f) = (
        |v: &str| rt.new_str(v),
        |v: i64| rt.new_int(v),
        |v: f64| rt.new_float(v),
    );
    let version_info = seq(
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![i(3)?, i(11)?, i(7)?, s("final")?, i(0)?],
    )?;
    set(
        rt,
        &d,
        "float_info",
        seq(
            "sys.float_info",
            &[
                "max",
                "max_exp",
                "max_10_exp",
                "min",
                "min_exp",
                "min_10_exp",
                "dig",
                "mant_dig",
                "epsilon",
                "radix",
                "rounds",
            ],
            vec![
                f(f64::MAX)?,
                i(f64::MAX_EXP as i64)?,
                i(f64::MAX_10_EXP as i64)?,
                f(f64::MIN_POSITIVE)?,
                i(f64::MIN_EXP as i64)?,
                i(f64::MIN_10_EXP as i64)?,
                i(f64::DIGITS as i64)?,
                i(f64::MANTISSA_DIGITS as i64)?,
                f(f64::EPSILON)?,
                i(2)?,
                i(1)?,
            ],
        )?,
    )?;
    // CPython's figures: 30-bit digits, the 4300-digit limit (pyfmt's), siphash13.
    set(
        rt,
        &d,
        "int_info",
        seq(
            "sys.int_info",
            &[
                "bits_per_digit",
                "sizeof_digit",
                "default_max_str_digits",
                "str_digits_check_threshold",
            ],
            vec![
                i(30)?,
                i(4)?,
                i(pyfmt::int::DEFAULT_MAX_STR_DIGITS as i64)?,
                i(pyfmt::int::MAX_STR_DIGITS_THRESHOLD as i64)?,
            ],
        )?,
    )?;
    set(
        rt,
        &d,
        "hash_info",
        seq(
            "sys.hash_info",
            &[
                "width",
                "modulus",
                "inf",
                "nan",
                "imag",
                "algorithm",
                "hash_bits",
                "seed_bits",
                "cutoff",
            ],
            vec![
                i(64)?,
                i((1i64 << 61) - 1)?,
                i(314159)?,
                i(0)?,
                i(1000003)?,
                s("siphash13")?,
                i(64)?,
                i(128)?,
                i(0)?,
            ],
        )?,
    )?;
    set(rt, &d, "maxunicode", i(0x10FFFF)?)?;
    set(rt, &d, "version_info", version_info)?;
    // CPython's is a types.SimpleNamespace; a module answers the same attribute reads.
    let imp = rt.new_module("implementation")?;
    if let Some(idict) = module::payload(&imp).and_then(|p| p.dict()) {
        set(rt, &idict, "name", rt.new_str("rattle")?)?;
        set(rt, &idict, "cache_tag", rt.none().clone())?;
    }
    set(rt, &d, "implementation", imp)?;
    let names: Vec<String> = ["builtins", "math", "sys", "time"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    set(rt, &d, "builtin_module_names", {
        let v = names
            .iter()
            .map(|s| rt.new_str(s).map_err(Into::into))
            .collect::<PyResult<Vec<_>>>()?;
        rt.new_tuple(v)?
    })?;
    crate::import::register_module(rt, "sys", &m)?;
    *rt.state().sys_module.borrow_mut() = Some(m.clone());
    Ok(m)
}
