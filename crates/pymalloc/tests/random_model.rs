//! A seeded randomized test: a long run of mixed malloc/free/realloc/calloc calls of sizes
//! 0..=1100, checked against a model of what must hold: no two live blocks overlap, every block
//! is 16-byte aligned, contents survive realloc, each block is served where CPython would serve
//! it (pymalloc for 1..=512, the system otherwise, realloc in place on a shrink < 25%, a system
//! block stays a system block), `allocated_blocks()` and the per-class statistics equal the
//! model, `validate()` passes along the way, and arenas are released once everything is freed.

// SAFETY (all unsafe blocks of this file): each touches, reallocates or frees a block that the
// model records as live in this heap, within the size it was allocated with.
#![allow(clippy::undocumented_unsafe_blocks)]

use pymalloc::Heap;
use std::collections::BTreeMap;
use std::ptr::NonNull;

/// splitmix64: small, seedable, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[derive(Clone, Copy)]
struct Live {
    ptr: NonNull<u8>,
    size: usize,
    id: u64,
    /// Size class when pymalloc serves it, None for a system block.
    class: Option<usize>,
}

fn class_of(n: usize) -> Option<usize> {
    (1..=512).contains(&n).then(|| (n - 1) >> 4)
}

fn pattern_byte(id: u64) -> u8 {
    (id as u8) ^ 0x5a
}

/// Fills a block with its id's pattern.
fn fill(b: &Live) {
    unsafe { std::ptr::write_bytes(b.ptr.as_ptr(), pattern_byte(b.id), b.size) };
}

/// Checks the first `n` bytes carry the id's pattern.
fn check(b: &Live, n: usize, what: &str) {
    let bytes = unsafe { std::slice::from_raw_parts(b.ptr.as_ptr(), n) };
    let want = pattern_byte(b.id);
    if let Some(i) = bytes.iter().position(|&x| x != want) {
        panic!(
            "{what}: block {} byte {i} is {:#x}, not {want:#x}",
            b.id, bytes[i]
        );
    }
}

struct Model {
    live: Vec<Live>,
    /// start -> end (exclusive) of every live block, for the overlap check.
    spans: BTreeMap<usize, usize>,
    per_class: [usize; 32],
    raw: usize,
}

impl Model {
    fn add(&mut self, b: Live) {
        let start = b.ptr.as_ptr() as usize;
        assert_eq!(start % 16, 0, "block {} is not 16-byte aligned", b.id);
        let end = start + b.size.max(1);
        if let Some((&s, &e)) = self.spans.range(..end).next_back() {
            assert!(
                e <= start || s >= end,
                "block {} overlaps a live block",
                b.id
            );
        }
        self.spans.insert(start, end);
        match b.class {
            Some(c) => self.per_class[c] += 1,
            None => self.raw += 1,
        }
        self.live.push(b);
    }

    fn remove(&mut self, i: usize) -> Live {
        let b = self.live.swap_remove(i);
        self.spans.remove(&(b.ptr.as_ptr() as usize));
        match b.class {
            Some(c) => self.per_class[c] -= 1,
            None => self.raw -= 1,
        }
        b
    }
}

fn pick_size(rng: &mut Rng) -> usize {
    match rng.below(100) {
        0..=2 => 0,
        3..=59 => 1 + rng.below(128) as usize, // small objects dominate
        60..=79 => 1 + rng.below(512) as usize,
        _ => 513 + rng.below(588) as usize, // up to 1100
    }
}

fn check_against_heap(h: &Heap, m: &Model) {
    assert_eq!(h.allocated_blocks(), m.live.len());
    let s = h.stats();
    for (c, cs) in s.classes.iter().enumerate() {
        assert_eq!(cs.blocks_in_use, m.per_class[c], "class {c}");
    }
    assert_eq!(s.raw_blocks, m.raw);
}

fn run(seed: u64, ops: usize) {
    let mut rng = Rng(seed);
    let mut h = Heap::new();
    let mut m = Model {
        live: Vec::new(),
        spans: BTreeMap::new(),
        per_class: [0; 32],
        raw: 0,
    };
    let mut next_id = 0u64;
    let mut max_arenas = 0;
    // The live population drifts between phases of growth and shrinkage, so pools and arenas
    // fill up and empty out.
    let mut target = 20_000u64;
    for op in 0..ops {
        if op % 100_000 == 0 {
            target = 1_000 + rng.below(60_000);
        }
        let grow = (m.live.len() as u64) < target;
        let r = rng.below(100);
        let kind = if m.live.is_empty() {
            0
        } else if grow {
            [0, 0, 0, 1, 2, 3][(r % 6) as usize]
        } else {
            [0, 1, 1, 1, 2, 3][(r % 6) as usize]
        };
        match kind {
            0 | 3 => {
                let size = pick_size(&mut rng);
                let ptr = if kind == 0 {
                    h.malloc(size).expect("malloc")
                } else {
                    let (nelem, elsize) = if size > 0 && size % 4 == 0 {
                        (size / 4, 4)
                    } else {
                        (1, size)
                    };
                    let p = h.calloc(nelem, elsize).expect("calloc");
                    let bytes = unsafe { std::slice::from_raw_parts(p.as_ptr(), size) };
                    assert!(bytes.iter().all(|&x| x == 0), "calloc must zero");
                    p
                };
                let b = Live {
                    ptr,
                    size,
                    id: next_id,
                    class: class_of(size),
                };
                next_id += 1;
                assert_eq!(
                    h.owns(ptr.as_ptr()),
                    b.class.is_some(),
                    "size {size} served where?"
                );
                fill(&b);
                m.add(b);
            }
            1 => {
                let i = rng.below(m.live.len() as u64) as usize;
                let b = m.remove(i);
                check(&b, b.size, "before free");
                unsafe { h.free(b.ptr) };
            }
            _ => {
                let i = rng.below(m.live.len() as u64) as usize;
                let old = m.remove(i);
                check(&old, old.size, "before realloc");
                let new_size = pick_size(&mut rng);
                let (in_place, class) = match old.class {
                    Some(c) => {
                        let bs = (c + 1) * 16;
                        if new_size <= bs && 4 * new_size > 3 * bs {
                            (true, Some(c))
                        } else {
                            (false, class_of(new_size))
                        }
                    }
                    None => (false, None), // a system block stays a system block
                };
                let ptr = unsafe { h.realloc(old.ptr, new_size) }.expect("realloc");
                if in_place {
                    assert_eq!(ptr, old.ptr, "a shrink of less than 25% stays in place");
                }
                let b = Live {
                    ptr,
                    size: new_size,
                    id: old.id,
                    class,
                };
                assert_eq!(
                    h.owns(ptr.as_ptr()),
                    class.is_some(),
                    "realloc served where?"
                );
                if let Some(c) = class {
                    assert_eq!(unsafe { h.block_size(ptr) }, Some((c + 1) * 16));
                }
                check(&b, old.size.min(new_size), "after realloc");
                fill(&b);
                m.add(b);
            }
        }
        if op % 5_000 == 0 {
            check_against_heap(&h, &m);
            max_arenas = max_arenas.max(h.stats().arenas_allocated_current);
        }
        if op % 100_000 == 0 {
            if let Err(e) = h.validate() {
                panic!("validate after {op} ops: {e}");
            }
        }
    }
    check_against_heap(&h, &m);
    h.validate().unwrap();
    assert!(max_arenas > 1, "the run should need several arenas");

    while let Some(b) = m.live.pop() {
        check(&b, b.size, "final free");
        unsafe { h.free(b.ptr) };
    }
    assert_eq!(h.allocated_blocks(), 0);
    let s = h.stats();
    assert!(
        s.arenas_allocated_current <= 1,
        "{} arenas left",
        s.arenas_allocated_current
    );
    assert!(s.arenas_reclaimed >= 1);
    assert_eq!(s.raw_blocks, 0);
    h.validate().unwrap();
}

/// Operations per run (debug builds also poison and check every block; still about a second).
const OPS: usize = 1_000_000;

#[test]
fn random_mixed_operations_seed_1() {
    run(1, OPS);
}

#[test]
fn random_mixed_operations_seed_2() {
    run(0xdead_beef, OPS);
}
