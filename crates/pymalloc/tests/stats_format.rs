//! The `sys._debugmallocstats()` dump: its layout is checked against real CPython 3.11 output
//! (a captured sample, and python3 itself when it is on the PATH) by parsing CPython's figures
//! into a `Stats` and rendering them back, and its numbers are checked against `stats()`.

// SAFETY (all unsafe blocks of this file): each frees, reallocates or reads a block the test
// itself allocated from the same heap and has not freed yet (or, for the debug-poison and
// double-free tests, deliberately a freed block of an arena that is still mapped), and reads
// pool headers only of pools in use.
#![allow(clippy::undocumented_unsafe_blocks)]

use pymalloc::{ClassStats, Heap, Stats};
use std::collections::HashMap;

/// The pymalloc section printed by python3 3.11.7 (`python3 -c 'import sys;
/// sys._debugmallocstats()'`), free-list section cut.
const CPYTHON_SAMPLE: &str = include_str!("data/python3-11-debugmallocstats.txt");

fn parse_num(s: &str) -> usize {
    s.trim().replace(',', "").parse().expect("a number")
}

/// Reads CPython's dump back into a Stats (only the figures the dump shows).
fn parse_cpython(text: &str) -> Stats {
    let mut classes = [ClassStats::default(); 32];
    for (i, c) in classes.iter_mut().enumerate() {
        c.size = (i + 1) * 16;
    }
    let mut values: HashMap<String, usize> = HashMap::new();
    let mut labels_in_order = Vec::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.len() == 5 && fields.iter().all(|f| f.parse::<usize>().is_ok()) {
            let idx = parse_num(fields[0]);
            classes[idx] = ClassStats {
                size: parse_num(fields[1]),
                pools: parse_num(fields[2]),
                blocks_in_use: parse_num(fields[3]),
                available_blocks: parse_num(fields[4]),
            };
        } else if let Some((label, value)) = line.split_once('=') {
            if line.len() >= 36 && !line.starts_with("Small block") {
                labels_in_order.push(label.trim_end().to_string());
                values
                    .entry(label.trim_end().to_string())
                    .or_insert(parse_num(value));
            }
        }
    }
    let unused_label = labels_in_order
        .iter()
        .find(|l| l.ends_with("unused pools * 16384 bytes"))
        .expect("unused pools line");
    let unused_pools = parse_num(unused_label.split_whitespace().next().unwrap());
    Stats {
        classes,
        arenas_allocated_total: values["# arenas allocated total"],
        arenas_reclaimed: values["# arenas reclaimed"],
        arenas_highwater: values["# arenas highwater mark"],
        arenas_allocated_current: values["# arenas allocated current"],
        unused_pools,
        allocated_bytes: values["# bytes in allocated blocks"],
        available_bytes: values["# bytes in available blocks"],
        pool_header_bytes: values["# bytes lost to pool headers"],
        quantization_bytes: values["# bytes lost to quantization"],
        arena_alignment_bytes: values["# bytes lost to arena alignment"],
        raw_blocks: 0,
        arena_map_mid_nodes: values["# arena map mid nodes"],
        arena_map_bot_nodes: values["# arena map bot nodes"],
        arena_map_root_bytes: values["# bytes lost to arena map root"],
    }
}

fn render(s: &Stats) -> String {
    let mut out = String::new();
    s.write_to(&mut out).unwrap();
    out
}

#[test]
fn layout_matches_captured_cpython_output() {
    let stats = parse_cpython(CPYTHON_SAMPLE);
    assert_eq!(render(&stats), CPYTHON_SAMPLE);
}

#[test]
fn layout_matches_live_python3_when_available() {
    let Ok(out) = std::process::Command::new("python3")
        .args(["-c", "import sys; sys._debugmallocstats()"])
        .output()
    else {
        eprintln!("python3 not found: skipped");
        return;
    };
    let text = String::from_utf8_lossy(&out.stderr);
    if !text.starts_with("Small block threshold = 512, in 32 size classes.") {
        eprintln!("python3 is not a 3.11-like pymalloc build: skipped");
        return;
    }
    // The pymalloc section ends with the radix-tree Total; the free-list section follows.
    let end = text.find("arena map counts").expect("radix section");
    let end = end + text[end..].find("Total").unwrap();
    let end = end + text[end..].find('\n').unwrap() + 1;
    let section = &text[..end];
    assert_eq!(render(&parse_cpython(section)), section);
}

#[test]
fn printone_pads_to_35_and_groups_thousands_in_21_columns() {
    let mut s = String::new();
    pymalloc::printone(&mut s, "# arenas reclaimed", 0).unwrap();
    pymalloc::printone(&mut s, "x", 1_234_567).unwrap();
    pymalloc::printone(
        &mut s,
        "a label that is longer than thirty-five columns",
        999,
    )
    .unwrap();
    let lines: Vec<&str> = s.lines().collect();
    assert_eq!(
        lines[0],
        format!("{:<35}={:>21}", "# arenas reclaimed", "0")
    );
    assert_eq!(lines[1].len(), 57);
    assert!(lines[1].ends_with(" 1,234,567"));
    assert_eq!(lines[1].find('='), Some(35));
    assert_eq!(
        lines[2],
        format!(
            "a label that is longer than thirty-five columns={:>21}",
            "999"
        )
    );
    assert_eq!(pymalloc::thousands(100), "100");
    assert_eq!(pymalloc::thousands(1000), "1,000");
    assert_eq!(pymalloc::thousands(655_360), "655,360");
    assert_eq!(pymalloc::thousands(12_345_678_901), "12,345,678,901");
}

#[test]
fn dump_numbers_agree_with_stats() {
    let mut h = Heap::new();
    let mut blocks = Vec::new();
    for i in 0..20_000usize {
        blocks.push(h.malloc(1 + (i * 37) % 512).unwrap());
    }
    for (i, b) in blocks.iter().enumerate() {
        if i % 3 == 0 {
            unsafe { h.free(*b) };
        }
    }
    let raw = h.malloc(2000).unwrap();
    let s = h.stats();
    let text = h.debug_stats();
    assert_eq!(render(&s), text);

    // Class rows: exactly the classes with pools in use, in the CPython row format.
    let rows: Vec<&str> = text.lines().skip(4).take_while(|l| !l.is_empty()).collect();
    let used: Vec<(usize, &ClassStats)> = s
        .classes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.pools > 0)
        .collect();
    assert_eq!(rows.len(), used.len());
    for (row, (i, c)) in rows.iter().zip(used) {
        assert_eq!(row.len(), 5 + 1 + 6 + 1 + 11 + 1 + 15 + 1 + 13);
        let f: Vec<usize> = row.split_whitespace().map(|x| x.parse().unwrap()).collect();
        assert_eq!(
            f,
            vec![i, c.size, c.pools, c.blocks_in_use, c.available_blocks]
        );
        assert_eq!(
            c.pools * ((16384 - 48) / c.size),
            c.blocks_in_use + c.available_blocks
        );
    }

    // The byte accounting covers the arenas exactly, as CPython asserts.
    let parsed = parse_cpython(&text);
    assert_eq!(parsed.classes, s.classes);
    let total = s.allocated_bytes
        + s.available_bytes
        + s.unused_pools * 16384
        + s.pool_header_bytes
        + s.quantization_bytes
        + s.arena_alignment_bytes;
    assert_eq!(total, s.arenas_allocated_current * 1_048_576);
    assert!(text.contains(&format!(
        "{:<35}={:>21}\n",
        "Total",
        pymalloc::thousands(total)
    )));
    assert_eq!(
        s.allocated_blocks(),
        h.allocated_blocks(),
        "stats and allocated_blocks agree"
    );
    assert_eq!(s.raw_blocks, 1);
    assert_eq!(s.arena_map_root_bytes, 262_144);
    assert!(s.arena_map_mid_nodes >= 1 && s.arena_map_bot_nodes >= 1);
    h.validate().unwrap();

    unsafe { h.free(raw) };
    for (i, b) in blocks.iter().enumerate() {
        if i % 3 != 0 {
            unsafe { h.free(*b) };
        }
    }
    assert_eq!(h.allocated_blocks(), 0);
    let s = h.stats();
    assert_eq!(s.arenas_allocated_current, 1);
    assert!(s.classes.iter().all(|c| c.pools == 0));
    h.validate().unwrap();
}
