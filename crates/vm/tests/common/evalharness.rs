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

/// Runs `src` (after the prelude) through the embedding API with the test helpers added to
/// the builtins, captured stdio, and checks the interpreter's shutdown leaks nothing.
pub fn run(src: &str) -> Outcome {
    let config = vm::Config {
        argv: vec![String::new()],
        stdio: StdioMode::Capture,
        ..vm::Config::default()
    };
    let mut interp = vm::Interpreter::new(config).expect("interpreter");
    {
        let rt = interp.runtime();
        let b = rt.builtins_module().expect("builtins module");
        let d = vm::types::module::payload(&b)
            .and_then(|m| m.dict())
            .expect("dict");
        for (name, f) in [
            ("apply", apply as vm::types::builtin_fn::BuiltinFn),
            ("tname", tname),
        ] {
            dict::dict_setitem(
                rt,
                &d,
                rt.intern(name).unwrap(),
                rt.new_builtin_fn(name, f, None).unwrap(),
            )
            .unwrap();
        }
    }
    let full = format!("{COMMON_PRELUDE}{src}");
    let status = interp.run_source(&full, "<test>");
    let (stdout, stderr) = interp.take_output();
    let report = interp.finish();
    assert_eq!(report.leaked_blocks, 0, "leaked: {}", report.live);
    let error = if status == 0 {
        None
    } else {
        stderr.lines().last().map(str::to_string)
    };
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
