//! The `rattle` command. Arguments follow python3's shape —
//! `rattle [option] ... [-c cmd | file | -] [arg] ...` — so that scripts see the `sys.argv`
//! python3 would give them and exit statuses match (2 for usage errors).

mod args;
mod source;

use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use args::{Action, Program};

fn main() -> ExitCode {
    let action = match args::parse(std::env::args_os().skip(1)) {
        Ok(action) => action,
        Err(err) => {
            // clap prints --help/--version to stdout (exit 0) and usage errors to stderr (2).
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    match action {
        Action::DumpAst(program) => dump_ast(&program),
        Action::Disassemble(program) => disassemble(&program),
        Action::Run(program) => run(&program),
        Action::Repl => {
            eprintln!("rattle: the interactive REPL is not implemented yet");
            ExitCode::from(2)
        }
    }
}

/// `rattle --ast`: print the AST as python3's `ast.dump(tree, indent=2, include_attributes=True)`.
fn dump_ast(program: &Program) -> ExitCode {
    let loaded = match source::load(program) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    match loaded.parse() {
        Ok(module) => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(syntax::dump_module(&module, &loaded.text).as_bytes());
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

/// `rattle --dis`: compile the program and print its bytecode in python3's `dis` layout,
/// nested code objects after their parent.
fn disassemble(program: &Program) -> ExitCode {
    let loaded = match source::load(program) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let code = match loaded.compile() {
        Ok(code) => code,
        Err(code) => return code,
    };
    let text = bytecode::dis::disassemble(&code, &compiler::repr::constant_repr);
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    ExitCode::SUCCESS
}

/// Runs the program as python3 would and exits with its status. The interpreter runs on
/// a thread with a large stack: Python-to-Python calls never recurse in Rust, but builtins
/// that call back into Python (and repr of deeply nested data) do, and the recursion limit
/// must be what stops them, not the native stack.
fn run(program: &Program) -> ExitCode {
    let loaded = match source::load(program) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let argv = program.argv().to_vec();
    // Ctrl-C sets the flag; the eval loop turns it into a KeyboardInterrupt.
    let interrupt = Arc::new(AtomicBool::new(false));
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&interrupt));
    let worker = std::thread::Builder::new()
        .name("rattle-main".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || {
            let config = vm::Config {
                argv,
                interrupt: Some(interrupt),
                ..vm::Config::default()
            };
            let mut interp = match vm::Interpreter::new(config) {
                Ok(interp) => interp,
                Err(err) => {
                    eprintln!("rattle: {err}");
                    return (1, false);
                }
            };
            let status = interp.run_source(&loaded.text, &loaded.filename);
            let interrupted = interp.interrupted();
            drop(interp.finish());
            (status, interrupted)
        });
    match worker.map(|w| w.join()) {
        // Exit statuses are 8 bits, as C's exit() keeps them.
        Ok(Ok((status, true))) => {
            // As python3: die of SIGINT, so the shell sees the interrupt (status 130 if
            // the default action cannot be emulated).
            let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
            ExitCode::from(status as u8)
        }
        Ok(Ok((status, false))) => ExitCode::from(status as u8),
        _ => {
            eprintln!("rattle: internal error: the interpreter thread failed");
            ExitCode::from(70)
        }
    }
}

/// Virtual size of the interpreter thread's stack (pages are committed only when used).
const INTERPRETER_STACK: usize = 1 << 30;
