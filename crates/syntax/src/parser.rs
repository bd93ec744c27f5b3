//! The glue between lexer and generated parser: the public entry points, the token
//! adapter (which records tokens for error messages and reads `with ( ... ):` as CPython
//! does), the nesting limits, and the mapping of lalrpop's errors to CPython's messages
//! (`parser/errors.rs`).

mod errors;

use crate::ast::build::Top;
use crate::ast::{Expr, Module};
use crate::error::SyntaxError;
use crate::lexer::{lex, Mode, Spanned};
use crate::token::Tok;
use std::collections::VecDeque;

/// Parses a whole file (`exec` mode).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    match parse(source, Mode::Module, 0)? {
        Top::Module(body) => {
            let module = Module { body };
            crate::validate::check_module(&module)?;
            Ok(module)
        }
        _ => Err(SyntaxError::syntax("invalid syntax", 0, 0)),
    }
}

/// Parses one expression (`eval` mode).
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    match parse(source, Mode::Expression, 0)? {
        Top::Expression(e) => {
            crate::validate::check_expr(&e)?;
            Ok(e)
        }
        _ => Err(SyntaxError::syntax("invalid syntax", 0, 0)),
    }
}

/// Parses one interactive statement (the REPL's `single` mode).
pub fn parse_interactive(source: &str) -> Result<Module, SyntaxError> {
    match parse(source, Mode::Interactive, 0)? {
        Top::Interactive(body) => {
            let module = Module { body };
            crate::validate::check_module(&module)?;
            Ok(module)
        }
        _ => Err(SyntaxError::syntax("invalid syntax", 0, 0)),
    }
}

/// Parses an f-string field's expression `text`, which starts at byte `offset` of the
/// file; the resulting spans are positions in the file.
pub(crate) fn parse_fstring_field(text: &str, offset: usize) -> Result<Expr, SyntaxError> {
    match parse(text, Mode::Expression, offset) {
        Ok(Top::Expression(mut e)) => {
            // CPython 3.11 parses a field as `(text)`, so a bare tuple's span takes in
            // the parentheses it imagines: one byte before and after the text.
            if let crate::ast::ExprKind::Tuple { elts, .. } = &e.kind {
                if elts.first().map(|x| x.range.start) == Some(e.range.start) {
                    e.range =
                        crate::ast::Range::new(offset.saturating_sub(1), offset + text.len() + 1);
                }
            }
            Ok(e)
        }
        Ok(_) => Err(SyntaxError::syntax(
            "f-string: invalid syntax",
            offset,
            offset,
        )),
        Err(mut e) => {
            if !e.msg.starts_with("f-string: ") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(e)
        }
    }
}

/// Runs lexer and parser over `source`; every position is shifted by `shift` (non-zero
/// for f-string fields, whose text is a slice of the file).
fn parse(source: &str, mode: Mode, shift: usize) -> Result<Top, SyntaxError> {
    let mut tokens = TokenStream::new(source, mode, shift);
    let result = crate::python::TopParser::new().parse(&mut tokens);
    let e = match result {
        Ok(top) => return Ok(top),
        Err(lalrpop_util::ParseError::User { error }) if tokens.lexer_failed => return Err(error),
        Err(e) => e,
    };
    let received = tokens.seen.len();
    // The rest of the failing logical line, for the error heuristics.
    let mut rest = Vec::new();
    let mut later_lexer_error = None;
    for t in tokens.by_ref() {
        match t {
            Ok(t) => {
                if rest
                    .last()
                    .is_some_and(|x: &Spanned| matches!(x.1, Tok::Newline | Tok::EndOfFile))
                {
                    continue;
                }
                rest.push(t);
            }
            Err(e) => {
                later_lexer_error = Some(e);
                break;
            }
        }
    }
    // `seen` also holds what we just drained; keep only what the parser received.
    let seen = std::mem::take(&mut tokens.seen);
    let error = errors::map_parse_error(e, &seen[..received], &rest, source, shift);
    // Like CPython, a tokenizer error later in the file wins over a parser error; an
    // unclosed bracket only when it opened on an earlier line than the parser error.
    match later_lexer_error {
        Some(lex) if lex.msg.ends_with("was never closed") => {
            let line = |o: usize| {
                source[..o.saturating_sub(shift).min(source.len())]
                    .matches('\n')
                    .count()
            };
            if line(lex.start) < line(error.start) {
                Err(lex)
            } else {
                Err(error)
            }
        }
        Some(lex) => Err(lex),
        None => Err(error),
    }
}

/// The lexer's tokens as the parser pulls them, with two adjustments and a record.
struct TokenStream<'a> {
    lexer: Box<dyn Iterator<Item = Result<Spanned, SyntaxError>> + 'a>,
    /// Tokens read ahead (for `with (`) but not yet handed to the parser.
    ahead: VecDeque<Result<Spanned, SyntaxError>>,
    /// Every token handed to the parser, in order: the error mapping looks back at them.
    seen: Vec<Spanned>,
    shift: usize,
    /// The lexer reported an error (it yields nothing after one).
    lexer_failed: bool,
}

impl<'a> TokenStream<'a> {
    fn new(source: &'a str, mode: Mode, shift: usize) -> Self {
        TokenStream {
            lexer: Box::new(lex(source, mode)),
            ahead: VecDeque::new(),
            seen: Vec::new(),
            shift,
            lexer_failed: false,
        }
    }

    fn pull(&mut self) -> Option<Result<Spanned, SyntaxError>> {
        if let Some(t) = self.ahead.pop_front() {
            return Some(t);
        }
        let shift = self.shift;
        self.lexer.next().map(|r| match r {
            Ok((l, t, r)) => Ok((l + shift, shift_token(t, shift), r + shift)),
            Err(mut e) => {
                e.start += shift;
                e.end += shift;
                Err(e)
            }
        })
    }

    /// After `with`: if the next token is `(` and its matching `)` is followed by `:`,
    /// drop both parentheses (CPython's parenthesized with-item list).
    fn drop_with_parens(&mut self) {
        let first = match self.pull() {
            Some(t) => t,
            None => return,
        };
        if !matches!(first, Ok((_, Tok::Lpar, _))) {
            self.ahead.push_front(first);
            return;
        }
        let mut buf = vec![first];
        let mut depth = 0usize;
        let mut matched = false;
        while let Some(t) = self.pull() {
            let tok = match &t {
                Ok((_, tok, _)) => Some(tok.clone()),
                Err(_) => None,
            };
            buf.push(t);
            match tok {
                Some(Tok::Lpar | Tok::Lsqb | Tok::Lbrace) => depth += 1,
                Some(Tok::Rpar | Tok::Rsqb | Tok::Rbrace) => {
                    if depth == 0 {
                        matched = true;
                        break;
                    }
                    depth -= 1;
                }
                Some(Tok::Newline | Tok::EndOfFile) | None => break,
                _ => {}
            }
        }
        if matched {
            if let Some(next) = self.pull() {
                let colon = matches!(next, Ok((_, Tok::Colon, _)));
                buf.push(next);
                if colon && buf.len() > 3 {
                    let close = buf.len() - 2;
                    let _rpar = buf.remove(close);
                    let _lpar = buf.remove(0);
                }
            }
        }
        // Whatever we read goes back in front, in order.
        for t in buf.into_iter().rev() {
            self.ahead.push_front(t);
        }
    }
}

impl Iterator for TokenStream<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.pull()?;
        if item.is_err() {
            self.lexer_failed = true;
        }
        if let Ok(spanned) = &item {
            if spanned.1 == Tok::With {
                self.drop_with_parens();
            }
            self.seen.push(spanned.clone());
        }
        Some(item)
    }
}

/// Shifts the positions a string token carries inside itself (f-string fields).
fn shift_token(tok: Tok, shift: usize) -> Tok {
    if shift == 0 {
        return tok;
    }
    match tok {
        Tok::Str(mut s) => {
            if let crate::token::StrValue::FString(parts) = &mut s.value {
                shift_parts(parts, shift);
            }
            Tok::Str(s)
        }
        other => other,
    }
}

fn shift_parts(parts: &mut [crate::token::FStringPart], shift: usize) {
    for part in parts {
        if let crate::token::FStringPart::Field(f) = part {
            f.expr_offset += shift;
            f.start += shift;
            f.end += shift;
            if let Some(spec) = &mut f.format_spec {
                shift_parts(spec, shift);
            }
        }
    }
}
