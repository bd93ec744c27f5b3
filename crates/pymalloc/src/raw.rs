//! The system allocator path (CPython's `PyMem_RawMalloc` family): requests of 0 bytes or of
//! more than 512 go to the C library's malloc/calloc/realloc/free, as CPython's do, and are
//! counted in `raw_allocated_blocks`. The C functions are used rather than `std::alloc` because
//! `free` needs no size, exactly like CPython's path; glibc's malloc aligns to 16 bytes on
//! 64-bit targets, which is the alignment the heap promises.
//!
//! Debug builds also remember every live raw block and its size, to poison it on free and to
//! catch a double free or a free of a pointer the heap never gave out.

use crate::size_class::SMALL_REQUEST_THRESHOLD;
use crate::Heap;
use std::ptr::NonNull;

mod c {
    extern "C" {
        pub fn malloc(size: usize) -> *mut u8;
        pub fn calloc(nelem: usize, elsize: usize) -> *mut u8;
        pub fn realloc(ptr: *mut u8, size: usize) -> *mut u8;
        pub fn free(ptr: *mut u8);
    }
}

impl Heap {
    /// `PyMem_RawMalloc` (0 becomes 1, so the result is a unique pointer) + the counter.
    #[cold]
    #[inline(never)]
    pub(crate) fn raw_malloc(&mut self, size: usize) -> Option<NonNull<u8>> {
        if size > isize::MAX as usize {
            return None;
        }
        // SAFETY: malloc accepts any size; a null result is handled.
        let p = NonNull::new(unsafe { c::malloc(size.max(1)) })?;
        self.raw_allocated_blocks += 1;
        self.small_raw_possible |= size <= SMALL_REQUEST_THRESHOLD;
        #[cfg(debug_assertions)]
        {
            // SAFETY: p is a fresh block of at least `size` bytes.
            unsafe { crate::debug::fill(p.as_ptr(), crate::debug::CLEANBYTE, size) };
            self.raw_live.insert(p.as_ptr() as usize, size);
        }
        Some(p)
    }

    /// `PyMem_RawCalloc` + the counter; the caller has checked `nelem * elsize` for overflow.
    #[cold]
    #[inline(never)]
    pub(crate) fn raw_calloc(&mut self, nelem: usize, elsize: usize) -> Option<NonNull<u8>> {
        let (nelem, elsize) = if nelem == 0 || elsize == 0 {
            (1, 1)
        } else {
            (nelem, elsize)
        };
        // SAFETY: calloc checks the product itself; a null result is handled.
        let p = NonNull::new(unsafe { c::calloc(nelem, elsize) })?;
        self.raw_allocated_blocks += 1;
        self.small_raw_possible |= nelem.saturating_mul(elsize) <= SMALL_REQUEST_THRESHOLD;
        #[cfg(debug_assertions)]
        self.raw_live.insert(p.as_ptr() as usize, nelem * elsize);
        Some(p)
    }

    /// `PyMem_RawFree` + the counter.
    ///
    /// # Safety
    /// `p` is a live raw block of this heap.
    #[cold]
    #[inline(never)]
    pub(crate) unsafe fn raw_free(&mut self, p: NonNull<u8>) {
        #[cfg(debug_assertions)]
        match self.raw_live.remove(&(p.as_ptr() as usize)) {
            // SAFETY: the block is live with `size` bytes (we recorded it).
            Some(size) => unsafe { crate::debug::fill(p.as_ptr(), crate::debug::DEADBYTE, size) },
            None => crate::debug::invariant_violated(format!(
                "free of {:p}: not a live block of this heap (double free or foreign pointer)",
                p.as_ptr()
            )),
        }
        self.raw_allocated_blocks -= 1;
        // SAFETY: the caller guarantees p came from c::malloc/calloc/realloc and is live.
        unsafe { c::free(p.as_ptr()) }
    }

    /// `PyMem_RawRealloc`: a raw block stays raw whatever its new size.
    ///
    /// # Safety
    /// `p` is a live raw block of this heap.
    #[cold]
    #[inline(never)]
    pub(crate) unsafe fn raw_realloc(
        &mut self,
        p: NonNull<u8>,
        new_size: usize,
    ) -> Option<NonNull<u8>> {
        if new_size > isize::MAX as usize {
            return None;
        }
        #[cfg(debug_assertions)]
        if !self.raw_live.contains_key(&(p.as_ptr() as usize)) {
            crate::debug::invariant_violated(format!(
                "realloc of {:p}: not a live block of this heap",
                p.as_ptr()
            ));
        }
        // SAFETY: the caller guarantees p is a live C block; on failure realloc leaves it alone.
        let q = NonNull::new(unsafe { c::realloc(p.as_ptr(), new_size.max(1)) })?;
        self.small_raw_possible |= new_size <= SMALL_REQUEST_THRESHOLD;
        #[cfg(debug_assertions)]
        {
            self.raw_live.remove(&(p.as_ptr() as usize));
            self.raw_live.insert(q.as_ptr() as usize, new_size);
        }
        Some(q)
    }
}
