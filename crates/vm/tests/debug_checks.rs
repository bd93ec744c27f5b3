//! Debug-build checks: use after free and refcount underflow panic instead of corrupting.

#![cfg(debug_assertions)]

use vm::Runtime;

#[test]
#[should_panic(expected = "freed or corrupt object")]
fn decref_of_a_freed_object_is_caught() {
    let rt = Runtime::new().unwrap();
    // Keep the pool in use so the freed block stays mapped.
    let _keep = rt.new_list(vec![]).unwrap();
    let l = rt.new_list(vec![]).unwrap();
    // SAFETY: deliberately violated (a second handle without an incref) to trigger the check.
    let dup = unsafe { std::ptr::read(&l) };
    std::mem::forget(rt); // no teardown while unwinding
    drop(l);
    drop(dup);
}

#[test]
#[should_panic(expected = "freed or corrupt object")]
fn incref_of_a_freed_object_is_caught() {
    let rt = Runtime::new().unwrap();
    let _keep = rt.new_tuple(vec![rt.none().clone()]).unwrap();
    let t = rt.new_tuple(vec![rt.none().clone()]).unwrap();
    // ManuallyDrop: the stale handle must not be dropped again while unwinding.
    // SAFETY: deliberately violated (a second handle without an incref) to trigger the check.
    let dup = std::mem::ManuallyDrop::new(unsafe { std::ptr::read(&t) });
    std::mem::forget(rt);
    drop(t);
    let _again = (*dup).clone();
}
