//! The finalizer queue, with a test-only type whose "finalizer" is a Rust closure.

mod common;

use std::cell::RefCell;

use common::assert_clean_teardown;
use vm::{ObjPtr, ObjRef, ObjVec, Payload, Runtime, TypeFlags, TypeSpec};

/// A finalizable container: an id, children, and what its finalizer does besides logging.
struct FinNode {
    id: u32,
    children: ObjVec,
    on_del: Box<dyn Fn(&ObjRef)>,
    /// After `on_del`, drain the queue from inside this finalizer, as the eval loop running
    /// `__del__` does at its instruction boundaries.
    nested_drain: bool,
}

impl Payload for FinNode {}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(n) = obj.downcast::<FinNode>() {
        n.children.for_each_ptr_rev(visit);
    }
}

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static STASH: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
}

fn log(s: String) {
    LOG.with(|l| l.borrow_mut().push(s));
}

fn take_log() -> Vec<String> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

fn stash(o: ObjRef) {
    STASH.with(|s| s.borrow_mut().push(o));
}

fn clear_stash() {
    let v = STASH.with(|s| std::mem::take(&mut *s.borrow_mut()));
    drop(v);
}

struct World {
    rt: Runtime,
    ty: ObjRef,
}

fn world() -> World {
    let rt = Runtime::new().unwrap();
    let ty = rt
        .new_type(
            TypeSpec::fixed::<FinNode>("FinNode", TypeFlags::HAVE_GC | TypeFlags::HAS_FINALIZE)
                .with_traverse(traverse),
        )
        .unwrap();
    take_log();
    World { rt, ty }
}

impl World {
    fn node_with(
        &self,
        id: u32,
        children: Vec<ObjRef>,
        on_del: impl Fn(&ObjRef) + 'static,
    ) -> ObjRef {
        let n = self
            .rt
            .alloc(
                &self.ty,
                FinNode {
                    id,
                    children: ObjVec::from_vec(children).unwrap(),
                    on_del: Box::new(on_del),
                    nested_drain: false,
                },
            )
            .unwrap();
        n.gc_track();
        n
    }

    fn node_draining(&self, id: u32, on_del: impl Fn(&ObjRef) + 'static) -> ObjRef {
        let n = self
            .rt
            .alloc(
                &self.ty,
                FinNode {
                    id,
                    children: ObjVec::new(),
                    on_del: Box::new(on_del),
                    nested_drain: true,
                },
            )
            .unwrap();
        n.gc_track();
        n
    }

    fn node(&self, id: u32, children: Vec<ObjRef>) -> ObjRef {
        self.node_with(id, children, |_| {})
    }

    /// What the eval loop will do: run the finalizer of each queued object.
    fn drain(&self) -> usize {
        self.rt.drain_finalizers(&mut |o| run(&self.rt, o))
    }

    fn finish(self) {
        drop(self.ty);
        assert_clean_teardown(self.rt);
    }
}

fn run(rt: &Runtime, o: &ObjRef) {
    let n = o
        .downcast::<FinNode>()
        .expect("only FinNodes are queued here");
    log(format!("{}", n.id));
    (n.on_del)(o);
    if n.nested_drain {
        rt.drain_finalizers(&mut |o2| run(rt, o2));
        log(format!("{}-end", n.id));
    }
}

#[test]
fn a_dying_finalizable_object_waits_in_the_queue_until_drained() {
    let w = world();
    let base = w.rt.allocated_blocks();
    let n = w.node(1, vec![]);
    drop(n);
    assert_eq!(w.rt.pending_finalizers(), 1);
    assert_eq!(
        w.rt.allocated_blocks(),
        base + 1,
        "not freed before its finalizer ran"
    );
    assert!(take_log().is_empty());
    assert_eq!(w.drain(), 1);
    assert_eq!(take_log(), ["1"]);
    assert_eq!(w.rt.pending_finalizers(), 0);
    assert_eq!(w.rt.allocated_blocks(), base);
    assert_eq!(w.drain(), 0);
    w.finish();
}

#[test]
fn list_items_are_finalized_last_to_first() {
    let w = world();
    let items = vec![w.node(1, vec![]), w.node(2, vec![]), w.node(3, vec![])];
    let l = w.rt.new_list(items).unwrap();
    drop(l);
    assert_eq!(w.rt.pending_finalizers(), 3);
    w.drain();
    assert_eq!(take_log(), ["3", "2", "1"]);
    w.finish();
}

#[test]
fn clear_and_rebinding_queue_in_cpythons_order() {
    let w = world();
    // L.clear(): last to first, like list_dealloc.
    let l =
        w.rt.new_list(vec![
            w.node(1, vec![]),
            w.node(2, vec![]),
            w.node(3, vec![]),
        ])
        .unwrap();
    vm::types::list::items(&l).unwrap().clear_last_to_first();
    assert_eq!(w.rt.pending_finalizers(), 3);
    w.drain();
    assert_eq!(take_log(), ["3", "2", "1"]);
    // Rebinding slots one after the other: each old value dies when replaced (FIFO).
    let items = vm::types::list::items(&l).unwrap();
    items.push(w.node(4, vec![])).unwrap();
    items.push(w.node(5, vec![])).unwrap();
    drop(items.replace(1, w.rt.none().clone()).unwrap());
    drop(items.replace(0, w.rt.none().clone()).unwrap());
    w.drain();
    assert_eq!(take_log(), ["5", "4"]);
    drop(l);
    w.finish();
}

#[test]
fn children_released_by_a_finalized_object_run_before_its_waiting_siblings() {
    // [P, Q] with Q holding R: CPython prints Q, R, P (depth first).
    let w = world();
    let r = w.node(3, vec![]);
    let q = w.node(2, vec![r]);
    let p = w.node(1, vec![]);
    let l = w.rt.new_list(vec![p, q]).unwrap();
    drop(l);
    w.drain();
    assert_eq!(take_log(), ["2", "3", "1"]);
    // n1 holds [n2 holding [n4], n3]: CPython: 1, 3, 2, 4.
    let n4 = w.node(4, vec![]);
    let n2 = w.node(2, vec![n4]);
    let n3 = w.node(3, vec![]);
    let n1 = w.node(1, vec![n2, n3]);
    drop(n1);
    w.drain();
    assert_eq!(take_log(), ["1", "3", "2", "4"]);
    w.finish();
}

#[test]
fn a_finalizer_that_stores_a_reference_resurrects_and_never_runs_again() {
    let w = world();
    let base = w.rt.allocated_blocks();
    let n = w.node_with(7, vec![], |o| stash(o.clone()));
    assert!(!n.gc_is_finalized());
    let id = n.id();
    drop(n);
    w.drain();
    assert_eq!(take_log(), ["7"]);
    let back = STASH.with(|s| s.borrow()[0].clone());
    assert_eq!(back.id(), id, "the same object lives on");
    assert!(back.gc_is_finalized());
    assert!(back.gc_is_tracked(), "still tracked while alive");
    assert_eq!(back.refcount(), 2);
    drop(back);
    clear_stash();
    assert_eq!(w.rt.pending_finalizers(), 0, "FINALIZED: not queued again");
    assert_eq!(w.drain(), 0);
    assert!(take_log().is_empty());
    assert_eq!(w.rt.allocated_blocks(), base);
    w.finish();
}

#[test]
fn objects_queued_during_a_drain_are_drained_by_it() {
    let w = world();
    stash(w.node(9, vec![]));
    let a = w.node_with(1, vec![], |_| clear_stash());
    drop(a);
    assert_eq!(w.drain(), 2);
    assert_eq!(take_log(), ["1", "9"]);
    assert_eq!(w.rt.pending_finalizers(), 0);
    w.finish();
}

#[test]
fn a_drain_nested_in_a_finalizer_takes_only_what_that_finalizer_queued() {
    // The eval loop running n1's __del__ drains at its own instruction boundaries: X dies
    // inside n1's finalizer, before n2 (already waiting) is finalized, as in CPython.
    let w = world();
    stash(w.node(9, vec![]));
    let n1 = w.node_draining(1, |_| clear_stash());
    let n2 = w.node(2, vec![]);
    let l = w.rt.new_list(vec![n2, n1]).unwrap();
    drop(l);
    w.drain();
    assert_eq!(take_log(), ["1", "9", "1-end", "2"]);
    w.finish();
}

#[test]
fn a_long_chain_of_finalizable_objects_is_finalized_in_chain_order() {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            let w = world();
            let mut head = w.node(0, vec![]);
            for k in 1..100_000 {
                head = w.node(k, vec![head]);
            }
            drop(head);
            w.drain();
            let got = take_log();
            assert_eq!(got.len(), 100_000);
            assert!(got
                .iter()
                .rev()
                .enumerate()
                .all(|(i, s)| *s == i.to_string()));
            w.finish();
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn teardown_releases_queued_objects_without_running_their_finalizers() {
    let w = world();
    drop(w.node(1, vec![w.node(2, vec![])]));
    assert_eq!(w.rt.pending_finalizers(), 1);
    w.finish();
    assert!(take_log().is_empty());
}

struct Inst;
impl Payload for Inst {}

#[test]
fn instances_of_heap_types_hold_a_reference_to_their_type() {
    let rt = Runtime::new().unwrap();
    let ty = rt
        .new_type(TypeSpec::fixed::<Inst>(
            "C",
            TypeFlags::HEAPTYPE | TypeFlags::HAVE_GC,
        ))
        .unwrap();
    let before = ty.refcount();
    let a = rt.alloc(&ty, Inst).unwrap();
    let b = rt.alloc(&ty, Inst).unwrap();
    assert_eq!(ty.refcount(), before + 2);
    assert!(a.type_ref().is(&ty));
    assert_eq!(
        rt.request_size(&a),
        32,
        "GC head + header, as a __slots__=() instance"
    );
    drop((a, b));
    assert_eq!(ty.refcount(), before);
    // Builtin types are not counted by their instances.
    let i = rt.types().float.refcount();
    let f = rt.new_float(1.0).unwrap();
    assert_eq!(rt.types().float.refcount(), i);
    drop((f, ty));
    assert_clean_teardown(rt);
}
