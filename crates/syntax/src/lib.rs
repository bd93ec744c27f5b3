//! rattle's syntax front end: source text in, AST (or a CPython-style SyntaxError) out.
//!
//! The pipeline is `lexer` (logos for raw tokens, a hand-written layer for
//! NEWLINE/INDENT/DEDENT, brackets and string literals) feeding the LR parser that lalrpop
//! generates from `grammar/python.lalrpop`. Every position is a byte offset into the source;
//! line and column numbers are computed from offsets only where they are shown.
#![forbid(unsafe_code)]

pub mod error;
pub mod lexer;
pub mod token;

pub use error::{ErrorDisplay, SyntaxError, SyntaxErrorKind};

#[allow(clippy::all, unused)]
mod python {
    include!(concat!(env!("OUT_DIR"), "/python.rs"));
}
