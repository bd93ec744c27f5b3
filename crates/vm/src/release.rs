//! What happens when a refcount reaches zero: the finalizer check (objects whose type has a
//! finalizer are resurrected into the finalizer queue instead), untracking, CPython 3.11's
//! trashcan (`Py_TRASHCAN_BEGIN/END`, `_PyTrash_thread_deposit_object`,
//! `_PyTrash_thread_destroy_chain`) that bounds native recursion at [`TRASHCAN_UNWIND_LEVEL`]
//! nested releases, the type's `release` slot (children in CPython's order), and the freeing
//! of the block. See "Release" in `lib.rs` for the order of events and why it matches.

use std::ptr::NonNull;

use crate::gclist::untrack_raw;
use crate::heap::free_object_planned;
use crate::object::PREV_MASK_FLAGS;
use crate::object::{
    gc_head, payload_ptr, type_object_ptr, ObjHeader, ObjPtr, ObjRef, PREV_MASK_FINALIZED,
};
use crate::runtime::{with_state, State};
use crate::typeobj::TypeObject;

/// `_PyTrash_UNWIND_LEVEL` in 3.11: nested releases deeper than this are deferred.
pub const TRASHCAN_UNWIND_LEVEL: usize = 50;

/// A test hook called as each object's release begins (after the trashcan admitted it,
/// before its children are released): where `__del__` would run in CPython, so the order of
/// calls is the death order CPython shows.
pub type ReleaseHook = fn(ObjPtr, &TypeObject);

/// Called by `ObjRef::drop` when the count reaches zero.
///
/// # Safety
/// `obj` is a live object whose refcount just became 0; no handle to it remains.
#[inline(never)]
pub(crate) unsafe fn dealloc(obj: NonNull<ObjHeader>) {
    // SAFETY: obj's type is alive (it outlives its instances).
    let ty = unsafe { &*type_object_ptr(obj) };
    // Floats and word-sized ints, kept to a few instructions: nothing to drop, and the
    // block goes on the type's free list or back to the allocator (the same steps
    // `release_body` takes). The free-list case first, without a stack frame.
    let plan = ty.release_plan;
    if plan.quick() && with_state(|st| st.release_hook.get().is_none()) {
        if plan.free_list() {
            // SAFETY: `quick` types are fixed-size, non-GC and not heap types with nothing
            // to drop, so listing the dead block is the whole release. A full list leaves
            // the block to `release_body`, as before.
            if unsafe { ty.free_list.push(obj) } {
                return;
            }
        } else {
            // Out of line, so this function keeps no stack frame (a tail call).
            // SAFETY: per this function's contract.
            return unsafe { free_quick(obj, ty) };
        }
    }
    // SAFETY: per this function's contract.
    unsafe { dealloc_slow(obj) }
}

/// [`dealloc`] of a quick type's instance without a free list (a word-sized int): when the
/// instance has nothing to drop, the block goes straight back to the allocator.
///
/// # Safety
/// As [`dealloc`]; `ty` is obj's type, a quick one.
#[inline(never)]
unsafe fn free_quick(obj: NonNull<ObjHeader>, ty: &TypeObject) {
    // SAFETY: obj's payload is initialised until released.
    if ty.slots.drop_is_noop.is_none_or(|f| unsafe { f(obj) }) {
        let plan = ty.release_plan;
        // SAFETY: quick types are fixed-size, non-GC and not heap types, and this instance
        // has nothing to drop, so freeing the dead block is the whole release.
        with_state(|st| unsafe { free_object_planned(st, obj, &plan) });
    } else {
        // SAFETY: per this function's contract.
        unsafe { dealloc_slow(obj) }
    }
}

/// [`dealloc`] beyond the free-list case.
///
/// # Safety
/// As [`dealloc`].
#[inline(never)]
unsafe fn dealloc_slow(obj: NonNull<ObjHeader>) {
    // SAFETY: obj's type is alive (it outlives its instances).
    if unsafe { &*type_object_ptr(obj) }.has_gc() {
        // SAFETY: this function's contract, and the type was just seen to have HAVE_GC,
        // which is what dealloc_gc adds to it.
        unsafe { dealloc_gc(obj) };
        return;
    }
    // The common case (ints, floats, strings) kept short: non-GC objects hold no
    // references that can chain (CPython's rule: a type that can hold arbitrary objects
    // has HAVE_GC), so they need neither the finalizer check nor the trashcan.
    // SAFETY: per this function's contract.
    with_state(|st| unsafe { release_body(st, obj) })
}

/// [`dealloc`] of a GC object: the finalizer queue (PEP 442), untracking, the trashcan.
///
/// # Safety
/// As [`dealloc`], and the object's type has HAVE_GC.
#[inline(never)]
unsafe fn dealloc_gc(obj: NonNull<ObjHeader>) {
    with_state(|st| {
        // SAFETY: obj's type is alive (it outlives its instances).
        let ty = unsafe { &*type_object_ptr(obj) };
        if ty.has_finalize() {
            // SAFETY: the type has HAVE_GC (validated), so the GC head exists.
            let gc = unsafe { gc_head(obj) };
            if gc.gc_prev.get() & PREV_MASK_FINALIZED == 0 {
                // Resurrect: the queue's handle is the one reference. The object stays
                // tracked while it waits (a collection would see the queue's reference as
                // external and keep it).
                // SAFETY: obj is live with count 0; setting it to 1 and adopting that
                // reference into a handle is the resurrection.
                let r = unsafe {
                    (*obj.as_ptr()).refcnt.set(1);
                    ObjRef::from_raw(obj)
                };
                st.finalizers.push(r);
                return;
            }
        }
        // SAFETY: a GC object at count 0.
        unsafe {
            untrack_raw(obj);
            trashcan_release(st, obj);
        }
    })
}

/// `Py_TRASHCAN_BEGIN` ... body ... `Py_TRASHCAN_END` around a GC object's release.
///
/// # Safety
/// `obj` is an untracked GC object at count 0, past the finalizer check.
unsafe fn trashcan_release(st: &State, obj: NonNull<ObjHeader>) {
    let nesting = st.trash_nesting.get();
    if nesting >= TRASHCAN_UNWIND_LEVEL {
        // _PyTrash_thread_deposit_object: push on the trash stack, linked through gc_prev
        // (the object is untracked, so the link field is free; the flag bits are kept).
        // SAFETY: a GC object, so the head exists.
        let gc = unsafe { gc_head(obj) };
        gc.gc_prev
            .set((gc.gc_prev.get() & PREV_MASK_FLAGS) | st.trash_delete_later.get());
        st.trash_delete_later.set(obj.as_ptr() as usize);
        return;
    }
    st.trash_nesting.set(nesting + 1);
    // SAFETY: per the caller.
    unsafe { release_body(st, obj) };
    let nesting = st.trash_nesting.get() - 1;
    st.trash_nesting.set(nesting);
    if nesting == 0 && st.trash_delete_later.get() != 0 {
        destroy_chain(st);
    }
}

/// `_PyTrash_thread_destroy_chain`: release the deferred objects, newest first, with the
/// nesting level held at 1 so each one again gets 49 levels before deferring.
fn destroy_chain(st: &State) {
    st.trash_nesting.set(st.trash_nesting.get() + 1);
    loop {
        let top = st.trash_delete_later.get();
        let Some(obj) = NonNull::new(top as *mut ObjHeader) else {
            break;
        };
        // SAFETY: deposited objects are GC objects at count 0 waiting for release; their
        // gc_prev holds the next deposited object.
        unsafe {
            let gc = gc_head(obj);
            st.trash_delete_later
                .set(gc.gc_prev.get() & !PREV_MASK_FLAGS);
            gc.gc_prev.set(gc.gc_prev.get() & PREV_MASK_FLAGS);
            trashcan_release(st, obj);
        }
    }
    st.trash_nesting.set(st.trash_nesting.get() - 1);
}

/// Releases the payload through the type's slot, then frees the block (or keeps it on the
/// type's free list), then (heap types) drops the instance's reference to its type, in
/// `subtype_dealloc`'s order.
///
/// # Safety
/// `obj` is at count 0, untracked, past the finalizer check and the trashcan.
#[inline(always)]
unsafe fn release_body(st: &State, obj: NonNull<ObjHeader>) {
    // Copy what is needed from the type first: releasing the payload of `type` itself
    // (at teardown) drops the very TypeObject being read.
    // SAFETY: obj's type is alive until this function's end (heap types: we hold the
    // instance's reference until after the free).
    let (plan, release, ty_ptr, n) = unsafe {
        let ty = &*type_object_ptr(obj);
        if let Some(hook) = st.release_hook.get() {
            hook(ObjPtr(obj), ty);
        }
        // The size picks the free list (tuples); read before the payload is dropped.
        let n = if ty.release_plan.sized_free_lists() {
            ty.slots.raw_item_count.map_or(0, |count| count(obj))
        } else {
            0
        };
        (
            ty.release_plan,
            ty.slots.release,
            (*obj.as_ptr()).ob_type,
            n,
        )
    };
    // SAFETY: per the caller: the payload is initialised and unreachable. A type with a
    // free list is not `type` itself, so releasing the payload leaves the list alive, and
    // builtin types (the only ones with lists) outlive their instances.
    unsafe {
        if plan.needs_drop() {
            release(obj);
        }
        let kept = if plan.free_list() {
            (*payload_ptr::<TypeObject>(ty_ptr)).free_list.push(obj)
        } else if plan.sized_free_lists() {
            (*payload_ptr::<TypeObject>(ty_ptr))
                .sized_free_list(n)
                .is_some_and(|fl| fl.push(obj))
        } else {
            false
        };
        if !kept {
            free_object_planned(st, obj, &plan);
        }
    }
    if plan.heaptype() {
        // SAFETY: the instance held this reference since alloc_block.
        drop(unsafe { ObjRef::from_raw(ty_ptr) });
    }
}
