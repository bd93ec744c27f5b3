//! Unit tests of the allocator's state changes, with access to its private lists: pool states
//! (used → full → used → empty), free-list order, usedpools order, arena release, arena reuse,
//! usable_arenas ordering, realloc, the system path, alignment and debug poisoning.

// SAFETY (all unsafe blocks of this file): each frees, reallocates or reads a block the test
// itself allocated from the same heap and has not freed yet (or, for the debug-poison and
// double-free tests, deliberately a freed block of an arena that is still mapped), and reads
// pool headers only of pools in use.
#![allow(clippy::undocumented_unsafe_blocks)]

use crate::arena::NIL;
use crate::pool::{pool_addr, PoolP};
use crate::size_class::{index2size, numblocks, size_class_of, POOL_SIZE};
use crate::Heap;
use std::collections::HashMap;
use std::ptr::NonNull;

/// The pools of usedpools[idx], front first.
fn usedpools(h: &Heap, idx: usize) -> Vec<PoolP> {
    let head = h.usedpool_head(idx);
    let mut v = Vec::new();
    // SAFETY (test): the list is well formed; validate() is called by the tests too.
    let mut p = unsafe { (*head).nextpool };
    while p != head {
        v.push(p);
        p = unsafe { (*p).nextpool };
    }
    v
}

/// usable_arenas as (slot, nfreepools), head first.
fn usable(h: &Heap) -> Vec<(u32, u32)> {
    let mut v = Vec::new();
    let mut a = h.usable_arenas;
    while a != NIL {
        v.push((a, h.arenas[a as usize].nfreepools));
        a = h.arenas[a as usize].nextarena;
    }
    v
}

fn arena_of(p: NonNull<u8>) -> u32 {
    // SAFETY (test): p is a live pymalloc block, its pool header initialised.
    unsafe { (*pool_addr(p.as_ptr())).arenaindex }
}

fn count_of(p: NonNull<u8>) -> u32 {
    // SAFETY (test): as above.
    unsafe { (*pool_addr(p.as_ptr())).count }
}

fn ok(h: &Heap) {
    if let Err(e) = h.validate() {
        panic!("validate: {e}");
    }
}

fn free_all(h: &mut Heap, blocks: impl IntoIterator<Item = NonNull<u8>>) {
    for b in blocks {
        // SAFETY (test): each block is live and freed once.
        unsafe { h.free(b) };
    }
}

#[test]
fn pool_goes_used_full_used_empty() {
    let mut h = Heap::new();
    let idx = size_class_of(512);
    let n = numblocks(idx);
    let first = h.malloc(512).unwrap();
    let pool = pool_addr(first.as_ptr());
    assert_eq!(usedpools(&h, idx), vec![pool], "a fresh pool is used");
    assert_eq!(count_of(first), 1);
    let mut blocks = vec![first];
    for _ in 1..n {
        blocks.push(h.malloc(500).unwrap());
    }
    assert!(blocks.iter().all(|b| pool_addr(b.as_ptr()) == pool));
    assert_eq!(count_of(first), n as u32);
    assert!(usedpools(&h, idx).is_empty(), "a full pool is in no list");
    ok(&h);

    let victim = blocks.remove(7);
    unsafe { h.free(victim) };
    assert_eq!(
        usedpools(&h, idx),
        vec![pool],
        "a full pool gets a block back: used"
    );
    ok(&h);
    let again = h.malloc(512).unwrap();
    assert_eq!(
        again, victim,
        "the block just freed is the next one handed out"
    );
    blocks.push(again);

    let ai = arena_of(first) as usize;
    let nf_before = h.arenas[ai].nfreepools;
    free_all(&mut h, blocks);
    assert!(
        usedpools(&h, idx).is_empty(),
        "an empty pool leaves usedpools"
    );
    assert_eq!(
        h.arenas[ai].freepools, pool,
        "it goes to its arena's freepools"
    );
    assert_eq!(h.arenas[ai].nfreepools, nf_before + 1);
    assert_eq!(h.allocated_blocks(), 0);
    ok(&h);

    // The cached pool serves its old class without re-initialisation, and another class
    // after re-initialisation.
    let b = h.malloc(512).unwrap();
    assert_eq!(pool_addr(b.as_ptr()), pool);
    unsafe { h.free(b) };
    let c = h.malloc(16).unwrap();
    assert_eq!(pool_addr(c.as_ptr()), pool);
    assert_eq!(
        c.as_ptr() as usize - pool as usize,
        48,
        "first block right after the header"
    );
    unsafe { h.free(c) };
    ok(&h);
}

#[test]
fn freed_blocks_are_reused_lifo() {
    let mut h = Heap::new();
    let a = h.malloc(40).unwrap();
    let b = h.malloc(40).unwrap();
    let c = h.malloc(40).unwrap();
    assert_eq!(b.as_ptr() as usize - a.as_ptr() as usize, 48);
    assert_eq!(c.as_ptr() as usize - b.as_ptr() as usize, 48);
    unsafe { h.free(b) };
    assert_eq!(h.malloc(33).unwrap(), b);
    unsafe {
        h.free(a);
        h.free(c);
    }
    assert_eq!(h.malloc(48).unwrap(), c);
    assert_eq!(h.malloc(48).unwrap(), a);
    // A different class never gets them.
    let d = h.malloc(49).unwrap();
    assert_ne!(pool_addr(d.as_ptr()), pool_addr(a.as_ptr()));
    free_all(&mut h, [a, b, c, d]);
    ok(&h);
}

#[test]
fn full_pool_goes_to_front_of_usedpools() {
    let mut h = Heap::new();
    let idx = size_class_of(512);
    let n = numblocks(idx);
    let a: Vec<_> = (0..n).map(|_| h.malloc(512).unwrap()).collect();
    let pool_a = pool_addr(a[0].as_ptr());
    let b = h.malloc(512).unwrap();
    let pool_b = pool_addr(b.as_ptr());
    assert_ne!(pool_a, pool_b);
    assert_eq!(usedpools(&h, idx), vec![pool_b]);
    unsafe { h.free(a[3]) };
    assert_eq!(usedpools(&h, idx), vec![pool_a, pool_b], "front, not back");
    assert_eq!(h.malloc(512).unwrap(), a[3]);
    ok(&h);
    free_all(&mut h, a);
    free_all(&mut h, [b]);
    ok(&h);
}

/// Allocates 512-byte blocks until arena slot `want_arenas - 1` is in use, returning them
/// grouped by arena slot.
fn fill_arenas(h: &mut Heap, want_arenas: usize) -> HashMap<u32, Vec<NonNull<u8>>> {
    let mut by_arena: HashMap<u32, Vec<NonNull<u8>>> = HashMap::new();
    while h.narenas_currently_allocated < want_arenas {
        let b = h.malloc(512).unwrap();
        by_arena.entry(arena_of(b)).or_default().push(b);
    }
    by_arena
}

#[test]
fn last_arena_kept_others_released_and_slots_reused() {
    let mut h = Heap::new();
    let mut by_arena = fill_arenas(&mut h, 2);
    assert_eq!(h.narenas_currently_allocated, 2);
    let first = 0u32;
    let second = 1u32;
    assert_eq!(h.arenas[first as usize].nfreepools, 0, "arena 0 is full");
    assert_eq!(usable(&h).len(), 1);
    ok(&h);

    // Arena 1 becomes wholly free, but it is the only (last) usable arena: kept.
    free_all(&mut h, by_arena.remove(&second).unwrap());
    let ao = h.arenas[second as usize];
    assert!(ao.address != 0, "the last usable arena is kept");
    assert_eq!(ao.nfreepools, ao.ntotalpools);
    assert_eq!(usable(&h), vec![(second, ao.ntotalpools)]);
    ok(&h);

    // Arena 0 empties out: it is not the last usable arena, so it goes back to the system.
    let blocks0 = by_arena.remove(&first).unwrap();
    let ptr0 = blocks0[0].as_ptr();
    free_all(&mut h, blocks0);
    assert_eq!(h.arenas[first as usize].address, 0, "released");
    assert_eq!(h.narenas_currently_allocated, 1);
    assert!(!h.owns(ptr0), "the radix tree forgets it");
    assert_eq!(
        h.unused_arena_objects, first,
        "its slot heads the unused list"
    );
    let s = h.stats();
    assert_eq!((s.arenas_allocated_total, s.arenas_reclaimed), (2, 1));
    assert_eq!(s.arenas_highwater, 2);
    ok(&h);

    // Fill arena 1 and spill: the new arena takes the freed slot 0 (LIFO), no vector growth.
    let more = fill_arenas(&mut h, 2);
    assert!(more.contains_key(&first));
    assert_eq!(h.arenas.len(), 16);
    assert_eq!(h.stats().arenas_allocated_total, 3);
    ok(&h);
    free_all(&mut h, more.into_values().flatten());
    assert_eq!(
        h.narenas_currently_allocated, 1,
        "at most one wholly free arena remains"
    );
    assert_eq!(h.allocated_blocks(), 0);
    ok(&h);
}

#[test]
fn arenas_vector_grows_from_16_by_doubling() {
    let mut h = Heap::new();
    let blocks = fill_arenas(&mut h, 17);
    assert_eq!(h.arenas.len(), 32);
    ok(&h);
    free_all(&mut h, blocks.into_values().flatten());
    assert_eq!(h.narenas_currently_allocated, 1);
    assert_eq!(h.stats().arenas_highwater, 17);
    ok(&h);
}

#[test]
fn usable_arenas_stay_sorted_fullest_first() {
    let mut h = Heap::new();
    // Arenas 0 and 1 full, arena 2 partly used.
    let mut by_arena = fill_arenas(&mut h, 3);
    for _ in 0..(10 * numblocks(31)) {
        let b = h.malloc(512).unwrap();
        by_arena.entry(arena_of(b)).or_default().push(b);
    }
    let nf2 = h.arenas[2].nfreepools;
    assert!(nf2 > 5);
    assert_eq!(usable(&h), vec![(2, nf2)]);

    // Group each arena's blocks by pool, so whole pools can be emptied.
    let pools = |blocks: &Vec<NonNull<u8>>| {
        let mut m: HashMap<usize, Vec<NonNull<u8>>> = HashMap::new();
        for b in blocks {
            m.entry(pool_addr(b.as_ptr()) as usize)
                .or_default()
                .push(*b);
        }
        let mut v: Vec<_> = m.into_values().collect();
        v.sort_by_key(|p| p[0].as_ptr() as usize);
        v
    };
    let mut pools0 = pools(&by_arena[&0]);
    let mut pools1 = pools(&by_arena[&1]);

    // Empty two pools of arena 0: it re-enters at the head with 1, then has 2.
    free_all(&mut h, pools0.pop().unwrap());
    assert_eq!(
        usable(&h),
        vec![(0, 1), (2, nf2)],
        "a full arena re-enters at the head"
    );
    free_all(&mut h, pools0.pop().unwrap());
    assert_eq!(usable(&h), vec![(0, 2), (2, nf2)]);
    // One pool of arena 1: it becomes the fullest usable arena.
    free_all(&mut h, pools1.pop().unwrap());
    assert_eq!(usable(&h), vec![(1, 1), (0, 2), (2, nf2)]);
    ok(&h);
    // Two more of arena 1: it slides right past arena 0.
    free_all(&mut h, pools1.pop().unwrap());
    assert_eq!(
        usable(&h),
        vec![(1, 2), (0, 2), (2, nf2)],
        "the rightmost arena with the old count stays in place"
    );
    free_all(&mut h, pools1.pop().unwrap());
    assert_eq!(usable(&h), vec![(0, 2), (1, 3), (2, nf2)]);
    ok(&h);
    // The next pool comes from the head: the fullest arena.
    let b = h.malloc(16).unwrap();
    assert_eq!(arena_of(b), 0);
    assert_eq!(usable(&h), vec![(0, 1), (1, 3), (2, nf2)]);
    ok(&h);
    unsafe { h.free(b) };
    let rest: Vec<_> = pools0
        .into_iter()
        .chain(pools1)
        .flatten()
        .chain(by_arena.remove(&2).unwrap())
        .collect();
    free_all(&mut h, rest);
    assert_eq!(h.allocated_blocks(), 0);
    assert_eq!(h.narenas_currently_allocated, 1);
    ok(&h);
}

#[test]
fn realloc_in_place_moving_and_raw() {
    let mut h = Heap::new();
    let p = h.malloc(100).unwrap(); // class 6, 112 bytes
    unsafe { std::ptr::write_bytes(p.as_ptr(), 0x5a, 100) };
    unsafe {
        // Growing inside the block, or shrinking by less than 25%: in place.
        assert_eq!(h.realloc(p, 112).unwrap(), p);
        assert_eq!(h.realloc(p, 85).unwrap(), p); // 4*85 = 340 > 336
                                                  // Shrinking by 25% or more: moves to a smaller class.
        let q = h.realloc(p, 84).unwrap(); // 4*84 = 336, not > 336
        assert_ne!(q, p);
        assert_eq!(h.block_size(q), Some(96));
        assert!((0..84).all(|i| *q.as_ptr().add(i) == 0x5a));
        // Growing past the block: moves.
        let r = h.realloc(q, 200).unwrap();
        assert_ne!(r, q);
        assert_eq!(h.block_size(r), Some(208));
        assert!((0..84).all(|i| *r.as_ptr().add(i) == 0x5a));
        // Past 512: leaves pymalloc.
        let s = h.realloc(r, 600).unwrap();
        assert!(!h.owns(s.as_ptr()));
        assert_eq!(h.block_size(s), None);
        assert!((0..84).all(|i| *s.as_ptr().add(i) == 0x5a));
        assert_eq!(h.stats().raw_blocks, 1);
        // A raw block stays raw, even when small.
        let t = h.realloc(s, 16).unwrap();
        assert!(!h.owns(t.as_ptr()));
        assert!((0..16).all(|i| *t.as_ptr().add(i) == 0x5a));
        assert_eq!(h.stats().raw_blocks, 1);
        assert_eq!(h.allocated_blocks(), 1);
        ok(&h);
        h.free(t);
    }
    assert_eq!(h.allocated_blocks(), 0);
    ok(&h);
}

#[test]
fn sizes_zero_and_over_512_are_raw() {
    let mut h = Heap::new();
    let z = h.malloc(0).unwrap();
    let big = h.malloc(513).unwrap();
    let small = h.malloc(512).unwrap();
    assert!(!h.owns(z.as_ptr()));
    assert!(!h.owns(big.as_ptr()));
    assert!(h.owns(small.as_ptr()));
    let s = h.stats();
    assert_eq!(s.raw_blocks, 2);
    assert_eq!(s.classes[31].blocks_in_use, 1);
    assert_eq!(h.allocated_blocks(), 3);
    let c = h.calloc(0, 8).unwrap();
    assert!(!h.owns(c.as_ptr()));
    let c2 = h.calloc(3, 200).unwrap();
    assert!(!h.owns(c2.as_ptr()));
    assert!(unsafe { std::slice::from_raw_parts(c2.as_ptr(), 600) }
        .iter()
        .all(|&b| b == 0));
    assert_eq!(
        h.calloc(usize::MAX, 2),
        None,
        "overflow is a failure, not a panic"
    );
    assert_eq!(h.malloc(usize::MAX), None);
    assert_eq!(h.allocated_blocks(), 5);
    ok(&h);
    free_all(&mut h, [z, big, small, c, c2]);
    assert_eq!(h.allocated_blocks(), 0);
    assert_eq!(h.stats().raw_blocks, 0);
    ok(&h);
}

#[test]
fn calloc_zeroes_a_reused_block() {
    let mut h = Heap::new();
    let a = h.malloc(64).unwrap();
    unsafe {
        std::ptr::write_bytes(a.as_ptr(), 0xff, 64);
        h.free(a);
    }
    let b = h.calloc(8, 8).unwrap();
    assert_eq!(a, b);
    assert!(unsafe { std::slice::from_raw_parts(b.as_ptr(), 64) }
        .iter()
        .all(|&x| x == 0));
    unsafe { h.free(b) };
}

#[test]
fn every_block_is_16_byte_aligned_and_classes_are_spaced_by_size() {
    let mut h = Heap::new();
    let mut blocks = Vec::new();
    for n in 1..=1100 {
        let b = h.malloc(n).unwrap();
        assert_eq!(b.as_ptr() as usize % 16, 0, "size {n}");
        if n <= 512 {
            assert_eq!(
                unsafe { h.block_size(b) },
                Some(index2size(size_class_of(n)))
            );
        }
        blocks.push(b);
    }
    ok(&h);
    free_all(&mut h, blocks);
    ok(&h);
}

#[test]
fn pool_and_arena_geometry() {
    let mut h = Heap::new();
    let b = h.malloc(8).unwrap();
    let ao = h.arenas[0];
    assert_eq!(ao.pool_address % POOL_SIZE, 0);
    let expect = if ao.address % POOL_SIZE == 0 { 64 } else { 63 };
    assert_eq!(ao.ntotalpools, expect);
    assert_eq!(ao.nfreepools, expect - 1);
    unsafe { h.free(b) };
}

#[cfg(debug_assertions)]
#[test]
fn debug_builds_poison_fresh_and_freed_blocks() {
    let mut h = Heap::new();
    let a = h.malloc(40).unwrap();
    let bytes = |p: NonNull<u8>, n| unsafe { std::slice::from_raw_parts(p.as_ptr(), n).to_vec() };
    assert!(bytes(a, 48).iter().all(|&x| x == 0xCD));
    unsafe { h.free(a) };
    // The arena stays mapped, so the freed block can still be read here.
    assert!(bytes(a, 48)[8..].iter().all(|&x| x == 0xDD));
    let big = h.malloc(1000).unwrap();
    assert!(bytes(big, 1000).iter().all(|&x| x == 0xCD));
    unsafe { h.free(big) };
    ok(&h);
}

#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "double free")]
fn debug_builds_catch_a_double_free() {
    let mut h = Heap::new();
    let a = h.malloc(40).unwrap();
    let _keep = h.malloc(40).unwrap();
    unsafe {
        h.free(a);
        h.free(a);
    }
}

#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "not a live block")]
fn debug_builds_catch_a_double_free_of_a_raw_block() {
    let mut h = Heap::new();
    let a = h.malloc(4000).unwrap();
    unsafe {
        h.free(a);
        h.free(a);
    }
}

#[cfg(debug_assertions)]
#[test]
fn validate_catches_a_write_after_free() {
    let mut h = Heap::new();
    let a = h.malloc(40).unwrap();
    let _keep = h.malloc(40).unwrap();
    unsafe {
        h.free(a);
        *a.as_ptr().add(20) = 1;
    }
    assert!(h
        .validate()
        .unwrap_err()
        .contains("written after it was freed"));
}

#[test]
fn live_blocks_lists_exactly_the_allocated_blocks() {
    let mut h = Heap::new();
    let mut blocks: Vec<_> = (0..3000).map(|i| h.malloc(1 + i % 512).unwrap()).collect();
    let raw = h.malloc(700).unwrap();
    for b in blocks.iter().step_by(2) {
        unsafe { h.free(*b) };
    }
    blocks = blocks.into_iter().skip(1).step_by(2).collect();
    let mut want: Vec<usize> = blocks.iter().map(|b| b.as_ptr() as usize).collect();
    if cfg!(debug_assertions) {
        want.push(raw.as_ptr() as usize);
    }
    want.sort_unstable();
    let live = h.live_blocks();
    let mut got: Vec<usize> = live.iter().map(|(p, _)| p.as_ptr() as usize).collect();
    got.sort_unstable();
    assert_eq!(got, want);
    for (p, size) in live {
        if h.owns(p.as_ptr()) {
            assert_eq!(unsafe { h.block_size(p) }, Some(size));
        } else {
            assert_eq!(size, 700);
        }
    }
    free_all(&mut h, blocks);
    unsafe { h.free(raw) };
    assert!(h.live_blocks().is_empty());
}

#[cfg(target_os = "linux")]
#[test]
fn an_aligned_arena_has_64_pools_and_is_wholly_marked() {
    crate::arena::system::FORCE_ALIGNED.with(|f| f.set(true));
    let mut h = Heap::new();
    let mut blocks = Vec::new();
    // Exactly one arena's worth of pools of 512-byte blocks.
    for _ in 0..64 * numblocks(31) {
        blocks.push(h.malloc(512).unwrap());
    }
    crate::arena::system::FORCE_ALIGNED.with(|f| f.set(false));
    let ao = h.arenas[0];
    assert_eq!(ao.address % crate::size_class::ARENA_SIZE, 0);
    assert_eq!(ao.ntotalpools, 64);
    assert_eq!(ao.nfreepools, 0);
    assert_eq!(
        h.narenas_currently_allocated, 1,
        "64 pools fit in the one arena"
    );
    assert!(h.owns(ao.address as *const u8));
    assert!(h.owns((ao.address + crate::size_class::ARENA_SIZE - 1) as *const u8));
    let s = h.stats();
    assert_eq!(s.arena_alignment_bytes, 0);
    assert_eq!(s.unused_pools, 0);
    assert_eq!(s.classes[31].pools, 64);
    ok(&h);
    // A 65th pool needs a second arena.
    let extra = h.malloc(512).unwrap();
    assert_eq!(h.narenas_currently_allocated, 2);
    ok(&h);
    // The second arena empties first and is kept (the only usable arena); then the aligned
    // one empties while the second follows it in usable_arenas: released, and unmarked.
    unsafe { h.free(extra) };
    free_all(&mut h, blocks);
    assert_eq!(h.arenas[0].address, 0);
    assert!(!h.owns(ao.address as *const u8));
    assert!(!h.owns((ao.address + crate::size_class::ARENA_SIZE - 1) as *const u8));
    assert_eq!(h.narenas_currently_allocated, 1);
    ok(&h);
}

#[test]
fn free_small_matches_free_and_survives_small_system_blocks() {
    let mut h = Heap::new();
    // Pymalloc blocks freed by address arithmetic: same LIFO reuse and counts as `free`.
    let a = h.malloc(24).unwrap();
    let b = h.malloc(24).unwrap();
    let count = count_of(b);
    unsafe { h.free_small(b) };
    assert_eq!(count_of(a), count - 1);
    assert_eq!(
        h.malloc(24).unwrap(),
        b,
        "the block just freed comes back first"
    );
    ok(&h);
    // A system block reallocated down to a small size stays a system block: from then on
    // free_small must take the radix-tree path for every block.
    let big = h.malloc(1000).unwrap();
    let small_raw = unsafe { h.realloc(big, 100) }.unwrap();
    assert!(!h.owns(small_raw.as_ptr()));
    assert!(h.small_raw_possible);
    unsafe {
        h.free_small(small_raw);
        h.free_small(a);
        h.free_small(b);
    }
    assert_eq!(h.allocated_blocks(), 0);
    ok(&h);
}
