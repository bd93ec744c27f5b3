//! Release order (CPython's per-type order) and the trashcan on deep chains.

mod common;

use common::{assert_clean_teardown, deaths, deaths_named, ids, record_deaths};
use vm::{ObjRef, Runtime};

#[test]
fn list_items_die_last_to_first_after_the_list() {
    let rt = Runtime::new().unwrap();
    let items: Vec<ObjRef> = (0..5).map(|k| rt.new_float(k as f64).unwrap()).collect();
    let expect: Vec<usize> = ids(&items).into_iter().rev().collect();
    let l = rt.new_list(items).unwrap();
    let lid = l.id();
    record_deaths(&rt);
    drop(l);
    let d = deaths();
    assert_eq!(d[0], lid, "the container's release begins first");
    assert_eq!(&d[1..], &expect[..]);
    assert_clean_teardown(rt);
}

#[test]
fn tuple_items_die_last_to_first() {
    let rt = Runtime::new().unwrap();
    let items: Vec<ObjRef> = (0..4)
        .map(|k| rt.new_str(&format!("x{k}")).unwrap())
        .collect();
    let expect: Vec<usize> = ids(&items).into_iter().rev().collect();
    let t = rt.new_tuple(items).unwrap();
    record_deaths(&rt);
    drop(t);
    assert_eq!(&deaths()[1..], &expect[..]);
    assert_clean_teardown(rt);
}

#[test]
fn dict_entries_die_first_to_last_key_before_value() {
    let rt = Runtime::new().unwrap();
    let d = rt.new_dict().unwrap();
    let mut expect = vec![];
    for k in 0..4 {
        let key = rt.new_str(&format!("k{k}")).unwrap();
        let val = rt.new_float(k as f64).unwrap();
        expect.push(key.id());
        expect.push(val.id());
        rt.dict_set_by_identity(&d, key, val).unwrap();
    }
    record_deaths(&rt);
    drop(d);
    assert_eq!(&deaths()[1..], &expect[..]);
    assert_clean_teardown(rt);
}

#[test]
fn nested_containers_release_depth_first() {
    // [[a, b], (c,), d]: CPython releases d, then (c,) and c, then [a, b], b, a.
    let rt = Runtime::new().unwrap();
    let a = rt.new_float(1.0).unwrap();
    let b = rt.new_float(2.0).unwrap();
    let c = rt.new_float(3.0).unwrap();
    let d = rt.new_float(4.0).unwrap();
    let (ai, bi, ci, di) = (a.id(), b.id(), c.id(), d.id());
    let inner = rt.new_list(vec![a, b]).unwrap();
    let tup = rt.new_tuple(vec![c]).unwrap();
    let (ii, ti) = (inner.id(), tup.id());
    let outer = rt.new_list(vec![inner, tup, d]).unwrap();
    let oi = outer.id();
    record_deaths(&rt);
    drop(outer);
    assert_eq!(deaths(), vec![oi, di, ti, ci, ii, bi, ai]);
    assert_clean_teardown(rt);
}

#[test]
fn clear_slot_releases_list_items_last_to_first_and_leaves_it_empty() {
    let rt = Runtime::new().unwrap();
    let items: Vec<ObjRef> = (0..3).map(|k| rt.new_float(k as f64).unwrap()).collect();
    let expect: Vec<usize> = ids(&items).into_iter().rev().collect();
    let l = rt.new_list(items).unwrap();
    record_deaths(&rt);
    l.type_object().clear(&l);
    assert_eq!(deaths(), expect);
    assert_eq!(vm::types::list::items(&l).unwrap().len(), 0);
    drop(l);
    assert_clean_teardown(rt);
}

#[test]
fn traverse_visits_in_cpythons_order() {
    let rt = Runtime::new().unwrap();
    let x = rt.new_float(1.0).unwrap();
    let y = rt.new_float(2.0).unwrap();
    let l = rt.new_list(vec![x.clone(), y.clone()]).unwrap();
    let t = rt.new_tuple(vec![x.clone(), y.clone()]).unwrap();
    let d = rt.new_dict().unwrap();
    rt.dict_set_by_identity(&d, x.clone(), y.clone()).unwrap();
    let visit = |o: &ObjRef| {
        let mut seen = vec![];
        o.type_object().traverse(o, &mut |p| seen.push(p.addr()));
        seen
    };
    assert_eq!(visit(&l), vec![y.id(), x.id()], "list: last to first");
    assert_eq!(visit(&t), vec![y.id(), x.id()], "tuple: last to first");
    assert_eq!(visit(&d), vec![y.id(), x.id()], "dict: value, then key");
    assert!(visit(&x).is_empty());
    drop((x, y, l, t, d));
    assert_clean_teardown(rt);
}

/// Builds a chain: each node holds the previous one; returns the head and the node ids in
/// chain order (head first).
fn chain(rt: &Runtime, n: usize, make: impl Fn(usize, ObjRef) -> ObjRef) -> (ObjRef, Vec<usize>) {
    let mut node = rt.new_float(0.5).unwrap();
    let mut ids = Vec::with_capacity(n + 1);
    ids.push(node.id());
    for k in 0..n {
        node = make(k, node);
        ids.push(node.id());
    }
    ids.reverse();
    (node, ids)
}

/// Runs `f` on a thread with a 2 MiB stack (the default for test threads), so that a
/// recursive release of a deep chain would overflow it.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

const DEEP: usize = 1_000_000;

#[test]
fn a_million_deep_tuple_chain_is_released_iteratively() {
    on_small_stack(|| {
        let rt = Runtime::new().unwrap();
        let (head, _) = chain(&rt, DEEP, |_, prev| rt.new_tuple(vec![prev]).unwrap());
        drop(head);
        assert_clean_teardown(rt);
    });
}

#[test]
fn a_million_deep_list_chain_is_released_iteratively() {
    on_small_stack(|| {
        let rt = Runtime::new().unwrap();
        let (head, _) = chain(&rt, DEEP, |_, prev| rt.new_list(vec![prev]).unwrap());
        drop(head);
        assert_clean_teardown(rt);
    });
}

#[test]
fn a_million_deep_alternating_chain_dies_in_chain_order() {
    on_small_stack(|| {
        let rt = Runtime::new().unwrap();
        let (head, ids) = chain(&rt, DEEP, |k, prev| {
            if k % 2 == 0 {
                rt.new_tuple(vec![prev]).unwrap()
            } else {
                rt.new_list(vec![prev]).unwrap()
            }
        });
        record_deaths(&rt);
        drop(head);
        let d = deaths();
        assert_eq!(d.len(), ids.len());
        assert!(d == ids, "death order differs from chain order");
        rt.set_release_hook(None);
        assert_clean_teardown(rt);
    });
}

#[test]
fn a_dict_chain_is_released_iteratively_too() {
    on_small_stack(|| {
        let rt = Runtime::new().unwrap();
        let key = rt.intern("next").unwrap();
        let (head, ids) = chain(&rt, 200_000, |_, prev| {
            let d = rt.new_dict().unwrap();
            rt.dict_set_by_identity(&d, key.clone(), prev).unwrap();
            d
        });
        record_deaths(&rt);
        drop(head);
        let named = deaths_named();
        let order: Vec<usize> = named
            .iter()
            .filter(|(_, n)| n != "str")
            .map(|(a, _)| *a)
            .collect();
        assert_eq!(order, ids);
        rt.set_release_hook(None);
        drop(key);
        assert_clean_teardown(rt);
    });
}

#[test]
fn wide_and_deep_structures_mix_without_overflow() {
    // A chain whose nodes also hold wide lists: the trashcan's deferred stack interleaves
    // with ordinary nesting.
    on_small_stack(|| {
        let rt = Runtime::new().unwrap();
        let (head, _) = chain(&rt, 100_000, |k, prev| {
            let side = rt
                .new_list(
                    (0..(k % 5))
                        .map(|j| rt.new_float(j as f64).unwrap())
                        .collect(),
                )
                .unwrap();
            rt.new_tuple(vec![side, prev]).unwrap()
        });
        drop(head);
        assert_clean_teardown(rt);
    });
}
