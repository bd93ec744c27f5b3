//! The methods of `str` (`unicode_methods` in CPython's Objects/unicodeobject.c): searching,
//! splitting, joining, case mapping, padding and the `is*` predicates, with CPython's results
//! and TypeError/ValueError texts. Formatting (`format`, `format_map`, `%`) is in
//! `str_format.rs`.

use crate::typeobj::MethodDef;
use crate::types::str_format;

/// `str`'s method table.
pub(crate) static METHODS: &[MethodDef] = &[
    MethodDef::method("format", str_format::method_format),
    MethodDef::method("format_map", str_format::method_format_map),
];
