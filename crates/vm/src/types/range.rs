//! `range`: lazy, with bounds of any size (CPython's `rangeobject` keeps PyLongs), its
//! length computed once; `len()` raises OverflowError past `sys.maxsize` as CPython's does.
//! repr `range(0, 10)` / `range(0, 10, 2)`, O(1) `in` for ints, indexing and slicing (a
//! slice of a range is a range), equality as sequences, CPython's `range_hash`, and the two
//! iterator types (`range_iterator` for word-sized ranges, `longrange_iterator` beyond).

use std::cell::{Cell, RefCell};

use bytecode::CompareOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::errors::{ExcKind, PyResult};
use crate::object::{ObjRef, Payload};
use crate::ops;
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::{int, iter, slice};

pub struct RangePayload {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    length: BigInt,
}

impl Payload for RangePayload {}

impl RangePayload {
    pub fn start(&self) -> &BigInt {
        &self.start
    }
    pub fn stop(&self) -> &BigInt {
        &self.stop
    }
    pub fn step(&self) -> &BigInt {
        &self.step
    }
    pub fn length(&self) -> &BigInt {
        &self.length
    }

    fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }
}

/// `compute_range_length`.
fn range_length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u32) / st + 1u32
}

pub fn payload(obj: &ObjRef) -> Option<&RangePayload> {
    obj.downcast::<RangePayload>()
}

impl Runtime {
    /// `range(start, stop, step)`: ValueError "range() arg 3 must not be zero".
    pub fn new_range(&self, start: BigInt, stop: BigInt, step: BigInt) -> PyResult<ObjRef> {
        if step.is_zero() {
            return Err(self.value_error("range() arg 3 must not be zero"));
        }
        let length = range_length(&start, &stop, &step);
        Ok(self.alloc(
            &self.types().range,
            RangePayload {
                start,
                stop,
                step,
                length,
            },
        )?)
    }
}

fn big_obj(rt: &Runtime, v: BigInt) -> PyResult<ObjRef> {
    Ok(rt.new_int_big(v)?)
}

fn range_repr(_: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let Some(r) = payload(obj) else {
        return Ok(String::new());
    };
    Ok(if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    })
}

fn range_len(rt: &Runtime, obj: &ObjRef) -> PyResult<usize> {
    let Some(r) = payload(obj) else { return Ok(0) };
    match usize::try_from(&r.length) {
        Ok(n) if n <= isize::MAX as usize => Ok(n),
        _ => Err(rt.new_err(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

fn range_bool(_: &Runtime, obj: &ObjRef) -> PyResult<bool> {
    Ok(payload(obj).is_some_and(|r| !r.length.is_zero()))
}

/// Whether the int `v` is one of the range's values.
fn contains_int(r: &RangePayload, v: &BigInt) -> bool {
    let inside = if r.step.is_positive() {
        &r.start <= v && v < &r.stop
    } else {
        &r.stop < v && v <= &r.start
    };
    inside && (v - &r.start).mod_floor(&r.step).is_zero()
}

fn range_contains(rt: &Runtime, obj: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    let Some(r) = payload(obj) else {
        return Ok(false);
    };
    if let Some(v) = int::value(x) {
        return Ok(contains_int(r, &v.to_big()));
    }
    let it = ops::get_iter(rt, obj)?;
    while let Some(y) = ops::iter_next(rt, &it)? {
        if ops::eq(rt, &y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_getitem(rt: &Runtime, obj: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
    let Some(r) = payload(obj) else {
        return Err(rt.type_error("not a range"));
    };
    if let Some(sl) = slice::payload(key) {
        // `compute_slice` with `_PySlice_GetLongIndices`: exact for ranges of any length.
        let idx = |o: Option<ObjRef>| -> PyResult<Option<BigInt>> {
            match o {
                None => Ok(None),
                Some(o) if o.is(rt.none()) => Ok(None),
                Some(o) => match int::value(&o) {
                    Some(v) => Ok(Some(v.to_big().into_owned())),
                    None => Err(rt.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )),
                },
            }
        };
        let step = idx(sl.step())?.unwrap_or_else(|| BigInt::from(1));
        if step.is_zero() {
            return Err(rt.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step.is_negative() {
            (BigInt::from(-1), &r.length - 1)
        } else {
            (BigInt::from(0), r.length.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(mut i) => {
                    if i.is_negative() {
                        i += &r.length;
                        if i < lower {
                            i = lower.clone();
                        }
                    } else if i > upper {
                        i = upper.clone();
                    }
                    i
                }
            }
        };
        let neg = step.is_negative();
        let start = clamp(idx(sl.start())?, if neg { &upper } else { &lower });
        let stop = clamp(idx(sl.stop())?, if neg { &lower } else { &upper });
        return rt.new_range(r.item(&start), r.item(&stop), &r.step * step);
    }
    let Some(v) = int::value(key) else {
        return Err(rt.type_error(format!(
            "range indices must be integers or slices, not {}",
            ops::type_name(key)
        )));
    };
    let mut i = v.to_big().into_owned();
    if i.is_negative() {
        i += &r.length;
    }
    if i.is_negative() || i >= r.length {
        return Err(rt.new_err(ExcKind::IndexError, "range object index out of range"));
    }
    big_obj(rt, r.item(&i))
}

fn range_richcompare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (payload(a), payload(b)) else {
        return Ok(rt.not_implemented().clone());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(rt.not_implemented().clone());
    }
    let eq = a.is(b)
        || (x.length == y.length
            && (x.length.is_zero()
                || (x.start == y.start && (x.length.is_one() || x.step == y.step))));
    Ok(rt.new_bool(eq == (op == CompareOp::Eq)))
}

/// `range_hash`: the hash of `(len, start, step)` with None for what does not matter.
fn range_hash(rt: &Runtime, obj: &ObjRef) -> PyResult<i64> {
    let Some(r) = payload(obj) else { return Ok(0) };
    let len = big_obj(rt, r.length.clone())?;
    let none = rt.none().clone();
    let t = if r.length.is_zero() {
        vec![len, none.clone(), none]
    } else if r.length.is_one() {
        vec![len, big_obj(rt, r.start.clone())?, none]
    } else {
        vec![
            len,
            big_obj(rt, r.start.clone())?,
            big_obj(rt, r.step.clone())?,
        ]
    };
    crate::types::tuple::tuple_hash_of(rt, &t)
}

fn range_sizeof(_: &Runtime, _: &ObjRef) -> usize {
    48
}

/// An iterator's state: word-sized ranges count in machine integers.
pub struct RangeIterPayload {
    state: RefCell<RangeIterState>,
    remaining: Cell<u64>,
}

enum RangeIterState {
    Small {
        next: i64,
        step: i64,
    },
    Long {
        next: BigInt,
        step: BigInt,
        left: BigInt,
    },
}

impl Payload for RangeIterPayload {}

fn range_iter(rt: &Runtime, obj: &ObjRef) -> PyResult<ObjRef> {
    let Some(r) = payload(obj) else {
        return Err(rt.type_error("not a range"));
    };
    let small = (|| {
        let start = i64::try_from(&r.start).ok()?;
        let step = i64::try_from(&r.step).ok()?;
        let len = u64::try_from(&r.length).ok()?;
        // Every value produced must fit a word too (`fast_range_iter`'s check).
        i64::try_from(&r.stop).ok()?;
        Some((start, step, len))
    })();
    let (ty, state, remaining) = match small {
        Some((next, step, len)) => (
            &rt.types().range_iterator,
            RangeIterState::Small { next, step },
            len,
        ),
        None => (
            &rt.types().longrange_iterator,
            RangeIterState::Long {
                next: r.start.clone(),
                step: r.step.clone(),
                left: r.length.clone(),
            },
            0,
        ),
    };
    Ok(rt.alloc(
        ty,
        RangeIterPayload {
            state: RefCell::new(state),
            remaining: Cell::new(remaining),
        },
    )?)
}

fn rangeiter_next(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    match obj.downcast::<RangeIterPayload>() {
        Some(it) => it.next(rt),
        None => Ok(None),
    }
}

impl RangeIterPayload {
    /// The next value, or `None` when exhausted (also `FOR_ITER`'s fast path).
    #[inline]
    pub(crate) fn next(&self, rt: &Runtime) -> PyResult<Option<ObjRef>> {
        let it = self;
        let mut st = it.state.borrow_mut();
        match &mut *st {
            RangeIterState::Small { next, step } => {
                let left = it.remaining.get();
                if left == 0 {
                    return Ok(None);
                }
                let v = *next;
                it.remaining.set(left - 1);
                *next = next.wrapping_add(*step);
                drop(st);
                Ok(Some(rt.new_int(v)?))
            }
            RangeIterState::Long { next, step, left } => {
                if !left.is_positive() {
                    return Ok(None);
                }
                let v = next.clone();
                *next += &*step;
                *left -= 1u32;
                drop(st);
                Ok(Some(big_obj(rt, v)?))
            }
        }
    }
}

pub(crate) fn iter_spec(name: &'static str) -> TypeSpec {
    TypeSpec::fixed::<RangeIterPayload>(name, TypeFlags::NONE)
        .with_proto(iter::iterator_proto(rangeiter_next))
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<RangePayload>("range", TypeFlags::NONE).with_proto(ProtocolSlots {
        new: Some(crate::types::typecall::range_new),
        repr: Some(range_repr),
        hash: Some(range_hash),
        richcompare: Some(range_richcompare),
        bool: Some(range_bool),
        len: Some(range_len),
        contains: Some(range_contains),
        getitem: Some(range_getitem),
        iter: Some(range_iter),
        sizeof: Some(range_sizeof),
        ..ProtocolSlots::default()
    })
}
