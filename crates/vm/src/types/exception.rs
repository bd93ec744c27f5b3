//! Exception objects: CPython's `PyBaseExceptionObject` — the `args` tuple, `__context__`,
//! `__cause__`, `__suppress_context__` and `__traceback__` (an object slot the eval loop
//! fills) — with `BaseException`'s `str()` and `repr()` (and KeyError's `str()`, which shows
//! the key's repr), traversed and cleared for the collector in `BaseException_traverse`'s
//! order. Every builtin exception type shares this payload, as most of CPython's do.

use std::cell::Cell;

use crate::cell::ObjCell;
use crate::errors::{ExcKind, PyResult};
use crate::heap::AllocError;
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::{str as pystr, tuple};

pub struct ExceptionPayload {
    /// `args`: always a tuple.
    args: ObjCell,
    /// `__traceback__`, set by the eval loop as the exception unwinds.
    traceback: ObjCell,
    /// `__context__`: the exception being handled when this one was raised.
    context: ObjCell,
    /// `__cause__`: set by `raise ... from ...`.
    cause: ObjCell,
    suppress_context: Cell<bool>,
}

impl Payload for ExceptionPayload {}

impl ExceptionPayload {
    /// The `args` tuple.
    pub fn args(&self) -> Option<ObjRef> {
        self.args.get()
    }
    pub fn set_args(&self, args: ObjRef) -> Option<ObjRef> {
        self.args.replace(Some(args))
    }
    pub fn traceback(&self) -> Option<ObjRef> {
        self.traceback.get()
    }
    pub fn set_traceback(&self, tb: Option<ObjRef>) -> Option<ObjRef> {
        self.traceback.replace(tb)
    }
    pub fn context(&self) -> Option<ObjRef> {
        self.context.get()
    }
    pub fn set_context(&self, c: Option<ObjRef>) -> Option<ObjRef> {
        self.context.replace(c)
    }
    pub fn cause(&self) -> Option<ObjRef> {
        self.cause.get()
    }
    /// `__cause__ = c` also sets `__suppress_context__`, as `raise ... from` does.
    pub fn set_cause(&self, c: Option<ObjRef>) -> Option<ObjRef> {
        self.suppress_context.set(true);
        self.cause.replace(c)
    }
    pub fn suppress_context(&self) -> bool {
        self.suppress_context.get()
    }
    pub fn set_suppress_context(&self, v: bool) {
        self.suppress_context.set(v)
    }
}

/// `BaseException_traverse`: dict (none yet), args, notes (none), traceback, context, cause.
fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(e) = obj.downcast::<ExceptionPayload>() {
        for c in [&e.args, &e.traceback, &e.context, &e.cause] {
            if let Some(p) = c.ptr() {
                visit(p);
            }
        }
    }
}

/// `BaseException_clear`: the same fields, each taken out before it is dropped.
fn clear(obj: &ObjRef) {
    if let Some(e) = obj.downcast::<ExceptionPayload>() {
        drop(e.args.take());
        drop(e.traceback.take());
        drop(e.context.take());
        drop(e.cause.take());
    }
}

fn args_items(obj: &ObjRef) -> Vec<ObjRef> {
    obj.downcast::<ExceptionPayload>()
        .and_then(|e| e.args())
        .and_then(|a| tuple::items(&a).map(<[ObjRef]>::to_vec))
        .unwrap_or_default()
}

/// `BaseException_str`: "" for no args, `str(arg)` for one, `str(args)` for several.
fn exc_str(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let args = args_items(obj);
    match args.len() {
        0 => Ok(String::new()),
        1 => crate::ops::str_string(rt, &args[0]),
        _ => crate::ops::repr_string(rt, &rt.new_tuple(args)?),
    }
}

/// `OSError`'s `(errno, strerror, filename, filename2)` when it was made with 2 to 5
/// arguments (`oserror_parse_args`), else empty. (CPython then keeps only `(errno,
/// strerror)` in `args` and the filenames in their own slots; here `args` keeps them all.)
fn oserror_fields(obj: &ObjRef) -> Vec<ObjRef> {
    let args = args_items(obj);
    if (2..=5).contains(&args.len()) {
        // The arguments are (errno, strerror, filename, winerror, filename2).
        let mut f: Vec<ObjRef> = args.iter().take(3).cloned().collect();
        f.extend(args.get(4).cloned());
        f
    } else {
        Vec::new()
    }
}

/// SyntaxError's fields from its args (`SyntaxError_init`): `msg`, then, when the second
/// argument is a tuple of 4 to 6 items, `filename`, `lineno`, `offset`, `text`,
/// `end_lineno`, `end_offset` (each None when absent).
fn syntax_error_field(obj: &ObjRef, name: &str) -> Option<Option<ObjRef>> {
    const INFO: [&str; 6] = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    let args = args_items(obj);
    if name == "msg" {
        return Some(args.first().filter(|_| !args.is_empty()).cloned());
    }
    let i = INFO.iter().position(|k| *k == name)?;
    let info = args
        .get(1)
        .filter(|_| args.len() == 2)
        .and_then(|t| tuple::items(t).map(<[ObjRef]>::to_vec))
        .filter(|t| (4..=6).contains(&t.len()));
    Some(info.and_then(|t| t.get(i).cloned()))
}

/// `SyntaxError_str`: "msg (file.py, line N)" with the file's base name.
fn syntax_error_str(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let field = |n: &str| syntax_error_field(obj, n).flatten();
    let msg = match field("msg") {
        Some(m) => crate::ops::str_string(rt, &m)?,
        None => "None".to_string(),
    };
    let filename = field("filename");
    let file = filename
        .as_ref()
        .and_then(pystr::as_str)
        .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let line = field("lineno").and_then(|l| crate::types::int::as_i64(&l));
    Ok(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}

/// `OSError_str`: "[Errno 2] No such file: 'name'" forms, else BaseException's.
fn oserror_str(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let f = oserror_fields(obj);
    let none = |i: usize| f.get(i).is_none_or(|v| v.is(rt.none()));
    if !none(2) {
        let (e, m, f1) = (
            crate::ops::str_string(rt, &f[0])?,
            crate::ops::str_string(rt, &f[1])?,
            crate::ops::repr_string(rt, &f[2])?,
        );
        if !none(3) {
            let f2 = crate::ops::repr_string(rt, &f[3])?;
            return Ok(format!("[Errno {e}] {m}: {f1} -> {f2}"));
        }
        return Ok(format!("[Errno {e}] {m}: {f1}"));
    }
    if !none(0) && !none(1) {
        return Ok(format!(
            "[Errno {}] {}",
            crate::ops::str_string(rt, &f[0])?,
            crate::ops::str_string(rt, &f[1])?
        ));
    }
    exc_str(rt, obj)
}

/// The OSError subclass CPython picks for an errno (`errnomap`, Linux values).
pub(crate) fn oserror_subclass(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        17 => ExcKind::FileExistsError,
        2 => ExcKind::FileNotFoundError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        4 => ExcKind::InterruptedError,
        1 | 13 => ExcKind::PermissionError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    })
}

/// `KeyError_str`: one argument shows its repr (so `KeyError('a')` prints `'a'`).
fn key_error_str(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let args = args_items(obj);
    if args.len() == 1 {
        return crate::ops::repr_string(rt, &args[0]);
    }
    exc_str(rt, obj)
}

/// `BaseException_repr`: `Name(repr(arg))` for one argument, `Name` + repr(args) otherwise.
fn exc_repr(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let name = obj.type_object().name().to_string();
    let args = args_items(obj);
    if args.len() == 1 {
        let r = crate::ops::repr_string(rt, &args[0])?;
        return Ok(format!("{name}({r})"));
    }
    let r = crate::ops::repr_string(rt, &rt.new_tuple(args)?)?;
    Ok(format!("{name}{r}"))
}

/// `BaseException`'s data attributes (`args`, `__traceback__`, `__context__`, `__cause__`,
/// `__suppress_context__`) and the per-class ones computed from `args` (StopIteration's
/// `value`, SystemExit's `code`, OSError's and SyntaxError's fields), as `BaseException_getset` and the
/// member tables of `Objects/exceptions.c`.
fn exc_getattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let Some(e) = payload(obj) else {
        return Err(crate::ops::attribute_error(rt, obj, name));
    };
    let none = || rt.none().clone();
    let n = pystr::as_str(name).unwrap_or("");
    let is = |k: ExcKind| crate::ops::is_subtype(obj.type_ref(), rt.exc_type(k));
    Ok(match n {
        "args" => e.args().unwrap_or_else(|| rt.empty_tuple().clone()),
        "__traceback__" => e.traceback().unwrap_or_else(none),
        "__context__" => e.context().unwrap_or_else(none),
        "__cause__" => e.cause().unwrap_or_else(none),
        "__suppress_context__" => rt.new_bool(e.suppress_context()),
        "value" if is(ExcKind::StopIteration) => {
            args_items(obj).first().cloned().unwrap_or_else(none)
        }
        "errno" | "strerror" | "filename" | "filename2" if is(ExcKind::OSError) => {
            let i = ["errno", "strerror", "filename", "filename2"]
                .iter()
                .position(|k| *k == n)
                .unwrap_or(0);
            oserror_fields(obj).get(i).cloned().unwrap_or_else(none)
        }
        "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
            if is(ExcKind::SyntaxError) =>
        {
            syntax_error_field(obj, n).flatten().unwrap_or_else(none)
        }
        "code" if is(ExcKind::SystemExit) => {
            let args = args_items(obj);
            match args.len() {
                0 => none(),
                1 => args[0].clone(),
                _ => rt.new_tuple(args)?,
            }
        }
        _ => return Err(crate::ops::attribute_error(rt, obj, name)),
    })
}

/// Assignment to the data attributes, with `BaseException`'s type checks.
fn exc_setattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef, value: Option<ObjRef>) -> PyResult<()> {
    let Some(e) = payload(obj) else {
        return Err(crate::ops::attribute_error(rt, obj, name));
    };
    let n = pystr::as_str(name).unwrap_or("");
    let Some(value) = value else {
        return Err(match n {
            "args" | "__traceback__" | "__context__" | "__cause__" => {
                rt.type_error(format!("{n} may not be deleted"))
            }
            _ => crate::ops::attribute_error(rt, obj, name),
        });
    };
    let is_exc =
        |v: &ObjRef| crate::ops::is_subtype(v.type_ref(), rt.exc_type(ExcKind::BaseException));
    let none_or = |v: ObjRef| if rt.is_none(&v) { None } else { Some(v) };
    match n {
        "args" => {
            let items = crate::ops::collect(rt, &value)?;
            drop(e.set_args(rt.new_tuple(items)?));
        }
        "__context__" => {
            if !rt.is_none(&value) && !is_exc(&value) {
                return Err(
                    rt.type_error("exception context must be None or derive from BaseException")
                );
            }
            drop(e.set_context(none_or(value)));
        }
        "__cause__" => {
            if !rt.is_none(&value) && !is_exc(&value) {
                return Err(
                    rt.type_error("exception cause must be None or derive from BaseException")
                );
            }
            drop(e.set_cause(none_or(value)));
        }
        "__suppress_context__" => e.set_suppress_context(crate::ops::is_true(rt, &value)?),
        "__traceback__" => drop(e.set_traceback(none_or(value))),
        _ => return Err(crate::ops::attribute_error(rt, obj, name)),
    }
    Ok(())
}

/// The spec of one builtin exception type (`base` is the already-built base type).
pub(crate) fn spec(kind: ExcKind, base: &ObjRef) -> TypeSpec {
    let mut proto = ProtocolSlots {
        new: Some(crate::types::typecall::exception_new),
        ..ProtocolSlots::default()
    };
    if kind == ExcKind::BaseException {
        proto.repr = Some(exc_repr);
        proto.str = Some(exc_str);
        proto.getattr = Some(exc_getattr);
        proto.setattr = Some(exc_setattr);
    }
    if kind == ExcKind::KeyError {
        proto.str = Some(key_error_str);
    }
    if kind == ExcKind::OSError {
        proto.str = Some(oserror_str);
    }
    if kind == ExcKind::SyntaxError {
        proto.str = Some(syntax_error_str);
    }
    TypeSpec::fixed::<ExceptionPayload>(kind.name(), TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(proto)
        .with_base(base)
}

impl Runtime {
    /// An instance of the exception type `ty` with `args`, tracked.
    pub fn new_exception(&self, ty: &ObjRef, args: Vec<ObjRef>) -> Result<ObjRef, AllocError> {
        let args = self.new_tuple(args)?;
        self.new_exception_with_args(ty, args)
    }

    /// An instance of `ty` whose `args` is the tuple `args`.
    pub fn new_exception_with_args(&self, ty: &ObjRef, args: ObjRef) -> Result<ObjRef, AllocError> {
        let e = self.alloc(
            ty,
            ExceptionPayload {
                args: ObjCell::new(Some(args)),
                traceback: ObjCell::default(),
                context: ObjCell::default(),
                cause: ObjCell::default(),
                suppress_context: Cell::new(false),
            },
        )?;
        e.gc_track();
        Ok(e)
    }
}

/// The payload of an exception object.
pub fn payload(obj: &ObjRef) -> Option<&ExceptionPayload> {
    obj.downcast::<ExceptionPayload>()
}

/// The first argument as text when it is a str (for `Debug` of a [`crate::PyErr`], which
/// cannot run Python code).
pub(crate) fn message_for_debug(obj: &ObjRef) -> String {
    let args = args_items(obj);
    args.iter()
        .map(|a| match pystr::as_str(a) {
            Some(s) => format!("{s:?}"),
            None => format!("<{}>", a.type_object().name()),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
