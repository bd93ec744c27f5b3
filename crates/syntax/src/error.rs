//! SyntaxError values: what went wrong and where, as byte offsets into the source.
//! Rendering them as CPython 3.11 prints them (file, line, source line, carets, message)
//! lives here too.

/// CPython's three classes of compile-time error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// CPython's parser raises a bare `MemoryError` (not a SyntaxError) when nesting exceeds
    /// its stack (e.g. 100,000 unary minus signs); rattle does the same at its depth limit.
    MemoryError,
    /// CPython's compiler raises `RecursionError: maximum recursion depth exceeded during
    /// compilation` for expressions nested deeper than its limit (e.g. 3,000 chained `+`);
    /// rattle's parser reports it at the same depth so no later pass recurses deeper.
    RecursionError,
}

impl SyntaxErrorKind {
    /// The exception class name, as printed before the message.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::MemoryError => "MemoryError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A syntax error with CPython's message and the source range CPython reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// Byte offset where the error starts (CPython's `lineno`/`offset`).
    pub start: usize,
    /// Byte offset where it ends (CPython's `end_lineno`/`end_offset`); equal to `start`
    /// for a single caret.
    pub end: usize,
    /// How much of the location python3 shows for this error.
    pub display: ErrorDisplay,
}

/// What python3 prints above the `Kind: message` line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorDisplay {
    /// `File "f", line N`, the source line and carets under `start..end`.
    Full,
    /// `File "f", line N` and the source line, no carets (e.g. null bytes).
    NoCaret,
    /// The message alone (e.g. a file that is not UTF-8, or MemoryError).
    MessageOnly,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>, start: usize, end: usize) -> Self {
        SyntaxError {
            kind,
            msg: msg.into(),
            start,
            end,
            display: ErrorDisplay::Full,
        }
    }

    /// A plain `SyntaxError` over `start..end`.
    pub fn syntax(msg: impl Into<String>, start: usize, end: usize) -> Self {
        Self::new(SyntaxErrorKind::SyntaxError, msg, start, end)
    }
}

impl SyntaxError {
    /// Exactly what python3 prints on stderr when running `filename` fails with this
    /// error (CPython 3.11's `print_exception` and `print_error_text`), ending in "\n".
    pub fn render(&self, filename: &str, source: &str) -> String {
        let header = if self.msg.is_empty() {
            format!("{}\n", self.kind.name())
        } else {
            format!("{}: {}\n", self.kind.name(), self.msg)
        };
        if self.display == ErrorDisplay::MessageOnly
            || matches!(
                self.kind,
                SyntaxErrorKind::MemoryError | SyntaxErrorKind::RecursionError
            )
        {
            return header;
        }
        let start = self.start.min(source.len());
        let end = self.end.max(start).min(source.len());
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i + 1);
        let lineno = source[..start].matches('\n').count() + 1;
        let mut out = format!("  File \"{}\", line {}\n", filename, lineno);
        // CPython's `text`: the error line with its newline.
        let text = &source[line_start..line_end];
        // Offsets as CPython stores them: 1-based, in characters.
        let offset = source[line_start..start].chars().count() as isize + 1;
        let mut end_offset = if !source[start..end].contains('\n') {
            source[line_start..end].chars().count() as isize + 1
        } else {
            // A range spanning lines: CPython highlights to the end of the first one,
            // measured in bytes of the UTF-8 text (its `line_size`).
            text.len() as isize
        };
        let line_size = text.len() as isize;
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        print_error_text(
            &mut out,
            offset,
            end_offset,
            text,
            self.display == ErrorDisplay::Full,
        );
        out.push_str(&header);
        out
    }
}

/// CPython 3.11's `print_error_text`: the stripped source line and the carets.
fn print_error_text(out: &mut String, offset: isize, end_offset: isize, text: &str, carets: bool) {
    let caret_repetitions = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    offset -= (text.chars().count() - stripped.chars().count()) as isize;
    // CPython writes the line as a C string: it ends at a NUL byte.
    let text = stripped.split('\0').next().unwrap_or("");
    let body = text.strip_suffix('\n').unwrap_or(text);
    // CPython compares the character offset with the UTF-8 length (strlen); so do we.
    let len = body.len() as isize;
    if offset > len {
        offset = len;
    }
    out.push_str("    ");
    out.push_str(body);
    out.push('\n');
    if offset < 0 || !carets {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..caret_repetitions {
        out.push('^');
    }
    out.push('\n');
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}

impl std::error::Error for SyntaxError {}
