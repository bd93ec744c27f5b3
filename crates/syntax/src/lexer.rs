//! The lexer: source text to the token stream the parser reads, with CPython 3.11's
//! tokenizer behaviour and error messages (`Parser/tokenizer.c`).
//!
//! Two layers. `raw` is a logos DFA for the regular tokens (names, operators, comments,
//! whitespace, line breaks). This file is the hand-written layer on top: it measures
//! indentation at the start of each logical line and emits INDENT/DEDENT/NEWLINE, keeps the
//! bracket stack that joins lines inside `()[]{}`, follows backslash continuations, and
//! hands numbers, string literals and non-ASCII names to their own scanners (`numbers`,
//! `strings` + `fstring`, `identifiers`).
//!
//! Token positions are byte offsets. NEWLINE and DEDENT are zero-width (NEWLINE at the
//! line break, or at the end of the source when the last line lacks one; DEDENT at the
//! first token of the dedented line); INDENT spans the new line's indentation.
//! Error positions follow one rule: a CPython error at 1-based column `offset` becomes
//! the byte offset of the character CPython's caret points at, and `end_offset` likewise
//! (so `start == end` is a single caret).

mod fstring;
mod identifiers;
mod numbers;
mod raw;
mod source;
mod strings;
mod unicode_aliases;
mod unicode_name;

use std::collections::VecDeque;

use logos::Logos;
use unicode_normalization::UnicodeNormalization;

use crate::error::{ErrorDisplay, SyntaxError, SyntaxErrorKind};
use crate::token::{StrLiteral, StrValue, Tok};
use raw::RawTok;
pub use source::decode_source;
use strings::Prefix;

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
    /// Lexed as a module.
    Interactive,
}

/// A lexed token with its byte range in the source.
pub type Spanned = (usize, Tok, usize);

/// Tokenizes `source`. The stream starts with the mode's synthetic token (zero width at
/// offset 0) and ends with `Tok::EndOfFile`; after the first error it yields nothing more.
pub fn lex(source: &str, mode: Mode) -> Lexer<'_> {
    Lexer::new(source, mode)
}

/// CPython's `MAXINDENT`: indentation levels, the module level included.
const MAX_INDENT_LEVELS: usize = 100;
/// CPython's `MAXLEVEL`: brackets open at once.
const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's tab stops; `ALT_TAB_SIZE` is the second measure it compares against to catch
/// indentation whose meaning depends on the tab size.
const TAB_SIZE: usize = 8;
const ALT_TAB_SIZE: usize = 1;

/// An error CPython raises only once the parser has fetched the token after a string
/// literal (decoding happens in the parser's `strings` rule): it is reported when the
/// next non-string token is lexed, unless lexing that token fails first.
enum Deferred {
    /// Points at the next token (`(unicode error) ...`, `f-string: ...`).
    AtNextToken(String),
    /// Points at the literal itself (`bytes can only contain ASCII literal characters`).
    AtLiteral(SyntaxError),
}

/// The token iterator `lex` returns.
pub struct Lexer<'src> {
    source: &'src str,
    raw: logos::Lexer<'src, RawTok>,
    mode: Mode,
    started: bool,
    done: bool,
    /// Tokens already decided but not yet handed out (DEDENTs, then the line's token).
    queue: VecDeque<Result<Spanned, SyntaxError>>,
    /// At the start of a logical line (depth 0): indentation must be measured.
    at_line_start: bool,
    /// Indentation columns of the open blocks, as (tabs to 8, tabs to 1); starts `(0, 0)`.
    indents: Vec<(usize, usize)>,
    /// Open brackets: the character and its offset.
    brackets: Vec<(u8, usize)>,
    deferred: Option<Deferred>,
    /// Scanning the rest of the source after an error for a tokenizer error
    /// (`check_rest_for_errors`): string contents and unknown operators are not errors.
    draining: bool,
}

impl<'src> Lexer<'src> {
    pub fn new(source: &'src str, mode: Mode) -> Self {
        Lexer {
            source,
            raw: RawTok::lexer(source),
            mode,
            started: false,
            done: false,
            queue: VecDeque::new(),
            at_line_start: mode != Mode::Expression,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            deferred: None,
            draining: false,
        }
    }

    /// Where the raw lexer stands: the end of the last raw token.
    fn pos(&self) -> usize {
        self.raw.span().end
    }

    /// Moves the raw lexer forward to `to` after a hand-written scan.
    fn seek(&mut self, to: usize) {
        let mut to = to.min(self.source.len());
        // Scanners stop on character boundaries; rounding up only guards against a bug
        // turning into logos' panic.
        while !self.source.is_char_boundary(to) {
            to += 1;
        }
        let here = self.pos();
        if to > here {
            self.raw.bump(to - here);
        }
    }

    fn byte_at(&self, i: usize) -> Option<u8> {
        self.source.as_bytes().get(i).copied()
    }

    /// Produces the next token, recording DEDENTs etc. in the queue.
    fn produce(&mut self) -> Result<Spanned, SyntaxError> {
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                if let Some(token) = self.line_start()? {
                    return Ok(token);
                }
                if self.at_line_start {
                    continue; // A blank line was skipped.
                }
            }
            let Some(raw) = self.raw.next() else {
                return self.end_of_input();
            };
            let span = self.raw.span();
            let start = span.start;
            let raw = match raw {
                Ok(raw) => raw,
                Err(()) => {
                    if self.draining && self.source.as_bytes()[start].is_ascii_graphic() {
                        continue; // An unknown operator, for CPython's parser to reject.
                    }
                    return self.unknown_character(start);
                }
            };
            match raw {
                RawTok::Whitespace | RawTok::Comment => {}
                RawTok::LineBreak => {
                    if self.brackets.is_empty() && self.mode != Mode::Expression {
                        self.at_line_start = true;
                        return Ok((start, Tok::Newline, start));
                    }
                }
                RawTok::Backslash => self.continuation(start)?,
                RawTok::Name => return self.name(start, span.end),
                RawTok::NumberStart => {
                    let (tok, end) = numbers::scan(self.source, start)?;
                    self.seek(end);
                    return Ok((start, tok, end));
                }
                RawTok::Quote => return self.string(start, start, Prefix::default()),
                op => return self.operator(op, start, span.end),
            }
        }
    }

    /// The end of the source: close the last line, the open blocks, then the stream.
    fn end_of_input(&mut self) -> Result<Spanned, SyntaxError> {
        let end = self.source.len();
        if let Some(&(bracket, at)) = self.brackets.last() {
            return Err(SyntaxError::syntax(
                format!("'{}' was never closed", bracket as char),
                at,
                at,
            ));
        }
        if self.mode != Mode::Expression && !self.at_line_start {
            // A last line without a line break still ends with NEWLINE.
            self.at_line_start = true;
            return Ok((end, Tok::Newline, end));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.queue.push_back(Ok((end, Tok::Dedent, end)));
        }
        self.queue.push_back(Ok((end, Tok::EndOfFile, end)));
        // The queue is never empty here.
        self.queue
            .pop_front()
            .unwrap_or(Ok((end, Tok::EndOfFile, end)))
    }

    /// Measures the indentation of a new logical line (CPython's `atbol` block). Skips
    /// blank and comment-only lines (setting `at_line_start` again); returns the INDENT or
    /// first DEDENT the line opens with, queueing further DEDENTs.
    fn line_start(&mut self) -> Result<Option<Spanned>, SyntaxError> {
        let line_start = self.pos();
        let (mut col, mut altcol, mut cont_line_col) = (0, 0, 0);
        let mut i = line_start;
        loop {
            match self.byte_at(i) {
                Some(b' ') => {
                    col += 1;
                    altcol += 1;
                    i += 1;
                }
                Some(b'\t') => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol = (altcol / ALT_TAB_SIZE + 1) * ALT_TAB_SIZE;
                    i += 1;
                }
                Some(b'\x0c') => {
                    // Form feed resets the column ("for Emacs users", says CPython).
                    col = 0;
                    altcol = 0;
                    i += 1;
                }
                Some(b'\\') => {
                    // Indentation cannot be split over lines: the first backslash's
                    // column is the line's indentation.
                    if cont_line_col == 0 {
                        cont_line_col = col;
                    }
                    i = self.continuation_end(i)?;
                }
                _ => break,
            }
        }
        self.seek(i);
        match self.byte_at(i) {
            None => {
                self.at_line_start = true;
                return self.end_of_input().map(Some);
            }
            Some(b'#' | b'\n' | b'\r') => {
                let text = &self.source.as_bytes()[i..];
                let line_end = i + text
                    .iter()
                    .position(|&b| b == b'\n' || b == b'\r')
                    .unwrap_or(text.len());
                let next_line = line_end + line_break_len(&self.source.as_bytes()[line_end..]);
                self.seek(next_line);
                self.at_line_start = true;
                return Ok(None);
            }
            Some(_) => {}
        }
        if cont_line_col != 0 {
            col = cont_line_col;
            altcol = cont_line_col;
        }
        let (top, alt_top) = self.indents.last().copied().unwrap_or((0, 0));
        let tab_error = || {
            SyntaxError::new(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                line_start,
                line_start,
            )
        };
        if col == top {
            if altcol != alt_top {
                return Err(tab_error());
            }
            return Ok(None);
        }
        if col > top {
            if self.indents.len() >= MAX_INDENT_LEVELS {
                return Err(SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    line_start,
                    line_start,
                ));
            }
            if altcol <= alt_top {
                return Err(tab_error());
            }
            self.indents.push((col, altcol));
            return Ok(Some((line_start, Tok::Indent, i)));
        }
        let mut dedents = 0;
        while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
            self.indents.pop();
            dedents += 1;
        }
        let (top, alt_top) = self.indents.last().copied().unwrap_or((0, 0));
        if col != top {
            let text = &self.source.as_bytes()[i..];
            let line_end = i + text
                .iter()
                .position(|&b| b == b'\n' || b == b'\r')
                .unwrap_or(text.len());
            return Err(SyntaxError::new(
                SyntaxErrorKind::IndentationError,
                "unindent does not match any outer indentation level",
                line_end,
                line_end,
            ));
        }
        if altcol != alt_top {
            return Err(tab_error());
        }
        for _ in 1..dedents {
            self.queue.push_back(Ok((i, Tok::Dedent, i)));
        }
        Ok(Some((i, Tok::Dedent, i)))
    }

    /// A backslash at `at`: it must be the last character of its line, and a line must
    /// follow. Returns the start of that line.
    fn continuation_end(&self, at: usize) -> Result<usize, SyntaxError> {
        let after = at + 1;
        let bytes = self.source.as_bytes();
        let len = line_break_len(&bytes[after.min(bytes.len())..]);
        if len == 0 && after < bytes.len() {
            return Err(SyntaxError::syntax(
                "unexpected character after line continuation character",
                after,
                after,
            ));
        }
        if after + len >= bytes.len() {
            // CPython's E_EOF: inside brackets it reports the innermost open one.
            if let Some(&(bracket, open_at)) = self.brackets.last() {
                let msg = format!("'{}' was never closed", bracket as char);
                return Err(SyntaxError::syntax(msg, open_at, open_at));
            }
            return Err(SyntaxError::syntax(
                "unexpected EOF while parsing",
                after,
                after,
            ));
        }
        Ok(after + len)
    }

    fn continuation(&mut self, at: usize) -> Result<(), SyntaxError> {
        let next = self.continuation_end(at)?;
        self.seek(next);
        Ok(())
    }

    /// An ASCII name from logos at `start..end`: maybe a string prefix, maybe the start
    /// of a non-ASCII identifier, maybe a keyword.
    fn name(&mut self, start: usize, end: usize) -> Result<Spanned, SyntaxError> {
        match self.byte_at(end) {
            Some(b'\'' | b'"') => {
                if let Some(prefix) = Prefix::parse(&self.source[start..end]) {
                    return self.string(start, end, prefix);
                }
            }
            Some(b) if b >= 0x80 => return self.non_ascii_name(start),
            _ => {}
        }
        let word = &self.source[start..end];
        let tok = Tok::keyword(word).unwrap_or_else(|| Tok::Name(word.to_owned()));
        Ok((start, tok, end))
    }

    fn non_ascii_name(&mut self, start: usize) -> Result<Spanned, SyntaxError> {
        let end = identifiers::scan(self.source, start);
        identifiers::verify(self.source, start, end)?;
        self.seek(end);
        // CPython stores non-ASCII names NFKC-normalized (`ﬁ` is `fi`); it checks
        // XID_Start/XID_Continue on the text as written, as `verify` does.
        let name = self.source[start..end].nfkc().collect::<String>();
        Ok((start, Tok::Name(name), end))
    }

    /// A character logos does not know: a non-ASCII identifier start, or an error.
    fn unknown_character(&mut self, start: usize) -> Result<Spanned, SyntaxError> {
        let c = self.source[start..].chars().next().unwrap_or('\0');
        if !c.is_ascii() {
            return self.non_ascii_name(start);
        }
        if c == '\0' {
            let mut err =
                SyntaxError::syntax("source code cannot contain null bytes", start, start);
            err.display = ErrorDisplay::NoCaret;
            return Err(err);
        }
        if !identifiers::is_printable(c) {
            let msg = format!("invalid non-printable character U+{:04X}", c as u32);
            return Err(SyntaxError::syntax(msg, start, start));
        }
        // `$`, `?`, a lone `!`, a backquote: CPython hands the parser an unknown operator,
        // which it rejects right there; then a tokenizer error later in the file wins.
        // An error deferred from a string literal before it is raised first: CPython's
        // parser fetched this operator as a token before decoding the literal.
        let end = start + c.len_utf8();
        let error = match self.deferred.take() {
            Some(Deferred::AtLiteral(err)) => err,
            Some(Deferred::AtNextToken(msg)) => SyntaxError::syntax(msg, start, end),
            None => SyntaxError::syntax("invalid syntax", start, end),
        };
        Err(self.check_rest_for_errors(error))
    }

    /// A string literal whose prefix starts at `token_start` and quote is at `quote_pos`.
    fn string(
        &mut self,
        token_start: usize,
        quote_pos: usize,
        prefix: Prefix,
    ) -> Result<Spanned, SyntaxError> {
        let scanned = strings::scan(self.source, token_start, quote_pos)?;
        self.seek(scanned.end);
        let body = &self.source[scanned.body.clone()];
        let value = if prefix.fstring {
            fstring::parse(body, scanned.body.start, prefix.raw).map(StrValue::FString)
        } else {
            strings::decode(body, prefix)
        };
        let value = value.unwrap_or_else(|msg| {
            if self.deferred.is_none() && !self.draining {
                self.deferred = Some(if prefix.bytes && !body.is_ascii() {
                    Deferred::AtLiteral(SyntaxError::syntax(msg, token_start, scanned.end))
                } else {
                    Deferred::AtNextToken(msg)
                });
            }
            StrValue::Text(String::new())
        });
        let literal = StrLiteral {
            value,
            unicode_prefix: prefix.unicode,
        };
        Ok((token_start, Tok::Str(literal), scanned.end))
    }

    fn operator(&mut self, op: RawTok, start: usize, end: usize) -> Result<Spanned, SyntaxError> {
        let c = self.source.as_bytes()[start];
        match op {
            RawTok::Lpar | RawTok::Lsqb | RawTok::Lbrace => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(SyntaxError::syntax(
                        "too many nested parentheses",
                        start,
                        start,
                    ));
                }
                self.brackets.push((c, start));
            }
            RawTok::Rpar | RawTok::Rsqb | RawTok::Rbrace => {
                let Some((opening, open_at)) = self.brackets.pop() else {
                    return Err(SyntaxError::syntax(
                        format!("unmatched '{}'", c as char),
                        start,
                        start,
                    ));
                };
                if !matches!((opening, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                    let between = &self.source.as_bytes()[open_at..start];
                    let msg = if between.iter().any(|&b| b == b'\n' || b == b'\r') {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            c as char,
                            opening as char,
                            line_number(self.source, open_at)
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, opening as char
                        )
                    };
                    return Err(SyntaxError::syntax(msg, start, start));
                }
            }
            _ => {}
        }
        // Every raw kind not handled in `produce` is an operator.
        let tok = op.operator().unwrap_or(Tok::EndOfFile);
        Ok((start, tok, end))
    }
}

impl Lexer<'_> {
    /// CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`: after an error raised
    /// by the parser (`error`), tokenizes the rest of the source; a tokenizer error found
    /// there is reported instead (see `raises_in_tokenizer`), and so is an unclosed
    /// bracket that opened on a line before `error`'s. The lexer is finished afterwards.
    /// The parser calls this after its own errors; the lexer after the errors CPython
    /// raises from the parser (string decoding, unknown operators).
    pub fn check_rest_for_errors(&mut self, error: SyntaxError) -> SyntaxError {
        self.done = true;
        if self.mode == Mode::Interactive {
            return error; // CPython does not read ahead in the REPL.
        }
        self.draining = true;
        self.deferred = None;
        let error_line = line_number(self.source, error.start);
        loop {
            let item = match self.queue.pop_front() {
                Some(item) => item,
                None => self.produce(),
            };
            match item {
                Ok((_, Tok::EndOfFile, _)) => return error,
                Ok(_) => {}
                Err(e) if raises_in_tokenizer(&e) => return e,
                Err(_) => {
                    if let Some(&(bracket, at)) = self.brackets.last() {
                        if error_line > line_number(self.source, at) {
                            let msg = format!("'{}' was never closed", bracket as char);
                            return SyntaxError::syntax(msg, at, at);
                        }
                    }
                    return error;
                }
            }
        }
    }
}

/// Whether CPython's tokenizer raises `error` as an exception (its `syntaxerror()`), which
/// replaces a parser error when found in the rest of the source. Indentation errors, a
/// bad line continuation and the EOF errors (`unexpected EOF`, `'(' was never closed`)
/// only stop CPython's tokenizer; `invalid syntax` comes from its parser.
pub fn raises_in_tokenizer(error: &SyntaxError) -> bool {
    error.kind == SyntaxErrorKind::SyntaxError
        && !error.msg.ends_with("was never closed")
        && error.msg != "unexpected character after line continuation character"
        && error.msg != "unexpected EOF while parsing"
        && error.msg != "invalid syntax"
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if !self.started {
            self.started = true;
            let tok = match self.mode {
                Mode::Module => Tok::StartModule,
                Mode::Expression => Tok::StartExpression,
                Mode::Interactive => Tok::StartInteractive,
            };
            return Some(Ok((0, tok, 0)));
        }
        let item = match self.queue.pop_front() {
            Some(item) => item,
            None => self.produce(),
        };
        let item = match item {
            Ok((start, tok, end)) if self.deferred.is_some() && !matches!(tok, Tok::Str(_)) => {
                let error = match self.deferred.take() {
                    Some(Deferred::AtLiteral(err)) => err,
                    Some(Deferred::AtNextToken(msg)) => SyntaxError::syntax(msg, start, end),
                    None => SyntaxError::syntax("invalid syntax", start, end),
                };
                Err(self.check_rest_for_errors(error))
            }
            item => item,
        };
        if matches!(item, Err(_) | Ok((_, Tok::EndOfFile, _))) {
            self.done = true;
        }
        Some(item)
    }
}

/// Length of the line break at the start of `text` (`\r\n`, `\r`, `\n`), or 0.
fn line_break_len(text: &[u8]) -> usize {
    match text {
        [b'\r', b'\n', ..] => 2,
        [b'\r' | b'\n', ..] => 1,
        _ => 0,
    }
}

/// The 1-based line of byte offset `pos`; `\r\n`, `\r` and `\n` each end a line.
pub(crate) fn line_number(source: &str, pos: usize) -> usize {
    let all = source.as_bytes();
    let mut line = 1;
    for (i, &b) in all[..pos.min(all.len())].iter().enumerate() {
        if b == b'\n' || (b == b'\r' && all.get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
    }
    line
}
