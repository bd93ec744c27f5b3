//! `print` and `input`. Both find the streams through the `sys` module each time, as
//! CPython does (a script may rebind `sys.stdout`); writing to one of our own stream
//! objects goes straight to the runtime's buffers (`stdio.rs`) in one piece, any other
//! `file` gets a `write` call per piece, as CPython's `print` makes them.

use crate::builtins::args::{self, positional};
use crate::errors::{ExcKind, PyResult};
use crate::object::ObjRef;
use crate::ops::{self, type_name};
use crate::runtime::Runtime;
use crate::types::textio::{self, Stream};
use crate::types::{dict, module, str as pystr};

type Kw<'a> = Option<&'a ObjRef>;

/// `sys.<name>` (`_PySys_GetAttr`): `None` if there is no sys module or no such attribute.
pub(crate) fn sys_attr(rt: &Runtime, name: &str) -> PyResult<Option<ObjRef>> {
    let Some(sys) = rt.state().sys_module.borrow().clone() else {
        return Ok(None);
    };
    let Some(d) = module::payload(&sys).and_then(|m| m.dict()) else {
        return Ok(None);
    };
    match dict::payload(&d) {
        Some(p) => p.get(rt, &rt.intern(name)?),
        None => Ok(None),
    }
}

/// `sep`/`end`: None or a str.
fn text_arg<'a>(rt: &Runtime, what: &str, v: Option<&'a ObjRef>) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) if v.is(rt.none()) => Ok(None),
        Some(v) => match pystr::as_str(v) {
            Some(s) => Ok(Some(s)),
            None => Err(rt.type_error(format!(
                "{what} must be None or a string, not {}",
                type_name(v)
            ))),
        },
    }
}

/// The stream `print(file=None)` writes to: `sys.stdout` (`None` = the runtime's stdout
/// when there is no sys module; Ok(None) inside = `sys.stdout is None`, print does nothing).
enum Target {
    Native(Stream),
    Object(ObjRef),
    Nothing,
}

fn target(rt: &Runtime, file: Option<&ObjRef>) -> PyResult<Target> {
    let f = match file {
        Some(f) if !f.is(rt.none()) => f.clone(),
        _ => {
            if rt.state().sys_module.borrow().is_none() {
                return Ok(Target::Native(Stream::Stdout));
            }
            match sys_attr(rt, "stdout")? {
                Some(f) if f.is(rt.none()) => return Ok(Target::Nothing),
                Some(f) => f,
                None => return Err(rt.new_err(ExcKind::RuntimeError, "lost sys.stdout")),
            }
        }
    };
    Ok(match textio::stream_of(&f) {
        Some(s) => Target::Native(s),
        None => Target::Object(f),
    })
}

fn write_native(rt: &Runtime, s: Stream, text: &str) -> PyResult<()> {
    match s {
        Stream::Stdout => rt.write_stdout(text),
        Stream::Stderr => rt.write_stderr(text),
        Stream::Stdin => Err(rt.new_err(ExcKind::OSError, "not writable")),
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
pub(crate) fn print(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let (objects, kws) = args::split(a, kw);
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, None);
    for (name, v) in kws {
        match name {
            "sep" => sep = Some(v),
            "end" => end = Some(v),
            "file" => file = Some(v),
            "flush" => flush = Some(v),
            _ => {
                return Err(rt.type_error(format!(
                    "'{name}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let sep = text_arg(rt, "sep", sep)?.unwrap_or(" ");
    let end = text_arg(rt, "end", end)?.unwrap_or("\n");
    let target = target(rt, file)?;
    match &target {
        Target::Nothing => return Ok(rt.none().clone()),
        Target::Native(s) => {
            let mut text = String::new();
            for (i, x) in objects.iter().enumerate() {
                if i > 0 {
                    text.push_str(sep);
                }
                match ops::str_string(rt, x) {
                    Ok(piece) => text.push_str(&piece),
                    Err(e) => {
                        // What CPython had written before the failing str() stays written.
                        write_native(rt, *s, &text)?;
                        return Err(e);
                    }
                }
            }
            text.push_str(end);
            write_native(rt, *s, &text)?;
        }
        Target::Object(f) => {
            let write = ops::get_attr(rt, f, &rt.intern("write")?)?;
            let put = |s: ObjRef| ops::call(rt, &write, &[s], None).map(drop);
            for (i, x) in objects.iter().enumerate() {
                if i > 0 {
                    put(rt.new_str(sep)?)?;
                }
                put(ops::str_(rt, x)?)?;
            }
            put(rt.new_str(end)?)?;
        }
    }
    if let Some(fl) = flush {
        if ops::is_true(rt, fl)? {
            match &target {
                Target::Native(Stream::Stdout) => rt.flush_stdout()?,
                Target::Native(_) | Target::Nothing => {}
                Target::Object(f) => {
                    let m = ops::get_attr(rt, f, &rt.intern("flush")?)?;
                    drop(ops::call(rt, &m, &[], None)?);
                }
            }
        }
    }
    Ok(rt.none().clone())
}

/// `input(prompt='', /)`: the prompt goes to stdout (flushed), a line comes from stdin
/// without its newline; EOFError at end of input.
pub(crate) fn input(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let a = positional(rt, "input", a, kw, 0, 1)?;
    if let Some(p) = a.first() {
        let text = ops::str_string(rt, p)?;
        match target(rt, None)? {
            Target::Native(s) => write_native(rt, s, &text)?,
            Target::Object(f) => {
                let write = ops::get_attr(rt, &f, &rt.intern("write")?)?;
                drop(ops::call(rt, &write, &[rt.new_str(&text)?], None)?);
            }
            Target::Nothing => {}
        }
    }
    match rt.read_stdin_line()? {
        None => Err(rt.new_err(ExcKind::EOFError, "EOF when reading a line")),
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(rt.new_str(&line)?)
        }
    }
}
