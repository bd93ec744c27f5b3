//! Per-type free lists of object blocks, as CPython keeps for its most churned types
//! (3.11's float free list holds up to `PyFloat_MAXFREELIST` = 100 floats).
//!
//! When an instance of such a type dies, its payload is dropped as usual, but instead of
//! going back to pymalloc its block is pushed here, linked through the first word of the
//! payload, with its count left at 0 (a debug build's liveness checks still catch a stale
//! handle). The next allocation of the type pops it, skipping the allocator both ways. As
//! in CPython, the allocator still counts these blocks as allocated
//! (`sys.getallocatedblocks()`); teardown hands them back before it looks for leaks.

use std::cell::Cell;
use std::ptr::NonNull;

use crate::object::{ObjHeader, HEADER_SIZE};

pub(crate) struct FreeList {
    head: Cell<Option<NonNull<ObjHeader>>>,
    len: Cell<usize>,
    /// Most blocks kept; 0 for a type without a free list.
    max: usize,
}

impl FreeList {
    pub(crate) const fn new(max: usize) -> FreeList {
        FreeList {
            head: Cell::new(None),
            len: Cell::new(0),
            max,
        }
    }

    /// A dead block of the owning type, to be initialised as a new instance.
    #[inline(always)]
    pub(crate) fn pop(&self) -> Option<NonNull<ObjHeader>> {
        let block = self.head.get()?;
        // SAFETY: every block on the list was pushed by `push`, which wrote the next link
        // into its first payload word; the block stays allocated while listed.
        let next = unsafe { link(block).read() };
        self.head.set(next);
        self.len.set(self.len.get() - 1);
        Some(block)
    }

    /// Keeps `obj`'s block if there is room; false means the caller frees it.
    ///
    /// # Safety
    /// `obj` is a released instance (payload dropped, count 0, unreachable) of the type
    /// that owns this list, a fixed-size type without a GC head whose payload has room for
    /// a pointer (checked when the type is built).
    #[inline(always)]
    pub(crate) unsafe fn push(&self, obj: NonNull<ObjHeader>) -> bool {
        if self.len.get() >= self.max {
            return false;
        }
        // SAFETY: per the contract the block is dead, ours, and its payload holds a pointer.
        unsafe {
            (*obj.as_ptr()).refcnt.set(0);
            link(obj).write(self.head.get());
        }
        self.head.set(Some(obj));
        self.len.set(self.len.get() + 1);
        true
    }

    /// Empties the list, giving each block to `free`.
    pub(crate) fn drain(&self, mut free: impl FnMut(NonNull<ObjHeader>)) {
        while let Some(b) = self.pop() {
            free(b);
        }
    }
}

/// Where a listed block keeps the next link: the first payload word.
///
/// # Safety
/// `obj` is a block of a type whose basicsize is at least `HEADER_SIZE` + a pointer.
unsafe fn link(obj: NonNull<ObjHeader>) -> *mut Option<NonNull<ObjHeader>> {
    // SAFETY: per the contract the word after the header lies inside the block, and
    // payloads are 8-aligned.
    unsafe { obj.as_ptr().cast::<u8>().add(HEADER_SIZE).cast() }
}
