//! `PyObject_Format` and `PyObject_ASCII`: the one path that `format(value, spec)`, f-string
//! fields (`FORMAT_VALUE`) and `str.format` fields all take, with the `!s`/`!r`/`!a`
//! conversions they share. int (and bool), float and str use their `__format__` from pyfmt;
//! every other type has `object.__format__`, which allows only the empty spec.

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::ops::{repr_string, str_string, type_name};
use crate::runtime::Runtime;
use crate::types::{float, int, str as pystr};

/// `format(value, spec)` as a new str object.
pub fn format(rt: &Runtime, value: &ObjRef, spec: &str) -> PyResult<ObjRef> {
    // CPython's fast path: an exact str with an empty spec is itself.
    if spec.is_empty() && value.type_ref().is(&rt.types().str_) {
        return Ok(value.clone());
    }
    Ok(rt.new_str(&format_string(rt, value, spec)?)?)
}

/// `format(value, spec)` as Rust text (for callers that build a larger string).
pub fn format_string(rt: &Runtime, value: &ObjRef, spec: &str) -> PyResult<String> {
    // Every builtin `__format__` treats the empty spec as `str(value)` (bool gives "True").
    if spec.is_empty() {
        return str_string(rt, value);
    }
    let tname = type_name(value);
    let text = if let Some(v) = int::value(value) {
        pyfmt::format::format_int(&v.to_big(), spec, tname, rt.int_max_str_digits())
    } else if let Some(x) = float::as_f64(value) {
        pyfmt::format::format_float(x, spec, tname)
    } else if let Some(s) = pystr::as_str(value) {
        pyfmt::format::format_str(s, spec, tname)
    } else {
        return Err(rt.type_error(format!(
            "unsupported format string passed to {tname}.__format__"
        )));
    };
    text.map_err(|e| rt.from_fmt_error(e))
}

/// The `!s`, `!r` and `!a` conversions of f-strings and `str.format` (`conversion` is one of
/// `s`, `r`, `a`; anything else leaves the value alone).
pub fn convert(rt: &Runtime, value: &ObjRef, conversion: char) -> PyResult<ObjRef> {
    match conversion {
        's' => crate::ops::str_(rt, value),
        'r' => crate::ops::repr(rt, value),
        'a' => Ok(rt.new_str(&ascii_string(rt, value)?)?),
        _ => Ok(value.clone()),
    }
}

/// `ascii(value)`: the repr with every non-ASCII character escaped.
pub fn ascii_string(rt: &Runtime, value: &ObjRef) -> PyResult<String> {
    Ok(ascii_escape(&repr_string(rt, value)?))
}

/// `PyObject_ASCII`'s escaping (`\xe9`, `\u20ac`, `\U0001f600`), as the `backslashreplace`
/// error handler writes them.
pub fn ascii_escape(s: &str) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let v = c as u32;
        // Writing to a String cannot fail.
        let _ = if v < 0x80 {
            out.write_char(c)
        } else if v < 0x100 {
            write!(out, "\\x{v:02x}")
        } else if v < 0x10000 {
            write!(out, "\\u{v:04x}")
        } else {
            write!(out, "\\U{v:08x}")
        };
    }
    out
}
