//! pyfmt: Python's text forms of plain values, exactly as CPython 3.11 writes and reads them.
//!
//! Everything here works on plain Rust values (`f64`, `&str`, `&[u8]`, `BigInt`) and returns
//! `String`s or `Result`s whose errors carry CPython's message text, so the syntax crate (AST
//! dumps) and the VM (`repr`, `str`, `format`, `%`, `int()`, `float()`) share one implementation
//! and no interpreter object is needed. Where an error message names a Python type, the caller
//! passes the type name in (the VM knows it, this crate does not).
//!
//! - [`repr`]: `repr()` of float, complex, str, bytes and `ascii()`;
//! - [`dtoa`]: digit generation and CPython's `PyOS_double_to_string` layout of those digits;
//! - [`int`]: `str(int)` in any radix and `int(text, base)` with CPython's rules and digit limit;
//! - [`float`]: `float(text)`, `round(x, n)`, `as_integer_ratio`;
//! - [`float_hex`]: `float.hex()` and `float.fromhex()`;
//! - [`spec`]: parsing the format-spec mini-language;
//! - [`format`](mod@format): `format()` of int, float and str under a spec;
//! - [`strformat`]: `str.format`: the markup parser, field names, and the build loop;
//! - [`unicode`]: the character predicates the above depend on;
//! - [`printf`]: the `%`-formatting conversions;
//! - [`percent`]: the `%` operator's walk over format string and arguments.
//!
//! Which function serves which Python operation:
//!
//! | Python | pyfmt |
//! |---|---|
//! | `repr(x)`/`str(x)` of float, complex | [`float_repr`], [`complex_repr`] |
//! | `repr(s)`, `ascii(s)`, `repr(b)` | [`str_repr`], [`ascii_repr`], [`bytes_repr`] |
//! | `str(n)`, `bin`/`oct`/`hex` | [`int::int_to_decimal_string`] (digit limit), [`int::int_to_prefixed`] |
//! | `int(s, base)`, `int(b, base)` | [`int::int_from_str`], [`int::int_from_bytes_text`] |
//! | `float(s)`, `float(b)` | [`float::float_from_str`], [`float::float_from_bytes_text`] |
//! | `int(x)`, `round(x)`, `round(x, n)` of a float | [`float::float_to_int`], [`float::float_round_to_int`], [`float::float_round`] |
//! | `round(n, d)` of an int | [`int::int_round`] |
//! | `float(n)` of an int (OverflowError) | [`format::int_to_f64`] |
//! | `x.as_integer_ratio()`, `x.hex()`, `float.fromhex(s)` | [`float::float_as_integer_ratio`], [`float_hex`] |
//! | `format(v, spec)` / `v.__format__(spec)` | [`format::format_int`] (also bool, with its type name), [`format::format_float`], [`format::format_str`] |
//! | `s.format(...)`, `s.format_map(m)` | [`strformat::build_string`] with the VM's [`strformat::FormatFields`] |
//! | `s % args` | [`percent::percent_format`] with the VM's [`percent::PercentArgs`], which formats each value with [`printf`] |
//!
//! Errors are [`Error`]s: a kind (ValueError, OverflowError, TypeError, MemoryError) and
//! CPython's message. `sys.set_int_max_str_digits` is a parameter (`max_str_digits`, 0 for no
//! limit, [`int::DEFAULT_MAX_STR_DIGITS`] by default). Widths and precisions beyond
//! [`format::MAX_FORMAT_WIDTH`] characters are MemoryError instead of an allocation attempt.
//! A lone surrogate cannot exist in a Rust `str`, so `chr(0xd800)`-like results (`'%c' % 0xd800`,
//! `format(0xd800, 'c')`) are a ValueError here where CPython succeeds.
#![forbid(unsafe_code)]

pub mod dtoa;
pub mod float;
pub mod float_hex;
pub mod format;
pub mod int;
pub mod percent;
pub mod printf;
pub mod repr;
pub mod spec;
pub mod strformat;
pub mod unicode;
mod unicode_tables;

pub use repr::{ascii_repr, bytes_repr, complex_repr, float_repr, str_repr};
pub use unicode::is_printable;

use std::fmt;

/// Which Python exception an [`Error`] becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    OverflowError,
    TypeError,
    /// A result too large to build (CPython fails its allocation); the message is empty.
    MemoryError,
}

/// A Python exception as text: the VM raises `kind` with `message`, unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

impl Error {
    pub fn value(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::ValueError,
            message: message.into(),
        }
    }
    pub fn overflow(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::OverflowError,
            message: message.into(),
        }
    }
    pub fn type_error(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::TypeError,
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for Error {}

/// `repr()` truncated to `max` characters, as CPython's `%.200R` does in error messages.
pub(crate) fn truncated_repr(s: &str, max: usize) -> String {
    str_repr(s).chars().take(max).collect()
}
