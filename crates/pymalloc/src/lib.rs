//! # pymalloc: a model of CPython 3.11's small-object allocator
//!
//! Every Python object rattle creates is a block from a [`Heap`], and the heap hands blocks out
//! exactly as CPython 3.11's `Objects/obmalloc.c` does on a 64-bit build, so that the things a
//! Python program can observe about memory (a freed object's address reused by the next object
//! of its size, the 16-byte spacing of `id()`s, `sys.getallocatedblocks()`, the figures of
//! `sys._debugmallocstats()`) come out of the same mechanism. The names below are CPython's
//! (`usedpools`, `freeblock`, `nextoffset`, `nfreepools`, `nfp2lasta`, `usable_arenas`,
//! `unused_arena_objects`, ...), so the code can be read side by side with obmalloc.c.
//!
//! ## Three layers: blocks, pools, arenas
//!
//! A request of 1 to 512 bytes is rounded up to a multiple of 16 and served from one of 32
//! **size classes**; the class of a request of `n` bytes is `(n - 1) >> 4`:
//!
//! ```text
//! request (bytes)   block size   size class   blocks per 16 KiB pool
//!     1 -  16           16            0            1021
//!    17 -  32           32            1             510
//!    33 -  48           48            2             340
//!    49 -  64           64            3             255
//!    ...                ...          ...            ...
//!   497 - 512          512           31              31
//! ```
//!
//! A **pool** is 16 KiB holding blocks of one class behind a 48-byte header (`PoolHeader`):
//! `count` of blocks in use, `freeblock` (the head of a free list threaded through the free
//! blocks themselves), `nextpool`/`prevpool`, the arena's index, the class (`szidx`), and
//! `nextoffset`/`maxnextoffset`, which mark the part of the pool never handed out yet. A fresh
//! pool links no free list in advance: blocks are carved one at a time from `nextoffset` when
//! the free list runs dry ("don't touch memory until needed"), so untouched pages of a new
//! arena never get committed.
//!
//! An **arena** is 1 MiB taken from the system (`mmap`) and cut into pools. Its base is usually
//! only page aligned, so the first 16 KiB boundary comes a little after it: such an arena holds
//! 63 pools and loses 16 KiB to alignment (the "bytes lost to arena alignment" of the stats);
//! an arena whose base happens to be 16 KiB aligned holds 64. Requests of 0 bytes and of more
//! than 512 go to the **system allocator** (`malloc`), counted in `raw_allocated_blocks`; so
//! do small requests when no arena can be had (a last chance, as CPython does).
//!
//! ## Pool states
//!
//! * **used**: some blocks allocated, some free or still virgin. The pool is in
//!   `usedpools[szidx]`, a circular doubly linked list per class. malloc always takes the head
//!   block of the first pool of its class's list: the fast path is a pointer pop.
//! * **full**: every block allocated. The pool is in no list; freeing one of its blocks makes it
//!   used again and links it at the *front* of `usedpools[szidx]`, so the very next allocation
//!   of that class returns the block just freed (which is why, in CPython,
//!   `id(C()) == id(C())`). A freed block always goes on the *front* of its pool's free list.
//! * **empty**: no block allocated. The pool leaves `usedpools` for its arena's `freepools`
//!   (LIFO), where any class may take it; if the next taker has the class the pool last
//!   served, its header and free list are reused as they are.
//!
//! ## Arena ordering, and why
//!
//! `usable_arenas` lists the arenas that have at least one empty pool, sorted by
//! `nfreepools` ascending, and a new pool always comes from its head, the *fullest* usable
//! arena. Packing allocations into the fullest arenas leaves the emptiest ones alone, so they
//! get the chance to become wholly free, and a wholly free arena goes back to the system
//! (unless it is the last arena in `usable_arenas`: keeping one avoids mapping and unmapping
//! an arena on every iteration of a loop that allocates and frees one object, bpo-37257).
//! Freeing a pool raises its arena's count by one, which may put the arena out of order;
//! `nfp2lasta[n]`, the last arena in the list with `n` free pools, says where it belongs in
//! O(1): right after that arena (bpo-37029). An arena that was full re-enters at the head.
//! Arena descriptors live in the `arenas` vector (16 slots at first, doubled when exhausted);
//! slots whose arena was returned are kept on `unused_arena_objects`, LIFO.
//!
//! ## Which addresses are ours: the radix tree
//!
//! `free(p)` must tell a pymalloc block from a system block in constant time. As CPython 3.11
//! does, a three-level radix tree keyed by the address's 1 MiB region records which regions
//! (or which part of a region: arenas are not 1 MiB aligned) belong to an arena; see
//! `radix.rs`. The only difference from CPython is that the root belongs to the heap instead of
//! being a static array, because several heaps may live in one process (tests run in parallel);
//! it is allocated zeroed when the heap is made, so its byte figures in the stats are CPython's.
//!
//! ## realloc and calloc
//!
//! A pymalloc block that shrinks by less than 25% (`4 * n > 3 * size`) stays where it is;
//! otherwise the contents move to a new block (which may come from the system when `n > 512`).
//! A system block stays a system block whatever its new size (CPython cannot know how many of
//! its bytes are valid to copy, so it never takes one over). `calloc` is malloc plus zeroing.
//!
//! ## Checks
//!
//! Debug builds poison fresh blocks with 0xCD and freed ones with 0xDD (CPython's
//! PYMEM_CLEANBYTE/DEADBYTE) and stop on a double free or a free of a foreign pointer (a bug in
//! the VM, never something user input can cause; see `debug.rs`). [`Heap::validate`] walks every
//! arena, pool and list and checks the invariants above, in every build. [`Heap::stats`] and
//! [`Heap::write_debug_stats`] give the figures of `sys._debugmallocstats()`.
//!
//! All the `unsafe` of the project lives in this crate (and the VM's object core); each block
//! says which invariant makes it sound.

mod arena;
mod debug;
mod pool;
mod radix;
mod raw;
pub mod size_class;
mod stats;

pub use stats::{printone, thousands, ClassStats, Stats};

use arena::{ArenaObject, NIL};
use pool::{pool_addr, Block, PoolHeader, PoolP};
use radix::ArenaMap;
use size_class::{
    index2size, size_class_of, MAX_POOLS_IN_ARENA, NB_SMALL_SIZE_CLASSES, SMALL_REQUEST_THRESHOLD,
};
use std::ptr::{self, NonNull};

/// One allocator instance (CPython has one per process; rattle has one per interpreter).
/// Not `Send`/`Sync`: an interpreter runs on one thread.
///
/// Dropping the heap returns every arena to the system; blocks still allocated die with it
/// (the owner is expected to have freed them: check [`Heap::allocated_blocks`] first, and
/// [`Heap::live_blocks`] to list the survivors), and system blocks still allocated are leaked.
pub struct Heap {
    /// `usedpools[NB_SMALL_SIZE_CLASSES]`: the sentinel heading each class's list of used pools
    /// (a leaked boxed slice, freed in Drop; its address never changes).
    usedpools: *mut PoolHeader,
    /// `arenas[maxarenas]`, the arena descriptors.
    arenas: Vec<ArenaObject>,
    /// Head of the LIFO list of slots with no arena.
    unused_arena_objects: u32,
    /// Head of the list of arenas with free pools, sorted by nfreepools ascending.
    usable_arenas: u32,
    /// `nfp2lasta[n]`: the last arena in usable_arenas with `n` free pools.
    nfp2lasta: [u32; MAX_POOLS_IN_ARENA + 1],
    narenas_currently_allocated: usize,
    ntimes_arena_allocated: usize,
    narenas_highwater: usize,
    raw_allocated_blocks: usize,
    /// Whether a request of 1..=512 bytes was ever served by the system (only when no arena
    /// could be mapped, or by a realloc of a system block): until then every such block is in
    /// an arena, which lets [`Heap::free_small`] skip the radix tree.
    small_raw_possible: bool,
    arena_map: ArenaMap,
    /// Debug builds: every live system block and its size.
    #[cfg(debug_assertions)]
    raw_live: std::collections::HashMap<usize, usize>,
    _not_send: std::marker::PhantomData<*mut u8>,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Heap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Heap")
            .field("arenas", &self.narenas_currently_allocated)
            .field("allocated_blocks", &self.allocated_blocks())
            .finish()
    }
}

impl Heap {
    /// An empty heap: no arena yet (the first allocation maps one), the radix tree's root.
    pub fn new() -> Heap {
        let Some(arena_map) = ArenaMap::new() else {
            std::alloc::handle_alloc_error(std::alloc::Layout::new::<[usize; 1 << 15]>())
        };
        let sentinels: Box<[PoolHeader]> = (0..NB_SMALL_SIZE_CLASSES)
            .map(|_| PoolHeader::sentinel())
            .collect();
        let usedpools = Box::into_raw(sentinels) as *mut PoolHeader;
        for i in 0..NB_SMALL_SIZE_CLASSES {
            // SAFETY: usedpools points at NB_SMALL_SIZE_CLASSES headers we own; an empty
            // circular list is a head pointing at itself.
            unsafe {
                let head = usedpools.add(i);
                (*head).nextpool = head;
                (*head).prevpool = head;
            }
        }
        Heap {
            usedpools,
            arenas: Vec::new(),
            unused_arena_objects: NIL,
            usable_arenas: NIL,
            nfp2lasta: [NIL; MAX_POOLS_IN_ARENA + 1],
            narenas_currently_allocated: 0,
            ntimes_arena_allocated: 0,
            narenas_highwater: 0,
            raw_allocated_blocks: 0,
            small_raw_possible: false,
            arena_map,
            #[cfg(debug_assertions)]
            raw_live: std::collections::HashMap::new(),
            _not_send: std::marker::PhantomData,
        }
    }

    /// Allocates `size` bytes, 16-byte aligned. `None` when memory is exhausted.
    #[inline]
    pub fn malloc(&mut self, size: usize) -> Option<NonNull<u8>> {
        // 1..=512 in one compare: size 0 wraps around to usize::MAX.
        if size.wrapping_sub(1) < SMALL_REQUEST_THRESHOLD {
            let bp = self.pymalloc_alloc(size_class_of(size));
            if let Some(bp) = NonNull::new(bp) {
                return Some(bp);
            }
        }
        self.raw_malloc(size)
    }

    /// Allocates `nelem * elsize` zeroed bytes, 16-byte aligned. `None` when the product
    /// overflows or memory is exhausted.
    pub fn calloc(&mut self, nelem: usize, elsize: usize) -> Option<NonNull<u8>> {
        let nbytes = nelem.checked_mul(elsize)?;
        if nbytes > isize::MAX as usize {
            return None;
        }
        if nbytes.wrapping_sub(1) < SMALL_REQUEST_THRESHOLD {
            if let Some(bp) = NonNull::new(self.pymalloc_alloc(size_class_of(nbytes))) {
                // SAFETY: the block holds at least nbytes bytes.
                unsafe { ptr::write_bytes(bp.as_ptr(), 0, nbytes) };
                return Some(bp);
            }
        }
        self.raw_calloc(nelem, elsize)
    }

    /// `pymalloc_alloc`: a block of class `szidx`, or null when no arena can be had.
    #[inline(always)]
    fn pymalloc_alloc(&mut self, szidx: usize) -> *mut Block {
        let head = self.usedpool_head(szidx);
        // SAFETY: head is a live sentinel; a pool in usedpools is live, initialised for szidx
        // and has a non-null freeblock whose first word links the next free block (or null).
        let bp = unsafe {
            let pool = (*head).nextpool;
            if pool != head {
                (*pool).count += 1;
                let bp = (*pool).freeblock;
                let next = *(bp as *mut *mut Block);
                (*pool).freeblock = next;
                if next.is_null() {
                    // The free list ran dry: carve a virgin block, or the pool is full.
                    pool::pymalloc_pool_extend(pool, szidx);
                }
                bp
            } else {
                self.allocate_from_new_pool(szidx)
            }
        };
        #[cfg(debug_assertions)]
        if !bp.is_null() {
            // SAFETY: bp is a fresh block of index2size(szidx) bytes.
            unsafe { debug::fill(bp, debug::CLEANBYTE, index2size(szidx)) };
        }
        bp
    }

    /// Frees a block returned by `malloc`/`calloc`/`realloc` of this heap.
    ///
    /// # Safety
    /// `ptr` came from this heap and was not freed since.
    #[inline]
    pub unsafe fn free(&mut self, ptr: NonNull<u8>) {
        if !self.arena_map.is_used(ptr.as_ptr() as usize) {
            // SAFETY: not in an arena, so by the caller's contract a live raw block.
            unsafe { self.raw_free(ptr) };
            return;
        }
        // SAFETY: a live block of ours (caller's contract) inside an arena.
        unsafe { self.pymalloc_free(ptr.as_ptr()) }
    }

    /// [`Heap::free`] of a block that `malloc(n)` returned for `1 <= n <= 512` (an object of
    /// a fixed-size type). Such a block is in an arena unless the system ever served a small
    /// request, so its pool is found by address arithmetic alone (CPython's `POOL_ADDR`),
    /// without the radix-tree lookup `free` needs to tell a pymalloc block from a system one.
    ///
    /// # Safety
    /// As [`Heap::free`], and `ptr` was returned for a request of 1 to 512 bytes (or by a
    /// `realloc` to such a size).
    #[inline(always)]
    pub unsafe fn free_small(&mut self, ptr: NonNull<u8>) {
        if self.small_raw_possible {
            // SAFETY: per the caller.
            return unsafe { self.free(ptr) };
        }
        debug_assert!(
            self.arena_map.is_used(ptr.as_ptr() as usize),
            "free_small of {ptr:p}: not a small pymalloc block"
        );
        // SAFETY: a live small block, and no small request went to the system, so it is a
        // pymalloc block in one of our arenas.
        unsafe { self.pymalloc_free(ptr.as_ptr()) }
    }

    /// `pymalloc_free`: pushes `p` on its pool's free list and moves the pool between states.
    ///
    /// # Safety
    /// `p` is a live block of one of this heap's arenas.
    #[inline(always)]
    unsafe fn pymalloc_free(&mut self, p: *mut Block) {
        let pool = pool_addr(p);
        #[cfg(debug_assertions)]
        // SAFETY: p is in one of our arenas; after the check it is a block of a used pool.
        unsafe {
            self.debug_check_free(p, pool);
            debug::poison_free(p, index2size((*pool).szidx as usize));
        }
        // SAFETY: p is a live block of ours (caller's contract), so its pool is a live,
        // initialised pool with count > 0, in usedpools or full.
        unsafe {
            let lastfree = (*pool).freeblock;
            *(p as *mut *mut Block) = lastfree;
            (*pool).freeblock = p;
            (*pool).count -= 1;
            if lastfree.is_null() {
                // The pool was full: front-link it to usedpools (it still has blocks in use,
                // since every class has more than one block per pool).
                self.insert_to_usedpool(pool);
                return;
            }
            if (*pool).count != 0 {
                return;
            }
            self.insert_to_freepool(pool);
        }
    }

    /// `insert_to_usedpool` for a pool that was full.
    ///
    /// # Safety
    /// `pool` is a live pool in no list with count > 0.
    #[cold]
    #[inline(never)]
    unsafe fn insert_to_usedpool(&mut self, pool: PoolP) {
        // SAFETY: forwarded; szidx of a pool in use is a valid class.
        unsafe {
            let head = self.usedpool_head((*pool).szidx as usize);
            pool::insert_to_usedpool(pool, head);
        }
    }

    /// Resizes a block, preserving its contents up to the smaller size.
    /// On failure returns `None` and the old block is untouched.
    ///
    /// # Safety
    /// `ptr` came from this heap and was not freed since.
    pub unsafe fn realloc(&mut self, ptr: NonNull<u8>, new_size: usize) -> Option<NonNull<u8>> {
        let p = ptr.as_ptr();
        if !self.arena_map.is_used(p as usize) {
            // SAFETY: not in an arena, so by the caller's contract a live raw block.
            return unsafe { self.raw_realloc(ptr, new_size) };
        }
        // SAFETY: p is a live pymalloc block, so its pool header is initialised.
        let size = index2size(unsafe { (*pool_addr(p)).szidx } as usize);
        let mut keep = size;
        if new_size <= size {
            // Shrinking by less than 25% (or not at all): stay in place.
            if 4 * new_size > 3 * size {
                return Some(ptr);
            }
            keep = new_size;
        }
        let q = self.malloc(new_size)?;
        // SAFETY: both blocks are live and distinct, p holds `size >= keep` bytes and q at
        // least `new_size >= keep`; p is ours to free (caller's contract).
        unsafe {
            ptr::copy_nonoverlapping(p, q.as_ptr(), keep);
            self.free(ptr);
        }
        Some(q)
    }

    /// Blocks currently allocated, pymalloc and system ones (`sys.getallocatedblocks()`):
    /// like CPython, a walk over the arenas' pools.
    pub fn allocated_blocks(&self) -> usize {
        let mut n = self.raw_allocated_blocks;
        for ao in self.arenas.iter().filter(|ao| ao.address != 0) {
            let mut base = ao.address;
            if base & size_class::POOL_SIZE_MASK != 0 {
                base = (base & !size_class::POOL_SIZE_MASK) + size_class::POOL_SIZE;
            }
            while base < ao.pool_address {
                // SAFETY: base is a carved pool of a live arena, its header initialised.
                n += unsafe { (*(base as *const PoolHeader)).count } as usize;
                base += size_class::POOL_SIZE;
            }
        }
        n
    }

    /// `address_in_range`: true iff `ptr` lies in one of this heap's arenas, i.e. is (or would
    /// be) a pymalloc block rather than a system block. O(1).
    #[inline]
    pub fn owns(&self, ptr: *const u8) -> bool {
        self.arena_map.is_used(ptr as usize)
    }

    /// The usable size of a pymalloc block (its class's block size); `None` for a system block.
    ///
    /// # Safety
    /// `ptr` is a live block of this heap.
    pub unsafe fn block_size(&self, ptr: NonNull<u8>) -> Option<usize> {
        if !self.owns(ptr.as_ptr()) {
            return None;
        }
        // SAFETY: a live pymalloc block's pool header is initialised.
        Some(index2size(
            unsafe { (*pool_addr(ptr.as_ptr())).szidx } as usize
        ))
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        self.release_all_arenas();
        // SAFETY: usedpools came from Box::into_raw of a boxed slice of this length and is
        // not used after this point.
        unsafe {
            drop(Box::from_raw(ptr::slice_from_raw_parts_mut(
                self.usedpools,
                NB_SMALL_SIZE_CLASSES,
            )));
        }
    }
}

#[cfg(test)]
mod tests;
