//! The geometry of the allocator: alignment, size classes, pool and arena sizes, and the
//! arithmetic that maps a request size to its size class and a class to its block size.
//! These are CPython 3.11's figures for a 64-bit build with the radix tree
//! (`Objects/obmalloc.c`: ALIGNMENT, SMALL_REQUEST_THRESHOLD, POOL_SIZE, ARENA_SIZE, ...).

/// Every block is aligned to, and every size class is a multiple of, 16 bytes.
pub const ALIGNMENT: usize = 16;
/// log2(ALIGNMENT).
pub const ALIGNMENT_SHIFT: u32 = 4;

/// The largest request pymalloc serves itself; larger ones (and 0) go to the system allocator.
pub const SMALL_REQUEST_THRESHOLD: usize = 512;
/// 512 / 16 = 32 classes, of block sizes 16, 32, ..., 512.
pub const NB_SMALL_SIZE_CLASSES: usize = SMALL_REQUEST_THRESHOLD / ALIGNMENT;

/// log2 of the pool size (16 KiB, CPython 3.11 with the radix tree; 4 KiB before 3.10).
pub const POOL_BITS: u32 = 14;
/// A pool is one size class's worth of blocks behind a small header.
pub const POOL_SIZE: usize = 1 << POOL_BITS;
/// Low bits of an address that give its offset inside its pool.
pub const POOL_SIZE_MASK: usize = POOL_SIZE - 1;

/// log2 of the arena size (1 MiB with the radix tree; 256 KiB before 3.10).
pub const ARENA_BITS: u32 = 20;
/// The unit pymalloc asks the system for.
pub const ARENA_SIZE: usize = 1 << ARENA_BITS;
/// Low bits of an address that give its offset inside an ideal (1 MiB aligned) region.
pub const ARENA_SIZE_MASK: usize = ARENA_SIZE - 1;

/// 64 pools fit in an arena whose base is pool aligned; 63 otherwise (the usual case).
pub const MAX_POOLS_IN_ARENA: usize = ARENA_SIZE / POOL_SIZE;

/// The pool header (`struct pool_header`), rounded up to the alignment: 48 bytes.
pub const POOL_OVERHEAD: usize = 48;

/// `szidx` of a pool that was carved but never initialised for a class.
pub const DUMMY_SIZE_IDX: u32 = 0xffff;

/// Initial length of the `arenas` vector; it doubles whenever it runs out of slots.
pub const INITIAL_ARENA_OBJECTS: usize = 16;

/// Size class of a request of `nbytes` (1..=512): `(nbytes - 1) >> 4`.
#[inline(always)]
pub const fn size_class_of(nbytes: usize) -> usize {
    (nbytes - 1) >> ALIGNMENT_SHIFT
}

/// Block size of a size class: `(idx + 1) << 4` (CPython's INDEX2SIZE).
#[inline(always)]
pub const fn index2size(idx: usize) -> usize {
    (idx + 1) << ALIGNMENT_SHIFT
}

/// How many blocks of class `idx` a pool holds (CPython's NUMBLOCKS).
#[inline]
pub const fn numblocks(idx: usize) -> usize {
    (POOL_SIZE - POOL_OVERHEAD) / index2size(idx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_table_matches_cpython() {
        assert_eq!(NB_SMALL_SIZE_CLASSES, 32);
        assert_eq!(size_class_of(1), 0);
        assert_eq!(size_class_of(16), 0);
        assert_eq!(size_class_of(17), 1);
        assert_eq!(size_class_of(512), 31);
        assert_eq!(index2size(0), 16);
        assert_eq!(index2size(31), 512);
        // The figures cpython-memory.md A.2 quotes.
        assert_eq!(numblocks(0), 1021);
        assert_eq!(numblocks(1), 510);
        assert_eq!(numblocks(2), 340);
        assert_eq!(numblocks(3), 255);
        assert_eq!(numblocks(31), 31);
        assert_eq!(MAX_POOLS_IN_ARENA, 64);
    }
}
