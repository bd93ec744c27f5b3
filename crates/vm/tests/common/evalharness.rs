//! Runs Python source through the compiler and the eval loop with a small test-double
//! builtins dict (print, len, range, repr, str, tname, apply, getrefcount,
//! setrecursionlimit and the exception classes), and compares the output with python3's
//! (the same builtins are defined in Python by a prelude) when python3 is CPython 3.11.

#![allow(dead_code)]

use std::cell::RefCell;
use std::process::Command;

use num_bigint::BigInt;
use vm::types::{dict, int, str as pystr, tuple};
use vm::{ops, ExcKind, ObjRef, PyResult, Runtime};

thread_local! {
    static OUT: RefCell<String> = const { RefCell::new(String::new()) };
}

fn kw<'a>(
    args: &'a [ObjRef],
    kwnames: Option<&'a ObjRef>,
) -> (&'a [ObjRef], Vec<(String, &'a ObjRef)>) {
    let names = kwnames.and_then(tuple::items).unwrap_or(&[]);
    let npos = args.len() - names.len();
    let kws = names
        .iter()
        .zip(&args[npos..])
        .map(|(n, v)| (pystr::as_str(n).unwrap_or("").to_string(), v))
        .collect();
    (&args[..npos], kws)
}

fn print(
    rt: &Runtime,
    _: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let (pos, kws) = kw(args, kwnames);
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    for (k, v) in kws {
        let s = pystr::as_str(v).unwrap_or("").to_string();
        match k.as_str() {
            "sep" => sep = s,
            "end" => end = s,
            _ => {
                return Err(
                    rt.type_error(format!("'{k}' is an invalid keyword argument for print()"))
                )
            }
        }
    }
    let mut line = String::new();
    for (i, a) in pos.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        line.push_str(&ops::str_string(rt, a)?);
    }
    line.push_str(&end);
    OUT.with(|o| o.borrow_mut().push_str(&line));
    Ok(rt.none().clone())
}

fn len(rt: &Runtime, _: Option<&ObjRef>, args: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    Ok(rt.new_int(ops::len(rt, &args[0])? as i64)?)
}

fn range(
    rt: &Runtime,
    _: Option<&ObjRef>,
    args: &[ObjRef],
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let v: Vec<BigInt> = args
        .iter()
        .map(|a| {
            int::value(a)
                .map(|v| v.to_big().into_owned())
                .unwrap_or_default()
        })
        .collect();
    match v.len() {
        1 => rt.new_range(BigInt::from(0), v[0].clone(), BigInt::from(1)),
        2 => rt.new_range(v[0].clone(), v[1].clone(), BigInt::from(1)),
        _ => rt.new_range(v[0].clone(), v[1].clone(), v[2].clone()),
    }
}

fn repr(rt: &Runtime, _: Option<&ObjRef>, args: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    ops::repr(rt, &args[0])
}

fn str_(rt: &Runtime, _: Option<&ObjRef>, args: &[ObjRef], _: Option<&ObjRef>) -> PyResult<ObjRef> {
    ops::str_(rt, &args[0])
}

fn tname(
    rt: &Runtime,
    _: Option<&ObjRef>,
    args: &[ObjRef],
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    Ok(rt.new_str(args[0].type_object().name())?)
}

/// `apply(f, *args)`: calls `f` from Rust (a nested eval loop for a Python function).
fn apply(
    rt: &Runtime,
    _: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    ops::call(rt, &args[0], &args[1..], kwnames)
}

fn getrefcount(
    rt: &Runtime,
    _: Option<&ObjRef>,
    args: &[ObjRef],
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    Ok(rt.new_int(args[0].refcount() as i64)?)
}

fn setrecursionlimit(
    rt: &Runtime,
    _: Option<&ObjRef>,
    args: &[ObjRef],
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    rt.set_recursion_limit(int::as_i64(&args[0]).unwrap_or(1000) as usize);
    Ok(rt.none().clone())
}

/// The Python definitions of the test builtins, for python3.
pub const PRELUDE: &str = "\
import sys
def tname(x): return type(x).__name__
def apply(f, *a, **k): return f(*a, **k)
getrefcount = sys.getrefcount
setrecursionlimit = sys.setrecursionlimit
";

fn builtins(rt: &Runtime) -> PyResult<ObjRef> {
    let d = rt.new_dict()?;
    let fns: [(&'static str, vm::types::builtin_fn::BuiltinFn); 9] = [
        ("print", print),
        ("len", len),
        ("range", range),
        ("repr", repr),
        ("str", str_),
        ("tname", tname),
        ("apply", apply),
        ("getrefcount", getrefcount),
        ("setrecursionlimit", setrecursionlimit),
    ];
    for (name, f) in fns {
        dict::dict_setitem(rt, &d, rt.intern(name)?, rt.new_builtin_fn(name, f, None)?)?;
    }
    for &k in ExcKind::ALL {
        dict::dict_setitem(rt, &d, rt.intern(k.name())?, rt.exc_type(k).clone())?;
    }
    Ok(d)
}

/// What a run printed, and the uncaught exception as `Type: message`.
pub struct Outcome {
    pub stdout: String,
    pub error: Option<String>,
}

/// Runs `src` in a fresh runtime and checks teardown leaks nothing.
pub fn run(src: &str) -> Outcome {
    OUT.with(|o| o.borrow_mut().clear());
    let rt = Runtime::new().expect("runtime");
    let module = syntax::parse_module(src).expect("parse");
    let code = compiler::compile_module(&module, src, "<test>").expect("compile");
    let globals = rt.new_dict().unwrap();
    dict::dict_setitem(
        &rt,
        &globals,
        rt.intern("__builtins__").unwrap(),
        builtins(&rt).unwrap(),
    )
    .unwrap();
    dict::dict_setitem(
        &rt,
        &globals,
        rt.intern("__name__").unwrap(),
        rt.new_str("__main__").unwrap(),
    )
    .unwrap();
    let r = vm::eval::run_module_code(&rt, code, &globals);
    let error = match r {
        Ok(v) => {
            drop(v);
            None
        }
        Err(e) => {
            let o = e.into_object();
            let msg = ops::str_string(&rt, &o).unwrap_or_default();
            let text = if msg.is_empty() {
                o.type_object().name().to_string()
            } else {
                format!("{}: {msg}", o.type_object().name())
            };
            // Break the exception's own cycles (traceback objects, contexts).
            o.type_object().clear(&o);
            Some(text)
        }
    };
    // Module-level functions and their globals form a cycle.
    globals.type_object().clear(&globals);
    drop(globals);
    let report = rt.teardown();
    assert_eq!(report.leaked_blocks, 0, "leaked: {}", report.live);
    Outcome {
        stdout: OUT.with(|o| o.borrow().clone()),
        error,
    }
}

/// Whether python3 is CPython 3.11 (the oracle); `RATTLE_NO_ORACLE=1` turns it off.
pub fn have_oracle() -> bool {
    if std::env::var_os("RATTLE_NO_ORACLE").is_some() {
        return false;
    }
    Command::new("python3")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.11"))
        .unwrap_or(false)
}

/// python3's stdout for `src` (after the prelude), and its last stderr line if it failed.
pub fn python3(src: &str) -> (String, Option<String>) {
    let full = format!("{PRELUDE}{src}");
    let out = Command::new("python3")
        .arg("-c")
        .arg(&full)
        .output()
        .expect("python3");
    let err = String::from_utf8_lossy(&out.stderr);
    let last = err.lines().last().map(str::to_string);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        if out.status.success() { None } else { last },
    )
}

/// Runs `src` and compares stdout and the uncaught error with python3's.
pub fn check(src: &str) -> Outcome {
    let got = run(src);
    if have_oracle() {
        let (stdout, error) = python3(src);
        assert_eq!(
            got.stdout, stdout,
            "stdout differs (rattle error {:?}) for:\n{src}",
            got.error
        );
        assert_eq!(got.error, error, "uncaught error differs for:\n{src}");
    }
    got
}
