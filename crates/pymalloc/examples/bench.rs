//! Benchmark of the pymalloc heap against the system allocator (glibc malloc through
//! `std::alloc::System`) in the same run. Run it with `scripts/bench-pymalloc` (release build).
//!
//! 1. alloc/free pairs for each size class (16..512 bytes): the fast paths back to back;
//! 2. an interpreter-like churn: a million blocks of mixed small sizes (a distribution shaped
//!    like a Python program's objects: mostly 32- and 64-byte blocks), half of them freed at
//!    random and refilled, for several rounds, then everything freed.
//!
//! Each figure is the best of a few repetitions; the operation sequences are generated before
//! the clock starts, so both allocators do exactly the same work. Not a test: no assertion.

// SAFETY (all unsafe blocks of this file): every pointer freed was allocated by the same
// allocator with the same size and is freed once; writes stay inside the block.
#![allow(clippy::undocumented_unsafe_blocks)]

use pymalloc::Heap;
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::time::Instant;

trait Alloc {
    const NAME: &'static str;
    fn alloc(&mut self, size: usize) -> *mut u8;
    /// # Safety
    /// `p` came from `alloc(size)` of self.
    unsafe fn free(&mut self, p: *mut u8, size: usize);
}

struct Pymalloc(Heap);

impl Alloc for Pymalloc {
    const NAME: &'static str = "pymalloc";
    #[inline(always)]
    fn alloc(&mut self, size: usize) -> *mut u8 {
        match self.0.malloc(size) {
            Some(p) => p.as_ptr(),
            None => std::process::abort(),
        }
    }
    #[inline(always)]
    unsafe fn free(&mut self, p: *mut u8, _size: usize) {
        unsafe { self.0.free(std::ptr::NonNull::new_unchecked(p)) }
    }
}

struct Glibc;

impl Alloc for Glibc {
    const NAME: &'static str = "glibc";
    #[inline(always)]
    fn alloc(&mut self, size: usize) -> *mut u8 {
        let layout = Layout::from_size_align(size, 16).unwrap();
        let p = unsafe { System.alloc(layout) };
        if p.is_null() {
            std::process::abort();
        }
        p
    }
    #[inline(always)]
    unsafe fn free(&mut self, p: *mut u8, size: usize) {
        unsafe { System.dealloc(p, Layout::from_size_align_unchecked(size, 16)) }
    }
}

/// splitmix64.
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

/// Nanoseconds per alloc+free pair of `size` bytes. One other block of the size stays live
/// meanwhile, as in a running program: with none, every free would empty the pool and every
/// malloc re-take it from the arena (CPython behaves the same), which measures the slow paths.
fn pairs<A: Alloc>(a: &mut A, size: usize, n: usize) -> f64 {
    // Warm up: the first block maps the arena or extends the C heap.
    let resident = a.alloc(size);
    let t = Instant::now();
    for _ in 0..n {
        let p = black_box(a.alloc(black_box(size)));
        unsafe { p.write(1) };
        unsafe { a.free(p, size) };
    }
    let ns = t.elapsed().as_nanos() as f64 / n as f64;
    unsafe { a.free(resident, size) };
    ns
}

/// A size drawn from a distribution shaped like a Python program's small objects: ints and
/// floats (32-byte blocks), instances, tuples and lists (64), small strings and dicts, and a
/// tail up to 512 bytes.
fn object_size(rng: &mut Rng) -> usize {
    match rng.below(100) {
        0..=4 => 1 + rng.below(16) as usize,   // 16: tiny strings, cells
        5..=29 => 17 + rng.below(16) as usize, // 32: int, float
        30..=44 => 33 + rng.below(16) as usize, // 48: slotted instances, short str
        45..=69 => 49 + rng.below(16) as usize, // 64: instance, list, 2-tuple
        70..=84 => 65 + rng.below(64) as usize, // 80..128: str, bigger tuples
        85..=94 => 129 + rng.below(128) as usize, // 144..256: dict keys, frames
        _ => 257 + rng.below(256) as usize,    // 272..512
    }
}

struct Churn {
    initial: Vec<usize>,
    /// Per round: the slots freed (half of them, at random) and the sizes that refill them.
    rounds: Vec<(Vec<u32>, Vec<usize>)>,
}

fn make_churn(n: usize, rounds: usize, seed: u64) -> Churn {
    let mut rng = Rng(seed);
    let initial = (0..n).map(|_| object_size(&mut rng)).collect();
    let mut out = Vec::new();
    for _ in 0..rounds {
        let mut idx: Vec<u32> = (0..n as u32).collect();
        // Partial Fisher-Yates: a random half.
        for i in 0..n / 2 {
            let j = i + rng.below((n - i) as u64) as usize;
            idx.swap(i, j);
        }
        idx.truncate(n / 2);
        let sizes = (0..n / 2).map(|_| object_size(&mut rng)).collect();
        out.push((idx, sizes));
    }
    Churn {
        initial,
        rounds: out,
    }
}

/// Nanoseconds per operation (malloc or free) over the whole churn.
fn churn<A: Alloc>(a: &mut A, c: &Churn) -> f64 {
    let n = c.initial.len();
    let mut blocks: Vec<(*mut u8, usize)> = vec![(std::ptr::null_mut(), 0); n];
    let mut ops = 0usize;
    let t = Instant::now();
    for (slot, &size) in blocks.iter_mut().zip(c.initial.iter()) {
        let p = a.alloc(size);
        unsafe { (p as *mut u64).write(size as u64) }; // an object header gets written
        *slot = (p, size);
    }
    ops += n;
    for (idx, sizes) in &c.rounds {
        for &i in idx {
            let (p, size) = blocks[i as usize];
            unsafe { a.free(p, size) };
        }
        for (&i, &size) in idx.iter().zip(sizes) {
            let p = a.alloc(size);
            unsafe { (p as *mut u64).write(size as u64) };
            blocks[i as usize] = (p, size);
        }
        ops += 2 * idx.len();
    }
    for &(p, size) in &blocks {
        unsafe { a.free(p, size) };
    }
    ops += n;
    t.elapsed().as_nanos() as f64 / ops as f64
}

fn best(reps: usize, mut f: impl FnMut() -> f64) -> f64 {
    (0..reps).map(|_| f()).fold(f64::INFINITY, f64::min)
}

fn main() {
    let quick = std::env::args().any(|a| a == "--quick");
    let pair_n = if quick { 1_000_000 } else { 10_000_000 };
    let reps = if quick { 1 } else { 3 };

    println!("pymalloc vs glibc malloc (std::alloc::System), best of {reps}");
    println!();
    println!("alloc+free pairs, ns per pair:");
    println!(
        "{:>6} {:>10} {:>10} {:>8}",
        "size", "pymalloc", "glibc", "ratio"
    );
    let mut heap = Pymalloc(Heap::new());
    let mut glibc = Glibc;
    for class in 0..32 {
        let size = (class + 1) * 16;
        let pm = best(reps, || pairs(&mut heap, size, pair_n));
        let gl = best(reps, || pairs(&mut glibc, size, pair_n));
        println!("{size:>6} {pm:>10.2} {gl:>10.2} {:>7.2}x", gl / pm);
    }

    let n = 1_000_000;
    let rounds = 5;
    let c = make_churn(n, rounds, 42);
    println!();
    println!(
        "churn: {n} blocks of mixed sizes 1..512, {rounds} rounds of freeing a random half and \
         refilling, then freeing all; ns per operation (malloc or free):"
    );
    let mut pm_best = f64::INFINITY;
    let mut gl_best = f64::INFINITY;
    for _ in 0..reps {
        // A fresh heap each time, as a fresh interpreter would have.
        let mut heap = Pymalloc(Heap::new());
        pm_best = pm_best.min(churn(&mut heap, &c));
        gl_best = gl_best.min(churn(&mut glibc, &c));
    }
    println!("{:>16} {:>10} {:>8}", "pymalloc", "glibc", "ratio");
    println!(
        "{pm_best:>16.2} {gl_best:>10.2} {:>7.2}x",
        gl_best / pm_best
    );
    println!();
    println!("(ratio = glibc time / pymalloc time; above 1 means pymalloc is faster)");
    let _ = Pymalloc::NAME;
    let _ = Glibc::NAME;
}
