//! The embedding API: what a Rust program (the `rattle` binary, the testsuite, a user's own
//! snapshot tests) uses to run Python source. An [`Interpreter`] owns one [`Runtime`] with its
//! `builtins` and `sys` modules; [`Interpreter::run_source`] compiles source and runs it as
//! `__main__`, printing a SyntaxError or an uncaught exception as python3 does and returning
//! the exit status python3 would give; [`Interpreter::finish`] tears everything down and
//! reports leaked blocks. `docs/embedding.md` shows it in use.
//!
//! Interpreter shutdown follows CPython's `Py_FinalizeEx` in spirit: the `__main__` dict and
//! every module in `sys.modules` are cleared, then the remaining reference cycles among
//! tracked objects are broken (each tracked container's `tp_clear`: the stand-in for
//! CPython's final collection until the cycle collector lands), and only then is the heap
//! torn down and checked for leaks.

use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::object::ObjRef;
use crate::runtime::{Runtime, RuntimeError, TeardownReport};
use crate::stdio::StdioMode;
use crate::types::{dict, exception};
use crate::{builtins, eval, sysmodule, traceback};

/// How to set an interpreter up.
#[derive(Debug, Clone)]
pub struct Config {
    /// `sys.argv` (python3 gives `['']` when there is no program, `['-c', ...]` for `-c`).
    pub argv: Vec<String>,
    /// `sys.getrecursionlimit()` at start.
    pub recursion_limit: usize,
    /// Whether `sys.stdout`/`sys.stderr` reach the process's streams or are captured.
    pub stdio: StdioMode,
    /// Set it (e.g. from a SIGINT handler, on any thread) and the running program gets a
    /// KeyboardInterrupt at its next backward jump or call, as Ctrl-C does in python3.
    pub interrupt: Option<Arc<AtomicBool>>,
    /// `sys.path[0]`, where imports look first. `None`: python3's choice from `argv[0]`
    /// (the script's resolved folder; '' — the current directory — for `-c`, `-` or none).
    /// Set it when `argv[0]` does not lead to the script's folder from the process's
    /// current directory, as when running `x.py` by its bare name from elsewhere.
    pub sys_path0: Option<String>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            argv: vec![String::new()],
            recursion_limit: 1000,
            stdio: StdioMode::Inherit,
            interrupt: None,
            sys_path0: None,
        }
    }
}

/// The status [`Interpreter::run_source`] returns after an uncaught KeyboardInterrupt: what
/// a shell reports for python3, which re-raises SIGINT on itself (`rattle` does the same).
pub const KEYBOARD_INTERRUPT_STATUS: i32 = 130;

/// One Python interpreter: a runtime and its `builtins` and `sys` modules.
pub struct Interpreter {
    rt: Runtime,
    builtins: ObjRef,
    sys: ObjRef,
    /// The last run ended in an uncaught KeyboardInterrupt.
    interrupted: bool,
}

/// What a captured run produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutput {
    /// The exit status python3 would give.
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
    /// Blocks still live after teardown (0 when nothing leaked).
    pub leaked_blocks: usize,
}

impl Interpreter {
    /// A fresh interpreter on this thread (one per thread: [`RuntimeError::AlreadyLive`]).
    pub fn new(config: Config) -> Result<Interpreter, RuntimeError> {
        let rt = Runtime::new()?;
        rt.set_stdio_mode(config.stdio);
        rt.set_recursion_limit(config.recursion_limit.max(1));
        if let Some(flag) = config.interrupt {
            rt.set_interrupt_flag(flag);
        }
        let modules = builtins::new_builtins_module(&rt).and_then(|b| {
            let sys = sysmodule::new_sys_module(&rt, &config.argv)?;
            if let Some(p) = &config.sys_path0 {
                set_path0(&rt, p)?;
            }
            Ok((sys, b))
        });
        match modules {
            Ok((sys, builtins)) => Ok(Interpreter {
                rt,
                builtins,
                sys,
                interrupted: false,
            }),
            Err(_) => Err(RuntimeError::NoMemory),
        }
    }

    /// The runtime, for embedders that want to look at the heap (statistics, live blocks).
    pub fn runtime(&self) -> &Runtime {
        &self.rt
    }

    /// Compiles `source` and runs it as `__main__` under `filename` (which tracebacks show
    /// and whose lines they quote). Returns python3's exit status: 0, 1 after a SyntaxError
    /// or an uncaught exception (printed to stderr), or the code of a `SystemExit`.
    pub fn run_source(&mut self, source: &str, filename: &str) -> i32 {
        self.interrupted = false;
        let rt = &self.rt;
        let code = match syntax::parse_module(source)
            .and_then(|module| compiler::compile_module_with_warnings(&module, source, filename))
        {
            Ok((code, warnings)) => {
                show_compile_warnings(rt, filename, source, &warnings);
                code
            }
            Err(err) => {
                let _ = rt.write_stderr(&err.render(filename, source));
                rt.flush_stdio();
                return 1;
            }
        };
        // python3 quotes no lines for pseudo-files (`<string>` of -c, `<stdin>`).
        if !is_pseudo_file(filename) {
            rt.linecache_register(filename, Rc::from(source));
        }
        let status = match self.main_globals(filename) {
            Ok(globals) => {
                let result = eval::run_module_code(rt, code, &globals);
                drop(globals);
                match result {
                    Ok(_) => 0,
                    Err(err) => self.uncaught(err),
                }
            }
            Err(err) => self.uncaught(err),
        };
        self.rt.flush_stdio();
        status
    }

    /// Whether the last [`Interpreter::run_source`] ended in an uncaught KeyboardInterrupt
    /// (python3 then re-raises SIGINT on its own process; the `rattle` binary does too).
    pub fn interrupted(&self) -> bool {
        self.interrupted
    }

    /// What the program has written to `sys.stdout` and `sys.stderr` since the last call,
    /// in capture mode (empty strings otherwise).
    pub fn take_output(&mut self) -> (String, String) {
        self.rt.take_captured()
    }

    /// Shuts the interpreter down (module dicts cleared, cycles broken) and tears the heap
    /// down; the report counts blocks that are still live, which is a leak.
    pub fn finish(self) -> TeardownReport {
        let Interpreter {
            rt, builtins, sys, ..
        } = self;
        rt.flush_stdio();
        clear_modules(&rt, &sys);
        drop(builtins);
        drop(sys);
        break_cycles(&rt);
        rt.teardown()
    }

    /// The `__main__` module's dict, as python3 sets it up for a script, registered in
    /// `sys.modules`.
    fn main_globals(&self, filename: &str) -> PyResult<ObjRef> {
        let rt = &self.rt;
        let main = rt.new_module("__main__")?;
        let globals = crate::types::module::payload(&main)
            .and_then(|m| m.dict())
            .ok_or_else(|| rt.new_err(ExcKind::SystemError, "__main__ has no dict"))?;
        let set = |k: &str, v: ObjRef| -> PyResult<()> {
            drop(dict::dict_setitem(rt, &globals, rt.intern(k)?, v)?);
            Ok(())
        };
        set("__doc__", rt.none().clone())?;
        set("__package__", rt.none().clone())?;
        // python3's is a SourceFileLoader (a BuiltinImporter for -c); rattle has no loader
        // objects, but `dir()` lists the name as python3's does.
        set("__loader__", rt.none().clone())?;
        set("__spec__", rt.none().clone())?;
        set("__annotations__", rt.new_dict()?)?;
        set("__builtins__", self.builtins.clone())?;
        // python3: a script has __file__ and __cached__, stdin has __file__ '<stdin>', -c none.
        if filename != "<string>" {
            set("__file__", rt.new_str(filename)?)?;
        }
        if !is_pseudo_file(filename) {
            set("__cached__", rt.none().clone())?;
        }
        if let Some(modules) = rt.sys_modules() {
            drop(dict::dict_setitem(
                rt,
                &modules,
                rt.intern("__main__")?,
                main,
            )?);
        }
        Ok(globals)
    }

    /// Prints an uncaught exception as python3 does and returns the exit status;
    /// `SystemExit` is not an error: its code is the status (`None` 0, an int itself,
    /// anything else printed to stderr and 1).
    fn uncaught(&mut self, err: PyErr) -> i32 {
        let rt = &self.rt;
        if err.matches(rt, ExcKind::SystemExit) {
            return self.system_exit_status(err.object());
        }
        let interrupted = err.matches(rt, ExcKind::KeyboardInterrupt);
        self.interrupted = interrupted;
        let text = traceback::format_exception(rt, err.object());
        // Output written before the error reaches the terminal first, as python3's exit does.
        rt.flush_stdio();
        let _ = rt.write_stderr(&text);
        // python3 then kills itself with SIGINT, which a shell reports as 128 + 2.
        if interrupted {
            KEYBOARD_INTERRUPT_STATUS
        } else {
            1
        }
    }

    /// `handle_system_exit` in CPython's `pythonrun.c`.
    fn system_exit_status(&self, exc: &ObjRef) -> i32 {
        let rt = &self.rt;
        let code = match rt
            .intern("code")
            .map_err(PyErr::from)
            .and_then(|name| crate::ops::get_attr(rt, exc, &name))
        {
            Ok(code) => code,
            Err(_) => return 1,
        };
        if code.is(rt.none()) {
            return 0;
        }
        if let Some(v) = crate::types::int::as_i64(&code) {
            // The process exit status keeps the low 8 bits, as C's exit() does:
            // sys.exit(256) is 0 and sys.exit(-1) is 255, as python3's status.
            return (v & 0xff) as i32;
        }
        let text = match crate::ops::str_string(rt, &code) {
            Ok(s) => s,
            Err(_) => exception::message_for_debug(&code),
        };
        rt.flush_stdio();
        let _ = rt.write_stderr(&format!("{text}\n"));
        1
    }
}

/// `sys.path[0] = path0`.
fn set_path0(rt: &Runtime, path0: &str) -> PyResult<()> {
    if let Some(path) = builtins::sys_attr(rt, "path")? {
        let zero = rt.new_int(0)?;
        crate::ops::set_item(rt, &path, &zero, rt.new_str(path0)?)?;
    }
    Ok(())
}

/// `<string>`, `<stdin>`: source that is not a file.
/// Prints the compiler's SyntaxWarnings as the `warnings` module shows them under
/// python3's default filters (every one, as the compiler warns without a registry): the
/// location, the category and message, then the source line stripped (none for
/// pseudo-files, whose lines linecache cannot read).
fn show_compile_warnings(
    rt: &Runtime,
    filename: &str,
    source: &str,
    warnings: &[compiler::CompileWarning],
) {
    for w in warnings {
        let mut text = format!("{filename}:{}: SyntaxWarning: {}\n", w.line, w.message);
        let line = source.lines().nth((w.line as usize).saturating_sub(1));
        if let Some(line) = line.filter(|_| !is_pseudo_file(filename)) {
            text.push_str(&format!("  {}\n", line.trim()));
        }
        let _ = rt.write_stderr(&text);
    }
}

fn is_pseudo_file(filename: &str) -> bool {
    filename.starts_with('<') && filename.ends_with('>')
}

/// Clears `__main__` and every module's dict (module dicts and the functions in them form
/// cycles: a function's `__globals__` is the dict that holds it).
fn clear_modules(rt: &Runtime, sys: &ObjRef) {
    let Some(modules) = rt.sys_modules() else {
        let _ = sys;
        return;
    };
    let mut module_objs = Vec::new();
    if let Some(d) = dict::payload(&modules) {
        for (_, v) in d.items() {
            module_objs.push(v);
        }
    }
    for m in &module_objs {
        if let Some(d) = crate::types::module::payload(m).and_then(|p| p.dict()) {
            d.type_object().clear(&d);
        }
    }
    drop(module_objs);
    modules.type_object().clear(&modules);
}

/// Breaks every reference cycle left among tracked objects by clearing each one (its
/// `tp_clear`), youngest generation first. Everything is about to die, so clearing objects
/// that are not garbage changes nothing observable.
fn break_cycles(rt: &Runtime) {
    rt.drain_finalizers(&mut |_| {});
    for generation in 0..crate::NUM_GENERATIONS {
        let objs = rt.gc_generation_objects(generation);
        for obj in &objs {
            obj.type_object().clear(obj);
        }
        drop(objs);
    }
    rt.drain_finalizers(&mut |_| {});
}

/// Runs `source` under `filename` in a fresh interpreter with captured output, and tears
/// it down: the one-call form for tests. Must be called on a thread without a live runtime.
pub fn run_captured(source: &str, filename: &str, argv: Vec<String>) -> RunOutput {
    run_captured_with(
        source,
        filename,
        Config {
            argv,
            ..Config::default()
        },
    )
}

/// [`run_captured`] with a whole [`Config`] (e.g. `sys_path0`, so that a script run by
/// its bare name imports the modules beside it); its `stdio` is always captured.
pub fn run_captured_with(source: &str, filename: &str, config: Config) -> RunOutput {
    let config = Config {
        stdio: StdioMode::Capture,
        ..config
    };
    let mut interp = match Interpreter::new(config) {
        Ok(interp) => interp,
        Err(err) => {
            return RunOutput {
                status: 1,
                stdout: String::new(),
                stderr: format!("rattle: {err}\n"),
                leaked_blocks: 0,
            }
        }
    };
    let status = interp.run_source(source, filename);
    let (stdout, stderr) = interp.take_output();
    let report = interp.finish();
    RunOutput {
        status,
        stdout,
        stderr,
        leaked_blocks: report.leaked_blocks,
    }
}
