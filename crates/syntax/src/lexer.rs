//! PLACEHOLDER lexer: only the API the parser codes against. Issue 2 replaces the body
//! (logos raw tokens + the indentation/bracket/string layer); the signature stays.

use crate::error::SyntaxError;
use crate::token::Tok;

/// What the token stream is for; decides the synthetic first token and whether
/// NEWLINE/INDENT/DEDENT are produced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A file, `-c` or stdin: starts with `Tok::StartModule`.
    Module,
    /// One expression (an f-string field, `eval`): starts with `Tok::StartExpression`;
    /// newlines are joined as inside brackets, so no NEWLINE/INDENT/DEDENT appear.
    Expression,
    /// One interactive statement (the REPL): starts with `Tok::StartInteractive`.
    Interactive,
}

/// A lexed token with its byte range in the source.
pub type Spanned = (usize, Tok, usize);

/// Tokenizes `source`. The stream starts with the mode's synthetic token (zero width at
/// offset 0) and ends with `Tok::EndOfFile`; after the first error it yields nothing more.
pub fn lex(source: &str, mode: Mode) -> impl Iterator<Item = Result<Spanned, SyntaxError>> + '_ {
    let start = match mode {
        Mode::Module => Tok::StartModule,
        Mode::Expression => Tok::StartExpression,
        Mode::Interactive => Tok::StartInteractive,
    };
    [
        Ok((0, start, 0)),
        Ok((source.len(), Tok::EndOfFile, source.len())),
    ]
    .into_iter()
}
