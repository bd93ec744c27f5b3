//! The builtin types: each file owns one type's payload (layout, construction, element
//! access, release order, traverse/clear) and its behaviour slots (repr, hash, comparison,
//! arithmetic, iteration) with CPython's results and errors. The operation layer (`ops/`)
//! reaches them through the slots.

pub mod builtin_fn;
pub mod cell;
pub mod code;
pub mod dict;
pub mod dict_methods;
pub mod dict_views;
pub mod exception;
pub mod float;
pub mod frameobject;
pub mod function;
pub mod int;
pub mod iter;
pub mod list;
pub mod list_methods;
pub mod method_descr;
pub mod module;
pub mod none;
pub mod object;
pub mod range;
pub mod set;
pub mod set_methods;
pub mod slice;
pub mod str;
pub mod str_format;
pub mod str_methods;
pub mod structseq;
pub mod textio;
pub mod traceback;
pub mod tuple;
pub mod typecall;

use crate::heap::AllocError;
use crate::runtime::{Runtime, Singletons, SMALL_INT_MAX, SMALL_INT_MIN};

/// None, True, False, `()` and the small ints, built once at start-up.
pub(crate) fn build_singletons(rt: &Runtime) -> Result<Singletons, AllocError> {
    let t = rt.types();
    let none = rt.alloc(&t.none, none::NonePayload)?;
    let false_ = rt.alloc(&t.bool_, int::IntPayload::new(0))?;
    let true_ = rt.alloc(&t.bool_, int::IntPayload::new(1))?;
    // `()` has the GC head like every tuple but is never tracked.
    let empty_tuple = rt.alloc_var(&t.tuple, tuple::TuplePayload::new(0), [])?;
    let mut small_ints = Vec::with_capacity((SMALL_INT_MAX - SMALL_INT_MIN + 1) as usize);
    for v in SMALL_INT_MIN..=SMALL_INT_MAX {
        small_ints.push(rt.alloc(&t.int, int::IntPayload::new(v))?);
    }
    let not_implemented = rt.alloc(&t.not_implemented, none::NotImplementedPayload)?;
    let ellipsis = rt.alloc(&t.ellipsis, none::EllipsisPayload)?;
    let memory_error = rt.new_exception_with_args(
        rt.exc_type(crate::errors::ExcKind::MemoryError),
        empty_tuple.clone(),
    )?;
    Ok(Singletons {
        latin1: std::cell::RefCell::new(vec![None; 257]),
        not_implemented,
        ellipsis,
        memory_error,
        none,
        true_,
        false_,
        empty_tuple,
        small_ints,
    })
}
