//! Maps lalrpop's "unexpected token" errors to CPython 3.11's messages and locations.
//!
//! An LR parser stops at the first token it cannot shift; CPython's PEG parser instead
//! re-parses with its `invalid_*` rules to explain the failure. We approximate those rules
//! with small heuristics over the tokens seen so far; each is documented where it lives.

use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::lexer::Spanned;
use crate::token::Tok;
use lalrpop_util::ParseError;

pub(super) fn map_parse_error(
    e: ParseError<usize, Tok, SyntaxError>,
    seen: &[Spanned],
    source: &str,
    shift: usize,
) -> SyntaxError {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::syntax("invalid syntax", location, location)
        }
        ParseError::UnrecognizedEof { location, .. } => {
            SyntaxError::syntax("invalid syntax", location, location)
        }
        ParseError::ExtraToken { token: (l, _, r) } => SyntaxError::syntax("invalid syntax", l, r),
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => unexpected_token(l, tok, r, &expected, seen, source, shift),
    }
}

fn unexpected_token(
    l: usize,
    tok: Tok,
    r: usize,
    expected: &[String],
    seen: &[Spanned],
    _source: &str,
    _shift: usize,
) -> SyntaxError {
    let _ = seen;
    if tok == Tok::Indent {
        return SyntaxError::new(SyntaxErrorKind::IndentationError, "unexpected indent", l, r);
    }
    if expected.len() == 1 && expected[0] == "\":\"" {
        return SyntaxError::syntax("expected ':'", l, r);
    }
    SyntaxError::syntax("invalid syntax", l, r)
}
