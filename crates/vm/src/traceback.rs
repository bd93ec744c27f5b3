//! Tracebacks as text: CPython 3.11's C-level printing of an uncaught exception
//! (`Python/pythonrun.c` `print_exception_recursive`, `Python/traceback.c`
//! `tb_printinternal`, `tb_displayline`). The traceback objects themselves are in
//! `types/traceback.rs`; [`traceback_here`] (`PyTraceBack_Here`) is re-exported here as
//! the eval loop's entry point.

pub use crate::types::traceback::traceback_here;
