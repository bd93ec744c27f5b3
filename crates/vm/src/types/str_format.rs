//! String formatting on `str` objects: `str.format` and `str.format_map` (driving
//! `pyfmt::strformat` with the VM's field lookups) and the `%` operator (str's number slot,
//! driving `pyfmt::percent` with the VM's argument conversions). pyfmt owns the parsing, the
//! argument walk and the text errors; this file owns the objects: which value a field or a
//! conversion gets, and how it is converted (`int()`, `float()`, `str()`, `repr()`, ...) with
//! CPython's TypeErrors.

use pyfmt::percent::{percent_format, ArgRef, ArgShape, PercentArgs};
use pyfmt::printf::{self, Conversion, Star};
use pyfmt::strformat::{build_string, FieldKey, FieldNameIter, FieldStep, FormatFields};

use crate::builtins::args::{one_arg, split};
use crate::errors::{PyErr, PyResult};
use crate::heap::AllocError;
use crate::object::ObjRef;
use crate::ops::{self, type_name};
use crate::protocol::NumberOp;
use crate::runtime::Runtime;
use crate::types::{float, int, str as pystr, tuple};

/// An error of a formatting callback: already a Python exception, or pyfmt's text error
/// (raised once the walk stops, when the runtime is at hand again).
enum FmtError {
    Py(PyErr),
    Text(pyfmt::Error),
}

impl From<PyErr> for FmtError {
    fn from(e: PyErr) -> Self {
        FmtError::Py(e)
    }
}

impl From<AllocError> for FmtError {
    fn from(e: AllocError) -> Self {
        FmtError::Py(e.into())
    }
}

impl From<pyfmt::Error> for FmtError {
    fn from(e: pyfmt::Error) -> Self {
        FmtError::Text(e)
    }
}

fn raise(rt: &Runtime, e: FmtError) -> PyErr {
    match e {
        FmtError::Py(e) => e,
        FmtError::Text(e) => rt.from_fmt_error(e),
    }
}

/// The str a method was called on (the method descriptor has checked its type).
fn this_str<'a>(rt: &Runtime, this: Option<&'a ObjRef>, method: &str) -> PyResult<&'a str> {
    this.and_then(pystr::as_str)
        .ok_or_else(|| rt.type_error(format!("unbound method str.{method}() needs an argument")))
}

/// Where `str.format` finds its fields: the call's arguments, or `format_map`'s mapping.
enum Source<'a> {
    Args {
        positional: &'a [ObjRef],
        keywords: Vec<(&'a str, &'a ObjRef)>,
    },
    Mapping(&'a ObjRef),
}

struct Fields<'a> {
    rt: &'a Runtime,
    source: Source<'a>,
}

impl FormatFields for Fields<'_> {
    type Value = ObjRef;
    type Error = FmtError;

    /// CPython's `get_field_object` and the `.attr`/`[key]` walk of `get_field_object`'s caller.
    fn get_field(
        &mut self,
        key: FieldKey<'_>,
        steps: FieldNameIter<'_>,
    ) -> Result<ObjRef, FmtError> {
        let rt = self.rt;
        let mut obj = match (key, &self.source) {
            (FieldKey::Index(i), Source::Args { positional, .. }) => match positional.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(rt
                        .index_error(format!(
                            "Replacement index {i} out of range for positional args tuple"
                        ))
                        .into())
                }
            },
            (FieldKey::Index(_), Source::Mapping(_)) => {
                return Err(pyfmt::Error::value("Format string contains positional fields").into())
            }
            (FieldKey::Name(name), Source::Args { keywords, .. }) => {
                match keywords.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => (*v).clone(),
                    None => return Err(rt.key_error(&rt.new_str(name)?).into()),
                }
            }
            (FieldKey::Name(name), Source::Mapping(m)) => ops::get_item(rt, m, &rt.new_str(name)?)?,
        };
        for step in steps {
            obj = match step? {
                FieldStep::Attribute(name) => ops::get_attr(rt, &obj, &rt.new_str(name)?)?,
                FieldStep::Item(FieldKey::Name(key)) => ops::get_item(rt, &obj, &rt.new_str(key)?)?,
                FieldStep::Item(FieldKey::Index(i)) => {
                    ops::get_item(rt, &obj, &rt.new_int(i as i64)?)?
                }
            };
        }
        Ok(obj)
    }

    fn convert(&mut self, value: ObjRef, conversion: char) -> Result<ObjRef, FmtError> {
        Ok(ops::convert(self.rt, &value, conversion)?)
    }

    fn format(&mut self, value: ObjRef, spec: &str) -> Result<String, FmtError> {
        Ok(ops::format_string(self.rt, &value, spec)?)
    }
}

fn build(rt: &Runtime, fmt: &str, source: Source<'_>) -> PyResult<ObjRef> {
    let mut fields = Fields { rt, source };
    let text = build_string(fmt, &mut fields).map_err(|e| raise(rt, e))?;
    Ok(rt.new_str(&text)?)
}

/// `str.format(*args, **kwargs)`.
pub(crate) fn method_format(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let fmt = this_str(rt, this, "format")?;
    let (positional, keywords) = split(args, kwnames);
    build(
        rt,
        fmt,
        Source::Args {
            positional,
            keywords,
        },
    )
}

/// `str.format_map(mapping)`.
pub(crate) fn method_format_map(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let fmt = this_str(rt, this, "format_map")?;
    let mapping = one_arg(rt, "str.format_map", args, kwnames)?;
    build(rt, fmt, Source::Mapping(mapping))
}

/// The right operand of `fmt % args`, and the value the last `%(key)` found.
struct PercentObjs<'a> {
    rt: &'a Runtime,
    args: &'a ObjRef,
    items: &'a [ObjRef],
    current: Option<ObjRef>,
}

impl PercentObjs<'_> {
    fn get(&self, arg: ArgRef) -> Result<&ObjRef, FmtError> {
        match arg {
            ArgRef::Whole => Ok(self.current.as_ref().unwrap_or(self.args)),
            ArgRef::Item(i) => self.items.get(i).ok_or_else(|| {
                pyfmt::Error::type_error("not enough arguments for format string").into()
            }),
        }
    }

    /// `%d %i %u %o %x %X`: an int as is, a float through `int()` (`%o %x %X` take integers
    /// only, as `__index__` would).
    fn format_int(&self, v: &ObjRef, conv: &Conversion) -> Result<String, FmtError> {
        let rt = self.rt;
        let digits = rt.int_max_str_digits();
        if let Some(n) = int::value(v) {
            return Ok(printf::format_int(conv, &n.to_big(), digits)?);
        }
        match float::as_f64(v) {
            Some(x) if !matches!(conv.kind, 'o' | 'x' | 'X') => {
                let n = int::f64_to_int_value(rt, x)?;
                Ok(printf::format_int(conv, &n.to_big(), digits)?)
            }
            _ => Err(printf::int_required_error(conv.kind, type_name(v)).into()),
        }
    }
}

impl PercentArgs for PercentObjs<'_> {
    type Error = FmtError;

    fn lookup(&mut self, key: &str) -> Result<(), FmtError> {
        let key = self.rt.new_str(key)?;
        self.current = Some(ops::get_item(self.rt, self.args, &key)?);
        Ok(())
    }

    fn star(&mut self, arg: ArgRef, which: Star) -> Result<i64, FmtError> {
        let v = self.get(arg)?;
        let Some(n) = int::value(v) else {
            return Err(pyfmt::Error::type_error("* wants int").into());
        };
        let n = n.to_i64();
        Ok(match which {
            Star::Width => n.ok_or_else(|| {
                pyfmt::Error::overflow("Python int too large to convert to C ssize_t")
            })?,
            Star::Precision => n.filter(|n| i32::try_from(*n).is_ok()).ok_or_else(|| {
                pyfmt::Error::overflow("Python int too large to convert to C int")
            })?,
        })
    }

    fn format(&mut self, arg: ArgRef, conv: &Conversion) -> Result<String, FmtError> {
        let rt = self.rt;
        let v = self.get(arg)?;
        match conv.kind {
            's' => Ok(printf::format_str(conv, &ops::str_string(rt, v)?)?),
            'r' => Ok(printf::format_str(conv, &ops::repr_string(rt, v)?)?),
            'a' => Ok(printf::format_str(conv, &ops::ascii_string(rt, v)?)?),
            'c' => {
                let c = if let Some(s) = pystr::as_str(v) {
                    let mut chars = s.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => c,
                        _ => return Err(printf::char_required_error().into()),
                    }
                } else if let Some(n) = int::value(v) {
                    printf::char_from_int(&n.to_big())?
                } else {
                    return Err(printf::char_required_error().into());
                };
                Ok(printf::format_char(conv, c)?)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match float::to_f64(rt, v)? {
                Some(x) => Ok(printf::format_float(conv, x)?),
                None => Err(printf::float_required_error(type_name(v)).into()),
            },
            _ => self.format_int(v, conv),
        }
    }
}

/// `fmt % args` (`PyUnicode_Format`).
pub(crate) fn percent(rt: &Runtime, fmt: &str, args: &ObjRef) -> PyResult<ObjRef> {
    let items = tuple::items(args);
    let is_str = pystr::as_str(args).is_some();
    let shape = ArgShape {
        tuple_len: items.map(<[ObjRef]>::len),
        // PyMapping_Check: anything subscriptable, lists too.
        is_mapping: items.is_none() && !is_str && args.type_object().proto().getitem.is_some(),
    };
    let mut objs = PercentObjs {
        rt,
        args,
        items: items.unwrap_or(&[]),
        current: None,
    };
    let text = percent_format(fmt, shape, &mut objs).map_err(|e| raise(rt, e))?;
    Ok(rt.new_str(&text)?)
}

/// str's number slot: only `%` with a str on the left (`unicode_mod`).
pub(crate) fn str_number(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: NumberOp) -> PyResult<ObjRef> {
    match (op, pystr::as_str(a)) {
        (NumberOp::Remainder, Some(fmt)) => percent(rt, fmt, b),
        _ => Ok(rt.not_implemented().clone()),
    }
}
