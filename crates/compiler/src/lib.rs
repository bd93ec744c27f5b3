//! rattle's compiler: AST in, code objects out — CPython 3.11's `Python/symtable.c`,
//! `Python/compile.c` and `Python/ast_opt.c`, in Rust.
//!
//! - [`symtable`]: the scope of every name (local, global, nonlocal, cell, free) and the
//!   errors CPython's symbol table raises.
//! - [`fold`]: constant folding with CPython's limits.
//! - [`consts`]: a code object's constant pool, equal constants shared.
//! - `codegen`: the code generator, one file per group of constructs, and `assemble`, which
//!   turns its blocks into a [`CodeObject`] (jump targets, exception table, positions,
//!   maximum stack depth).
#![forbid(unsafe_code)]

mod codegen;
pub mod consts;
pub mod fold;
pub mod repr;
pub mod symtable;

use std::rc::Rc;

use bytecode::CodeObject;
use syntax::{ast, SyntaxError};

/// A SyntaxWarning the compiler found (CPython's `compiler_warn`): the caller shows it as
/// the `warnings` module would, `file:line: SyntaxWarning: message` and the source line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub line: u32,
    pub message: String,
}

/// Compiles a parsed module. Errors are SyntaxErrors with CPython's message and location.
pub fn compile_module(
    module: &ast::Module,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, SyntaxError> {
    compile_module_with_warnings(module, source, filename).map(|(code, _)| code)
}

/// [`compile_module`], with the SyntaxWarnings found on the way, in compile order.
pub fn compile_module_with_warnings(
    module: &ast::Module,
    source: &str,
    filename: &str,
) -> Result<(Rc<CodeObject>, Vec<CompileWarning>), SyntaxError> {
    codegen::compile_module(module, source, filename, false)
}

/// Compiles one REPL input: expression statements print their value (`PRINT_EXPR`).
pub fn compile_interactive(
    module: &ast::Module,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, SyntaxError> {
    codegen::compile_module(module, source, filename, true).map(|(code, _)| code)
}
