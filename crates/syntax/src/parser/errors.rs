//! Maps lalrpop's "unexpected token" errors to CPython 3.11's messages and locations.
//!
//! An LR parser stops at the first token it cannot shift; CPython's PEG parser instead
//! re-parses with its `invalid_*` rules to explain the failure. We approximate the common
//! rules with small heuristics over the tokens around the failure (`seen`: every token
//! the parser received, the failing one last; `rest`: the rest of that logical line):
//!
//! - INDENT expected after `:` NEWLINE: "expected an indented block after ..." naming the
//!   compound statement by its keyword and line;
//! - an unexpected INDENT/DEDENT: "unexpected indent" / "unexpected unindent";
//! - NEWLINE where a compound header wants `:`: "expected ':'";
//! - two expressions side by side inside brackets: "Perhaps you forgot a comma?", from the
//!   first expression's start (scanning back to a `,`, bracket, `:`, `=` or clause
//!   keyword) to the second's end (scanning forward likewise);
//! - `print x` / `exec x`: "Missing parentheses in call to 'print'...";
//! - `async`, `await`, `match ...:`, `except*`: rattle's "not supported" errors;
//! - a few more of CPython's named messages (dict value, except list, trailing comma).
//!
//! Like CPython (`_PyPegen_tokenize_full_source_to_check_for_errors`), a tokenizer error
//! later in the file takes priority over a parser error (see `parser::parse`).

use crate::error::{ErrorDisplay, SyntaxError, SyntaxErrorKind};
use crate::lexer::Spanned;
use crate::token::Tok;
use lalrpop_util::ParseError;

pub(super) fn map_parse_error(
    e: ParseError<usize, Tok, SyntaxError>,
    seen: &[Spanned],
    rest: &[Spanned],
    source: &str,
    shift: usize,
) -> SyntaxError {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } | ParseError::UnrecognizedEof { location, .. } => {
            SyntaxError::syntax("invalid syntax", location, location)
        }
        ParseError::ExtraToken { token: (l, _, r) } => SyntaxError::syntax("invalid syntax", l, r),
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => unexpected_token(l, tok, r, &expected, seen, rest, source, shift),
    }
}

fn indentation(msg: impl Into<String>, at: usize) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::IndentationError, msg, at, at)
}

/// Index in `seen` of the first token of the logical line holding `seen[i]`.
fn line_start(seen: &[Spanned], i: usize) -> usize {
    let mut j = i;
    while j > 0 {
        match seen[j - 1].1 {
            Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::StartModule
            | Tok::StartInteractive
            | Tok::StartExpression => break,
            _ => j -= 1,
        }
    }
    j
}

fn line_of(source: &str, shift: usize, offset: usize) -> usize {
    let at = offset.saturating_sub(shift).min(source.len());
    source.as_bytes()[..at]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

fn starts_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imaginary(_)
            | Tok::Str(_)
            | Tok::Lpar
            | Tok::Lsqb
            | Tok::Lbrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::Tilde
            | Tok::Lambda
            | Tok::Not
    )
}

fn ends_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imaginary(_)
            | Tok::Str(_)
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
    )
}

/// Tokens that end an expression scan at bracket depth 0.
fn expression_boundary(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Comma
            | Tok::Colon
            | Tok::Equal
            | Tok::ColonEqual
            | Tok::Semi
            | Tok::If
            | Tok::Else
            | Tok::For
            | Tok::Lambda
            | Tok::Yield
            | Tok::Return
            | Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::EndOfFile
            | Tok::StartModule
            | Tok::StartExpression
            | Tok::StartInteractive
            | Tok::DoubleStar
            | Tok::Star
            | Tok::Del
            | Tok::Assert
            | Tok::Import
            | Tok::From
            | Tok::As
            | Tok::Async
            | Tok::Await
            | Tok::While
            | Tok::With
            | Tok::Raise
            | Tok::Elif
    )
}

/// Bracket depth at the end of `seen[..n]`, counted from the start of its logical line.
fn depth_before(seen: &[Spanned], n: usize) -> usize {
    let mut depth = 0usize;
    for (_, t, _) in &seen[line_start(seen, n.saturating_sub(1))..n] {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

#[allow(clippy::too_many_arguments)]
fn unexpected_token(
    l: usize,
    tok: Tok,
    r: usize,
    expected: &[String],
    seen: &[Spanned],
    rest: &[Spanned],
    source: &str,
    shift: usize,
) -> SyntaxError {
    // `seen` ends with the failing token.
    let n = seen.len().saturating_sub(1);
    let prev = if n > 0 { seen.get(n - 1) } else { None };
    let first = seen.get(line_start(seen, n));
    let first_tok = first.map(|t| &t.1);

    // Out-of-scope syntax.
    if matches!(tok, Tok::Async | Tok::Await) {
        let word = if tok == Tok::Async { "async" } else { "await" };
        return SyntaxError::syntax(format!("'{}' is not supported by rattle", word), l, r);
    }
    if tok == Tok::Star && matches!(prev, Some((_, Tok::Except, _))) {
        let s = prev.map_or(l, |p| p.0);
        return SyntaxError::syntax("'except*' is not supported by rattle", s, r);
    }
    if let Some((fl, Tok::Name(word), fr)) = first {
        let line_ends_colon = rest
            .iter()
            .take_while(|t| t.1 != Tok::Newline && t.1 != Tok::EndOfFile)
            .last()
            .map(|t| &t.1)
            .or(Some(&tok))
            == Some(&Tok::Colon);
        if (word == "match" || word == "case") && line_ends_colon {
            return SyntaxError::syntax("'match' statements are not supported by rattle", *fl, *fr);
        }
    }

    // Indentation.
    if expected.len() == 1 && expected[0] == "\"INDENT\"" {
        if let Some(msg) = block_owner(seen, n, source, shift) {
            if tok == Tok::EndOfFile {
                // CPython shows the last line, without a caret.
                let end = l.saturating_sub(shift).min(source.len());
                let trimmed = source[..end].trim_end_matches(['\n', '\r']);
                let ls = trimmed.rfind('\n').map_or(0, |i| i + 1);
                let mut e = indentation(msg, ls + shift);
                e.display = ErrorDisplay::NoCaret;
                return e;
            }
            return indentation(msg, l);
        }
    }
    if tok == Tok::Indent {
        let mut e = indentation("unexpected indent", r);
        e.display = ErrorDisplay::NoCaret;
        return e;
    }
    if tok == Tok::Dedent {
        let mut e = indentation("unexpected unindent", l);
        e.display = ErrorDisplay::NoCaret;
        return e;
    }

    // `print x`.
    if let Some((pl, Tok::Name(word), _)) = prev {
        if (word == "print" || word == "exec")
            && starts_expression(&tok)
            && first.map(|f| f.0) == Some(*pl)
        {
            let end = rest
                .iter()
                .take_while(|t| !matches!(t.1, Tok::Newline | Tok::EndOfFile | Tok::Semi))
                .last()
                .map_or(r, |t| t.2);
            return SyntaxError::syntax(
                format!(
                    "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                    word, word
                ),
                *pl,
                end,
            );
        }
    }

    // An f-string field (shift > 0) is parsed by CPython inside parentheses.
    let depth = depth_before(seen, n) + usize::from(shift > 0);
    // `{1: }`
    if matches!(tok, Tok::Rbrace | Tok::Comma) && matches!(prev, Some((_, Tok::Colon, _))) {
        if let Some((cl, _, cr)) = prev {
            if innermost_open(seen, n) == Some(Tok::Lbrace) {
                return SyntaxError::syntax(
                    "expression expected after dictionary key and ':'",
                    *cl,
                    *cr,
                );
            }
        }
    }

    // Two expressions side by side inside brackets.
    if depth > 0 && starts_expression(&tok) {
        if let Some((_, p, _)) = prev {
            let name_then_string = matches!(p, Tok::Name(_)) && matches!(tok, Tok::Str(_));
            if ends_expression(p) && !name_then_string {
                let start = scan_back(seen, n);
                let end = scan_forward(l, r, rest);
                return SyntaxError::syntax(
                    "invalid syntax. Perhaps you forgot a comma?",
                    start,
                    end,
                );
            }
        }
    }

    if depth == 0 {
        // `except A, B:`
        if tok == Tok::Comma && first_tok == Some(&Tok::Except) {
            let s = seen.get(line_start(seen, n) + 1).map_or(l, |t| t.0);
            let e = rest
                .iter()
                .take_while(|t| !matches!(t.1, Tok::Colon | Tok::Newline | Tok::EndOfFile))
                .last()
                .map_or(r, |t| t.2);
            return SyntaxError::syntax("multiple exception types must be parenthesized", s, e);
        }
        // `from a import b,`
        if tok == Tok::Newline
            && matches!(prev, Some((_, Tok::Comma, _)))
            && first_tok == Some(&Tok::From)
        {
            return SyntaxError::syntax(
                "trailing comma not allowed without surrounding parentheses",
                l,
                l,
            );
        }
        // A compound statement header missing its colon.
        if tok == Tok::Newline
            && expected.iter().any(|e| e == "\":\"")
            && first_tok.is_some_and(is_compound_keyword)
        {
            return SyntaxError::syntax("expected ':'", l, l);
        }
    }
    if tok == Tok::EndOfFile || tok == Tok::Newline {
        return SyntaxError::syntax("invalid syntax", l, l);
    }
    SyntaxError::syntax("invalid syntax", l, r)
}

fn is_compound_keyword(t: &Tok) -> bool {
    matches!(
        t,
        Tok::If
            | Tok::Elif
            | Tok::Else
            | Tok::While
            | Tok::For
            | Tok::Try
            | Tok::Except
            | Tok::Finally
            | Tok::With
            | Tok::Def
            | Tok::Class
            | Tok::At
    )
}

/// The innermost bracket still open before `seen[n]` on its logical line.
fn innermost_open(seen: &[Spanned], n: usize) -> Option<Tok> {
    let mut stack = Vec::new();
    for (_, t, _) in &seen[line_start(seen, n)..n] {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => stack.push(t.clone()),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.pop()
}

/// Start of the expression ending just before `seen[n]`.
fn scan_back(seen: &[Spanned], n: usize) -> usize {
    let mut depth = 0usize;
    let mut start = seen.get(n).map_or(0, |t| t.0);
    let mut i = n;
    while i > 0 {
        i -= 1;
        let (l, t, _) = &seen[i];
        match t {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            t if depth == 0 && expression_boundary(t) => break,
            _ => {}
        }
        start = *l;
    }
    start
}

/// End of the expression starting at the failing token `l..r`, followed by `rest`.
fn scan_forward(_l: usize, r: usize, rest: &[Spanned]) -> usize {
    let mut depth = 0usize;
    let mut end = r;
    for (_, t, tr) in rest {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            t if depth == 0 && expression_boundary(t) => break,
            _ => {}
        }
        end = *tr;
    }
    end
}

/// "expected an indented block after X on line N" for the block opened at the `:` before
/// the NEWLINE preceding `seen[n]`.
fn block_owner(seen: &[Spanned], n: usize, source: &str, shift: usize) -> Option<String> {
    // seen[n] is the failing token; seen[n-1] the NEWLINE; the header ends before it.
    let header_end = n.checked_sub(1)?;
    let start = line_start(seen, header_end);
    let (kl, kw, _) = seen.get(start)?;
    let what = match kw {
        Tok::If => "'if' statement".to_string(),
        Tok::Elif => "'elif' statement".to_string(),
        Tok::Else => "'else' statement".to_string(),
        Tok::While => "'while' statement".to_string(),
        Tok::For => "'for' statement".to_string(),
        Tok::With => "'with' statement".to_string(),
        Tok::Try => "'try' statement".to_string(),
        Tok::Except => "'except' statement".to_string(),
        Tok::Finally => "'finally' statement".to_string(),
        Tok::Def => "function definition".to_string(),
        Tok::Class => "class definition".to_string(),
        _ => return None,
    };
    Some(format!(
        "expected an indented block after {} on line {}",
        what,
        line_of(source, shift, *kl)
    ))
}
