//! Loading a program's text: from a file, `-c` or stdin, with python3's messages when a
//! file cannot be opened, and decoding/parsing that reports SyntaxErrors as python3 does.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::args::Program;

/// A program's decoded text and the file name tracebacks show for it.
pub struct Loaded {
    pub filename: String,
    pub text: String,
}

/// Reads the program. On failure prints python3's message (`rattle: can't open file
/// '/abs/x.py': [Errno 2] No such file or directory`) and fails with exit status 2; a file
/// that cannot be decoded is a SyntaxError (status 1).
pub fn load(program: &Program) -> Result<Loaded, ExitCode> {
    let (filename, bytes) = match program {
        Program::Command { code, .. } => ("<string>".to_owned(), code.clone().into_bytes()),
        Program::Stdin { .. } => {
            let mut bytes = Vec::new();
            if let Err(err) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("rattle: can't read <stdin>: {err}");
                return Err(ExitCode::from(2));
            }
            ("<stdin>".to_owned(), bytes)
        }
        Program::File { path, .. } => {
            // python3 names the script by its absolute path (cwd joined, not normalized).
            let absolute = std::env::current_dir()
                .map(|cwd| cwd.join(path))
                .unwrap_or_else(|_| PathBuf::from(path));
            let shown = absolute.to_string_lossy().into_owned();
            if absolute.is_dir() {
                eprintln!("rattle: can't find '__main__' module in '{shown}'");
                return Err(ExitCode::from(1));
            }
            match std::fs::read(&absolute) {
                Ok(bytes) => (shown, bytes),
                Err(err) => {
                    eprintln!("rattle: can't open file '{shown}': {}", errno_text(&err));
                    return Err(ExitCode::from(2));
                }
            }
        }
    };
    match syntax::decode_source(&bytes, &filename) {
        Ok(text) => Ok(Loaded { filename, text }),
        Err(err) => {
            report(&err, &filename, &String::from_utf8_lossy(&bytes));
            Err(ExitCode::from(1))
        }
    }
}

impl Loaded {
    /// Parses the program as a module; a SyntaxError is printed and becomes exit status 1.
    pub fn parse(&self) -> Result<syntax::ast::Module, ExitCode> {
        syntax::parse_module(&self.text).map_err(|err| {
            report(&err, &self.filename, &self.text);
            ExitCode::from(1)
        })
    }
}

impl Loaded {
    /// Parses and compiles the program; errors are printed as python3 prints them.
    pub fn compile(&self) -> Result<std::rc::Rc<bytecode::CodeObject>, ExitCode> {
        let module = self.parse()?;
        compiler::compile_module(&module, &self.text, &self.filename).map_err(|err| {
            report(&err, &self.filename, &self.text);
            ExitCode::from(1)
        })
    }
}

fn report(err: &syntax::SyntaxError, filename: &str, text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(err.render(filename, text).as_bytes());
}

/// `[Errno 2] No such file or directory`, as Python formats an OSError.
fn errno_text(err: &std::io::Error) -> String {
    match err.raw_os_error() {
        Some(code) => {
            let text = err.to_string();
            // std appends " (os error N)"; Python shows "[Errno N] text".
            let message = text.split(" (os error").next().unwrap_or(&text);
            format!("[Errno {code}] {message}")
        }
        None => err.to_string(),
    }
}
