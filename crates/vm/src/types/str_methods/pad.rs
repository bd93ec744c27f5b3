//! `str.ljust`, `rjust`, `center`, `zfill` and `expandtabs`: padding to a width in code
//! points and tab expansion, with CPython's argument errors (MemoryError where the result
//! could not be built).

use super::split::c_int_arg;
use super::{check_size, new_text, Text};
use crate::builtins::args::{check_positional, no_keywords, one_arg, Params};
use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::types::int;
use crate::types::str::{self as pystr};

/// `text` with `left` and `right` copies of `fill` around it; `self` when no padding.
fn pad(rt: &Runtime, text: &Text<'_>, left: usize, right: usize, fill: char) -> PyResult<ObjRef> {
    if left == 0 && right == 0 {
        return text.unchanged(rt);
    }
    let w = fill.len_utf8();
    check_size(
        rt,
        left.saturating_add(right)
            .saturating_mul(w)
            .saturating_add(text.s.len()),
    )?;
    let mut out = String::with_capacity((left + right) * w + text.s.len());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text.s);
    out.extend(std::iter::repeat_n(fill, right));
    new_text(rt, &out)
}

/// The (width, fillchar) of ljust/rjust/center.
fn pad_args(
    rt: &Runtime,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    name: &str,
) -> PyResult<(usize, char)> {
    no_keywords(rt, format_args!("str.{name}"), kw)?;
    check_positional(rt, name, args.len(), 1, 2)?;
    let width = int::to_isize(rt, &args[0])?;
    let fill = match args.get(1) {
        None => ' ',
        Some(f) => {
            let Some(s) = pystr::as_str(f) else {
                return Err(rt.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    ops::type_name(f)
                )));
            };
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        rt.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
    };
    Ok((usize::try_from(width).unwrap_or(0), fill))
}

fn justify(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
    name: &str,
) -> PyResult<ObjRef> {
    let text = Text::of(rt, this, name)?;
    let (width, fill) = pad_args(rt, args, kw, name)?;
    let marg = width.saturating_sub(text.len);
    let (left, right) = match name {
        "ljust" => (0, marg),
        "rjust" => (marg, 0),
        // CPython's rounding: the odd extra column goes left only for odd widths.
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    pad(rt, &text, left, right, fill)
}

/// `str.ljust(width, fillchar=' ', /)`.
pub(crate) fn method_ljust(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    justify(rt, this, args, kw, "ljust")
}

/// `str.rjust(width, fillchar=' ', /)`.
pub(crate) fn method_rjust(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    justify(rt, this, args, kw, "rjust")
}

/// `str.center(width, fillchar=' ', /)`.
pub(crate) fn method_center(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    justify(rt, this, args, kw, "center")
}

/// `str.zfill(width, /)`: zeros on the left, after a leading sign.
pub(crate) fn method_zfill(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let w = one_arg(rt, "str.zfill", args, kw)?;
    let text = Text::of(rt, this, "zfill")?;
    let width = usize::try_from(int::to_isize(rt, w)?).unwrap_or(0);
    let fill = width.saturating_sub(text.len);
    if fill == 0 {
        return text.unchanged(rt);
    }
    check_size(rt, text.s.len().saturating_add(fill))?;
    let (sign, rest) = match text.s.as_bytes().first() {
        Some(b'+' | b'-') => text.s.split_at(1),
        _ => ("", text.s),
    };
    let mut out = String::with_capacity(text.s.len() + fill);
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    new_text(rt, &out)
}

static EXPANDTABS: Params = Params {
    fname: "expandtabs",
    names: &["tabsize"],
    posonly: 0,
    required: 0,
    maxpos: 1,
};

/// `str.expandtabs(tabsize=8)`: the column restarts after `\n` and `\r`; a tab size of 0
/// or less removes tabs.
pub(crate) fn method_expandtabs(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let text = Text::of(rt, this, "expandtabs")?;
    let parsed = EXPANDTABS.parse(rt, args, kw)?;
    let tabsize = match parsed.first().cloned().flatten() {
        Some(t) => c_int_arg(rt, &t)?,
        None => 8,
    };
    if !text.s.contains('\t') {
        return text.unchanged(rt);
    }
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let mut out = String::with_capacity(text.s.len());
    let mut col = 0usize;
    for c in text.s.chars() {
        if c == '\t' {
            if tab > 0 {
                let n = tab - col % tab;
                check_size(rt, out.len().saturating_add(n))?;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
        } else {
            out.push(c);
            col = if c == '\n' || c == '\r' { 0 } else { col + 1 };
        }
    }
    new_text(rt, &out)
}
