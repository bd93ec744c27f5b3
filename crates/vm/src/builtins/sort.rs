//! The stable sort behind `sorted()` (and `list.sort`): CPython's contract — keys computed
//! once up front, `<` as the only comparison, equal items keep their order, `reverse`
//! done by reversing before and after so that it stays stable — with a bottom-up merge sort
//! over binary-insertion-sorted runs (timsort's building blocks without its galloping).
//! Like CPython's `unsafe_*_compare`, keys that are all machine ints, all floats or all
//! strs compare without going through the rich-comparison protocol. The permutation is
//! computed first and applied at the end, so an exception from a comparison leaves the
//! items as they were.

use bytecode::CompareOp;

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::types::{float, int, str as pystr};

/// Length of the runs sorted by binary insertion before merging.
const RUN: usize = 32;

/// A stable sort of `0..n` under the fallible strict order `lt` (by index).
fn merge_sort(
    n: usize,
    lt: &mut dyn FnMut(usize, usize) -> PyResult<bool>,
) -> PyResult<Vec<usize>> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = a[i];
            // Insert after every element not greater than x (stability).
            if !lt(x, a[i - 1])? {
                continue;
            }
            let (mut lo, mut hi) = (start, i - 1);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(x, a[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            a.copy_within(lo..i, lo + 1);
            a[lo] = x;
        }
        start = end;
    }
    let mut buf = vec![0usize; n];
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid >= hi || !lt(a[mid], a[mid - 1])? {
                buf[lo..hi].copy_from_slice(&a[lo..hi]);
            } else {
                let (mut i, mut j, mut k) = (lo, mid, lo);
                while i < mid && j < hi {
                    // Take from the right only when strictly smaller (stability).
                    if lt(a[j], a[i])? {
                        buf[k] = a[j];
                        j += 1;
                    } else {
                        buf[k] = a[i];
                        i += 1;
                    }
                    k += 1;
                }
                buf[k..k + (mid - i)].copy_from_slice(&a[i..mid]);
                k += mid - i;
                buf[k..k + (hi - j)].copy_from_slice(&a[j..hi]);
            }
            lo = hi;
        }
        std::mem::swap(&mut a, &mut buf);
        width *= 2;
    }
    Ok(a)
}

/// The permutation sorting `keys` with `<`.
fn sort_keys(rt: &Runtime, keys: &[ObjRef]) -> PyResult<Vec<usize>> {
    let n = keys.len();
    let t = rt.types();
    if keys.iter().all(|k| k.type_ref().is(&t.int)) {
        if let Some(vs) = keys.iter().map(int::as_i64).collect::<Option<Vec<i64>>>() {
            return merge_sort(n, &mut |x, y| Ok(vs[x] < vs[y]));
        }
    }
    if keys.iter().all(|k| k.type_ref().is(&t.float)) {
        let vs: Vec<f64> = keys
            .iter()
            .map(|k| float::as_f64(k).unwrap_or(0.0))
            .collect();
        return merge_sort(n, &mut |x, y| Ok(vs[x] < vs[y]));
    }
    if keys.iter().all(|k| k.type_ref().is(&t.str_)) {
        // UTF-8 byte order is code point order, which is str's.
        let vs: Vec<&str> = keys
            .iter()
            .map(|k| pystr::as_str(k).unwrap_or(""))
            .collect();
        return merge_sort(n, &mut |x, y| Ok(vs[x] < vs[y]));
    }
    merge_sort(n, &mut |x, y| {
        ops::compare_bool(rt, &keys[x], &keys[y], CompareOp::Lt)
    })
}

fn compute_keys(
    rt: &Runtime,
    items: &[ObjRef],
    key: Option<&ObjRef>,
) -> PyResult<Option<Vec<ObjRef>>> {
    match key {
        Some(f) => items
            .iter()
            .map(|x| ops::call(rt, f, std::slice::from_ref(x), None))
            .collect::<PyResult<_>>()
            .map(Some),
        None => Ok(None),
    }
}

/// Sorts `items` in place as `list.sort(key=key, reverse=reverse)` does: keys first (in
/// the original order, even for one item), then the sort. On an exception `items` is
/// unchanged.
pub fn sort_objects(
    rt: &Runtime,
    items: &mut Vec<ObjRef>,
    key: Option<&ObjRef>,
    reverse: bool,
) -> PyResult<()> {
    let keys = compute_keys(rt, items, key)?;
    if items.len() < 2 {
        return Ok(());
    }
    let mut vals = items.clone();
    let mut keys = keys;
    if reverse {
        vals.reverse();
        if let Some(k) = keys.as_mut() {
            k.reverse();
        }
    }
    let perm = sort_keys(rt, keys.as_deref().unwrap_or(&vals))?;
    let mut sorted: Vec<ObjRef> = perm.iter().map(|&i| vals[i].clone()).collect();
    if reverse {
        sorted.reverse();
    }
    *items = sorted;
    Ok(())
}
