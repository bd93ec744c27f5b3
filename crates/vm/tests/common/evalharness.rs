//! Runs Python source through the compiler and the eval loop with the builtins module and
//! a few test helpers (`tname`, `apply`, `getrefcount`, `setrecursionlimit`, defined by a
//! prelude), and compares the output with python3's when python3 is CPython 3.11.

#![allow(dead_code)]

use std::process::Command;

use vm::types::dict;
use vm::{ops, ObjRef, PyResult, Runtime, StdioMode};

/// `apply(f, *args)`: calls `f` from Rust (a nested eval loop for a Python function).
fn apply(
    rt: &Runtime,
    _: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    ops::call(rt, &args[0], &args[1..], kwnames)
}

/// `tname(x)`: `type(x).__name__`.
fn tname(
    rt: &Runtime,
    _: Option<&ObjRef>,
    args: &[ObjRef],
    _: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    Ok(rt.new_str(args[0].type_object().name())?)
}

/// Test helpers, defined in Python for both interpreters (rattle's `apply` is a Rust
/// builtin instead, so that it nests a Rust-level loop).
const COMMON_PRELUDE: &str = "\
import sys
getrefcount = sys.getrefcount
setrecursionlimit = sys.setrecursionlimit
";

/// python3's prelude.
pub fn python_prelude() -> String {
    format!(
        "{COMMON_PRELUDE}def apply(f, *a, **k): return f(*a, **k)\ndef tname(x): return type(x).__name__\n"
    )
}

/// What a run printed, and the uncaught exception as `Type: message`.
pub struct Outcome {
    pub stdout: String,
    pub error: Option<String>,
}

/// Runs `src` (after the prelude) in a fresh runtime with the real builtins and captured
/// stdio, and checks teardown leaks nothing.
pub fn run(src: &str) -> Outcome {
    let rt = Runtime::new().expect("runtime");
    rt.set_stdio_mode(StdioMode::Capture);
    let full = format!("{COMMON_PRELUDE}{src}");
    let module = syntax::parse_module(&full).expect("parse");
    let code = compiler::compile_module(&module, &full, "<test>").expect("compile");
    let sys = vm::new_sys_module(&rt, &[String::new()]).unwrap();
    let b = vm::new_builtins_module(&rt).unwrap();
    let globals = rt.new_dict().unwrap();
    let set = |k: &str, v: ObjRef| {
        dict::dict_setitem(&rt, &globals, rt.intern(k).unwrap(), v).unwrap();
    };
    set("__builtins__", b);
    set("__name__", rt.new_str("__main__").unwrap());
    set("apply", rt.new_builtin_fn("apply", apply, None).unwrap());
    set("tname", rt.new_builtin_fn("tname", tname, None).unwrap());
    drop(sys);
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
    let (stdout, _stderr) = rt.take_captured();
    // Module-level functions and their globals form a cycle.
    globals.type_object().clear(&globals);
    drop(globals);
    let report = rt.teardown();
    assert_eq!(report.leaked_blocks, 0, "leaked: {}", report.live);
    Outcome { stdout, error }
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
    let full = format!("{}{src}", python_prelude());
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
