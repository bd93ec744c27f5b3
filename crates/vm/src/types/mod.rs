//! The minimal builtin payload types: layout, construction, element access and release.
//! Behaviour (repr, hashing, arithmetic, methods) comes with the eval loop (issue 4).

pub mod dict;
pub mod float;
pub mod int;
pub mod list;
pub mod none;
pub mod object;
pub mod str;
pub mod tuple;

use crate::heap::AllocError;
use crate::runtime::{Runtime, Singletons, SMALL_INT_MAX, SMALL_INT_MIN};

/// None, True, False, `()` and the small ints, built once at start-up.
pub(crate) fn build_singletons(rt: &Runtime) -> Result<Singletons, AllocError> {
    let t = rt.types();
    let none = rt.alloc(&t.none, none::NonePayload)?;
    let false_ = rt.alloc(&t.bool_, int::IntPayload::new(0))?;
    let true_ = rt.alloc(&t.bool_, int::IntPayload::new(1))?;
    // `()` has the GC head like every tuple but is never tracked.
    let empty_tuple = rt.alloc_var(&t.tuple, tuple::TuplePayload { len: 0 }, [])?;
    let mut small_ints = Vec::with_capacity((SMALL_INT_MAX - SMALL_INT_MIN + 1) as usize);
    for v in SMALL_INT_MIN..=SMALL_INT_MAX {
        small_ints.push(rt.alloc(&t.int, int::IntPayload::new(v))?);
    }
    Ok(Singletons {
        none,
        true_,
        false_,
        empty_tuple,
        small_ints,
    })
}
