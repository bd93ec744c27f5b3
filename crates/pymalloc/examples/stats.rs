//! Prints the `sys._debugmallocstats()` pymalloc section for a heap holding a small,
//! Python-like population of blocks (used to illustrate docs/memory.md):
//! `cargo run -p pymalloc --example stats`.

use pymalloc::Heap;

fn main() {
    let mut heap = Heap::new();
    let mut blocks = Vec::new();
    // 30,000 "objects": ints and floats (32), instances, lists and 2-tuples (64), strings.
    for i in 0..30_000usize {
        let size = match i % 10 {
            0..=3 => 28,
            4..=7 => 56,
            8 => 48 + i % 40,
            _ => 100 + (i * 7) % 400,
        };
        if let Some(p) = heap.malloc(size) {
            blocks.push(p);
        }
    }
    // Free every third: pools become partly used, none empties.
    for (i, p) in blocks.iter().enumerate() {
        if i % 3 == 0 {
            // SAFETY: p is a live block of this heap, freed once here.
            unsafe { heap.free(*p) };
        }
    }
    print!("{}", heap.debug_stats());
    eprintln!("allocated blocks: {}", heap.allocated_blocks());
    for (i, p) in blocks.iter().enumerate() {
        if i % 3 != 0 {
            // SAFETY: the remaining live blocks, each freed once.
            unsafe { heap.free(*p) };
        }
    }
}
