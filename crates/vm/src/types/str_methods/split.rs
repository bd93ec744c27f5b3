//! `str.split`, `rsplit`, `splitlines`, `join` and the `strip` family, as CPython's
//! stringlib does them (whitespace is `str.isspace()`, line boundaries those of
//! `str.splitlines()`), with its argument errors.

use super::unicode::is_space;
use super::{check_size, new_text, Text};
use crate::builtins::args::{check_positional, no_keywords, one_arg, Params};
use crate::errors::{ExcKind, PyResult};
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::types::str::{self as pystr};
use crate::types::{int, list, tuple};

/// The (sep, maxsplit) of split/rsplit: None for whitespace; maxsplit < 0 is no limit.
fn split_args(
    rt: &Runtime,
    params: &Params,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<(Option<ObjRef>, usize)> {
    let parsed = params.parse(rt, args, kwnames)?;
    let sep = match parsed.first().cloned().flatten() {
        Some(s) if rt.is_none(&s) => None,
        Some(s) if pystr::as_str(&s).is_none() => {
            return Err(rt.type_error(format!("must be str or None, not {}", ops::type_name(&s))))
        }
        other => other,
    };
    let maxsplit = match parsed.get(1).cloned().flatten() {
        Some(m) => int::to_isize(rt, &m)?,
        None => -1,
    };
    Ok((sep, usize::try_from(maxsplit).unwrap_or(usize::MAX)))
}

/// Builds the result list; a piece that is the whole string is `self` when `keep_self`
/// (CPython's stringlib reuses it except for whitespace splitting with maxsplit 0).
fn pieces_to_list(
    rt: &Runtime,
    text: &Text<'_>,
    pieces: &[&str],
    keep_self: bool,
) -> PyResult<ObjRef> {
    let mut items = Vec::with_capacity(pieces.len());
    for p in pieces {
        items.push(if keep_self && p.len() == text.s.len() {
            text.unchanged(rt)?
        } else {
            new_text(rt, p)?
        });
    }
    Ok(rt.new_list(items)?)
}

/// Whitespace splitting, left to right (stringlib `split_whitespace`).
fn split_whitespace(s: &str, mut maxcount: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while maxcount > 0 {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        maxcount -= 1;
    }
    let rest = rest.trim_start_matches(is_space);
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// Whitespace splitting from the right (stringlib `rsplit_whitespace`), in string order.
fn rsplit_whitespace(s: &str, mut maxcount: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while maxcount > 0 {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(&rest[start..]);
        rest = &rest[..start];
        maxcount -= 1;
    }
    let rest = rest.trim_end_matches(is_space);
    if !rest.is_empty() {
        out.push(rest);
    }
    out.reverse();
    out
}

fn split_common(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    params: &Params,
    reverse: bool,
) -> PyResult<ObjRef> {
    let text = Text::of(rt, this, params.fname)?;
    let (sep, maxcount) = split_args(rt, params, args, kw)?;
    let sep = sep.as_ref().and_then(pystr::as_str);
    let pieces: Vec<&str> = match sep {
        None if reverse => rsplit_whitespace(text.s, maxcount),
        None => split_whitespace(text.s, maxcount),
        Some("") => return Err(rt.value_error("empty separator")),
        Some(sep) if reverse => {
            let mut v: Vec<&str> = text.s.rsplitn(maxcount.saturating_add(1), sep).collect();
            v.reverse();
            v
        }
        Some(sep) => text.s.splitn(maxcount.saturating_add(1), sep).collect(),
    };
    pieces_to_list(rt, &text, &pieces, sep.is_some() || maxcount > 0)
}

static SPLIT: Params = Params {
    fname: "split",
    names: &["sep", "maxsplit"],
    posonly: 0,
    required: 0,
    maxpos: 2,
};

static RSPLIT: Params = Params {
    fname: "rsplit",
    ..SPLIT
};

/// `str.split(sep=None, maxsplit=-1)`.
pub(crate) fn method_split(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    split_common(rt, this, args, kw, &SPLIT, false)
}

/// `str.rsplit(sep=None, maxsplit=-1)`.
pub(crate) fn method_rsplit(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    split_common(rt, this, args, kw, &RSPLIT, true)
}

/// The line boundaries of `str.splitlines()` (`\r\n` is one boundary).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

static SPLITLINES: Params = Params {
    fname: "splitlines",
    names: &["keepends"],
    posonly: 0,
    required: 0,
    maxpos: 1,
};

/// `str.splitlines(keepends=False)`; `keepends` is read as a C int.
pub(crate) fn method_splitlines(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let text = Text::of(rt, this, "splitlines")?;
    let parsed = SPLITLINES.parse(rt, args, kw)?;
    let keepends = match parsed.first().cloned().flatten() {
        Some(k) => c_int_arg(rt, &k)? != 0,
        None => false,
    };
    let s = text.s;
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < s.len() {
        let Some(off) = s[start..].find(is_line_break) else {
            pieces.push(&s[start..]);
            break;
        };
        let eol = start + off;
        let brk = if s[eol..].starts_with("\r\n") {
            2
        } else {
            s[eol..].chars().next().map_or(1, char::len_utf8)
        };
        pieces.push(&s[start..if keepends { eol + brk } else { eol }]);
        start = eol + brk;
    }
    pieces_to_list(rt, &text, &pieces, true)
}

/// An argument read with `_PyLong_AsInt` (Argument Clinic's `int` converter).
pub(crate) fn c_int_arg(rt: &Runtime, obj: &ObjRef) -> PyResult<i32> {
    let v = int::to_isize(rt, obj).map_err(|e| {
        if e.matches(rt, ExcKind::OverflowError) {
            rt.overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    i32::try_from(v).map_err(|_| rt.overflow_error("Python int too large to convert to C int"))
}

/// `str.join(iterable, /)`.
pub(crate) fn method_join(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let seq = one_arg(rt, "str.join", args, kw)?;
    let text = Text::of(rt, this, "join")?;
    let owned;
    let items: &[ObjRef] = if let Some(items) = tuple::items(seq) {
        items
    } else if let Some(items) = list::items(seq) {
        owned = items.to_vec();
        &owned
    } else {
        let it = ops::get_iter(rt, seq).map_err(|e| {
            if e.matches(rt, ExcKind::TypeError) {
                rt.type_error("can only join an iterable")
            } else {
                e
            }
        })?;
        let mut v = Vec::new();
        while let Some(x) = ops::iter_next(rt, &it)? {
            v.push(x);
        }
        owned = v;
        &owned
    };
    if let [only] = items {
        if only.type_ref().is(&rt.types().str_) {
            return Ok(only.clone());
        }
    }
    let mut parts = Vec::with_capacity(items.len());
    let mut total = text.s.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        let Some(s) = pystr::as_str(item) else {
            return Err(rt.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                ops::type_name(item)
            )));
        };
        total = total.saturating_add(s.len());
        parts.push(s);
    }
    check_size(rt, total)?;
    new_text(rt, &parts.join(text.s))
}

/// strip/lstrip/rstrip: `chars` None strips whitespace, else any of its characters.
fn strip_common(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<ObjRef> {
    no_keywords(rt, format_args!("str.{name}"), kw)?;
    check_positional(rt, name, args.len(), 0, 1)?;
    let text = Text::of(rt, this, name)?;
    let chars = match args.first() {
        Some(a) if !rt.is_none(a) => match pystr::as_str(a) {
            Some(c) => Some(c),
            None => return Err(rt.type_error(format!("{name} arg must be None or str"))),
        },
        _ => None,
    };
    let stripped = match chars {
        None => trim(text.s, left, right, is_space),
        Some(set) => trim(text.s, left, right, |c| set.contains(c)),
    };
    if stripped.len() == text.s.len() {
        text.unchanged(rt)
    } else {
        new_text(rt, stripped)
    }
}

fn trim(s: &str, left: bool, right: bool, pat: impl Fn(char) -> bool) -> &str {
    let s = if left { s.trim_start_matches(&pat) } else { s };
    if right {
        s.trim_end_matches(&pat)
    } else {
        s
    }
}

/// `str.strip(chars=None, /)`.
pub(crate) fn method_strip(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    strip_common(rt, this, args, kw, "strip", true, true)
}

/// `str.lstrip(chars=None, /)`.
pub(crate) fn method_lstrip(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    strip_common(rt, this, args, kw, "lstrip", true, false)
}

/// `str.rstrip(chars=None, /)`.
pub(crate) fn method_rstrip(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    strip_common(rt, this, args, kw, "rstrip", false, true)
}
