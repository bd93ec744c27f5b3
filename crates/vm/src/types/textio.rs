//! `sys.stdin`, `sys.stdout` and `sys.stderr`: a small native stand-in for CPython's
//! `_io.TextIOWrapper` over the runtime's standard streams (`stdio.rs`). It has what scripts
//! use: `write(s)` (returns the number of characters), `flush()`, `readline()` for stdin,
//! and CPython's repr `<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>`. The
//! type is made on first use and kept with the library's types (`builtins::LibTypes`).

use crate::errors::{ExcKind, PyResult};
use crate::object::{ObjRef, Payload};
use crate::ops::type_name;
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{MethodDef, TypeFlags, TypeSpec};
use crate::types::str as pystr;

/// Which standard stream an object stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

impl Stream {
    fn name(self) -> &'static str {
        match self {
            Stream::Stdin => "<stdin>",
            Stream::Stdout => "<stdout>",
            Stream::Stderr => "<stderr>",
        }
    }
}

pub struct TextIoPayload {
    stream: Stream,
}

impl Payload for TextIoPayload {}

/// The stream `obj` stands for, if it is one of ours.
pub fn stream_of(obj: &ObjRef) -> Option<Stream> {
    obj.downcast::<TextIoPayload>().map(|p| p.stream)
}

fn textio_repr(_: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let Some(s) = stream_of(obj) else {
        return Ok(String::new());
    };
    let mode = if s == Stream::Stdin { "r" } else { "w" };
    Ok(format!(
        "<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>",
        s.name()
    ))
}

fn this(rt: &Runtime, slf: Option<&ObjRef>) -> PyResult<Stream> {
    slf.and_then(stream_of)
        .ok_or_else(|| rt.type_error("descriptor requires a '_io.TextIOWrapper' object"))
}

/// `write(s)`: the number of characters written.
fn write(
    rt: &Runtime,
    slf: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let stream = this(rt, slf)?;
    let arg = crate::builtins::args::one_arg(rt, "write", args, kwnames)?;
    let Some(s) = pystr::as_str(arg) else {
        return Err(rt.type_error(format!(
            "write() argument must be str, not {}",
            type_name(arg)
        )));
    };
    match stream {
        Stream::Stdout => rt.write_stdout(s)?,
        Stream::Stderr => rt.write_stderr(s)?,
        Stream::Stdin => {
            return Err(rt.new_err(ExcKind::OSError, "not writable"));
        }
    }
    Ok(rt.new_int(s.chars().count() as i64)?)
}

fn flush(
    rt: &Runtime,
    slf: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let stream = this(rt, slf)?;
    crate::builtins::args::positional(rt, "flush", args, kwnames, 0, 0)?;
    if stream == Stream::Stdout {
        rt.flush_stdout()?;
    }
    Ok(rt.none().clone())
}

fn readline(
    rt: &Runtime,
    slf: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let stream = this(rt, slf)?;
    crate::builtins::args::positional(rt, "readline", args, kwnames, 0, 1)?;
    if stream != Stream::Stdin {
        return Err(rt.new_err(ExcKind::OSError, "not readable"));
    }
    let line = rt.read_stdin_line()?.unwrap_or_default();
    Ok(rt.new_str(&line)?)
}

static METHODS: &[MethodDef] = &[
    MethodDef::method("write", write),
    MethodDef::method("flush", flush),
    MethodDef::method("readline", readline),
];

pub(crate) fn spec(object: &ObjRef) -> TypeSpec {
    TypeSpec::fixed::<TextIoPayload>("_io.TextIOWrapper", TypeFlags::NONE)
        .with_proto(ProtocolSlots {
            repr: Some(textio_repr),
            ..ProtocolSlots::default()
        })
        .with_methods(METHODS)
        .with_base(object)
}

impl Runtime {
    /// A stream object for `stream`.
    pub fn new_textio(&self, stream: Stream) -> PyResult<ObjRef> {
        let ty = self.lib_types()?.textio.clone();
        Ok(self.alloc(&ty, TextIoPayload { stream })?)
    }
}
