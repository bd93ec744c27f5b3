//! rattle's syntax front end: source text in, AST (or a CPython-style SyntaxError) out.
//!
//! The pipeline is `lexer` (logos for raw tokens, a hand-written layer for
//! NEWLINE/INDENT/DEDENT, brackets and string literals) feeding the LR parser that lalrpop
//! generates from `grammar/python.lalrpop` (glue in `parser`), then `validate`. `dump`
//! prints the AST exactly as python3's `ast.dump` does. Every position is a byte offset
//! into the source; line and column numbers are computed from offsets only where shown.
#![forbid(unsafe_code)]

pub mod ast;
pub mod dump;
pub mod error;
mod fstring;
pub mod lexer;
pub mod parser;
pub mod pyrepr;
pub mod token;
pub mod validate;

pub use dump::{dump_expression, dump_module};
pub use error::{ErrorDisplay, SyntaxError, SyntaxErrorKind};
pub use lexer::decode_source;
pub use parser::{parse_expression, parse_interactive, parse_module};

#[allow(clippy::all, unused)]
mod python {
    include!(concat!(env!("OUT_DIR"), "/python.rs"));
}
