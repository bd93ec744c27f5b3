//! The behaviour slots of a type object: CPython's `tp_repr`, `tp_str`, `tp_hash`,
//! `tp_richcompare`, `tp_iter`/`tp_iternext`, the number protocol (`nb_*`), the sequence and
//! mapping protocols (`sq_contains`, `mp_length`, `mp_subscript`, `mp_ass_subscript`) and
//! `__sizeof__`. The operation layer (`ops/`) dispatches through them; builtin types fill
//! them with Rust functions, and a Python class (a later issue) will fill them with functions
//! that look up and call its dunder methods, as CPython's `slot_nb_add` & co. do.
//!
//! One deliberate simplification of CPython's table: the thirteen binary number slots are one
//! slot taking the operator ([`NumberOp`]) and the in-place ones another, so a type (or a
//! class's generic slot) dispatches on the operator itself. A slot answers `NotImplemented`
//! (the singleton) exactly where CPython's would, so the binary-op protocol in
//! `ops/number.rs` (left slot, then right slot reflected, subclass first) is CPython's.
//!
//! Slots are inherited: a type built with a base copies every slot it leaves empty from the
//! base (`inherit_slots`), which is how `bool` gets int's arithmetic and every exception type
//! BaseException's repr.

use bytecode::{BinaryOp, CompareOp};

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::runtime::Runtime;

/// The operator of a binary number slot (the non-in-place half of [`BinaryOp`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberOp {
    Add,
    And,
    FloorDivide,
    Lshift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    Rshift,
    Subtract,
    TrueDivide,
    Xor,
}

impl NumberOp {
    /// The operator and whether it is the in-place form.
    pub fn from_binary(op: BinaryOp) -> (NumberOp, bool) {
        use BinaryOp as B;
        use NumberOp as N;
        match op {
            B::Add => (N::Add, false),
            B::And => (N::And, false),
            B::FloorDivide => (N::FloorDivide, false),
            B::Lshift => (N::Lshift, false),
            B::MatrixMultiply => (N::MatrixMultiply, false),
            B::Multiply => (N::Multiply, false),
            B::Remainder => (N::Remainder, false),
            B::Or => (N::Or, false),
            B::Power => (N::Power, false),
            B::Rshift => (N::Rshift, false),
            B::Subtract => (N::Subtract, false),
            B::TrueDivide => (N::TrueDivide, false),
            B::Xor => (N::Xor, false),
            B::InplaceAdd => (N::Add, true),
            B::InplaceAnd => (N::And, true),
            B::InplaceFloorDivide => (N::FloorDivide, true),
            B::InplaceLshift => (N::Lshift, true),
            B::InplaceMatrixMultiply => (N::MatrixMultiply, true),
            B::InplaceMultiply => (N::Multiply, true),
            B::InplaceRemainder => (N::Remainder, true),
            B::InplaceOr => (N::Or, true),
            B::InplacePower => (N::Power, true),
            B::InplaceRshift => (N::Rshift, true),
            B::InplaceSubtract => (N::Subtract, true),
            B::InplaceTrueDivide => (N::TrueDivide, true),
            B::InplaceXor => (N::Xor, true),
        }
    }

    /// The operator as CPython's TypeError shows it (`+`, `**` or `pow()`, ...).
    pub fn symbol(self) -> &'static str {
        use NumberOp as N;
        match self {
            N::Add => "+",
            N::And => "&",
            N::FloorDivide => "//",
            N::Lshift => "<<",
            N::MatrixMultiply => "@",
            N::Multiply => "*",
            N::Remainder => "%",
            N::Or => "|",
            N::Power => "** or pow()",
            N::Rshift => ">>",
            N::Subtract => "-",
            N::TrueDivide => "/",
            N::Xor => "^",
        }
    }

    /// The in-place symbol (`+=`, `**=`).
    pub fn inplace_symbol(self) -> &'static str {
        use NumberOp as N;
        match self {
            N::Add => "+=",
            N::And => "&=",
            N::FloorDivide => "//=",
            N::Lshift => "<<=",
            N::MatrixMultiply => "@=",
            N::Multiply => "*=",
            N::Remainder => "%=",
            N::Or => "|=",
            N::Power => "**=",
            N::Rshift => ">>=",
            N::Subtract => "-=",
            N::TrueDivide => "/=",
            N::Xor => "^=",
        }
    }
}

/// The unary number slots (`nb_negative`, `nb_positive`, `nb_invert`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Negative,
    Positive,
    Invert,
    /// `nb_absolute` (`abs()`).
    Absolute,
}

impl UnaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            UnaryOp::Negative => "unary -",
            UnaryOp::Positive => "unary +",
            UnaryOp::Invert => "unary ~",
            UnaryOp::Absolute => "abs()",
        }
    }
}

/// `tp_repr` / `tp_str`: the text (a class's `__repr__` result is copied out of its str).
pub type ReprFn = fn(&Runtime, &ObjRef) -> PyResult<String>;
/// `tp_hash`.
pub type HashFn = fn(&Runtime, &ObjRef) -> PyResult<i64>;
/// `tp_richcompare`: a result object or `NotImplemented`.
pub type RichCompareFn = fn(&Runtime, &ObjRef, &ObjRef, CompareOp) -> PyResult<ObjRef>;
/// The binary number slots: a result or `NotImplemented`. For `Power` the third argument of
/// `pow()` comes through [`TernaryFn`].
pub type BinaryFn = fn(&Runtime, &ObjRef, &ObjRef, NumberOp) -> PyResult<ObjRef>;
/// `nb_power` with a modulus (`pow(a, b, m)`).
pub type TernaryFn = fn(&Runtime, &ObjRef, &ObjRef, &ObjRef) -> PyResult<ObjRef>;
/// `nb_negative` & co.
pub type UnaryFn = fn(&Runtime, &ObjRef, UnaryOp) -> PyResult<ObjRef>;
/// `nb_bool`.
pub type BoolFn = fn(&Runtime, &ObjRef) -> PyResult<bool>;
/// `sq_concat` / `sq_inplace_concat`: tried after both number slots declined.
pub type ConcatFn = fn(&Runtime, &ObjRef, &ObjRef) -> PyResult<ObjRef>;
/// `sq_repeat` / `sq_inplace_repeat`: the count is already an index (negative = 0 items).
pub type RepeatFn = fn(&Runtime, &ObjRef, isize) -> PyResult<ObjRef>;
/// `mp_length` / `sq_length`.
pub type LenFn = fn(&Runtime, &ObjRef) -> PyResult<usize>;
/// `mp_subscript`.
pub type GetItemFn = fn(&Runtime, &ObjRef, &ObjRef) -> PyResult<ObjRef>;
/// `mp_ass_subscript`: `Some(value)` stores, `None` deletes.
pub type SetItemFn = fn(&Runtime, &ObjRef, &ObjRef, Option<ObjRef>) -> PyResult<()>;
/// `sq_contains`.
pub type ContainsFn = fn(&Runtime, &ObjRef, &ObjRef) -> PyResult<bool>;
/// `tp_iter`.
pub type IterFn = fn(&Runtime, &ObjRef) -> PyResult<ObjRef>;
/// `tp_iternext`: `Ok(None)` is exhaustion (no StopIteration object is made).
pub type IterNextFn = fn(&Runtime, &ObjRef) -> PyResult<Option<ObjRef>>;
/// `__sizeof__`: bytes as `sys.getsizeof` reports them before adding the GC head.
pub type SizeofFn = fn(&Runtime, &ObjRef) -> usize;
/// `tp_getattro`: the attribute, or AttributeError (use `ops::attribute_error`).
pub type GetAttrFn = fn(&Runtime, &ObjRef, &ObjRef) -> PyResult<ObjRef>;
/// `tp_setattro`: `Some(value)` sets, `None` deletes.
pub type SetAttrFn = fn(&Runtime, &ObjRef, &ObjRef, Option<ObjRef>) -> PyResult<()>;
/// `tp_call` in vectorcall form: positional arguments then keyword values, with the
/// keyword names (a tuple of str) when there are any.
pub type CallFn = fn(&Runtime, &ObjRef, &[ObjRef], Option<&ObjRef>) -> PyResult<ObjRef>;
/// `tp_new` (with `tp_init`'s work, for builtin types): an instance of the type `cls`
/// (the first argument) from call arguments in vectorcall form. Type objects' `call` slot
/// (`types/typecall.rs`) dispatches to it.
pub type NewFn = fn(&Runtime, &ObjRef, &[ObjRef], Option<&ObjRef>) -> PyResult<ObjRef>;
/// `nb_index`/`nb_int`-like conversions answer through the int payload; `nb_float`:
pub type FloatFn = fn(&Runtime, &ObjRef) -> PyResult<f64>;

/// The behaviour slots. Every field is optional; empty means "the type does not support it"
/// (after inheritance).
#[derive(Clone, Copy, Default)]
pub struct ProtocolSlots {
    pub repr: Option<ReprFn>,
    pub str: Option<ReprFn>,
    /// `None` after inheritance means unhashable (`PyObject_HashNotImplemented`); types
    /// that are unhashable set [`ProtocolSlots::unhashable`] so `object`'s hash is not
    /// inherited.
    pub hash: Option<HashFn>,
    pub unhashable: bool,
    pub richcompare: Option<RichCompareFn>,
    pub number: Option<BinaryFn>,
    pub inplace: Option<BinaryFn>,
    pub power_mod: Option<TernaryFn>,
    pub unary: Option<UnaryFn>,
    pub bool: Option<BoolFn>,
    pub float: Option<FloatFn>,
    pub concat: Option<ConcatFn>,
    pub inplace_concat: Option<ConcatFn>,
    pub repeat: Option<RepeatFn>,
    pub inplace_repeat: Option<RepeatFn>,
    pub len: Option<LenFn>,
    pub getitem: Option<GetItemFn>,
    pub setitem: Option<SetItemFn>,
    pub contains: Option<ContainsFn>,
    pub iter: Option<IterFn>,
    pub iternext: Option<IterNextFn>,
    pub sizeof: Option<SizeofFn>,
    pub getattr: Option<GetAttrFn>,
    pub setattr: Option<SetAttrFn>,
    pub call: Option<CallFn>,
    /// Not inherited: as CPython's `type_ready_set_new`, a native type whose base is
    /// `object` and that sets no `new` cannot be instantiated ("cannot create
    /// 'list_iterator' instances"); every other builtin type sets its own.
    pub new: Option<NewFn>,
}

impl ProtocolSlots {
    /// CPython's `inherit_slots`: fill what `self` leaves empty from `base`.
    pub(crate) fn inherit(&mut self, base: &ProtocolSlots) {
        macro_rules! inh {
            ($($f:ident),*) => { $( if self.$f.is_none() { self.$f = base.$f; } )* };
        }
        inh!(
            repr,
            str,
            richcompare,
            number,
            inplace,
            power_mod,
            unary,
            bool,
            float,
            concat,
            inplace_concat,
            repeat,
            inplace_repeat,
            len,
            getitem,
            setitem,
            contains,
            iter,
            iternext,
            sizeof,
            getattr,
            setattr,
            call
        );
        if self.hash.is_none() && !self.unhashable {
            self.hash = base.hash;
            self.unhashable = base.unhashable;
        }
    }
}
