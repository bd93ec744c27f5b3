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
}

impl SyntaxErrorKind {
    /// The exception class name, as printed before the message.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::MemoryError => "MemoryError",
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

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}

impl std::error::Error for SyntaxError {}
