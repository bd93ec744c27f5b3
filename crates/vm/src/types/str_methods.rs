//! The methods of `str` (`unicode_methods` in CPython's Objects/unicodeobject.c): the method
//! table, the argument helpers its submodules share, and the searching methods
//! (find/index/count/replace/startswith/partition/removeprefix), with CPython's results and
//! TypeError/ValueError texts. Splitting and joining are in `str_methods/split.rs`, case
//! mapping and the `is*` predicates in `case.rs` (character data in `unicode.rs`), padding and
//! tabs in `pad.rs`, translation in `translate.rs`; formatting (`format`, `format_map`, `%`)
//! is in `str_format.rs`.
//!
//! Strings are UTF-8: positions are found on bytes and converted to code points only where
//! Python sees them (the ASCII case needs no conversion).

use crate::builtins::args::{check_positional, no_keywords, one_arg};
use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::typeobj::MethodDef;
use crate::types::str::{self as pystr, MAX_STR_BYTES};
use crate::types::{int, slice, str_format, tuple};

mod case;
mod pad;
mod split;
mod translate;
mod unicode;
#[rustfmt::skip]
mod unicode_tables;

/// `str`'s method table.
pub(crate) static METHODS: &[MethodDef] = &[
    MethodDef::method("format", str_format::method_format),
    MethodDef::method("format_map", str_format::method_format_map),
    MethodDef::method("find", method_find),
    MethodDef::method("rfind", method_rfind),
    MethodDef::method("index", method_index),
    MethodDef::method("rindex", method_rindex),
    MethodDef::method("count", method_count),
    MethodDef::method("replace", method_replace),
    MethodDef::method("startswith", method_startswith),
    MethodDef::method("endswith", method_endswith),
    MethodDef::method("partition", method_partition),
    MethodDef::method("rpartition", method_rpartition),
    MethodDef::method("removeprefix", method_removeprefix),
    MethodDef::method("removesuffix", method_removesuffix),
    MethodDef::method("split", split::method_split),
    MethodDef::method("rsplit", split::method_rsplit),
    MethodDef::method("splitlines", split::method_splitlines),
    MethodDef::method("join", split::method_join),
    MethodDef::method("strip", split::method_strip),
    MethodDef::method("lstrip", split::method_lstrip),
    MethodDef::method("rstrip", split::method_rstrip),
    MethodDef::method("upper", case::method_upper),
    MethodDef::method("lower", case::method_lower),
    MethodDef::method("capitalize", case::method_capitalize),
    MethodDef::method("title", case::method_title),
    MethodDef::method("swapcase", case::method_swapcase),
    MethodDef::method("casefold", case::method_casefold),
    MethodDef::method("isalpha", case::method_isalpha),
    MethodDef::method("isdigit", case::method_isdigit),
    MethodDef::method("isdecimal", case::method_isdecimal),
    MethodDef::method("isnumeric", case::method_isnumeric),
    MethodDef::method("isalnum", case::method_isalnum),
    MethodDef::method("isspace", case::method_isspace),
    MethodDef::method("islower", case::method_islower),
    MethodDef::method("isupper", case::method_isupper),
    MethodDef::method("istitle", case::method_istitle),
    MethodDef::method("isidentifier", case::method_isidentifier),
    MethodDef::method("isprintable", case::method_isprintable),
    MethodDef::method("isascii", case::method_isascii),
    MethodDef::method("ljust", pad::method_ljust),
    MethodDef::method("rjust", pad::method_rjust),
    MethodDef::method("center", pad::method_center),
    MethodDef::method("zfill", pad::method_zfill),
    MethodDef::method("expandtabs", pad::method_expandtabs),
    MethodDef::static_("maketrans", translate::method_maketrans),
    MethodDef::method("translate", translate::method_translate),
    MethodDef::method("encode", method_encode),
];

/// `str.encode`: there is no bytes type yet, so a clear NotImplementedError (as for a bytes
/// literal) rather than an AttributeError.
fn method_encode(
    rt: &Runtime,
    _this: Option<&ObjRef>,
    _args: &[ObjRef],
    _kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    Err(rt.new_err(
        crate::errors::ExcKind::NotImplementedError,
        "bytes are not supported yet",
    ))
}

/// The `self` of a str method: its text, ASCII flag and length in code points.
#[derive(Clone, Copy)]
pub(crate) struct Text<'a> {
    pub obj: &'a ObjRef,
    pub s: &'a str,
    pub ascii: bool,
    /// Length in code points.
    pub len: usize,
}

impl<'a> Text<'a> {
    /// The method's `self` (the method descriptor has checked its type; `name` is the bare
    /// method name for the message should it not have).
    pub fn of(rt: &Runtime, this: Option<&'a ObjRef>, name: &str) -> PyResult<Text<'a>> {
        match this.and_then(|o| pystr::text(o).map(|t| (o, t))) {
            Some((obj, (s, ascii, len))) => Ok(Text { obj, s, ascii, len }),
            None => Err(rt.type_error(format!("descriptor '{name}' requires a 'str' object"))),
        }
    }

    /// The byte offset of code point `i` (at most the length).
    pub fn byte_at(&self, i: usize) -> usize {
        pystr::byte_offset(self.s, self.ascii, i)
    }

    /// The code point index of byte offset `b` (a char boundary).
    pub fn char_at_byte(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else {
            self.s[..b].chars().count()
        }
    }

    /// `self` itself when it is an exact str (CPython returns it unchanged), else a copy.
    pub fn unchanged(&self, rt: &Runtime) -> PyResult<ObjRef> {
        if self.obj.type_ref().is(&rt.types().str_) {
            Ok(self.obj.clone())
        } else {
            Ok(rt.str_result(self.s)?)
        }
    }
}

/// A str argument, else TypeError "{what}must be str, not T" (`what` is "" or an Argument
/// Clinic prefix such as "replace() argument 1 ", whose messages call None "None").
pub(crate) fn str_arg<'a>(rt: &Runtime, obj: &'a ObjRef, what: &str) -> PyResult<&'a str> {
    pystr::as_str(obj).ok_or_else(|| {
        let tn = if !what.is_empty() && rt.is_none(obj) {
            "None"
        } else {
            ops::type_name(obj)
        };
        rt.type_error(format!("{what}must be str, not {tn}"))
    })
}

/// A result string, or MemoryError when it would exceed the size we build.
pub(crate) fn new_text(rt: &Runtime, s: &str) -> PyResult<ObjRef> {
    Ok(rt.str_result(s)?)
}

/// Fails with MemoryError when a result of `bytes` bytes is too large to build.
pub(crate) fn check_size(rt: &Runtime, bytes: usize) -> PyResult<()> {
    if bytes > MAX_STR_BYTES {
        Err(rt.memory_error())
    } else {
        Ok(())
    }
}

/// The no-argument methods' check: "str.upper() takes no arguments (1 given)".
pub(crate) fn no_args<'a>(
    rt: &Runtime,
    this: Option<&'a ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
    name: &str,
) -> PyResult<Text<'a>> {
    no_keywords(rt, format_args!("str.{name}"), kwnames)?;
    if !args.is_empty() {
        return Err(rt.type_error(format!(
            "str.{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Text::of(rt, this, name)
}

/// `ADJUST_INDICES`: slice-style start/end clipped to `0..=len` (start may exceed end).
fn adjust_indices(start: Option<isize>, end: Option<isize>, len: usize) -> (usize, usize) {
    let n = len as isize;
    let clip = |i: isize| if i < 0 { (i + n).max(0) } else { i };
    let end = end.map_or(n, |e| clip(e).min(n));
    let start = start.map_or(0, clip);
    (start as usize, end as usize)
}

/// The arguments of find/index/count/startswith (`O|OO:name`, None allowed as an index):
/// the first argument and the adjusted (start, end).
fn find_args<'a>(
    rt: &Runtime,
    text: &Text<'_>,
    name: &str,
    args: &'a [ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<(&'a ObjRef, usize, usize)> {
    no_keywords(rt, format_args!("str.{name}"), kwnames)?;
    let Some(first) = args.first() else {
        return Err(rt.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    if args.len() > 3 {
        return Err(rt.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let start = slice::slice_index(rt, args.get(1).cloned())?;
    let end = slice::slice_index(rt, args.get(2).cloned())?;
    let (start, end) = adjust_indices(start, end, text.len);
    Ok((first, start, end))
}

/// `find`/`rfind`: the code point index of `sub` in `text[start:end]`, or None.
fn find_in(text: &Text<'_>, sub: &str, start: usize, end: usize, reverse: bool) -> Option<usize> {
    if start > end || end - start < sub.chars().count() {
        return None;
    }
    let (from, to) = (text.byte_at(start), text.byte_at(end));
    let hay = &text.s[from..to];
    let at = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    }?;
    Some(text.char_at_byte(from + at))
}

fn find_common(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
    name: &str,
    reverse: bool,
) -> PyResult<Option<usize>> {
    let text = Text::of(rt, this, name)?;
    let (sub, start, end) = find_args(rt, &text, name, args, kwnames)?;
    let sub = str_arg(rt, sub, "")?;
    Ok(find_in(&text, sub, start, end, reverse))
}

fn found_or_minus_one(rt: &Runtime, at: Option<usize>) -> PyResult<ObjRef> {
    Ok(rt.new_int(at.map_or(-1, |i| i as i64))?)
}

fn found_or_error(rt: &Runtime, at: Option<usize>) -> PyResult<ObjRef> {
    match at {
        Some(i) => Ok(rt.new_int(i as i64)?),
        None => Err(rt.value_error("substring not found")),
    }
}

fn method_find(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    found_or_minus_one(rt, find_common(rt, this, args, kw, "find", false)?)
}

fn method_rfind(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    found_or_minus_one(rt, find_common(rt, this, args, kw, "rfind", true)?)
}

fn method_index(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    found_or_error(rt, find_common(rt, this, args, kw, "index", false)?)
}

fn method_rindex(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    found_or_error(rt, find_common(rt, this, args, kw, "rindex", true)?)
}

/// `str.count(sub[, start[, end]])`: non-overlapping occurrences; an empty `sub` counts
/// the positions between code points.
fn method_count(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let text = Text::of(rt, this, "count")?;
    let (sub, start, end) = find_args(rt, &text, "count", args, kw)?;
    let sub = str_arg(rt, sub, "")?;
    let n = if start > end {
        0
    } else if sub.is_empty() {
        end - start + 1
    } else {
        text.s[text.byte_at(start)..text.byte_at(end)]
            .matches(sub)
            .count()
    };
    Ok(rt.new_int(n as i64)?)
}

/// `str.replace(old, new, count=-1, /)`.
fn method_replace(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    no_keywords(rt, "str.replace", kw)?;
    check_positional(rt, "replace", args.len(), 2, 3)?;
    let text = Text::of(rt, this, "replace")?;
    let old = str_arg(rt, &args[0], "replace() argument 1 ")?;
    let new = str_arg(rt, &args[1], "replace() argument 2 ")?;
    let count = match args.get(2) {
        Some(c) => int::to_isize(rt, c)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let matches = if old.is_empty() {
        (text.len + 1).min(limit)
    } else {
        text.s.matches(old).take(limit).count()
    };
    if matches == 0 || (old == new) {
        return text.unchanged(rt);
    }
    let grown = matches.saturating_mul(new.len());
    check_size(
        rt,
        (text.s.len() - matches * old.len()).saturating_add(grown),
    )?;
    new_text(rt, &text.s.replacen(old, new, matches))
}

/// `startswith`/`endswith`: `prefix` a str or a tuple of str (checked as reached).
fn tail_match(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    name: &str,
    at_end: bool,
) -> PyResult<ObjRef> {
    let text = Text::of(rt, this, name)?;
    let (arg, start, end) = find_args(rt, &text, name, args, kw)?;
    let matches = |sub: &str| {
        let n = sub.chars().count();
        if start > end || end - start < n {
            return false;
        }
        let (from, to) = (text.byte_at(start), text.byte_at(end));
        let hay = &text.s[from..to];
        if at_end {
            hay.ends_with(sub)
        } else {
            hay.starts_with(sub)
        }
    };
    if let Some(items) = tuple::items(arg) {
        for item in items {
            let Some(sub) = pystr::as_str(item) else {
                return Err(rt.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    ops::type_name(item)
                )));
            };
            if matches(sub) {
                return Ok(rt.new_bool(true));
            }
        }
        return Ok(rt.new_bool(false));
    }
    match pystr::as_str(arg) {
        Some(sub) => Ok(rt.new_bool(matches(sub))),
        None => Err(rt.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            ops::type_name(arg)
        ))),
    }
}

fn method_startswith(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    tail_match(rt, this, args, kw, "startswith", false)
}

fn method_endswith(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    tail_match(rt, this, args, kw, "endswith", true)
}

/// `partition`/`rpartition`: (head, sep, tail); when `sep` is absent, the string and two
/// empty strings, the string last for `rpartition`.
fn partition(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    name: &str,
    reverse: bool,
) -> PyResult<ObjRef> {
    let sep_obj = one_arg(rt, format_args!("str.{name}"), args, kw)?;
    let text = Text::of(rt, this, name)?;
    let sep = str_arg(rt, sep_obj, "")?;
    if sep.is_empty() {
        return Err(rt.value_error("empty separator"));
    }
    let at = if reverse {
        text.s.rfind(sep)
    } else {
        text.s.find(sep)
    };
    let parts = match at {
        Some(i) => vec![
            new_text(rt, &text.s[..i])?,
            sep_obj.clone(),
            new_text(rt, &text.s[i + sep.len()..])?,
        ],
        None if reverse => vec![new_text(rt, "")?, new_text(rt, "")?, text.unchanged(rt)?],
        None => vec![text.unchanged(rt)?, new_text(rt, "")?, new_text(rt, "")?],
    };
    Ok(rt.new_tuple(parts)?)
}

fn method_partition(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    partition(rt, this, args, kw, "partition", false)
}

fn method_rpartition(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    partition(rt, this, args, kw, "rpartition", true)
}

/// `removeprefix`/`removesuffix`.
fn remove_affix(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    name: &str,
    suffix: bool,
) -> PyResult<ObjRef> {
    let arg = one_arg(rt, format_args!("str.{name}"), args, kw)?;
    let text = Text::of(rt, this, name)?;
    let affix = str_arg(rt, arg, &format!("{name}() argument "))?;
    let rest = if suffix {
        text.s.strip_suffix(affix)
    } else {
        text.s.strip_prefix(affix)
    };
    match rest {
        Some(rest) if !affix.is_empty() => new_text(rt, rest),
        _ => text.unchanged(rt),
    }
}

fn method_removeprefix(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    remove_affix(rt, this, args, kw, "removeprefix", false)
}

fn method_removesuffix(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    remove_affix(rt, this, args, kw, "removesuffix", true)
}
