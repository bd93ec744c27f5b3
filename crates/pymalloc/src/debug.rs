//! Checking the heap: debug-build poisoning (fresh blocks 0xCD, freed blocks 0xDD, CPython's
//! PYMEM_CLEANBYTE and PYMEM_DEADBYTE), double-free detection, and `validate()`, a walk over
//! every arena, pool and list that checks the allocator's invariants (available in all builds).
//!
//! A double free or a free of a foreign pointer is a bug in the program using the heap (the
//! VM), never the result of user input: the VM owns every block and frees it exactly once.
//! Continuing would corrupt the free lists silently, so debug builds stop with a panic naming
//! the block. Release builds do not check (CPython's release build does not either).

#![cfg_attr(not(debug_assertions), allow(dead_code, unused_imports))]

use crate::arena::NIL;
use crate::pool::{Block, PoolHeader};
use crate::size_class::{
    index2size, numblocks, ARENA_SIZE, MAX_POOLS_IN_ARENA, NB_SMALL_SIZE_CLASSES, POOL_OVERHEAD,
    POOL_SIZE, POOL_SIZE_MASK,
};
use crate::Heap;
use std::collections::HashSet;
use std::ptr::NonNull;

/// Written over every fresh block in debug builds (PYMEM_CLEANBYTE).
pub const CLEANBYTE: u8 = 0xCD;
/// Written over every freed block, after its link word, in debug builds (PYMEM_DEADBYTE).
pub const DEADBYTE: u8 = 0xDD;

/// Fills `n` bytes at `p` with `byte`.
///
/// # Safety
/// `p..p+n` is writable memory owned by the caller.
#[inline]
pub unsafe fn fill(p: *mut u8, byte: u8, n: usize) {
    // SAFETY: forwarded from the caller.
    unsafe { std::ptr::write_bytes(p, byte, n) }
}

/// Poisons a block that is (or is about to be) on a free list: everything after the link word.
///
/// # Safety
/// `p` is a block of `size >= 16` bytes owned by the allocator.
#[cfg(debug_assertions)]
#[inline]
pub unsafe fn poison_free(p: *mut Block, size: usize) {
    // SAFETY: the block spans `size` bytes; the first 8 hold the link.
    unsafe { fill(p.add(8), DEADBYTE, size - 8) }
}

/// Stops on a broken allocator invariant caused by the caller (see the module comment).
#[cfg(debug_assertions)]
#[cold]
#[inline(never)]
pub fn invariant_violated(msg: String) -> ! {
    panic!("pymalloc: {msg}")
}

impl Heap {
    /// Debug-build checks before `p` (in pool `pool`) is freed: `p` is a block start inside the
    /// carved part of a used pool, and not already free.
    ///
    /// # Safety
    /// `p` lies in one of this heap's arenas (address_in_range said so).
    #[cfg(debug_assertions)]
    pub(crate) unsafe fn debug_check_free(&self, p: *mut Block, pool: *mut PoolHeader) {
        let off = p as usize - pool as usize;
        // SAFETY: p is in an arena, so its pool's header lies in mapped arena memory; the
        // carved check below comes before the header's fields are trusted.
        let (ai, szidx, count, nextoffset, mut next) = unsafe {
            (
                (*pool).arenaindex as usize,
                (*pool).szidx as usize,
                (*pool).count,
                (*pool).nextoffset as usize,
                (*pool).freeblock,
            )
        };
        let carved = ai < self.arenas.len()
            && self.arenas[ai].address != 0
            && (pool as usize) < self.arenas[ai].pool_address
            && (pool as usize) >= self.arenas[ai].address;
        if !carved || szidx >= NB_SMALL_SIZE_CLASSES {
            invariant_violated(format!("free of {p:p}: not in a pool in use"));
        }
        let size = index2size(szidx);
        if off < POOL_OVERHEAD || (off - POOL_OVERHEAD) % size != 0 || off >= nextoffset {
            invariant_violated(format!("free of {p:p}: not the start of a block"));
        }
        if count == 0 {
            invariant_violated(format!("double free of {p:p} (its pool is empty)"));
        }
        // A freed block carries DEADBYTEs after its link; only then walk the free list, so the
        // common case costs one 8-byte compare.
        // SAFETY: the block has size >= 16 bytes.
        let tail = unsafe { std::ptr::read_unaligned(p.add(8) as *const u64) };
        if tail == u64::from_ne_bytes([DEADBYTE; 8]) {
            let mut steps = 0;
            while !next.is_null() && steps <= numblocks(szidx) {
                if next == p {
                    invariant_violated(format!("double free of {p:p}"));
                }
                // SAFETY: free-list entries are free blocks of this pool; their first word
                // is the link.
                next = unsafe { *(next as *const *mut Block) };
                steps += 1;
            }
        }
    }

    /// Every block currently allocated, with its usable size (the class's block size for a
    /// pymalloc block, the requested size for a system block), in address order within each
    /// arena. System blocks are listed only in debug builds (release builds keep only their
    /// count). Meant for leak reports at teardown: the owner reads its headers to name them.
    pub fn live_blocks(&self) -> Vec<(NonNull<u8>, usize)> {
        let mut out = Vec::new();
        let mut free = Vec::new();
        for ao in self.arenas.iter().filter(|ao| ao.address != 0) {
            let mut base = ao.address;
            if base & POOL_SIZE_MASK != 0 {
                base = (base & !POOL_SIZE_MASK) + POOL_SIZE;
            }
            while base < ao.pool_address {
                // SAFETY: base is a carved pool of a live arena, its header initialised.
                let h = unsafe { &*(base as *const PoolHeader) };
                let pool = base;
                base += POOL_SIZE;
                if h.count == 0 {
                    continue;
                }
                let size = index2size(h.szidx as usize);
                let carved = (h.nextoffset as usize - POOL_OVERHEAD) / size;
                free.clear();
                free.resize(carved, false);
                let mut b = h.freeblock;
                while !b.is_null() {
                    free[(b as usize - pool - POOL_OVERHEAD) / size] = true;
                    // SAFETY: b is a free block of this pool; its first word is the link.
                    b = unsafe { *(b as *const *mut Block) };
                }
                for (i, _) in free.iter().enumerate().filter(|(_, &f)| !f) {
                    let p = (pool + POOL_OVERHEAD + i * size) as *mut u8;
                    // A block address inside a mapped arena is never null.
                    if let Some(p) = NonNull::new(p) {
                        out.push((p, size));
                    }
                }
            }
        }
        #[cfg(debug_assertions)]
        {
            let mut raw: Vec<_> = self.raw_live.iter().map(|(&p, &n)| (p, n)).collect();
            raw.sort_unstable();
            out.extend(
                raw.into_iter()
                    .filter_map(|(p, n)| NonNull::new(p as *mut u8).map(|p| (p, n))),
            );
        }
        out
    }

    /// Walks every arena, pool and list and checks pymalloc's invariants. `Err` describes the
    /// first violation found. Costs O(arenas × pools + free blocks).
    pub fn validate(&self) -> Result<(), String> {
        let mut in_usedpools: HashSet<usize> = HashSet::new();
        let max_pools = self.arenas.len() * MAX_POOLS_IN_ARENA;

        // usedpools: circular, well linked, each member a partially used pool of its class.
        for idx in 0..NB_SMALL_SIZE_CLASSES {
            let head = self.usedpool_head(idx);
            let mut prev = head;
            // SAFETY: head is a live sentinel.
            let mut p = unsafe { (*head).nextpool };
            let mut steps = 0;
            while p != head {
                steps += 1;
                if steps > max_pools {
                    return Err(format!("usedpools[{idx}] does not cycle back to its head"));
                }
                if !self.pool_is_carved(p as usize) {
                    return Err(format!("usedpools[{idx}] holds {p:p}, not a carved pool"));
                }
                // SAFETY: p is a carved pool of a live arena (checked just above).
                let h = unsafe { &*p };
                if h.prevpool != prev {
                    return Err(format!("usedpools[{idx}]: bad prevpool at {p:p}"));
                }
                if h.szidx as usize != idx {
                    return Err(format!(
                        "usedpools[{idx}] holds a pool of class {}",
                        h.szidx
                    ));
                }
                if h.count == 0 || h.freeblock.is_null() {
                    return Err(format!(
                        "usedpools[{idx}] holds a pool that is not partly used"
                    ));
                }
                if !in_usedpools.insert(p as usize) {
                    return Err(format!("usedpools[{idx}] holds {p:p} twice"));
                }
                prev = p;
                p = h.nextpool;
            }
            // SAFETY: head is a live sentinel.
            if unsafe { (*head).prevpool } != prev {
                return Err(format!(
                    "usedpools[{idx}]: head's prevpool is not the last pool"
                ));
            }
        }

        // Arenas and their pools.
        let mut allocated = 0;
        let mut used_pools_seen = 0;
        for (ai, ao) in self.arenas.iter().enumerate() {
            if ao.address == 0 {
                continue;
            }
            allocated += 1;
            let aligned = ao.address & POOL_SIZE_MASK == 0;
            let first = if aligned {
                ao.address
            } else {
                (ao.address & !POOL_SIZE_MASK) + POOL_SIZE
            };
            let total = if aligned {
                MAX_POOLS_IN_ARENA
            } else {
                MAX_POOLS_IN_ARENA - 1
            };
            if ao.ntotalpools as usize != total {
                return Err(format!(
                    "arena {ai}: ntotalpools {} != {total}",
                    ao.ntotalpools
                ));
            }
            let end = first + total * POOL_SIZE;
            if ao.pool_address & POOL_SIZE_MASK != 0
                || ao.pool_address < first
                || ao.pool_address > end
            {
                return Err(format!("arena {ai}: pool_address out of place"));
            }
            if !self.owns(ao.address as *const u8)
                || !self.owns((ao.address + ARENA_SIZE - 1) as *const u8)
            {
                return Err(format!("arena {ai}: not marked in the radix tree"));
            }
            let uncarved = (end - ao.pool_address) / POOL_SIZE;
            let mut freepools = HashSet::new();
            let mut fp = ao.freepools;
            while !fp.is_null() {
                let a = fp as usize;
                if a < first || a >= ao.pool_address || a & POOL_SIZE_MASK != 0 {
                    return Err(format!("arena {ai}: freepools holds {fp:p}, not its pool"));
                }
                if !freepools.insert(a) {
                    return Err(format!("arena {ai}: freepools cycles"));
                }
                // SAFETY: fp is a carved pool of this live arena (checked above).
                fp = unsafe { (*fp).nextpool };
            }
            if ao.nfreepools as usize != uncarved + freepools.len() {
                return Err(format!(
                    "arena {ai}: nfreepools {} != {uncarved} uncarved + {} cached",
                    ao.nfreepools,
                    freepools.len()
                ));
            }
            let mut base = first;
            while base < ao.pool_address {
                // SAFETY: base is a carved pool of this live arena.
                let h = unsafe { &*(base as *const PoolHeader) };
                if h.arenaindex as usize != ai {
                    return Err(format!(
                        "pool {base:#x}: arenaindex {} != {ai}",
                        h.arenaindex
                    ));
                }
                if h.count == 0 {
                    if !freepools.contains(&base) {
                        return Err(format!("pool {base:#x} is empty but not in freepools"));
                    }
                } else {
                    if freepools.contains(&base) {
                        return Err(format!("pool {base:#x} is in use and in freepools"));
                    }
                    self.validate_pool(base, h, in_usedpools.contains(&base))?;
                    if !h.freeblock.is_null() {
                        used_pools_seen += 1;
                    }
                }
                base += POOL_SIZE;
            }
        }
        if used_pools_seen != in_usedpools.len() {
            return Err("usedpools and the partly used pools differ".to_string());
        }
        if allocated != self.narenas_currently_allocated {
            return Err(format!(
                "narenas_currently_allocated {} != {allocated} arenas",
                self.narenas_currently_allocated
            ));
        }
        if self.narenas_highwater < allocated || self.ntimes_arena_allocated < allocated {
            return Err("arena counters below the current count".to_string());
        }

        self.validate_arena_lists(allocated)?;

        #[cfg(debug_assertions)]
        if self.raw_live.len() != self.raw_allocated_blocks {
            return Err(format!(
                "raw_allocated_blocks {} != {} live raw blocks",
                self.raw_allocated_blocks,
                self.raw_live.len()
            ));
        }
        Ok(())
    }

    /// True iff `addr` is a pool already carved from one of our arenas.
    fn pool_is_carved(&self, addr: usize) -> bool {
        addr & POOL_SIZE_MASK == 0
            && self
                .arenas
                .iter()
                .any(|ao| ao.address != 0 && addr >= ao.address && addr < ao.pool_address)
    }

    /// Checks one pool in use: geometry, count, its free list, and its list membership.
    fn validate_pool(&self, base: usize, h: &PoolHeader, listed: bool) -> Result<(), String> {
        let szidx = h.szidx as usize;
        if szidx >= NB_SMALL_SIZE_CLASSES {
            return Err(format!("pool {base:#x}: szidx {szidx} in use"));
        }
        let size = index2size(szidx);
        let nextoffset = h.nextoffset as usize;
        if h.maxnextoffset as usize != POOL_SIZE - size
            || nextoffset > POOL_SIZE
            || nextoffset < POOL_OVERHEAD + 2 * size
            || (nextoffset - POOL_OVERHEAD) % size != 0
        {
            return Err(format!("pool {base:#x}: bad nextoffset/maxnextoffset"));
        }
        let carved_blocks = (nextoffset - POOL_OVERHEAD) / size;
        let mut nfree = 0;
        let mut b = h.freeblock;
        while !b.is_null() {
            let off = (b as usize).wrapping_sub(base);
            if off < POOL_OVERHEAD || off >= nextoffset || (off - POOL_OVERHEAD) % size != 0 {
                return Err(format!(
                    "pool {base:#x}: free list holds {b:p}, not its block"
                ));
            }
            nfree += 1;
            if nfree > carved_blocks {
                return Err(format!(
                    "pool {base:#x}: free list longer than the carved blocks"
                ));
            }
            #[cfg(debug_assertions)]
            {
                // SAFETY: b is a block of this pool (checked above), size >= 16 bytes.
                let tail = unsafe { std::slice::from_raw_parts(b.add(8), size - 8) };
                if tail.iter().any(|&x| x != DEADBYTE) {
                    return Err(format!("free block {b:p} was written after it was freed"));
                }
            }
            // SAFETY: b is a free block of this pool; its first word is the link.
            b = unsafe { *(b as *const *mut Block) };
        }
        if nfree + h.count as usize != carved_blocks {
            return Err(format!(
                "pool {base:#x}: count {} + {nfree} free != {carved_blocks} carved",
                h.count
            ));
        }
        if nfree == 0 {
            // Full: nothing left to carve, and in no list.
            if h.nextoffset <= h.maxnextoffset {
                return Err(format!(
                    "pool {base:#x}: no free block but virgin ones left"
                ));
            }
            if listed {
                return Err(format!("pool {base:#x}: full but in usedpools"));
            }
        } else if !listed {
            return Err(format!("pool {base:#x}: partly used but not in usedpools"));
        }
        Ok(())
    }

    /// usable_arenas sorted ascending by nfreepools, the nfp2lasta fingers, the unused slots.
    fn validate_arena_lists(&self, allocated: usize) -> Result<(), String> {
        let mut expected_last = [NIL; MAX_POOLS_IN_ARENA + 1];
        let mut prev = NIL;
        let mut a = self.usable_arenas;
        let mut prev_nf = 0;
        let mut usable = 0;
        while a != NIL {
            usable += 1;
            if usable > self.arenas.len() {
                return Err("usable_arenas cycles".to_string());
            }
            let ao = &self.arenas[a as usize];
            if ao.address == 0 || ao.nfreepools == 0 {
                return Err(format!("usable_arenas holds arena {a} with no free pool"));
            }
            if ao.prevarena != prev {
                return Err(format!("usable_arenas: bad prevarena at arena {a}"));
            }
            if ao.nfreepools < prev_nf {
                return Err(format!("usable_arenas not sorted at arena {a}"));
            }
            prev_nf = ao.nfreepools;
            expected_last[ao.nfreepools as usize] = a;
            prev = a;
            a = ao.nextarena;
        }
        let with_free = self
            .arenas
            .iter()
            .filter(|ao| ao.address != 0 && ao.nfreepools > 0)
            .count();
        if usable != with_free {
            return Err(format!(
                "usable_arenas has {usable} arenas, {with_free} have free pools"
            ));
        }
        if expected_last != self.nfp2lasta {
            return Err("nfp2lasta does not point at the last arena of each count".to_string());
        }
        let mut unused = 0;
        let mut u = self.unused_arena_objects;
        while u != NIL {
            unused += 1;
            if unused > self.arenas.len() {
                return Err("unused_arena_objects cycles".to_string());
            }
            if self.arenas[u as usize].address != 0 {
                return Err(format!("unused_arena_objects holds arena {u} in use"));
            }
            u = self.arenas[u as usize].nextarena;
        }
        if unused + allocated != self.arenas.len() {
            return Err(format!(
                "{unused} unused + {allocated} allocated != {} arena slots",
                self.arenas.len()
            ));
        }
        Ok(())
    }
}
