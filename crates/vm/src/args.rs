//! Binding call arguments to a function's parameters: CPython 3.11's `initialize_locals`
//! (`Python/ceval.c`) with its error messages — positional and positional-only parameters,
//! keywords (matched by identity first, as names are interned, then by `==`), defaults,
//! keyword-only parameters and their defaults, `*args` and `**kwargs` — and the helpers of
//! `CALL_FUNCTION_EX` that turn a `**mapping` into keyword arguments.
//!
//! The eval loop binds the common case (exactly the positional parameters, maybe completed by
//! defaults) in place on its value stack; everything else comes here.

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::types::code::CodePayload;
use crate::types::function::FunctionPayload;
use crate::types::{dict, str as pystr, tuple};
use bytecode::flags;

/// Fills `out` with the frame's first `frame_slots` slots (`None` = empty) from `args`
/// (positional arguments, then the values of the keywords named by `kwnames`).
pub(crate) fn bind_args(
    rt: &Runtime,
    func: &FunctionPayload,
    code: &CodePayload,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
    out: &mut Vec<Option<ObjRef>>,
) -> PyResult<()> {
    let co = code.code();
    out.clear();
    out.resize(co.frame_slots(), None);
    let kwnames: &[ObjRef] = kwnames.and_then(tuple::items).unwrap_or(&[]);
    let kwcount = kwnames.len();
    let argcount = args.len().saturating_sub(kwcount);
    let co_argcount = co.arg_count as usize;
    let total_args = co_argcount + co.kwonly_arg_count as usize;
    let has_varargs = co.flags & flags::VARARGS != 0;
    let has_varkw = co.flags & flags::VARKEYWORDS != 0;
    let qualname = || func.qualname();

    let kwdict = if has_varkw {
        let d = rt.new_dict()?;
        let slot = total_args + usize::from(has_varargs);
        if let Some(s) = out.get_mut(slot) {
            *s = Some(d.clone());
        }
        Some(d)
    } else {
        None
    };

    let n = argcount.min(co_argcount);
    for (slot, a) in out.iter_mut().zip(&args[..n]) {
        *slot = Some(a.clone());
    }
    if has_varargs {
        let rest = rt.new_tuple(args[n..argcount].to_vec())?;
        if let Some(s) = out.get_mut(total_args) {
            *s = Some(rest);
        }
    }

    let names = code.localsplus_names();
    let posonly = co.posonly_arg_count as usize;
    for (i, keyword) in kwnames.iter().enumerate() {
        let value = &args[argcount + i];
        if pystr::as_str(keyword).is_none() {
            return Err(rt.type_error(format!("{}() keywords must be strings", qualname())));
        }
        let mut found = (posonly..total_args).find(|&j| names[j].is(keyword));
        if found.is_none() {
            let k = pystr::as_str(keyword).unwrap_or("");
            found = (posonly..total_args).find(|&j| pystr::as_str(&names[j]) == Some(k));
        }
        match found {
            Some(j) => {
                if out[j].is_some() {
                    return Err(rt.type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(),
                        pystr::as_str(keyword).unwrap_or("")
                    )));
                }
                out[j] = Some(value.clone());
            }
            None => match &kwdict {
                Some(d) => drop(dict::dict_setitem(rt, d, keyword.clone(), value.clone())?),
                None => {
                    if posonly > 0 {
                        positional_only_passed_as_keyword(rt, code, kwnames, &qualname())?;
                    }
                    return Err(rt.type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(),
                        pystr::as_str(keyword).unwrap_or("")
                    )));
                }
            },
        }
    }

    if argcount > co_argcount && !has_varargs {
        return Err(too_many_positional(
            rt,
            func,
            code,
            argcount,
            out,
            &qualname(),
        ));
    }

    if argcount < co_argcount {
        let defaults = func.defaults();
        let defs: &[ObjRef] = defaults.as_ref().and_then(tuple::items).unwrap_or(&[]);
        let m = co_argcount.saturating_sub(defs.len());
        let missing = (argcount..m).filter(|&i| out[i].is_none()).count();
        if missing > 0 {
            return Err(missing_arguments(
                rt,
                code,
                missing,
                Some(defs.len()),
                out,
                &qualname(),
            ));
        }
        let start = n.saturating_sub(m);
        for (i, d) in defs.iter().enumerate().skip(start) {
            if out[m + i].is_none() {
                out[m + i] = Some(d.clone());
            }
        }
    }

    if co.kwonly_arg_count > 0 {
        let kwdefaults = func.kwdefaults();
        let mut missing = 0;
        for i in co_argcount..total_args {
            if out[i].is_some() {
                continue;
            }
            if let Some(kd) = kwdefaults.as_ref().and_then(dict::payload) {
                if let Some(d) = kd.get(rt, &names[i])? {
                    out[i] = Some(d);
                    continue;
                }
            }
            missing += 1;
        }
        if missing > 0 {
            return Err(missing_arguments(rt, code, missing, None, out, &qualname()));
        }
    }
    Ok(())
}

/// "f() got some positional-only arguments passed as keyword arguments: 'a, b'".
fn positional_only_passed_as_keyword(
    rt: &Runtime,
    code: &CodePayload,
    kwnames: &[ObjRef],
    qualname: &str,
) -> PyResult<()> {
    let names = code.localsplus_names();
    let mut conflicts = Vec::new();
    for posonly_name in &names[..code.code().posonly_arg_count as usize] {
        for kw in kwnames {
            if kw.is(posonly_name) || crate::ops::eq(rt, posonly_name, kw)? {
                conflicts.push(pystr::as_str(kw).unwrap_or("").to_string());
            }
        }
    }
    if conflicts.is_empty() {
        return Ok(());
    }
    Err(rt.type_error(format!(
        "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
        conflicts.join(", ")
    )))
}

/// "f() takes 2 positional arguments but 3 were given" and its variants.
fn too_many_positional(
    rt: &Runtime,
    func: &FunctionPayload,
    code: &CodePayload,
    given: usize,
    out: &[Option<ObjRef>],
    qualname: &str,
) -> crate::errors::PyErr {
    let co = code.code();
    let co_argcount = co.arg_count as usize;
    let kwonly_given = (co_argcount..co_argcount + co.kwonly_arg_count as usize)
        .filter(|&i| out[i].is_some())
        .count();
    let defcount = func
        .defaults()
        .as_ref()
        .and_then(tuple::items)
        .map_or(0, <[ObjRef]>::len);
    let (sig, plural) = if defcount > 0 {
        (
            format!(
                "from {} to {}",
                co_argcount - defcount.min(co_argcount),
                co_argcount
            ),
            true,
        )
    } else {
        (co_argcount.to_string(), co_argcount != 1)
    };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {} keyword-only argument{})",
            if given != 1 { "s" } else { "" },
            kwonly_given,
            if kwonly_given != 1 { "s" } else { "" }
        )
    } else {
        String::new()
    };
    rt.type_error(format!(
        "{qualname}() takes {sig} positional argument{} but {given}{kwonly_sig} {} given",
        if plural { "s" } else { "" },
        if given == 1 && kwonly_given == 0 {
            "was"
        } else {
            "were"
        }
    ))
}

/// "f() missing 2 required positional arguments: 'x' and 'y'" (`defcount` None: the
/// keyword-only ones).
fn missing_arguments(
    rt: &Runtime,
    code: &CodePayload,
    missing: usize,
    defcount: Option<usize>,
    out: &[Option<ObjRef>],
    qualname: &str,
) -> crate::errors::PyErr {
    let co = code.code();
    let co_argcount = co.arg_count as usize;
    let (range, kind) = match defcount {
        Some(d) => (0..co_argcount.saturating_sub(d), "positional"),
        None => (
            co_argcount..co_argcount + co.kwonly_arg_count as usize,
            "keyword-only",
        ),
    };
    let names: Vec<String> = range
        .filter(|&i| out[i].is_none())
        .map(|i| pyfmt::str_repr(pystr::as_str(&code.localsplus_names()[i]).unwrap_or("")))
        .collect();
    let len = names.len();
    let name_str = match len {
        0 | 1 => names.first().cloned().unwrap_or_default(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!(
            "{}, {}, and {}",
            names[..len - 2].join(", "),
            names[len - 2],
            names[len - 1]
        ),
    };
    debug_assert_eq!(len, missing);
    rt.type_error(format!(
        "{qualname}() missing {len} required {kind} argument{}: {name_str}",
        if len == 1 { "" } else { "s" }
    ))
}
