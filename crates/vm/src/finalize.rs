//! The finalizer queue. A decref happens anywhere in Rust code, where running Python code
//! (`__del__`, weakref callbacks) would be unsafe; so when an object whose type has a
//! finalizer reaches zero, `release.rs` resurrects it (count 1, owned by the queue) and
//! pushes it here. The eval loop calls [`Runtime::drain_finalizers`] at the next
//! instruction boundary: for each object it sets FINALIZED, runs the finalizer, and drops
//! the queue's reference — which, unless the finalizer resurrected the object, continues
//! the release (the FINALIZED bit makes the second pass skip the queue).
//!
//! Order. CPython runs a finalizer at the moment of death and releases the object's
//! children right after, depth first. To give the same order, objects queued while one
//! entry is processed (by its finalizer or by the release that follows it) are processed
//! next, before the entries that were already waiting, in the order they were queued. The
//! queue is a stack: arrivals are pushed in arrival order and reversed once, when a drain
//! step or a drain begins, so that popping yields the earliest arrival first. A drain started
//! from inside a finalizer (the eval loop running `__del__` reaches an instruction boundary)
//! only takes the entries queued above its caller's floor, which gives CPython's nesting.

use std::cell::{Cell, RefCell};

use crate::object::ObjRef;
use crate::runtime::Runtime;

pub(crate) struct FinalizerQueue {
    /// Pending objects; each handle is the queue's one reference.
    stack: RefCell<Vec<ObjRef>>,
    /// Floors of the drains in progress (innermost last).
    floors: RefCell<Vec<usize>>,
    /// `stack`'s length, kept beside it so that the eval loop's check at every instruction
    /// boundary is one load (no borrow flag to test).
    pending: Cell<usize>,
}

impl FinalizerQueue {
    pub(crate) fn new() -> FinalizerQueue {
        FinalizerQueue {
            stack: RefCell::new(Vec::new()),
            floors: RefCell::new(Vec::new()),
            pending: Cell::new(0),
        }
    }

    pub(crate) fn push(&self, obj: ObjRef) {
        let mut s = self.stack.borrow_mut();
        s.push(obj);
        self.pending.set(s.len());
    }

    fn reverse_above(&self, floor: usize) {
        let mut s = self.stack.borrow_mut();
        let n = s.len();
        if floor < n {
            s[floor..].reverse();
        }
    }

    #[inline(always)]
    fn len(&self) -> usize {
        self.pending.get()
    }
}

impl Runtime {
    /// Objects waiting for their finalizer.
    #[inline(always)]
    pub fn pending_finalizers(&self) -> usize {
        self.state().finalizers.len()
    }

    /// Runs the pending finalizers (see the module comment for the order). `run` is the
    /// finalizer itself (the eval loop calls `__del__`; it may store new references to
    /// resurrect the object, and may drain recursively). Returns how many ran.
    pub fn drain_finalizers(&self, run: &mut dyn FnMut(&ObjRef)) -> usize {
        let q = &self.state().finalizers;
        let floor = q.floors.borrow().last().copied().unwrap_or(0);
        q.reverse_above(floor);
        let mut ran = 0;
        loop {
            let obj = {
                let mut s = q.stack.borrow_mut();
                if s.len() <= floor {
                    break;
                }
                let obj = s.pop();
                q.pending.set(s.len());
                obj
            };
            let Some(obj) = obj else { break };
            obj.gc_set_finalized();
            let mark = q.len();
            q.floors.borrow_mut().push(mark);
            run(&obj);
            q.floors.borrow_mut().pop();
            ran += 1;
            // The queue's reference: the release continues here unless resurrected.
            drop(obj);
            q.reverse_above(mark);
        }
        ran
    }
}
