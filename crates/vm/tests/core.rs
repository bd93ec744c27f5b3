//! Refcounts, singletons, small ints, interning, sizes, GC tracking, teardown.

mod common;

use common::assert_clean_teardown;
use vm::types::{dict, float, int, list, str as pystr, tuple};
use vm::{Runtime, RuntimeError};

#[test]
fn clone_and_drop_move_the_refcount_and_free_at_zero() {
    let rt = Runtime::new().unwrap();
    let base = rt.allocated_blocks();
    // An int outside the small-int cache (floats keep their blocks on a free list).
    let f = rt.new_int(1 << 40).unwrap();
    assert_eq!(rt.allocated_blocks(), base + 1);
    assert_eq!(f.refcount(), 1);
    let g = f.clone();
    assert!(g.is(&f));
    assert_eq!(f.refcount(), 2);
    drop(g);
    assert_eq!(f.refcount(), 1);
    assert_eq!(int::as_i64(&f), Some(1 << 40));
    drop(f);
    assert_eq!(rt.allocated_blocks(), base);
    assert_clean_teardown(rt);
}

#[test]
fn dead_floats_keep_their_blocks_on_a_free_list_of_100() {
    let rt = Runtime::new().unwrap();
    let base = rt.allocated_blocks();
    let f = rt.new_float(1.5).unwrap();
    let addr = f.id();
    drop(f);
    // As CPython's float free list: the block stays allocated and is reused next.
    assert_eq!(rt.allocated_blocks(), base + 1);
    let g = rt.new_float(2.5).unwrap();
    assert_eq!(g.id(), addr);
    assert_eq!(float::as_f64(&g), Some(2.5));
    assert_eq!(g.refcount(), 1);
    drop(g);
    let many: Vec<_> = (0..150).map(|i| rt.new_float(i as f64).unwrap()).collect();
    assert_eq!(rt.allocated_blocks(), base + 150);
    drop(many);
    // PyFloat_MAXFREELIST: 100 kept, the other 50 went back to the allocator.
    assert_eq!(rt.allocated_blocks(), base + 100);
    // Teardown hands the listed blocks back.
    assert_clean_teardown(rt);
}

#[test]
fn dead_tuples_wait_on_per_length_free_lists_of_2000() {
    let rt = Runtime::new().unwrap();
    rt.clear_free_lists();
    let base = rt.allocated_blocks();
    let x = rt.new_float(0.5).unwrap();
    let pair = |rt: &Runtime| rt.new_tuple(vec![x.clone(), x.clone()]).unwrap();
    let t = pair(&rt);
    let addr = t.id();
    drop(t);
    // The items are released, the block is kept for the next tuple of that length only.
    assert_eq!(x.refcount(), 1);
    assert_eq!(rt.allocated_blocks(), base + 2);
    let one = rt.new_tuple(vec![x.clone()]).unwrap();
    assert_ne!(one.id(), addr);
    let t = pair(&rt);
    assert_eq!(t.id(), addr);
    assert!(t.gc_is_tracked());
    assert_eq!(t.refcount(), 1);
    drop((t, one));
    // PyTuple_MAXFREELIST per length; PyTuple_MAXSAVESIZE = 20 is the longest kept.
    let many: Vec<_> = (0..2500).map(|_| pair(&rt)).collect();
    drop(many);
    assert_eq!(rt.allocated_blocks(), base + 1 + 2000 + 1);
    let long = |n| rt.new_tuple(vec![x.clone(); n]).unwrap();
    drop((long(20), long(21)));
    assert_eq!(rt.allocated_blocks(), base + 1 + 2000 + 1 + 1);
    rt.clear_free_lists();
    assert_eq!(rt.allocated_blocks(), base + 1);
    drop(x);
    assert_clean_teardown(rt);
}

#[test]
fn containers_hold_one_reference_per_slot() {
    let rt = Runtime::new().unwrap();
    let x = rt.new_float(2.0).unwrap();
    let l = rt.new_list(vec![x.clone(), x.clone(), x.clone()]).unwrap();
    assert_eq!(x.refcount(), 4);
    let t = rt.new_tuple(vec![x.clone(), l.clone()]).unwrap();
    assert_eq!(x.refcount(), 5);
    assert_eq!(l.refcount(), 2);
    drop(l);
    drop(t);
    assert_eq!(x.refcount(), 1);
    drop(x);
    assert_clean_teardown(rt);
}

#[test]
fn small_ints_are_shared_and_large_ones_are_not() {
    let rt = Runtime::new().unwrap();
    let a = rt.new_int(5).unwrap();
    let b = rt.new_int(5).unwrap();
    assert!(a.is(&b));
    assert!(rt.new_int(-5).unwrap().is(&rt.new_int(-5).unwrap()));
    assert!(rt.new_int(256).unwrap().is(&rt.new_int(256).unwrap()));
    let before = rt.allocated_blocks();
    let c = rt.new_int(257).unwrap();
    let d = rt.new_int(257).unwrap();
    assert!(!c.is(&d));
    assert!(!rt.new_int(-6).unwrap().is(&rt.new_int(-6).unwrap()));
    assert_eq!(rt.allocated_blocks(), before + 2);
    assert_eq!(int::as_i64(&c), Some(257));
    assert_eq!(int::as_i64(&a), Some(5));
    assert_eq!(a.type_object().name(), "int");
    drop((a, b, c, d));
    assert_clean_teardown(rt);
}

#[test]
fn singletons_are_distinct_objects_with_their_types() {
    let rt = Runtime::new().unwrap();
    let n = rt.none().clone();
    assert!(rt.is_none(&n));
    assert_eq!(n.type_object().name(), "NoneType");
    let t = rt.bool_obj(true);
    let f = rt.bool_obj(false);
    assert!(!t.is(f));
    assert_eq!(t.type_object().name(), "bool");
    // bool is an int subtype: its payload is an int.
    assert_eq!(int::as_i64(t), Some(1));
    assert_eq!(int::as_i64(f), Some(0));
    assert!(!t.is(rt.small_int(1).unwrap()));
    let e1 = rt.new_tuple(vec![]).unwrap();
    assert!(e1.is(rt.empty_tuple()));
    assert!(!e1.gc_is_tracked(), "() is never tracked");
    // type(type) is type; type(int) is type.
    let ty = &rt.types().type_;
    assert!(ty.type_ref().is(ty));
    assert!(rt.types().int.type_ref().is(ty));
    assert!(n.type_ref().is(&rt.types().none));
    drop((n, e1));
    assert_clean_teardown(rt);
}

#[test]
fn interning_returns_one_object_and_strings_are_mortal() {
    let rt = Runtime::new().unwrap();
    let a = rt.intern("spam").unwrap();
    let b = rt.intern("spam").unwrap();
    assert!(a.is(&b));
    assert_eq!(a.refcount(), 2, "the table holds no counted reference");
    let fresh = rt.new_str("spam").unwrap();
    assert!(!fresh.is(&a));
    assert!(rt.intern_obj(fresh.clone()).is(&a));
    // A string not yet interned becomes the interned one itself.
    let eggs = rt.new_str("eggs").unwrap();
    let eggs2 = rt.intern_obj(eggs.clone());
    assert!(eggs2.is(&eggs));
    assert!(rt.intern("eggs").unwrap().is(&eggs));
    assert_eq!(rt.interned_count(), 2);
    drop((a, b, eggs, eggs2));
    assert_eq!(rt.interned_count(), 0, "released strings leave the table");
    let again = rt.intern("spam").unwrap();
    assert_eq!(pystr::as_str(&again), Some("spam"));
    assert!(!again.is(&fresh));
    drop((again, fresh));
    assert_clean_teardown(rt);
}

#[test]
fn strings_keep_their_text_and_lengths() {
    let rt = Runtime::new().unwrap();
    let s = rt.new_str("héllo").unwrap();
    assert_eq!(pystr::as_str(&s), Some("héllo"));
    let (p, _) = s.downcast_var::<pystr::StrPayload>().unwrap();
    assert_eq!(p.char_len(), 5);
    assert_eq!(p.byte_len(), 6);
    assert!(!p.is_ascii());
    assert!(pystr::as_str(rt.none()).is_none());
    assert!(s.downcast::<list::ListPayload>().is_none());
    drop(s);
    assert_clean_teardown(rt);
}

/// Request sizes against CPython 3.11's (cpython-memory.md A.8).
#[test]
fn request_sizes_follow_cpython() {
    let rt = Runtime::new().unwrap();
    let block = |n: usize| n.div_ceil(16) * 16;
    let f = rt.new_float(0.5).unwrap();
    assert_eq!(rt.request_size(&f), 24);
    let i = rt.new_int(1000).unwrap();
    // Word or boxed big value: a 16-byte payload. CPython 28: both a 32-byte block.
    assert_eq!(rt.request_size(&i), 32);
    assert_eq!(block(rt.request_size(&i)), 32);
    assert_eq!(rt.request_size(rt.none()), 16);
    let o = rt.new_object().unwrap();
    assert_eq!(rt.request_size(&o), 16);
    let l = rt.new_list(vec![]).unwrap();
    assert_eq!(rt.request_size(&l), 56);
    assert_eq!(block(rt.request_size(&l)), 64);
    let t1 = rt.new_tuple(vec![f.clone()]).unwrap();
    assert_eq!(rt.request_size(&t1), 48);
    let t2 = rt.new_tuple(vec![f.clone(), i.clone()]).unwrap();
    assert_eq!(rt.request_size(&t2), 56);
    assert_eq!(block(rt.request_size(&t2)), 64);
    for text in ["", "a", "abc", "identifier_name"] {
        let s = rt.new_str(text).unwrap();
        assert_eq!(rt.request_size(&s), 48 + text.len() + 1, "{text:?}");
    }
    let d = rt.new_dict().unwrap();
    assert_eq!(rt.request_size(&d), 64);
    assert_eq!(rt.types().list.as_type().unwrap().basicsize(), 40);
    assert_eq!(rt.types().tuple.as_type().unwrap().basicsize(), 24);
    assert_eq!(rt.types().tuple.as_type().unwrap().itemsize(), 8);
    drop((f, i, o, l, t1, t2, d));
    assert_clean_teardown(rt);
}

#[test]
fn blocks_come_from_pymalloc_size_classes_and_freed_ids_are_reused() {
    let rt = Runtime::new().unwrap();
    let f = rt.new_float(0.5).unwrap();
    assert_eq!(rt.block_size(&f), Some(32));
    let l = rt.new_list(vec![]).unwrap();
    assert_eq!(rt.block_size(&l), Some(64));
    let t = rt.new_tuple(vec![f.clone(), l.clone()]).unwrap();
    assert_eq!(rt.block_size(&t), Some(64));
    let s = rt.new_str("abc").unwrap();
    assert_eq!(rt.block_size(&s), Some(64)); // 52 bytes
    let big = rt.new_str(&"x".repeat(600)).unwrap();
    assert_eq!(
        rt.block_size(&big),
        None,
        "over 512 bytes: system allocator"
    );
    // pymalloc hands the block just freed to the next request of its class, so a new
    // object of the same size gets the same id(), as in CPython.
    let id = f.id();
    drop((f, t));
    let g = rt.new_float(2.5).unwrap();
    assert_eq!(g.id(), id);
    drop((g, l, s, big));
    assert_clean_teardown(rt);
}

#[test]
fn list_items_grow_by_cpythons_rule_and_are_accessible() {
    let rt = Runtime::new().unwrap();
    let l = rt.new_list(vec![]).unwrap();
    let items = list::items(&l).unwrap();
    let mut caps = vec![];
    for k in 0..20 {
        items.push(rt.new_int(k).unwrap()).unwrap();
        caps.push(items.capacity());
    }
    // CPython 3.11: 4, 4, 4, 4, 8, 8, 8, 8, 16 ... 16, 24 ...
    assert_eq!(&caps[..9], &[4, 4, 4, 4, 8, 8, 8, 8, 16]);
    assert_eq!(caps[16], 24);
    assert_eq!(int::as_i64(&items.get(7).unwrap()), Some(7));
    let old = items.replace(0, rt.new_int(100).unwrap()).unwrap();
    assert_eq!(int::as_i64(&old), Some(0));
    assert_eq!(int::as_i64(&items.pop().unwrap()), Some(19));
    items.insert(1, rt.none().clone()).unwrap();
    assert!(rt.is_none(&items.get(1).unwrap()));
    assert!(rt.is_none(&items.remove(1).unwrap()));
    assert_eq!(items.len(), 19);
    assert!(items.get(19).is_none());
    drop((old, l));
    assert_clean_teardown(rt);
}

#[test]
fn dict_minimal_insert_lookup_and_tracking() {
    let rt = Runtime::new().unwrap();
    let d = rt.new_dict().unwrap();
    let gen0 = rt.gc_generation_len(0);
    let k = rt.intern("a").unwrap();
    assert!(rt
        .dict_set_by_identity(&d, k.clone(), rt.new_int(1).unwrap())
        .unwrap()
        .is_none());
    assert!(
        !d.gc_is_tracked(),
        "ints and strs do not make a dict tracked"
    );
    let old = rt
        .dict_set_by_identity(&d, k.clone(), rt.new_int(2).unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(int::as_i64(&old), Some(1));
    let p = dict::payload(&d).unwrap();
    assert_eq!(p.len(), 1);
    assert_eq!(int::as_i64(&p.get_by_identity(&k).unwrap()), Some(2));
    let l = rt.new_list(vec![]).unwrap();
    rt.dict_set_by_identity(&d, rt.intern("b").unwrap(), l.clone())
        .unwrap();
    assert!(d.gc_is_tracked(), "a list value makes the dict tracked");
    assert_eq!(rt.gc_generation_len(0), gen0 + 2);
    let items = p.items();
    assert_eq!(items.len(), 2);
    assert!(items[1].1.is(&l));
    drop((items, old, k, l, d));
    assert_clean_teardown(rt);
}

#[test]
fn tracking_follows_cpython_and_count0_counts_gc_allocations() {
    let rt = Runtime::new().unwrap();
    let c0 = rt.gc_count0();
    let f = rt.new_float(1.0).unwrap();
    assert!(!f.gc_is_tracked());
    assert_eq!(rt.gc_count0(), c0, "floats are not GC objects");
    let l = rt.new_list(vec![f.clone()]).unwrap();
    let t = rt.new_tuple(vec![f.clone()]).unwrap();
    let d = rt.new_dict().unwrap();
    assert!(l.gc_is_tracked() && t.gc_is_tracked() && !d.gc_is_tracked());
    assert_eq!(rt.gc_count0(), c0 + 3, "dicts count even untracked");
    let gen0 = rt.gc_generation_objects(0);
    let n = gen0.len();
    assert!(
        gen0[n - 2].is(&l) && gen0[n - 1].is(&t),
        "appended at the tail"
    );
    drop(gen0);
    assert!(t.gc_may_be_tracked());
    t.gc_untrack();
    assert!(
        !t.gc_may_be_tracked(),
        "an untracked tuple is not possibly tracked"
    );
    t.gc_track();
    drop(l);
    assert_eq!(rt.gc_count0(), c0 + 2);
    assert_eq!(
        rt.gc_generation_len(0),
        n - 1,
        "released objects are untracked"
    );
    drop((f, t, d));
    assert_clean_teardown(rt);
}

#[test]
fn tuple_items_are_borrowed_without_refcount_traffic() {
    let rt = Runtime::new().unwrap();
    let a = rt.new_str("a").unwrap();
    let t = rt.new_tuple(vec![a.clone(), rt.none().clone()]).unwrap();
    let items = tuple::items(&t).unwrap();
    assert_eq!(items.len(), 2);
    assert!(items[0].is(&a));
    assert_eq!(a.refcount(), 2);
    assert!(tuple::items(&a).is_none());
    drop((t, a));
    assert_clean_teardown(rt);
}

#[test]
fn a_second_runtime_on_one_thread_is_an_error_and_others_threads_are_independent() {
    let rt = Runtime::new().unwrap();
    assert_eq!(Runtime::new().unwrap_err(), RuntimeError::AlreadyLive);
    let handle = std::thread::spawn(|| {
        let rt2 = Runtime::new().unwrap();
        let x = rt2.new_list(vec![]).unwrap();
        drop(x);
        rt2.teardown().leaked_blocks
    });
    assert_eq!(handle.join().unwrap(), 0);
    drop(rt);
    // After a clean teardown the thread may have a new runtime.
    let rt3 = Runtime::new().unwrap();
    assert_clean_teardown(rt3);
}

#[test]
fn teardown_of_a_runtime_with_every_type_leaves_zero_blocks() {
    let rt = Runtime::new().unwrap();
    let mut keep = vec![];
    for k in 0..300 {
        keep.push(rt.new_int(k * 7).unwrap());
        keep.push(rt.new_float(k as f64).unwrap());
        keep.push(rt.new_str(&format!("s{k}")).unwrap());
        keep.push(rt.intern(&format!("name{}", k % 17)).unwrap());
    }
    let l = rt.new_list(keep.clone()).unwrap();
    let t = rt
        .new_tuple(vec![
            l.clone(),
            rt.none().clone(),
            rt.bool_obj(true).clone(),
        ])
        .unwrap();
    let d = rt.new_dict().unwrap();
    rt.dict_set_by_identity(&d, rt.intern("t").unwrap(), t.clone())
        .unwrap();
    let o = rt.new_object().unwrap();
    drop((keep, l, t, o));
    assert!(rt.allocated_blocks() > 10);
    // Still holding `d` at teardown would leak; drop it first.
    drop(d);
    let report = rt.teardown();
    assert_eq!(report.leaked_blocks, 0, "{}", report.live);
}

#[test]
fn a_leak_is_reported_and_the_runtime_stays_a_zombie() {
    let rt = Runtime::new().unwrap();
    let l = rt.new_list(vec![rt.new_float(1.0).unwrap()]).unwrap();
    let kept = l.clone();
    drop(l);
    let report = rt.teardown();
    // The list, its item array and the float.
    assert_eq!(report.leaked_blocks, 3);
    if cfg!(debug_assertions) {
        let names: Vec<&str> = report
            .live
            .by_kind
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        assert!(names.contains(&"list"), "{names:?}");
        assert!(names.contains(&"float"), "{names:?}");
        assert!(names.contains(&"(object array)"), "{names:?}");
    }
    // Late drops are still sound, and the thread cannot start another runtime.
    drop(kept);
    assert_eq!(Runtime::new().unwrap_err(), RuntimeError::AlreadyLive);
}
