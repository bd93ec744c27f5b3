//! Argument checking for builtin functions, with the TypeError texts of the CPython helper
//! each builtin uses in 3.11 — they differ by helper, and scripts print them:
//!
//! - METH_O functions (`len`, `repr`, `abs`, `chr`...): [`one_arg`] ("len() takes exactly
//!   one argument (2 given)"); METH_NOARGS methods: [`no_args`].
//! - `_PyArg_CheckPositional` (`isinstance`, `divmod`, `getattr`, the `list`/`tuple`/`set`
//!   constructors...): [`check_positional`] ("isinstance expected 2 arguments, got 1").
//! - `_PyArg_NoKeywords`: [`no_keywords`] ("list() takes no keyword arguments").
//! - Argument Clinic's `_PyArg_UnpackKeywords` (`round`, `pow`, `sorted`'s keywords,
//!   `int(x, base=...)`...): [`Params::parse`] (missing, too many, invalid keyword, given by
//!   name and position), checked in the same order as CPython's.
//!
//! Arguments arrive in vectorcall form: positionals, then keyword values, with a tuple of
//! the keyword names.

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::types::{str as pystr, tuple};

/// The keyword names of a call (empty without keywords).
pub fn kw_names(kwnames: Option<&ObjRef>) -> &[ObjRef] {
    kwnames.and_then(tuple::items).unwrap_or(&[])
}

/// Splits vectorcall arguments into positionals and (name, value) keyword pairs.
pub fn split<'a>(
    args: &'a [ObjRef],
    kwnames: Option<&'a ObjRef>,
) -> (&'a [ObjRef], Vec<(&'a str, &'a ObjRef)>) {
    let names = kw_names(kwnames);
    let npos = args.len().saturating_sub(names.len());
    let kws = names
        .iter()
        .zip(&args[npos..])
        .map(|(n, v)| (pystr::as_str(n).unwrap_or(""), v))
        .collect();
    (&args[..npos], kws)
}

// The checks below are inlined for the common call (no keywords, a count in range): a
// builtin method call pays a compare or two; the messages are built out of line.

/// `_PyArg_NoKeywords(name)`: "name() takes no keyword arguments".
/// `name` is only formatted for the error, so a caller may pass `format_args!(...)`.
#[inline]
pub fn no_keywords(
    rt: &Runtime,
    name: impl std::fmt::Display,
    kwnames: Option<&ObjRef>,
) -> PyResult<()> {
    match kwnames {
        None => Ok(()),
        Some(_) => no_keywords_given(rt, &name, kwnames),
    }
}

#[cold]
fn no_keywords_given(
    rt: &Runtime,
    name: &dyn std::fmt::Display,
    kwnames: Option<&ObjRef>,
) -> PyResult<()> {
    if kw_names(kwnames).is_empty() {
        Ok(())
    } else {
        Err(rt.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// A METH_O function's single argument (`name` as in [`no_keywords`]).
#[inline]
pub fn one_arg<'a>(
    rt: &Runtime,
    name: impl std::fmt::Display,
    args: &'a [ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<&'a ObjRef> {
    match (args, kwnames) {
        ([x], None) => Ok(x),
        _ => one_arg_slow(rt, &name, args, kwnames),
    }
}

#[cold]
fn one_arg_slow<'a>(
    rt: &Runtime,
    name: &dyn std::fmt::Display,
    args: &'a [ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<&'a ObjRef> {
    no_keywords_given(rt, name, kwnames)?;
    match args {
        [x] => Ok(x),
        _ => Err(rt.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// A METH_NOARGS method's check ("list.clear() takes no arguments (1 given)"), keywords
/// first as `method_vectorcall_NOARGS` does.
#[inline]
pub fn no_args(
    rt: &Runtime,
    name: impl std::fmt::Display,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<()> {
    match (args, kwnames) {
        ([], None) => Ok(()),
        _ => no_args_slow(rt, &name, args, kwnames),
    }
}

#[cold]
fn no_args_slow(
    rt: &Runtime,
    name: &dyn std::fmt::Display,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<()> {
    no_keywords_given(rt, name, kwnames)?;
    if args.is_empty() {
        Ok(())
    } else {
        Err(rt.type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

/// `_PyArg_CheckPositional(name, n, min, max)`.
#[inline]
pub fn check_positional(
    rt: &Runtime,
    name: &str,
    n: usize,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if (min..=max).contains(&n) {
        Ok(())
    } else {
        positional_count_error(rt, name, n, min, max)
    }
}

#[cold]
fn positional_count_error(
    rt: &Runtime,
    name: &str,
    n: usize,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(rt.type_error(format!(
            "{name} expected {at}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(rt.type_error(format!(
            "{name} expected {at}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// Positional-only checking with no keywords (`_PyArg_NoKeywords` then
/// `_PyArg_CheckPositional`), returning the positionals.
pub fn positional<'a>(
    rt: &Runtime,
    name: &str,
    args: &'a [ObjRef],
    kwnames: Option<&ObjRef>,
    min: usize,
    max: usize,
) -> PyResult<&'a [ObjRef]> {
    no_keywords(rt, name, kwnames)?;
    check_positional(rt, name, args.len(), min, max)?;
    Ok(args)
}

/// An Argument Clinic signature: `names` in order; the first `posonly` are positional-only,
/// the first `required` are required, the first `maxpos` may be given by position (the rest
/// are keyword-only).
pub struct Params {
    pub fname: &'static str,
    pub names: &'static [&'static str],
    pub posonly: usize,
    pub required: usize,
    pub maxpos: usize,
}

impl Params {
    /// `_PyArg_UnpackKeywords`: one slot per name, `None` where not given.
    pub fn parse(
        &self,
        rt: &Runtime,
        args: &[ObjRef],
        kwnames: Option<&ObjRef>,
    ) -> PyResult<Vec<Option<ObjRef>>> {
        let (pos, kws) = split(args, kwnames);
        let nargs = pos.len();
        let maxargs = self.names.len();
        let f = self.fname;
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        if nargs + kws.len() > maxargs {
            return Err(rt.type_error(format!(
                "{f}() takes at most {maxargs} {}argument{} ({} given)",
                if nargs == 0 { "keyword " } else { "" },
                plural(maxargs),
                nargs + kws.len()
            )));
        }
        let minpos = self.required.min(self.maxpos);
        if nargs > self.maxpos {
            if self.maxpos == 0 {
                return Err(rt.type_error(format!("{f}() takes no positional arguments")));
            }
            return Err(rt.type_error(format!(
                "{f}() takes {} {} positional argument{} ({nargs} given)",
                if minpos < self.maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                self.maxpos,
                plural(self.maxpos)
            )));
        }
        let minposonly = self.posonly.min(minpos);
        if nargs < minposonly {
            return Err(rt.type_error(format!(
                "{f}() takes {} {minposonly} positional argument{} ({nargs} given)",
                if minposonly < self.maxpos {
                    "at least"
                } else {
                    "exactly"
                },
                plural(minposonly)
            )));
        }
        let mut out: Vec<Option<ObjRef>> = vec![None; maxargs];
        for (slot, a) in out.iter_mut().zip(pos) {
            *slot = Some(a.clone());
        }
        let mut left = kws.len();
        for i in nargs.max(self.posonly)..maxargs {
            let found = if left > 0 {
                kws.iter()
                    .find(|(n, _)| *n == self.names[i])
                    .map(|(_, v)| *v)
            } else if i >= self.required {
                break;
            } else {
                None
            };
            match found {
                Some(v) => {
                    out[i] = Some(v.clone());
                    left -= 1;
                }
                None if i < self.required => {
                    return Err(rt.type_error(format!(
                        "{f}() missing required argument '{}' (pos {})",
                        self.names[i],
                        i + 1
                    )));
                }
                None => {}
            }
        }
        if left > 0 {
            for i in self.posonly..nargs {
                if kws.iter().any(|(n, _)| *n == self.names[i]) {
                    return Err(rt.type_error(format!(
                        "argument for {f}() given by name ('{}') and position ({})",
                        self.names[i],
                        i + 1
                    )));
                }
            }
            for (n, _) in &kws {
                if !self.names[self.posonly..].contains(n) {
                    return Err(
                        rt.type_error(format!("'{n}' is an invalid keyword argument for {f}()"))
                    );
                }
            }
        }
        Ok(out)
    }
}

/// `int` argument of a builtin as i64, with `_PyLong_AsInt`-style TypeError for a non-int.
pub fn int_arg(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<i64>> {
    match crate::types::int::value(obj) {
        Some(v) => match v.to_i64() {
            Some(i) => Ok(Some(i)),
            None => Err(rt.overflow_error("Python int too large to convert to C ssize_t")),
        },
        None => Ok(None),
    }
}

/// `_PyArg_BadArgument`: "format() argument 2 must be str, not int" (None is shown as
/// `None`, not `NoneType`).
pub fn bad_argument(
    rt: &Runtime,
    fname: &str,
    which: &str,
    expected: &str,
    arg: &ObjRef,
) -> crate::errors::PyErr {
    let got = if arg.is(rt.none()) {
        "None"
    } else {
        crate::ops::type_name(arg)
    };
    rt.type_error(format!("{fname}() {which} must be {expected}, not {got}"))
}
