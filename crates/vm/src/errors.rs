//! Python exceptions as Rust values: [`PyResult`] / [`PyErr`] (which carries an exception
//! object on the heap), the builtin exception hierarchy of CPython 3.11 ([`ExcKind`], one type
//! object per kind, each with its base), and the constructors the rest of the VM raises with
//! (`rt.type_error(..)`, `rt.new_err(ExcKind::KeyError, ..)`). The exception payload and its
//! `str()`/`repr()` live in `types/exception.rs`.
//!
//! Raising never fails: if the exception object itself cannot be allocated, the MemoryError
//! instance preallocated at start-up is raised instead (CPython keeps a freelist of
//! MemoryErrors for the same reason).

use std::fmt;

use crate::heap::AllocError;
use crate::object::ObjRef;
use crate::runtime::{with_state, Runtime};

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// A raised exception: owns a reference to the exception object.
pub struct PyErr {
    exc: ObjRef,
}

impl PyErr {
    /// Wraps an exception object (an instance of BaseException or a subclass).
    pub fn from_object(exc: ObjRef) -> PyErr {
        PyErr { exc }
    }

    /// The exception object.
    pub fn object(&self) -> &ObjRef {
        &self.exc
    }

    pub fn into_object(self) -> ObjRef {
        self.exc
    }

    /// The exception's type object.
    pub fn type_ref(&self) -> &ObjRef {
        self.exc.type_ref()
    }

    /// `except kind:` matching: the exception is an instance of `kind` or a subclass.
    pub fn matches(&self, rt: &Runtime, kind: ExcKind) -> bool {
        crate::ops::is_subtype(self.exc.type_ref(), rt.exc_type(kind))
    }
}

impl fmt::Debug for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ty = self.exc.type_object().name().to_string();
        let msg = crate::types::exception::message_for_debug(&self.exc);
        write!(f, "PyErr({ty}: {msg})")
    }
}

impl From<AllocError> for PyErr {
    /// The preallocated MemoryError (allocation just failed, so do not allocate).
    fn from(_: AllocError) -> PyErr {
        with_state(|st| PyErr::from_object(st.memory_error_instance()))
    }
}

macro_rules! exception_kinds {
    ($( $kind:ident = $name:literal : $base:ident ),* $(,)?) => {
        /// The builtin exception types, in CPython 3.11's hierarchy (`Lib/test/exception_hierarchy.txt`),
        /// without the exception groups (ExceptionGroup has two bases; `except*` is outside
        /// the subset).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum ExcKind { BaseException, $( $kind ),* }

        impl ExcKind {
            /// Every kind, each after its base (the order the types are built in).
            pub const ALL: &'static [ExcKind] = &[ExcKind::BaseException, $( ExcKind::$kind ),*];

            /// The class name.
            pub fn name(self) -> &'static str {
                match self { ExcKind::BaseException => "BaseException", $( ExcKind::$kind => $name ),* }
            }

            /// The direct base (`None` for BaseException, whose base is `object`).
            pub fn base(self) -> Option<ExcKind> {
                match self { ExcKind::BaseException => None, $( ExcKind::$kind => Some(ExcKind::$base) ),* }
            }
        }
    };
}

exception_kinds! {
    GeneratorExit = "GeneratorExit": BaseException,
    KeyboardInterrupt = "KeyboardInterrupt": BaseException,
    SystemExit = "SystemExit": BaseException,
    Exception = "Exception": BaseException,
    ArithmeticError = "ArithmeticError": Exception,
    FloatingPointError = "FloatingPointError": ArithmeticError,
    OverflowError = "OverflowError": ArithmeticError,
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError,
    AssertionError = "AssertionError": Exception,
    AttributeError = "AttributeError": Exception,
    BufferError = "BufferError": Exception,
    EOFError = "EOFError": Exception,
    ImportError = "ImportError": Exception,
    ModuleNotFoundError = "ModuleNotFoundError": ImportError,
    LookupError = "LookupError": Exception,
    IndexError = "IndexError": LookupError,
    KeyError = "KeyError": LookupError,
    MemoryError = "MemoryError": Exception,
    NameError = "NameError": Exception,
    UnboundLocalError = "UnboundLocalError": NameError,
    OSError = "OSError": Exception,
    BlockingIOError = "BlockingIOError": OSError,
    ChildProcessError = "ChildProcessError": OSError,
    ConnectionError = "ConnectionError": OSError,
    BrokenPipeError = "BrokenPipeError": ConnectionError,
    ConnectionAbortedError = "ConnectionAbortedError": ConnectionError,
    ConnectionRefusedError = "ConnectionRefusedError": ConnectionError,
    ConnectionResetError = "ConnectionResetError": ConnectionError,
    FileExistsError = "FileExistsError": OSError,
    FileNotFoundError = "FileNotFoundError": OSError,
    InterruptedError = "InterruptedError": OSError,
    IsADirectoryError = "IsADirectoryError": OSError,
    NotADirectoryError = "NotADirectoryError": OSError,
    PermissionError = "PermissionError": OSError,
    ProcessLookupError = "ProcessLookupError": OSError,
    TimeoutError = "TimeoutError": OSError,
    ReferenceError = "ReferenceError": Exception,
    RuntimeError = "RuntimeError": Exception,
    NotImplementedError = "NotImplementedError": RuntimeError,
    RecursionError = "RecursionError": RuntimeError,
    StopAsyncIteration = "StopAsyncIteration": Exception,
    StopIteration = "StopIteration": Exception,
    SyntaxError = "SyntaxError": Exception,
    IndentationError = "IndentationError": SyntaxError,
    TabError = "TabError": IndentationError,
    SystemError = "SystemError": Exception,
    TypeError = "TypeError": Exception,
    ValueError = "ValueError": Exception,
    UnicodeError = "UnicodeError": ValueError,
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError,
    UnicodeEncodeError = "UnicodeEncodeError": UnicodeError,
    UnicodeTranslateError = "UnicodeTranslateError": UnicodeError,
    Warning = "Warning": Exception,
    BytesWarning = "BytesWarning": Warning,
    DeprecationWarning = "DeprecationWarning": Warning,
    EncodingWarning = "EncodingWarning": Warning,
    FutureWarning = "FutureWarning": Warning,
    ImportWarning = "ImportWarning": Warning,
    PendingDeprecationWarning = "PendingDeprecationWarning": Warning,
    ResourceWarning = "ResourceWarning": Warning,
    RuntimeWarning = "RuntimeWarning": Warning,
    SyntaxWarning = "SyntaxWarning": Warning,
    UnicodeWarning = "UnicodeWarning": Warning,
    UserWarning = "UserWarning": Warning,
}

impl Runtime {
    /// Raises `kind(*args)`.
    pub fn new_err_args(&self, kind: ExcKind, args: Vec<ObjRef>) -> PyErr {
        match self.new_exception(self.exc_type(kind), args) {
            Ok(e) => PyErr::from_object(e),
            Err(_) => PyErr::from(AllocError),
        }
    }

    /// Raises `kind(msg)`.
    pub fn new_err(&self, kind: ExcKind, msg: impl AsRef<str>) -> PyErr {
        match self.new_str(msg.as_ref()) {
            Ok(s) => self.new_err_args(kind, vec![s]),
            Err(e) => e.into(),
        }
    }

    /// Raises `kind()` (no arguments).
    pub fn new_err_empty(&self, kind: ExcKind) -> PyErr {
        self.new_err_args(kind, Vec::new())
    }

    pub fn type_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_err(ExcKind::TypeError, msg)
    }

    pub fn value_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_err(ExcKind::ValueError, msg)
    }

    pub fn overflow_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_err(ExcKind::OverflowError, msg)
    }

    pub fn zero_division_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_err(ExcKind::ZeroDivisionError, msg)
    }

    pub fn index_error(&self, msg: impl AsRef<str>) -> PyErr {
        self.new_err(ExcKind::IndexError, msg)
    }

    /// `KeyError(key)`: the key object itself is the argument.
    pub fn key_error(&self, key: &ObjRef) -> PyErr {
        self.new_err_args(ExcKind::KeyError, vec![key.clone()])
    }

    /// `MemoryError()`: a fresh instance when one can be allocated, else the preallocated one.
    pub fn memory_error(&self) -> PyErr {
        self.new_err_empty(ExcKind::MemoryError)
    }

    /// Converts an error of `pyfmt` (text forms) into the exception CPython raises.
    pub fn from_fmt_error(&self, e: pyfmt::Error) -> PyErr {
        let kind = match e.kind {
            pyfmt::ErrorKind::ValueError => ExcKind::ValueError,
            pyfmt::ErrorKind::OverflowError => ExcKind::OverflowError,
            pyfmt::ErrorKind::TypeError => ExcKind::TypeError,
            pyfmt::ErrorKind::MemoryError => return self.memory_error(),
        };
        self.new_err(kind, e.message)
    }
}
