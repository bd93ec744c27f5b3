//! Helpers shared by the object-core tests: a release hook that records death order.

#![allow(dead_code)]

use std::cell::RefCell;

use vm::{ObjPtr, ObjRef, Runtime, TypeObject};

thread_local! {
    static DEATHS: RefCell<Vec<(usize, String)>> = const { RefCell::new(Vec::new()) };
}

fn record(p: ObjPtr, ty: &TypeObject) {
    DEATHS.with(|d| d.borrow_mut().push((p.addr(), ty.name().to_string())));
}

/// Starts recording the objects whose release begins, in order.
pub fn record_deaths(rt: &Runtime) {
    DEATHS.with(|d| d.borrow_mut().clear());
    rt.set_release_hook(Some(record));
}

/// The addresses recorded so far.
pub fn deaths() -> Vec<usize> {
    DEATHS.with(|d| d.borrow().iter().map(|(a, _)| *a).collect())
}

/// The addresses recorded so far with their type names.
pub fn deaths_named() -> Vec<(usize, String)> {
    DEATHS.with(|d| d.borrow().clone())
}

/// Tears the runtime down and asserts nothing leaked.
pub fn assert_clean_teardown(rt: Runtime) {
    let report = rt.teardown();
    assert_eq!(report.leaked_blocks, 0, "leaked: {}", report.live);
}

pub fn ids(objs: &[ObjRef]) -> Vec<usize> {
    objs.iter().map(ObjRef::id).collect()
}

pub mod pyvalue;
