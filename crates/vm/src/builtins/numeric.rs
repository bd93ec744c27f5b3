//! Numeric builtins: abs, divmod, pow, round, sum, and min/max (which compare any objects).

use bytecode::{BinaryOp, CompareOp};

use crate::builtins::args::{self, one_arg, positional, Params};
use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::ops::{self, type_name};
use crate::protocol::{NumberOp, UnaryOp};
use crate::runtime::Runtime;
use crate::types::{float, int, str as pystr};

type Kw<'a> = Option<&'a ObjRef>;

pub(crate) fn abs(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    ops::unary_op(rt, one_arg(rt, "abs", a, kw)?, UnaryOp::Absolute)
}

pub(crate) fn divmod(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = positional(rt, "divmod", a, kw, 2, 2)?;
    ops::divmod(rt, &a[0], &a[1])
}

/// `pow(base, exp, mod=None)`.
pub(crate) fn pow(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    const P: Params = Params {
        fname: "pow",
        names: &["base", "exp", "mod"],
        posonly: 0,
        required: 2,
        maxpos: 3,
    };
    let p = P.parse(rt, a, kw)?;
    let (Some(b), Some(e)) = (&p[0], &p[1]) else {
        return Err(rt.type_error("pow() missing required argument 'base' (pos 1)"));
    };
    match &p[2] {
        Some(m) if !m.is(rt.none()) => ops::power_mod(rt, b, e, m),
        _ => ops::number_op(rt, b, e, NumberOp::Power),
    }
}

/// `round(number, ndigits=None)`: half to even, an int without `ndigits`.
pub(crate) fn round(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    const P: Params = Params {
        fname: "round",
        names: &["number", "ndigits"],
        posonly: 0,
        required: 1,
        maxpos: 2,
    };
    let p = P.parse(rt, a, kw)?;
    let Some(x) = &p[0] else {
        return Err(rt.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = match &p[1] {
        None => None,
        Some(n) if n.is(rt.none()) => None,
        Some(n) => Some(match int::value(n) {
            // Beyond the i64 range the result is the same as at its ends.
            Some(v) => v
                .to_i64()
                .unwrap_or(if v.is_negative() { i64::MIN } else { i64::MAX }),
            None => {
                return Err(rt.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(n)
                )))
            }
        }),
    };
    if let Some(v) = int::value(x) {
        return match nd {
            None => ops::to_int(rt, x, None),
            Some(n) => {
                let r = pyfmt::int::int_round(&v.to_big(), n);
                Ok(rt.new_int_big(r)?)
            }
        };
    }
    if let Some(f) = float::as_f64(x) {
        return match nd {
            None => {
                let r = pyfmt::float::float_round_to_int(f).map_err(|e| rt.from_fmt_error(e))?;
                Ok(rt.new_int_big(r)?)
            }
            Some(n) => {
                let r = pyfmt::float::float_round(f, n).map_err(|e| rt.from_fmt_error(e))?;
                Ok(rt.new_float(r)?)
            }
        };
    }
    Err(rt.type_error(format!(
        "type {} doesn't define __round__ method",
        type_name(x)
    )))
}

/// `sum(iterable, /, start=0)`.
pub(crate) fn sum(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    const P: Params = Params {
        fname: "sum",
        names: &["iterable", "start"],
        posonly: 1,
        required: 1,
        maxpos: 2,
    };
    let p = P.parse(rt, a, kw)?;
    let Some(iterable) = &p[0] else {
        return Err(rt.type_error("sum() takes at least 1 positional argument (0 given)"));
    };
    let mut acc = match &p[1] {
        Some(s) => {
            if pystr::as_str(s).is_some() {
                return Err(rt.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
            }
            s.clone()
        }
        None => rt.new_int(0)?,
    };
    let it = ops::get_iter(rt, iterable)?;
    // Machine-int fast path (CPython's i_result loop): no object per partial sum.
    if let Some(mut total) = int::as_i64(&acc).filter(|_| acc.type_ref().is(&rt.types().int)) {
        loop {
            let Some(x) = ops::iter_next(rt, &it)? else {
                return Ok(rt.new_int(total)?);
            };
            match int::as_i64(&x).and_then(|v| total.checked_add(v)) {
                Some(t) if x.type_ref().is(&rt.types().int) => total = t,
                _ => {
                    acc = ops::binary_op(rt, &rt.new_int(total)?, &x, BinaryOp::Add)?;
                    break;
                }
            }
        }
    }
    while let Some(x) = ops::iter_next(rt, &it)? {
        acc = ops::binary_op(rt, &acc, &x, BinaryOp::Add)?;
    }
    Ok(acc)
}

/// `min_max`: `op` is `Lt` for min, `Gt` for max; the first of equal items wins.
fn min_max(rt: &Runtime, a: &[ObjRef], kw: Kw, name: &str, op: CompareOp) -> PyResult<ObjRef> {
    let (pos, kws) = args::split(a, kw);
    if pos.is_empty() {
        return Err(rt.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if kws.len() > 2 {
        return Err(rt.type_error(format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            kws.len()
        )));
    }
    let (mut key, mut default) = (None, None);
    for (n, v) in &kws {
        match *n {
            "key" => key = Some(*v),
            "default" => default = Some(*v),
            _ => {
                return Err(
                    rt.type_error(format!("'{n}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    let key = key.filter(|k| !k.is(rt.none()));
    let items: Box<dyn Iterator<Item = PyResult<ObjRef>>> = if pos.len() == 1 {
        let it = ops::get_iter(rt, &pos[0])?;
        Box::new(std::iter::from_fn(move || {
            ops::iter_next(rt, &it).transpose()
        }))
    } else {
        if default.is_some() {
            return Err(rt.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        Box::new(pos.iter().cloned().map(Ok))
    };
    let mut best: Option<(ObjRef, ObjRef)> = None;
    for item in items {
        let item = item?;
        let k = match key {
            Some(f) => ops::call(rt, f, std::slice::from_ref(&item), None)?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => ops::compare_bool(rt, &k, bk, op)?,
        };
        if better {
            best = Some((k, item));
        }
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(rt.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

pub(crate) fn min(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    min_max(rt, a, kw, "min", CompareOp::Lt)
}

pub(crate) fn max(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    min_max(rt, a, kw, "max", CompareOp::Gt)
}
