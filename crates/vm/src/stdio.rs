//! The interpreter's standard streams: where everything Python writes to `sys.stdout` and
//! `sys.stderr` goes (`print`, the stream objects' `write`, tracebacks), in one of two modes:
//!
//! - [`StdioMode::Inherit`]: the process's own stdout/stderr. stdout is buffered as
//!   CPython's `sys.stdout` is: line-buffered on a terminal, block-buffered (8 KiB,
//!   `io.DEFAULT_BUFFER_SIZE`) otherwise, so a print-heavy program makes one `write(2)` per
//!   block rather than one per line. stderr is written through at each write (CPython's
//!   stderr is line-buffered and tracebacks end in newlines; writing through keeps its
//!   order with respect to other processes the same). A write error (a closed pipe, as in
//!   `rattle x.py | head -1`) raises BrokenPipeError once, as CPython's flush does; the
//!   stream then drops further output instead of failing every print.
//! - [`StdioMode::Capture`]: both streams collect into strings that the embedding API takes
//!   out with [`Runtime::take_captured`] (tests snapshot them).
//!
//! The state lives in the runtime (`State::stdio`); the stream objects `sys.stdout` & co.
//! are `types/textio.rs`.

use std::cell::{Cell, RefCell};
use std::io::{IsTerminal, Write};

use crate::errors::{ExcKind, PyResult};
use crate::runtime::Runtime;

/// Where the interpreter's stdout and stderr go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StdioMode {
    /// The process's stdout/stderr (stdout buffered as CPython's).
    #[default]
    Inherit,
    /// Collected in memory; see [`Runtime::take_captured`].
    Capture,
}

/// `io.DEFAULT_BUFFER_SIZE`: the block size of a non-terminal stdout.
const BLOCK_SIZE: usize = 8192;

/// The runtime's stream state.
pub(crate) struct Stdio {
    mode: Cell<StdioMode>,
    /// Inherit: pending stdout bytes. Capture: all captured stdout.
    out: RefCell<String>,
    /// Capture only: all captured stderr.
    err: RefCell<String>,
    /// Whether the process's stdout is a terminal (decided once, as CPython's at start-up).
    out_tty: bool,
    /// A write to the process's stdout failed: further output is dropped.
    out_broken: Cell<bool>,
    err_broken: Cell<bool>,
}

impl Stdio {
    pub(crate) fn new() -> Stdio {
        Stdio {
            mode: Cell::new(StdioMode::Inherit),
            out: RefCell::new(String::new()),
            err: RefCell::new(String::new()),
            out_tty: std::io::stdout().is_terminal(),
            out_broken: Cell::new(false),
            err_broken: Cell::new(false),
        }
    }

    /// Writes the pending stdout bytes to the process's stdout. Err if the write failed
    /// (the first time only).
    fn flush_out(&self) -> std::io::Result<()> {
        let pending = std::mem::take(&mut *self.out.borrow_mut());
        if pending.is_empty() || self.out_broken.get() {
            return Ok(());
        }
        let mut out = std::io::stdout().lock();
        let r = out.write_all(pending.as_bytes()).and_then(|()| out.flush());
        if r.is_err() {
            self.out_broken.set(true);
        }
        r
    }
}

impl Drop for Stdio {
    fn drop(&mut self) {
        if self.mode.get() == StdioMode::Inherit {
            let _ = self.flush_out();
        }
    }
}

fn broken_pipe(rt: &Runtime, e: &std::io::Error) -> crate::errors::PyErr {
    let kind = if e.kind() == std::io::ErrorKind::BrokenPipe {
        ExcKind::BrokenPipeError
    } else {
        ExcKind::OSError
    };
    let text = match e.raw_os_error() {
        Some(code) => {
            let full = e.to_string();
            // Rust renders "Broken pipe (os error 32)"; CPython "[Errno 32] Broken pipe".
            let msg = full
                .strip_suffix(&format!(" (os error {code})"))
                .unwrap_or(&full)
                .to_string();
            format!("[Errno {code}] {msg}")
        }
        None => e.to_string(),
    };
    rt.new_err(kind, text)
}

impl Runtime {
    fn stdio(&self) -> &Stdio {
        &self.state().stdio
    }

    /// Selects where stdout/stderr go (flushing pending output when leaving Inherit).
    pub fn set_stdio_mode(&self, mode: StdioMode) {
        let io = self.stdio();
        if io.mode.get() == StdioMode::Inherit && mode != StdioMode::Inherit {
            let _ = io.flush_out();
        }
        io.mode.set(mode);
    }

    /// The current stdio mode.
    pub fn stdio_mode(&self) -> StdioMode {
        self.stdio().mode.get()
    }

    /// Writes `s` to the interpreter's stdout (`sys.stdout.write`).
    pub fn write_stdout(&self, s: &str) -> PyResult<()> {
        let io = self.stdio();
        if io.mode.get() == StdioMode::Capture {
            io.out.borrow_mut().push_str(s);
            return Ok(());
        }
        if io.out_broken.get() {
            return Ok(());
        }
        let flush = {
            let mut out = io.out.borrow_mut();
            out.push_str(s);
            out.len() >= BLOCK_SIZE || (io.out_tty && s.contains('\n'))
        };
        if flush {
            io.flush_out().map_err(|e| broken_pipe(self, &e))?;
        }
        Ok(())
    }

    /// Writes `s` to the interpreter's stderr, written through in Inherit mode.
    pub fn write_stderr(&self, s: &str) -> PyResult<()> {
        let io = self.stdio();
        if io.mode.get() == StdioMode::Capture {
            io.err.borrow_mut().push_str(s);
            return Ok(());
        }
        if io.err_broken.get() {
            return Ok(());
        }
        let mut err = std::io::stderr().lock();
        if let Err(e) = err.write_all(s.as_bytes()).and_then(|()| err.flush()) {
            io.err_broken.set(true);
            return Err(broken_pipe(self, &e));
        }
        Ok(())
    }

    /// `sys.stdout.flush()`: writes pending stdout (Inherit); errors are dropped here (the
    /// embedding API calls this at exit, where CPython too only reports them).
    pub fn flush_stdio(&self) {
        if self.stdio().mode.get() == StdioMode::Capture {
            return;
        }
        let _ = self.stdio().flush_out();
    }

    /// `sys.stdout.flush()` from Python: as [`Runtime::flush_stdio`] but raising the error.
    pub fn flush_stdout(&self) -> PyResult<()> {
        if self.stdio().mode.get() == StdioMode::Capture {
            return Ok(());
        }
        self.stdio().flush_out().map_err(|e| broken_pipe(self, &e))
    }

    /// The captured (stdout, stderr), emptying the buffers (Capture mode; in Inherit mode
    /// both are empty).
    pub fn take_captured(&self) -> (String, String) {
        let io = self.stdio();
        if io.mode.get() != StdioMode::Capture {
            return (String::new(), String::new());
        }
        (
            std::mem::take(&mut *io.out.borrow_mut()),
            std::mem::take(&mut *io.err.borrow_mut()),
        )
    }

    /// One line from the process's stdin with its newline (if any), `None` at end of file
    /// (`input()`, `sys.stdin.readline()`); pending stdout is flushed first, as CPython's
    /// `input()` does.
    pub fn read_stdin_line(&self) -> PyResult<Option<String>> {
        self.flush_stdout()?;
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(line)),
            Err(e) => Err(broken_pipe(self, &e)),
        }
    }
}
