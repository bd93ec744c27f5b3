//! `address_in_range`: the radix tree that tells, in constant time, whether an address lies in
//! one of the heap's arenas (CPython 3.11's `arena_map_*`, WITH_PYMALLOC_RADIX_TREE, 64-bit).
//!
//! The key is the address without its low 20 bits (ARENA_BITS): each key names one *ideal*
//! 1 MiB region `[k << 20, (k + 1) << 20)`. The remaining 44 bits split into three levels:
//! the top 15 bits index the root (2^15 pointers), the next 15 a mid node (2^15 pointers), the
//! last 14 a bottom node (2^14 `{tail_hi, tail_lo}` pairs of i32). An arena whose base B is not
//! 1 MiB aligned straddles two ideal regions: the region holding B records `tail_hi = B & mask`
//! (addresses at or above the tail are ours), the next region records `tail_lo = B & mask`
//! (addresses below the tail are ours). An aligned arena records `tail_hi = -1` (all of it).
//!
//! CPython's root is a static array; ours belongs to the heap (several heaps may live in one
//! process) and is allocated zeroed when the heap is created. Mid and bottom nodes are
//! allocated zeroed on demand when an arena is marked and, as in CPython, never freed until
//! the heap is dropped. The byte figures the stats print are exactly what is allocated here,
//! which are CPython's: 262,144 for the root and each mid node, 131,072 per bottom node.

use crate::size_class::{ARENA_BITS, ARENA_SIZE, ARENA_SIZE_MASK};
use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::ptr;

#[cfg(not(target_pointer_width = "64"))]
compile_error!("pymalloc models CPython's 64-bit radix tree (ARENA_BITS 20, 15/15/14 levels)");

const POINTER_BITS: u32 = 64;
/// CPython's IGNORE_BITS: 0, every address bit takes part in the key.
const IGNORE_BITS: u32 = 0;
const ADDRESS_BITS: u32 = POINTER_BITS - IGNORE_BITS;
const INTERIOR_BITS: u32 = (ADDRESS_BITS - ARENA_BITS).div_ceil(3);
const MAP_TOP_BITS: u32 = INTERIOR_BITS;
const MAP_MID_BITS: u32 = INTERIOR_BITS;
const MAP_BOT_BITS: u32 = ADDRESS_BITS - ARENA_BITS - 2 * INTERIOR_BITS;

const MAP_TOP_LENGTH: usize = 1 << MAP_TOP_BITS;
const MAP_MID_LENGTH: usize = 1 << MAP_MID_BITS;
const MAP_BOT_LENGTH: usize = 1 << MAP_BOT_BITS;

const MAP_BOT_SHIFT: u32 = ARENA_BITS;
const MAP_MID_SHIFT: u32 = MAP_BOT_BITS + MAP_BOT_SHIFT;
const MAP_TOP_SHIFT: u32 = MAP_MID_BITS + MAP_MID_SHIFT;

const MAP_BOT_MASK: usize = MAP_BOT_LENGTH - 1;
const MAP_MID_MASK: usize = MAP_MID_LENGTH - 1;
const MAP_TOP_MASK: usize = MAP_TOP_LENGTH - 1;

#[inline(always)]
const fn map_top_index(p: usize) -> usize {
    (p >> MAP_TOP_SHIFT) & MAP_TOP_MASK
}
#[inline(always)]
const fn map_mid_index(p: usize) -> usize {
    (p >> MAP_MID_SHIFT) & MAP_MID_MASK
}
#[inline(always)]
const fn map_bot_index(p: usize) -> usize {
    (p >> MAP_BOT_SHIFT) & MAP_BOT_MASK
}

/// CPython's `arena_coverage_t`: which part of one ideal 1 MiB region belongs to an arena.
#[repr(C)]
#[derive(Clone, Copy)]
struct ArenaCoverage {
    tail_hi: i32,
    tail_lo: i32,
}

/// `arena_map_bot_t`.
#[repr(C)]
struct MapBot {
    arenas: [ArenaCoverage; MAP_BOT_LENGTH],
}

/// `arena_map_mid_t`.
#[repr(C)]
struct MapMid {
    ptrs: [*mut MapBot; MAP_MID_LENGTH],
}

/// `arena_map_root_t`.
#[repr(C)]
struct MapRoot {
    ptrs: [*mut MapMid; MAP_TOP_LENGTH],
}

/// Bytes of the root node (CPython: `sizeof(arena_map_root)`).
pub const MAP_ROOT_BYTES: usize = std::mem::size_of::<MapRoot>();
/// Bytes of one mid node.
pub const MAP_MID_BYTES: usize = std::mem::size_of::<MapMid>();
/// Bytes of one bottom node.
pub const MAP_BOT_BYTES: usize = std::mem::size_of::<MapBot>();

/// Allocates one zeroed node of type `T` (all-zero is a valid value: null pointers, zero tails).
fn new_node<T>() -> *mut T {
    // SAFETY: every node type has a non-zero size, so the layout is valid for alloc_zeroed;
    // an all-zero bit pattern is a valid node (null pointers and zero tails).
    unsafe { alloc_zeroed(Layout::new::<T>()) as *mut T }
}

/// Frees a node made by `new_node::<T>()`.
///
/// # Safety
/// `node` came from `new_node::<T>()` and is not used afterwards.
unsafe fn free_node<T>(node: *mut T) {
    // SAFETY: the caller guarantees node was allocated with this very layout.
    unsafe { dealloc(node as *mut u8, Layout::new::<T>()) }
}

/// The per-heap radix tree. Owns its nodes.
pub struct ArenaMap {
    root: *mut MapRoot,
    /// `arena_map_mid_count`.
    pub mid_count: usize,
    /// `arena_map_bot_count`.
    pub bot_count: usize,
}

impl ArenaMap {
    /// Allocates the root. `None` when memory is exhausted.
    pub fn new() -> Option<ArenaMap> {
        let root = new_node::<MapRoot>();
        if root.is_null() {
            return None;
        }
        Some(ArenaMap {
            root,
            mid_count: 0,
            bot_count: 0,
        })
    }

    /// `arena_map_get`: the bottom node covering `p`, created on demand when `create`.
    /// Null if it does not exist (or could not be allocated).
    #[inline(always)]
    fn get(&mut self, p: usize, create: bool) -> *mut MapBot {
        // SAFETY: `root` is a live node owned by self; mid pointers stored in it are either
        // null or live mid nodes we allocated, and likewise for bottom pointers in mid nodes.
        unsafe {
            let i1 = map_top_index(p);
            let mut mid = (*self.root).ptrs[i1];
            if mid.is_null() {
                if !create {
                    return ptr::null_mut();
                }
                mid = new_node::<MapMid>();
                if mid.is_null() {
                    return ptr::null_mut();
                }
                (*self.root).ptrs[i1] = mid;
                self.mid_count += 1;
            }
            let i2 = map_mid_index(p);
            let mut bot = (*mid).ptrs[i2];
            if bot.is_null() {
                if !create {
                    return ptr::null_mut();
                }
                bot = new_node::<MapBot>();
                if bot.is_null() {
                    return ptr::null_mut();
                }
                (*mid).ptrs[i2] = bot;
                self.bot_count += 1;
            }
            bot
        }
    }

    /// `arena_map_mark_used`: records (or, with `is_used == false`, erases) the arena at
    /// `arena_base`. Returns false only when marking needed a node that could not be allocated.
    pub fn mark_used(&mut self, arena_base: usize, is_used: bool) -> bool {
        let n_hi = self.get(arena_base, is_used);
        if n_hi.is_null() {
            debug_assert!(is_used, "unmarking an arena whose node does not exist");
            return false;
        }
        let i3 = map_bot_index(arena_base);
        let tail = (arena_base & ARENA_SIZE_MASK) as i32;
        // SAFETY: n_hi is a live bottom node (from `get`), i3 < MAP_BOT_LENGTH by the mask.
        unsafe {
            if tail == 0 {
                // The arena is an ideal region: all of it is ours.
                (*n_hi).arenas[i3].tail_hi = if is_used { -1 } else { 0 };
            } else {
                (*n_hi).arenas[i3].tail_hi = if is_used { tail } else { 0 };
                // The arena spills into the next ideal region, which may sit under other
                // mid and top nodes: walk the tree again for it.
                let arena_base_next = arena_base + ARENA_SIZE;
                let n_lo = self.get(arena_base_next, is_used);
                if n_lo.is_null() {
                    debug_assert!(is_used);
                    (*n_hi).arenas[i3].tail_hi = 0;
                    return false;
                }
                let i3_next = map_bot_index(arena_base_next);
                (*n_lo).arenas[i3_next].tail_lo = if is_used { tail } else { 0 };
            }
        }
        true
    }

    /// `arena_map_is_used`: true iff `p` lies in a marked arena. Three dependent loads.
    #[inline(always)]
    pub fn is_used(&self, p: usize) -> bool {
        // SAFETY: as in `get`: every non-null pointer in the tree is a live node of ours.
        unsafe {
            let mid = (*self.root).ptrs[map_top_index(p)];
            if mid.is_null() {
                return false;
            }
            let bot = (*mid).ptrs[map_mid_index(p)];
            if bot.is_null() {
                return false;
            }
            let cov = (*bot).arenas[map_bot_index(p)];
            let tail = (p & ARENA_SIZE_MASK) as i32;
            tail < cov.tail_lo || (tail >= cov.tail_hi && cov.tail_hi != 0)
        }
    }
}

impl Drop for ArenaMap {
    fn drop(&mut self) {
        // SAFETY: the tree's non-null pointers are nodes we allocated with new_node of the
        // matching type; each is freed exactly once and the root last.
        unsafe {
            for &mid in (*self.root).ptrs.iter() {
                if mid.is_null() {
                    continue;
                }
                for &bot in (*mid).ptrs.iter() {
                    if !bot.is_null() {
                        free_node(bot);
                    }
                }
                free_node(mid);
            }
            free_node(self.root);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_sizes_are_cpythons() {
        assert_eq!(MAP_TOP_BITS, 15);
        assert_eq!(MAP_MID_BITS, 15);
        assert_eq!(MAP_BOT_BITS, 14);
        assert_eq!(MAP_ROOT_BYTES, 262_144);
        assert_eq!(MAP_MID_BYTES, 262_144);
        assert_eq!(MAP_BOT_BYTES, 131_072);
    }

    #[test]
    fn aligned_and_unaligned_arenas() {
        let mut map = ArenaMap::new().unwrap();
        // Addresses are only compared, never dereferenced.
        let aligned = 0x7f00_0000_0000usize;
        assert!(map.mark_used(aligned, true));
        assert!(map.is_used(aligned));
        assert!(map.is_used(aligned + ARENA_SIZE - 1));
        assert!(!map.is_used(aligned + ARENA_SIZE));
        assert!(!map.is_used(aligned - 1));

        let unaligned = 0x7f00_0040_3000usize;
        assert!(map.mark_used(unaligned, true));
        assert!(map.is_used(unaligned));
        assert!(!map.is_used(unaligned - 1));
        assert!(map.is_used(unaligned + ARENA_SIZE - 1));
        assert!(!map.is_used(unaligned + ARENA_SIZE));

        assert!(map.mark_used(unaligned, false));
        assert!(!map.is_used(unaligned));
        assert!(!map.is_used(unaligned + ARENA_SIZE - 1));
        assert!(map.is_used(aligned));
        assert_eq!((map.mid_count, map.bot_count), (1, 1));

        // A region far away needs a second bottom node (and a second mid node above 2^49).
        let far = 1usize << 50;
        assert!(map.mark_used(far, true));
        assert!(map.is_used(far + 5));
        assert_eq!((map.mid_count, map.bot_count), (2, 2));
    }
}
