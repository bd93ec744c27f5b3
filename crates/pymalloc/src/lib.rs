//! PLACEHOLDER: the public API of rattle's pymalloc-style allocator, backed for now by the
//! C library's malloc. Issue 3 replaces the inside with arenas, pools and size classes;
//! the API below is what the VM codes against and stays.

use std::ptr::NonNull;

extern "C" {
    fn malloc(size: usize) -> *mut u8;
    fn realloc(ptr: *mut u8, size: usize) -> *mut u8;
    fn free(ptr: *mut u8);
}

/// One allocator instance (CPython has one per process; rattle has one per interpreter).
/// Not `Send`/`Sync`: an interpreter runs on one thread.
#[derive(Debug)]
pub struct Heap {
    live: usize,
    _not_send: std::marker::PhantomData<*mut u8>,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            live: 0,
            _not_send: std::marker::PhantomData,
        }
    }

    /// Allocates `size` bytes, 16-byte aligned. `None` when memory is exhausted.
    pub fn malloc(&mut self, size: usize) -> Option<NonNull<u8>> {
        // SAFETY: malloc may be called with any size; a null result is handled.
        let p = unsafe { malloc(size.max(1)) };
        let p = NonNull::new(p)?;
        self.live += 1;
        Some(p)
    }

    /// Frees a block returned by `malloc`/`realloc` of this heap.
    ///
    /// # Safety
    /// `ptr` came from this heap and was not freed since.
    pub unsafe fn free(&mut self, ptr: NonNull<u8>) {
        self.live -= 1;
        // SAFETY: the caller guarantees ptr is a live block of ours, i.e. from malloc.
        unsafe { free(ptr.as_ptr()) }
    }

    /// Resizes a block, preserving its contents up to the smaller size.
    /// On failure returns `None` and the old block is untouched.
    ///
    /// # Safety
    /// `ptr` came from this heap and was not freed since.
    pub unsafe fn realloc(&mut self, ptr: NonNull<u8>, new_size: usize) -> Option<NonNull<u8>> {
        // SAFETY: the caller guarantees ptr is a live block of ours, i.e. from malloc.
        let p = unsafe { realloc(ptr.as_ptr(), new_size.max(1)) };
        NonNull::new(p)
    }

    /// Blocks currently allocated (the analogue of `sys.getallocatedblocks()`).
    pub fn allocated_blocks(&self) -> usize {
        self.live
    }
}
