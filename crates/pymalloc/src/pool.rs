//! Pools: the 48-byte `pool_header` at the start of each 16 KiB pool, and the list operations
//! that move a pool between its states (used: in `usedpools[szidx]`; full: in no list; empty:
//! in its arena's `freepools`). Blocks are untyped memory; a free block's first word links it to
//! the next free block of its pool (`freeblock` is the head of that list).

use crate::size_class::{index2size, POOL_OVERHEAD, POOL_SIZE, POOL_SIZE_MASK};
use std::ptr;

/// A block of memory; only its first word means anything to the allocator, and only while the
/// block is free (the link to the next free block of the pool).
pub type Block = u8;

/// CPython's `struct pool_header`. It lives in the first 48 bytes of its pool. The `usedpools`
/// list heads are also `PoolHeader`s (sentinels outside any arena) whose `nextpool`/`prevpool`
/// alone are used: CPython overlays them on a pointer array, we spend 48 bytes per class.
#[repr(C)]
pub struct PoolHeader {
    /// Number of allocated blocks (CPython's `ref.count`, padded to a pointer).
    pub count: u32,
    _pad: u32,
    /// Head of the pool's free list (null when no block is free and none is left to carve).
    pub freeblock: *mut Block,
    /// Next pool in `usedpools[szidx]` (circular), or in the arena's `freepools` (null-ended).
    pub nextpool: *mut PoolHeader,
    /// Previous pool in `usedpools[szidx]`; unused in `freepools`.
    pub prevpool: *mut PoolHeader,
    /// Index of the arena in `Heap::arenas`.
    pub arenaindex: u32,
    /// Size class, or DUMMY_SIZE_IDX for a freshly carved pool.
    pub szidx: u32,
    /// Byte offset of the next virgin (never used) block.
    pub nextoffset: u32,
    /// Largest valid `nextoffset`: POOL_SIZE - block size.
    pub maxnextoffset: u32,
}

const _: () = assert!(std::mem::size_of::<PoolHeader>() == POOL_OVERHEAD);

impl PoolHeader {
    /// A list head: an empty circular list points at itself, so `nextpool`/`prevpool` are set
    /// by the heap once the sentinel has its final address.
    pub const fn sentinel() -> PoolHeader {
        PoolHeader {
            count: 0,
            _pad: 0,
            freeblock: ptr::null_mut(),
            nextpool: ptr::null_mut(),
            prevpool: ptr::null_mut(),
            arenaindex: u32::MAX,
            szidx: u32::MAX,
            nextoffset: 0,
            maxnextoffset: 0,
        }
    }
}

pub type PoolP = *mut PoolHeader;

/// POOL_ADDR: the pool holding address `p` (valid only if `p` is inside an arena).
#[inline(always)]
pub fn pool_addr(p: *const Block) -> PoolP {
    ((p as usize) & !POOL_SIZE_MASK) as PoolP
}

/// `pymalloc_pool_extend`: called when a pool's free list has just run dry. Carves the next
/// virgin block if there is one (touching memory only now), else the pool is full and leaves
/// `usedpools`.
///
/// # Safety
/// `pool` is a live, initialised pool in a `usedpools` list, of class `szidx`.
#[cold]
#[inline(never)]
pub unsafe fn pymalloc_pool_extend(pool: PoolP, szidx: usize) {
    // SAFETY: the caller guarantees pool is a live header; its neighbours in the circular list
    // are live headers (pools or the sentinel), and nextoffset <= maxnextoffset keeps the
    // carved block inside the pool.
    unsafe {
        if (*pool).nextoffset <= (*pool).maxnextoffset {
            let bp = (pool as *mut Block).add((*pool).nextoffset as usize);
            (*pool).freeblock = bp;
            (*pool).nextoffset += index2size(szidx) as u32;
            *(bp as *mut *mut Block) = ptr::null_mut();
            #[cfg(debug_assertions)]
            crate::debug::poison_free(bp, index2size(szidx));
            return;
        }
        // Full: unlink from usedpools.
        let next = (*pool).nextpool;
        let prev = (*pool).prevpool;
        (*next).prevpool = prev;
        (*prev).nextpool = next;
    }
}

/// `insert_to_usedpool`: a full pool just got a free block; link it at the FRONT of its class's
/// list so that the next allocation of this class reuses the block just freed.
///
/// # Safety
/// `pool` is a live pool in no list; `head` is the sentinel of `usedpools[pool.szidx]`.
#[cold]
#[inline(never)]
pub unsafe fn insert_to_usedpool(pool: PoolP, head: PoolP) {
    // SAFETY: head is a live sentinel whose nextpool is a live header (itself or a pool).
    unsafe {
        let next = (*head).nextpool;
        (*pool).nextpool = next;
        (*pool).prevpool = head;
        (*next).prevpool = pool;
        (*head).nextpool = pool;
    }
}

/// Links `pool` as the only member of the (empty) list headed by `head`.
///
/// # Safety
/// `head` is a live sentinel of an empty list; `pool` a live pool in no list.
pub unsafe fn link_only(pool: PoolP, head: PoolP) {
    // SAFETY: both are live headers per the caller.
    unsafe {
        (*pool).nextpool = head;
        (*pool).prevpool = head;
        (*head).nextpool = pool;
        (*head).prevpool = pool;
    }
}

/// Unlinks `pool` from the circular list it is in.
///
/// # Safety
/// `pool` is a live pool linked in a `usedpools` list.
pub unsafe fn unlink(pool: PoolP) {
    // SAFETY: the neighbours of a linked pool are live headers.
    unsafe {
        let next = (*pool).nextpool;
        let prev = (*pool).prevpool;
        (*next).prevpool = prev;
        (*prev).nextpool = next;
    }
}

/// Initialises a pool for class `szidx` and returns its first block; the free list is the second
/// block alone, and everything after it stays virgin (CPython: "don't touch memory until needed").
///
/// # Safety
/// `pool` is a live pool of an arena, not in use by any class.
pub unsafe fn init_pool(pool: PoolP, szidx: usize) -> *mut Block {
    let size = index2size(szidx);
    // SAFETY: the pool spans POOL_SIZE bytes; the first two blocks end at 48 + 2*size <= 1072,
    // well inside it.
    unsafe {
        (*pool).szidx = szidx as u32;
        let bp = (pool as *mut Block).add(POOL_OVERHEAD);
        (*pool).nextoffset = (POOL_OVERHEAD + 2 * size) as u32;
        (*pool).maxnextoffset = (POOL_SIZE - size) as u32;
        let second = bp.add(size);
        (*pool).freeblock = second;
        *(second as *mut *mut Block) = ptr::null_mut();
        #[cfg(debug_assertions)]
        crate::debug::poison_free(second, size);
        bp
    }
}
