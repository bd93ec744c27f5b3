//! Arenas: the 1 MiB chunks pymalloc takes from the system, the `arena_object` slots that
//! describe them, and the arena-level halves of malloc and free (CPython's `new_arena`,
//! `allocate_from_new_pool` and `insert_to_freepool`): taking an empty pool from the fullest
//! usable arena, giving an emptied pool back, keeping `usable_arenas` sorted by `nfreepools`
//! in O(1) with the `nfp2lasta` fingers, and returning wholly free arenas to the system.
//!
//! CPython links arena objects by pointer; we link them by index into `Heap::arenas` (`NIL` is
//! the null index), which survives the vector growing. CPython notes that growth only happens
//! when no pointer into the vector exists; indices make that argument unnecessary.

use crate::pool::{self, Block, PoolP};
use crate::size_class::{
    ARENA_SIZE, DUMMY_SIZE_IDX, INITIAL_ARENA_OBJECTS, MAX_POOLS_IN_ARENA, POOL_SIZE,
    POOL_SIZE_MASK,
};
use crate::Heap;
use std::ptr;

/// The null arena index.
pub const NIL: u32 = u32::MAX;

/// CPython's `struct arena_object`: one slot of the `arenas` vector.
#[derive(Clone, Copy, Debug)]
pub struct ArenaObject {
    /// Base address of the arena as the system gave it; 0 when the slot is unused.
    pub address: usize,
    /// The next pool to carve (pool aligned); pools below it have been carved.
    pub pool_address: usize,
    /// Empty pools: those in `freepools` plus those not carved yet.
    pub nfreepools: u32,
    /// 64, or 63 when the base is not pool aligned.
    pub ntotalpools: u32,
    /// Singly linked LIFO list of empty pools, through `nextpool`.
    pub freepools: PoolP,
    /// Next arena in `usable_arenas`, or in `unused_arena_objects` when the slot is unused.
    pub nextarena: u32,
    /// Previous arena in `usable_arenas`.
    pub prevarena: u32,
}

impl ArenaObject {
    const UNUSED: ArenaObject = ArenaObject {
        address: 0,
        pool_address: 0,
        nfreepools: 0,
        ntotalpools: 0,
        freepools: ptr::null_mut(),
        nextarena: NIL,
        prevarena: NIL,
    };
}

/// The system side of arenas (CPython's `_PyObject_Arena`): anonymous private mappings on
/// Linux, as CPython's `_PyObject_ArenaMmap`; elsewhere the Rust global allocator with a
/// 16-byte alignment (so the base is usually not pool aligned either, as with mmap).
pub(crate) mod system {
    use crate::size_class::ARENA_SIZE;

    #[cfg(target_os = "linux")]
    mod imp {
        use std::ffi::{c_int, c_long, c_void};
        extern "C" {
            fn mmap(
                addr: *mut c_void,
                len: usize,
                prot: c_int,
                flags: c_int,
                fd: c_int,
                off: c_long,
            ) -> *mut c_void;
            fn munmap(addr: *mut c_void, len: usize) -> c_int;
        }
        const PROT_READ: c_int = 1;
        const PROT_WRITE: c_int = 2;
        const MAP_PRIVATE: c_int = 2;
        const MAP_ANONYMOUS: c_int = 0x20;
        const MAP_FAILED: *mut c_void = !0usize as *mut c_void;

        pub fn alloc(size: usize) -> *mut u8 {
            // SAFETY: an anonymous private mapping with no address hint touches no existing
            // memory; failure is reported as MAP_FAILED and turned into null.
            let p = unsafe {
                mmap(
                    std::ptr::null_mut(),
                    size,
                    PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS,
                    -1,
                    0,
                )
            };
            if p == MAP_FAILED {
                std::ptr::null_mut()
            } else {
                p as *mut u8
            }
        }

        /// # Safety
        /// `p` came from `alloc(size)` and is not used afterwards.
        pub unsafe fn free(p: *mut u8, size: usize) {
            // SAFETY: the caller guarantees p..p+size is one mapping of ours.
            unsafe {
                munmap(p as *mut c_void, size);
            }
        }

        /// Tests only: `size` bytes aligned to `size` (a power of two), by mapping twice as
        /// much and unmapping the slack on both sides.
        #[cfg(test)]
        pub fn alloc_aligned(size: usize) -> *mut u8 {
            let p = alloc(2 * size);
            if p.is_null() {
                return p;
            }
            let start = p as usize;
            let aligned = (start + size - 1) & !(size - 1);
            // SAFETY: both ranges lie inside the mapping just made and are page aligned
            // (size is a multiple of the page size); the aligned middle stays mapped.
            unsafe {
                if aligned > start {
                    free(p, aligned - start);
                }
                let tail = start + 2 * size - (aligned + size);
                if tail > 0 {
                    free((aligned + size) as *mut u8, tail);
                }
            }
            aligned as *mut u8
        }
    }

    #[cfg(not(target_os = "linux"))]
    mod imp {
        use std::alloc::{alloc as sys_alloc, dealloc, Layout};
        fn layout(size: usize) -> Layout {
            // 16 is a power of two and size (1 MiB) is far below isize::MAX.
            Layout::from_size_align(size, 16).unwrap_or(Layout::new::<u8>())
        }
        pub fn alloc(size: usize) -> *mut u8 {
            // SAFETY: the layout has a non-zero size.
            unsafe { sys_alloc(layout(size)) }
        }
        /// # Safety
        /// `p` came from `alloc(size)` and is not used afterwards.
        pub unsafe fn free(p: *mut u8, size: usize) {
            // SAFETY: the caller guarantees p came from alloc with the same layout.
            unsafe { dealloc(p, layout(size)) }
        }
    }

    #[cfg(all(test, target_os = "linux"))]
    thread_local! {
        /// Tests only: make this thread's next arenas 1 MiB aligned (so 64 pools, and the radix
        /// tree's whole-region mark), a placement mmap gives only by chance.
        pub static FORCE_ALIGNED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// One arena from the system, or null.
    pub fn alloc_arena() -> *mut u8 {
        #[cfg(all(test, target_os = "linux"))]
        if FORCE_ALIGNED.with(|f| f.get()) {
            return imp::alloc_aligned(ARENA_SIZE);
        }
        imp::alloc(ARENA_SIZE)
    }

    /// # Safety
    /// `p` came from `alloc_arena` and nothing in it is used afterwards.
    pub unsafe fn free_arena(p: *mut u8) {
        // SAFETY: forwarded from the caller.
        unsafe { imp::free(p, ARENA_SIZE) }
    }
}

impl Heap {
    /// `new_arena`: takes a slot from `unused_arena_objects` (growing the vector if there is
    /// none), maps an arena for it and marks it in the radix tree. Returns the slot index, or
    /// `NIL` when the system has no memory.
    #[cold]
    #[inline(never)]
    pub(crate) fn new_arena(&mut self) -> u32 {
        if self.unused_arena_objects == NIL {
            // Double the vector (16 slots at first); the new slots go on the unused list in
            // ascending order, so arenas[maxarenas] is taken first.
            let maxarenas = self.arenas.len();
            let numarenas = if maxarenas == 0 {
                INITIAL_ARENA_OBJECTS
            } else {
                maxarenas * 2
            };
            if numarenas > NIL as usize
                || self
                    .arenas
                    .try_reserve_exact(numarenas - maxarenas)
                    .is_err()
            {
                return NIL;
            }
            for i in maxarenas..numarenas {
                let mut slot = ArenaObject::UNUSED;
                slot.nextarena = if i + 1 < numarenas {
                    (i + 1) as u32
                } else {
                    NIL
                };
                self.arenas.push(slot);
            }
            self.unused_arena_objects = maxarenas as u32;
        }

        let ai = self.unused_arena_objects;
        let slot = ai as usize;
        self.unused_arena_objects = self.arenas[slot].nextarena;
        debug_assert_eq!(self.arenas[slot].address, 0);

        let mut address = system::alloc_arena();
        if !address.is_null() && !self.arena_map.mark_used(address as usize, true) {
            // SAFETY: address was just mapped and nothing points into it.
            unsafe { system::free_arena(address) };
            address = ptr::null_mut();
        }
        if address.is_null() {
            // Put the slot back.
            self.arenas[slot].nextarena = self.unused_arena_objects;
            self.unused_arena_objects = ai;
            return NIL;
        }

        self.narenas_currently_allocated += 1;
        self.ntimes_arena_allocated += 1;
        if self.narenas_currently_allocated > self.narenas_highwater {
            self.narenas_highwater = self.narenas_currently_allocated;
        }
        let ao = &mut self.arenas[slot];
        ao.address = address as usize;
        ao.freepools = ptr::null_mut();
        // pool_address <- first pool-aligned address in the arena;
        // nfreepools <- number of whole pools that fit after alignment.
        ao.pool_address = ao.address;
        ao.nfreepools = MAX_POOLS_IN_ARENA as u32;
        let excess = ao.address & POOL_SIZE_MASK;
        if excess != 0 {
            ao.nfreepools -= 1;
            ao.pool_address += POOL_SIZE - excess;
        }
        ao.ntotalpools = ao.nfreepools;
        ai
    }

    /// `allocate_from_new_pool`: no pool of class `szidx` has a free block; take an empty pool
    /// from the head of `usable_arenas` (the fullest arena), link it as the only member of
    /// `usedpools[szidx]` and return its first free block. Null when out of memory.
    #[cold]
    #[inline(never)]
    pub(crate) fn allocate_from_new_pool(&mut self, szidx: usize) -> *mut Block {
        if self.usable_arenas == NIL {
            // No arena has a free pool: allocate a new arena.
            let ai = self.new_arena();
            if ai == NIL {
                return ptr::null_mut();
            }
            self.usable_arenas = ai;
            let ao = &mut self.arenas[ai as usize];
            ao.nextarena = NIL;
            ao.prevarena = NIL;
            let nf = ao.nfreepools as usize;
            debug_assert_eq!(self.nfp2lasta[nf], NIL);
            self.nfp2lasta[nf] = ai;
        }
        let ua = self.usable_arenas;
        let uai = ua as usize;
        debug_assert_ne!(self.arenas[uai].address, 0);

        // The head already has the smallest nfreepools, so decrementing it keeps the list
        // sorted; only the fingers move, and the arena leaves the list if it becomes full.
        let nf = self.arenas[uai].nfreepools as usize;
        debug_assert!(nf > 0);
        if self.nfp2lasta[nf] == ua {
            // It was the last with this count, so there won't be any.
            self.nfp2lasta[nf] = NIL;
        }
        if nf > 1 {
            debug_assert_eq!(self.nfp2lasta[nf - 1], NIL);
            self.nfp2lasta[nf - 1] = ua;
        }

        let pool: PoolP;
        let ao = &mut self.arenas[uai];
        if !ao.freepools.is_null() {
            // A cached empty pool, most recently emptied first.
            pool = ao.freepools;
            // SAFETY: freepools holds live, empty pools of this arena, linked by nextpool.
            ao.freepools = unsafe { (*pool).nextpool };
        } else {
            // Carve a new pool off the arena.
            debug_assert!(ao.pool_address + POOL_SIZE <= ao.address + ARENA_SIZE);
            pool = ao.pool_address as PoolP;
            // SAFETY: pool_address is pool aligned and a whole pool of the arena lies there;
            // the mapping is writable.
            unsafe {
                (*pool).arenaindex = ua;
                (*pool).szidx = DUMMY_SIZE_IDX;
            }
            ao.pool_address += POOL_SIZE;
        }
        ao.nfreepools -= 1;
        if ao.nfreepools == 0 {
            // Wholly allocated: remove it from usable_arenas (it is the head).
            debug_assert!(ao.freepools.is_null());
            let next = ao.nextarena;
            self.usable_arenas = next;
            if next != NIL {
                self.arenas[next as usize].prevarena = NIL;
            }
        }

        let head = self.usedpool_head(szidx);
        // SAFETY: pool is a live pool in no list and head the sentinel of an empty list (we are
        // here because usedpools[szidx] had no pool). If the pool last served this very class,
        // its header and free list are intact: a cached pool always has a free block.
        unsafe {
            pool::link_only(pool, head);
            (*pool).count = 1;
            if (*pool).szidx as usize == szidx {
                let bp = (*pool).freeblock;
                debug_assert!(!bp.is_null());
                (*pool).freeblock = *(bp as *mut *mut Block);
                // An emptied pool holds at least the two blocks init_pool carved, so one is left.
                debug_assert!(!(*pool).freeblock.is_null());
                return bp;
            }
            pool::init_pool(pool, szidx)
        }
    }

    /// `insert_to_freepool`: `pool` just became empty. Move it from `usedpools` to its arena's
    /// `freepools`, then manage the arena: release it to the system if it is wholly free and
    /// not the last usable arena; put it back at the head of `usable_arenas` if it was full;
    /// else slide it right to keep the list sorted (fullest arenas first).
    ///
    /// # Safety
    /// `pool` is a live pool of this heap, in a `usedpools` list, with count 0.
    #[cold]
    #[inline(never)]
    pub(crate) unsafe fn insert_to_freepool(&mut self, pool: PoolP) {
        // SAFETY: per the contract pool is linked in usedpools and live.
        let ai = unsafe {
            pool::unlink(pool);
            (*pool).arenaindex
        };
        let aix = ai as usize;
        let ao = &mut self.arenas[aix];
        // SAFETY: pool is live; freepools is singly linked through nextpool.
        unsafe { (*pool).nextpool = ao.freepools };
        ao.freepools = pool;
        let mut nf = ao.nfreepools as usize;
        let prevarena = ao.prevarena;
        // If this is the rightmost arena with nf free pools, nfp2lasta[nf] moves left (or
        // clears). With nf == 0 the arena is in no list and nfp2lasta[0] is always NIL.
        let lastnf = self.nfp2lasta[nf];
        if lastnf == ai {
            self.nfp2lasta[nf] =
                if prevarena != NIL && self.arenas[prevarena as usize].nfreepools as usize == nf {
                    prevarena
                } else {
                    NIL
                };
        }
        nf += 1;
        let ao = &mut self.arenas[aix];
        ao.nfreepools = nf as u32;

        if nf == ao.ntotalpools as usize && ao.nextarena != NIL {
            // Case 1: wholly free and not the last usable arena: give it back. Keeping the
            // last one avoids thrashing when a loop allocates and frees one object (bpo-37257).
            let (prev, next) = (ao.prevarena, ao.nextarena);
            if prev == NIL {
                self.usable_arenas = next;
            } else {
                self.arenas[prev as usize].nextarena = next;
            }
            self.arenas[next as usize].prevarena = prev;
            // Record that this slot can be reused.
            let address = self.arenas[aix].address;
            self.arenas[aix].nextarena = self.unused_arena_objects;
            self.unused_arena_objects = ai;
            self.arena_map.mark_used(address, false);
            // SAFETY: every pool of the arena is empty, so no live block points into it, and
            // its slot no longer refers to it.
            unsafe { system::free_arena(address as *mut u8) };
            let ao = &mut self.arenas[aix];
            ao.address = 0;
            ao.freepools = ptr::null_mut();
            self.narenas_currently_allocated -= 1;
            return;
        }

        if nf == 1 {
            // Case 2: the arena was full and in no list: it becomes the head of usable_arenas
            // (it has the fewest free pools possible).
            let old_head = self.usable_arenas;
            ao.nextarena = old_head;
            ao.prevarena = NIL;
            if old_head != NIL {
                self.arenas[old_head as usize].prevarena = ai;
            }
            self.usable_arenas = ai;
            if self.nfp2lasta[1] == NIL {
                self.nfp2lasta[1] = ai;
            }
            return;
        }

        // If this is now the only arena with nf free pools, record that.
        if self.nfp2lasta[nf] == NIL {
            self.nfp2lasta[nf] = ai;
        }
        // Case 4: it was the rightmost with the old count, so it is still in order.
        if ai == lastnf {
            return;
        }

        // Case 3: it has more free pools than its right neighbour; move it to just after
        // lastnf, the last arena with the old count.
        debug_assert_ne!(lastnf, NIL);
        let (prev, next) = (self.arenas[aix].prevarena, self.arenas[aix].nextarena);
        debug_assert_ne!(next, NIL);
        if prev != NIL {
            self.arenas[prev as usize].nextarena = next;
        } else {
            self.usable_arenas = next;
        }
        self.arenas[next as usize].prevarena = prev;
        let after = self.arenas[lastnf as usize].nextarena;
        self.arenas[aix].prevarena = lastnf;
        self.arenas[aix].nextarena = after;
        if after != NIL {
            self.arenas[after as usize].prevarena = ai;
        }
        self.arenas[lastnf as usize].nextarena = ai;
    }

    /// Returns every arena to the system (used by Drop).
    pub(crate) fn release_all_arenas(&mut self) {
        for ao in self.arenas.iter_mut() {
            if ao.address != 0 {
                // SAFETY: the heap is going away; by the Drop contract no block is used again.
                unsafe { system::free_arena(ao.address as *mut u8) };
                ao.address = 0;
            }
        }
    }

    /// The sentinel heading `usedpools[szidx]`.
    #[inline(always)]
    pub(crate) fn usedpool_head(&self, szidx: usize) -> PoolP {
        debug_assert!(szidx < crate::size_class::NB_SMALL_SIZE_CLASSES);
        // SAFETY: usedpools points at NB_SMALL_SIZE_CLASSES sentinels and szidx is a class.
        unsafe { self.usedpools.add(szidx) }
    }
}
