//! `str.maketrans` (static) and `str.translate`, with CPython's errors: the table maps code
//! points (ints) to an int, a str or None; a LookupError from the table keeps the character.

use super::{check_size, new_text, str_arg, Text};
use crate::builtins::args::{check_positional, no_keywords, one_arg};
use crate::errors::{ExcKind, PyResult};
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::types::str::{self as pystr};
use crate::types::{dict, int};

fn ord(rt: &Runtime, c: char) -> PyResult<ObjRef> {
    Ok(rt.new_int(i64::from(u32::from(c)))?)
}

/// `str.maketrans(x, y=..., z=..., /)`: from a dict (keys of one character become their
/// code point), or from two equal-length strings plus the characters to delete.
pub(crate) fn method_maketrans(
    rt: &Runtime,
    _this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    no_keywords(rt, "str.maketrans", kw)?;
    check_positional(rt, "maketrans", args.len(), 1, 3)?;
    let y = match args.get(1) {
        Some(y) => Some(str_arg(rt, y, "maketrans() argument 2 ")?),
        None => None,
    };
    let z = match args.get(2) {
        Some(z) => Some(str_arg(rt, z, "maketrans() argument 3 ")?),
        None => None,
    };
    let x = &args[0];
    let table = rt.new_dict()?;
    let Some(y) = y else {
        let Some(d) = dict::payload(x) else {
            return Err(
                rt.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in d.items() {
            let key = if let Some(s) = pystr::as_str(&k) {
                let mut cs = s.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => ord(rt, c)?,
                    _ => {
                        return Err(
                            rt.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if int::value(&k).is_some() {
                k
            } else {
                return Err(rt.type_error("keys in translate table must be strings or integers"));
            };
            dict::dict_setitem(rt, &table, key, v)?;
        }
        return Ok(table);
    };
    let Some(x) = pystr::as_str(x) else {
        return Err(rt.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if x.chars().count() != y.chars().count() {
        return Err(rt.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        dict::dict_setitem(rt, &table, ord(rt, a)?, ord(rt, b)?)?;
    }
    for c in z.unwrap_or("").chars() {
        dict::dict_setitem(rt, &table, ord(rt, c)?, rt.none().clone())?;
    }
    Ok(table)
}

/// `str.translate(table, /)`.
pub(crate) fn method_translate(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let table = one_arg(rt, "str.translate", args, kw)?;
    let text = Text::of(rt, this, "translate")?;
    let mut out = String::with_capacity(text.s.len());
    for c in text.s.chars() {
        let key = ord(rt, c)?;
        let mapped = match ops::get_item(rt, table, &key) {
            Ok(v) => v,
            Err(e) if e.matches(rt, ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if rt.is_none(&mapped) {
            continue;
        }
        if let Some(s) = pystr::as_str(&mapped) {
            check_size(rt, out.len().saturating_add(s.len()))?;
            out.push_str(s);
        } else if let Some(v) = int::value(&mapped) {
            match v
                .to_i64()
                .and_then(|v| u32::try_from(v).ok())
                .and_then(char::from_u32)
            {
                Some(m) => out.push(m),
                // Lone surrogates are valid in Python but not in our UTF-8 strings.
                None if v.to_i64().is_some_and(|v| (0xd800..0xe000).contains(&v)) => {
                    return Err(rt.value_error(
                        "character mapping is a surrogate, which rattle's str cannot hold",
                    ))
                }
                None => return Err(rt.value_error("character mapping must be in range(0x110000)")),
            }
        } else {
            return Err(rt.type_error("character mapping must return integer, None or str"));
        }
    }
    // A new string even when nothing changed, as CPython's.
    new_text(rt, &out)
}
