//! Statistics: `stats()` gathers what CPython's `_PyObject_DebugMallocStats` computes (per size
//! class: pools, blocks in use, available blocks; the arena counters; where every arena byte
//! goes; the radix tree's nodes), and `write_debug_stats` prints it in exactly the format of
//! the pymalloc section of `sys._debugmallocstats()` (cpython-memory.md A.9). The free-list
//! section that follows it in CPython belongs to the VM.
//!
//! As in CPython, the walk visits every allocated arena and, in each, every carved pool; pools
//! with count 0 are empty and counted through `nfreepools` as unused pools.

use crate::radix::{MAP_BOT_BYTES, MAP_MID_BYTES, MAP_ROOT_BYTES};
use crate::size_class::{
    index2size, numblocks, ARENA_SIZE, NB_SMALL_SIZE_CLASSES, POOL_OVERHEAD, POOL_SIZE,
    POOL_SIZE_MASK, SMALL_REQUEST_THRESHOLD,
};
use crate::{pool::PoolHeader, Heap};
use std::fmt::{self, Write};

/// One row of the size-class table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClassStats {
    /// Block size of the class (16, 32, ..., 512).
    pub size: usize,
    /// Pools of this class with at least one block in use.
    pub pools: usize,
    /// Blocks allocated.
    pub blocks_in_use: usize,
    /// Blocks free in those pools (free-listed or still virgin).
    pub available_blocks: usize,
}

/// A snapshot of the heap's statistics (CPython's `_PyObject_DebugMallocStats` figures).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    /// Indexed by size class.
    pub classes: [ClassStats; NB_SMALL_SIZE_CLASSES],
    /// `ntimes_arena_allocated`: arenas ever taken from the system.
    pub arenas_allocated_total: usize,
    /// Arenas given back to the system (total − current).
    pub arenas_reclaimed: usize,
    /// `narenas_highwater`.
    pub arenas_highwater: usize,
    /// Arenas held now.
    pub arenas_allocated_current: usize,
    /// Empty pools, cached or never carved (Σ nfreepools).
    pub unused_pools: usize,
    /// Σ blocks in use × block size.
    pub allocated_bytes: usize,
    /// Σ available blocks × block size.
    pub available_bytes: usize,
    /// Used pools × 48.
    pub pool_header_bytes: usize,
    /// Used pools × ((16384 − 48) mod block size): the tail no block fits in.
    pub quantization_bytes: usize,
    /// 16 KiB for each arena whose base is not pool aligned.
    pub arena_alignment_bytes: usize,
    /// Blocks served by the system allocator (sizes 0 and > 512).
    pub raw_blocks: usize,
    /// Radix tree: mid nodes allocated.
    pub arena_map_mid_nodes: usize,
    /// Radix tree: bottom nodes allocated.
    pub arena_map_bot_nodes: usize,
    /// Radix tree: bytes of the root node.
    pub arena_map_root_bytes: usize,
}

impl Stats {
    /// Σ blocks in use over the classes, plus raw blocks: `sys.getallocatedblocks()`.
    pub fn allocated_blocks(&self) -> usize {
        self.classes.iter().map(|c| c.blocks_in_use).sum::<usize>() + self.raw_blocks
    }

    /// Pools in use, all classes.
    pub fn used_pools(&self) -> usize {
        self.classes.iter().map(|c| c.pools).sum()
    }

    /// Radix tree bytes: root + mid nodes + bottom nodes.
    pub fn arena_map_bytes(&self) -> usize {
        self.arena_map_root_bytes
            + self.arena_map_mid_nodes * MAP_MID_BYTES
            + self.arena_map_bot_nodes * MAP_BOT_BYTES
    }

    /// Writes the pymalloc section of `sys._debugmallocstats()`.
    pub fn write_to(&self, out: &mut impl Write) -> fmt::Result {
        writeln!(
            out,
            "Small block threshold = {SMALL_REQUEST_THRESHOLD}, in {NB_SMALL_SIZE_CLASSES} size classes."
        )?;
        writeln!(out)?;
        writeln!(
            out,
            "class   size   num pools   blocks in use  avail blocks"
        )?;
        writeln!(
            out,
            "-----   ----   ---------   -------------  ------------"
        )?;
        for (i, c) in self.classes.iter().enumerate() {
            if c.pools == 0 {
                continue;
            }
            writeln!(
                out,
                "{:5} {:6} {:11} {:15} {:13}",
                i, c.size, c.pools, c.blocks_in_use, c.available_blocks
            )?;
        }
        writeln!(out)?;
        printone(out, "# arenas allocated total", self.arenas_allocated_total)?;
        printone(out, "# arenas reclaimed", self.arenas_reclaimed)?;
        printone(out, "# arenas highwater mark", self.arenas_highwater)?;
        printone(
            out,
            "# arenas allocated current",
            self.arenas_allocated_current,
        )?;
        let narenas = self.arenas_allocated_current;
        printone(
            out,
            &format!("{narenas} arenas * {ARENA_SIZE} bytes/arena"),
            narenas * ARENA_SIZE,
        )?;
        writeln!(out)?;

        let mut total = printone(out, "# bytes in allocated blocks", self.allocated_bytes)?;
        total += printone(out, "# bytes in available blocks", self.available_bytes)?;
        total += printone(
            out,
            &format!("{} unused pools * {POOL_SIZE} bytes", self.unused_pools),
            self.unused_pools * POOL_SIZE,
        )?;
        total += printone(out, "# bytes lost to pool headers", self.pool_header_bytes)?;
        total += printone(out, "# bytes lost to quantization", self.quantization_bytes)?;
        total += printone(
            out,
            "# bytes lost to arena alignment",
            self.arena_alignment_bytes,
        )?;
        printone(out, "Total", total)?;

        writeln!(out)?;
        writeln!(out, "arena map counts")?;
        printone(out, "# arena map mid nodes", self.arena_map_mid_nodes)?;
        printone(out, "# arena map bot nodes", self.arena_map_bot_nodes)?;
        writeln!(out)?;
        let mut total = printone(
            out,
            "# bytes lost to arena map root",
            self.arena_map_root_bytes,
        )?;
        total += printone(
            out,
            "# bytes lost to arena map mid",
            self.arena_map_mid_nodes * MAP_MID_BYTES,
        )?;
        total += printone(
            out,
            "# bytes lost to arena map bot",
            self.arena_map_bot_nodes * MAP_BOT_BYTES,
        )?;
        printone(out, "Total", total)?;
        Ok(())
    }
}

/// CPython's `printone`: the label padded with spaces to 35 columns (never truncated), `=`,
/// then the value right-aligned in 21 columns with `,` every three digits. Returns the value.
pub fn printone(out: &mut impl Write, label: &str, value: usize) -> Result<usize, fmt::Error> {
    writeln!(out, "{label:<35}={:>21}", thousands(value))?;
    Ok(value)
}

/// `value` in decimal with a comma between groups of three digits.
pub fn thousands(value: usize) -> String {
    let digits = value.to_string();
    let mut s = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            s.push(',');
        }
        s.push(ch);
    }
    s
}

impl Heap {
    /// Gathers the statistics (a walk over every arena and carved pool).
    pub fn stats(&self) -> Stats {
        let mut classes = [ClassStats::default(); NB_SMALL_SIZE_CLASSES];
        for (i, c) in classes.iter_mut().enumerate() {
            c.size = index2size(i);
        }
        let mut narenas = 0;
        let mut unused_pools = 0;
        let mut arena_alignment_bytes = 0;
        for ao in self.arenas.iter() {
            if ao.address == 0 {
                continue;
            }
            narenas += 1;
            unused_pools += ao.nfreepools as usize;
            let mut base = ao.address;
            if base & POOL_SIZE_MASK != 0 {
                arena_alignment_bytes += POOL_SIZE;
                base = (base & !POOL_SIZE_MASK) + POOL_SIZE;
            }
            while base < ao.pool_address {
                // SAFETY: base is a carved pool of a live arena, its header initialised.
                let (count, szidx) = unsafe {
                    let h = base as *const PoolHeader;
                    ((*h).count as usize, (*h).szidx as usize)
                };
                base += POOL_SIZE;
                if count == 0 {
                    continue;
                }
                let c = &mut classes[szidx];
                c.pools += 1;
                c.blocks_in_use += count;
                c.available_blocks += numblocks(szidx) - count;
            }
        }
        let mut allocated_bytes = 0;
        let mut available_bytes = 0;
        let mut pool_header_bytes = 0;
        let mut quantization_bytes = 0;
        for c in classes.iter() {
            allocated_bytes += c.blocks_in_use * c.size;
            available_bytes += c.available_blocks * c.size;
            pool_header_bytes += c.pools * POOL_OVERHEAD;
            quantization_bytes += c.pools * ((POOL_SIZE - POOL_OVERHEAD) % c.size);
        }
        debug_assert_eq!(narenas, self.narenas_currently_allocated);
        Stats {
            classes,
            arenas_allocated_total: self.ntimes_arena_allocated,
            arenas_reclaimed: self.ntimes_arena_allocated - narenas,
            arenas_highwater: self.narenas_highwater,
            arenas_allocated_current: narenas,
            unused_pools,
            allocated_bytes,
            available_bytes,
            pool_header_bytes,
            quantization_bytes,
            arena_alignment_bytes,
            raw_blocks: self.raw_allocated_blocks,
            arena_map_mid_nodes: self.arena_map.mid_count,
            arena_map_bot_nodes: self.arena_map.bot_count,
            arena_map_root_bytes: MAP_ROOT_BYTES,
        }
    }

    /// Writes the pymalloc section of CPython's `sys._debugmallocstats()` for this heap.
    pub fn write_debug_stats(&self, out: &mut impl Write) -> fmt::Result {
        self.stats().write_to(out)
    }

    /// The pymalloc section of `sys._debugmallocstats()` as a string.
    pub fn debug_stats(&self) -> String {
        let mut s = String::new();
        // Writing into a String cannot fail.
        let _ = self.write_debug_stats(&mut s);
        s
    }
}
