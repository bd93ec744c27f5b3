//! Generation lists: CPython 3.11's intrusive, circular, doubly linked lists of GC heads
//! (`gc_list_*` in `Modules/gcmodule.c`), tracking and untracking, and the per-runtime GC
//! state the collector (a later issue) will drive. Only the list mechanics live here; the
//! collection phases (update_refs, subtract_refs, move_unreachable, ...) will use exactly
//! these O(1) operations: append, remove, move to another list's tail, merge.

use std::cell::Cell;
use std::ptr::NonNull;

use crate::object::{
    gc_head, gc_to_obj, GcHead, ObjHeader, ObjPtr, ObjRef, PREV_MASK_FINALIZED, PREV_MASK_FLAGS,
};
use crate::runtime::with_state;

/// A list head: a sentinel `GcHead` that points at itself when the list is empty. It must
/// not move once [`GcList::init`] has run (the runtime state is boxed for that reason).
pub(crate) struct GcList {
    head: GcHead,
}

/// # Safety
/// `gc` is a list head or a linked node (a valid GcHead).
#[inline]
unsafe fn next_of(gc: *const GcHead) -> *const GcHead {
    // SAFETY: per the caller.
    unsafe { (*gc).gc_next.get() as *const GcHead }
}

/// # Safety
/// As [`next_of`].
#[inline]
unsafe fn prev_of(gc: *const GcHead) -> *const GcHead {
    // SAFETY: per the caller.
    unsafe { ((*gc).gc_prev.get() & !PREV_MASK_FLAGS) as *const GcHead }
}

/// `_PyGCHead_SET_PREV`: keeps the flag bits of `gc`.
///
/// # Safety
/// `gc` is a valid GcHead.
#[inline]
unsafe fn set_prev(gc: *const GcHead, prev: *const GcHead) {
    // SAFETY: per the caller.
    let g = unsafe { &*gc };
    g.gc_prev
        .set((g.gc_prev.get() & PREV_MASK_FLAGS) | prev as usize);
}

/// # Safety
/// `gc` is a valid GcHead.
#[inline]
unsafe fn set_next(gc: *const GcHead, next: *const GcHead) {
    // SAFETY: per the caller.
    unsafe { (*gc).gc_next.set(next as usize) }
}

impl GcList {
    pub(crate) const fn new_uninit() -> GcList {
        GcList {
            head: GcHead {
                gc_next: Cell::new(0),
                gc_prev: Cell::new(0),
            },
        }
    }

    fn head_ptr(&self) -> *const GcHead {
        &self.head
    }

    /// `gc_list_init`. Call once, at the list's final address.
    pub(crate) fn init(&self) {
        let h = self.head_ptr() as usize;
        self.head.gc_next.set(h);
        self.head.gc_prev.set(h);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.head.gc_next.get() == self.head_ptr() as usize
    }

    /// `gc_list_append`: link `node` at the tail.
    ///
    /// # Safety
    /// `node` is the GC head of a live object and is in no list.
    pub(crate) unsafe fn append(&self, node: &GcHead) {
        let head = self.head_ptr();
        // SAFETY: last is the head or a linked node; node is valid per the caller.
        unsafe {
            let last = prev_of(head);
            set_next(last, node);
            set_prev(node, last);
            set_next(node, head);
        }
        self.head.gc_prev.set(node as *const GcHead as usize);
    }

    /// `gc_list_remove`: unlink `node`, leaving it untracked (`gc_next = 0`), flags kept.
    ///
    /// # Safety
    /// `node` is linked in some list.
    pub(crate) unsafe fn remove(node: &GcHead) {
        // SAFETY: node is linked; prev and next are its neighbours: valid heads.
        unsafe {
            let prev = prev_of(node);
            let next = next_of(node);
            set_next(prev, next);
            set_prev(next, prev);
        }
        node.gc_next.set(0);
    }

    /// `gc_list_move`: unlink `node` from its list and append it to `self`.
    ///
    /// # Safety
    /// `node` is linked in some list.
    #[allow(dead_code)] // the collector's move_unreachable uses it
    pub(crate) unsafe fn move_to_tail(&self, node: &GcHead) {
        // SAFETY: per the caller; after remove the node is in no list.
        unsafe {
            GcList::remove(node);
            self.append(node);
        }
    }

    #[allow(dead_code)] // the collector merges generations
    /// `gc_list_merge(from=self, to)`: append all of `self` to the tail of `to`; `self`
    /// becomes empty. O(1).
    pub(crate) fn merge_into(&self, to: &GcList) {
        if self.is_empty() {
            return;
        }
        let to_head = to.head_ptr();
        // SAFETY: all four are valid heads (list sentinels or linked nodes).
        unsafe {
            let to_tail = prev_of(to_head);
            let first = next_of(self.head_ptr());
            let last = prev_of(self.head_ptr());
            set_next(to_tail, first);
            set_prev(first, to_tail);
            set_next(last, to_head);
            set_prev(to_head, last);
        }
        self.init();
    }

    /// `gc_list_size`. O(n).
    pub(crate) fn len(&self) -> usize {
        let mut n = 0;
        self.for_each(|_| n += 1);
        n
    }

    /// Visits the objects in list order. `f` must not unlink anything.
    pub(crate) fn for_each(&self, mut f: impl FnMut(ObjPtr)) {
        let head = self.head_ptr();
        // SAFETY: the head is valid; every non-head node is the GC head of a live tracked
        // object, and f does not unlink.
        let mut gc = unsafe { next_of(head) };
        while gc != head {
            // SAFETY: as above.
            unsafe {
                f(ObjPtr(gc_to_obj(gc)));
                gc = next_of(gc);
            }
        }
    }
}

/// The scratch accessors a collection uses (`gc_get_refs`, `gc_reset_refs`,
/// `gc_decref`, COLLECTING), packing `gc_refs` above the two flag bits of `_gc_prev` as
/// CPython 3.11 does. Only meaningful while the list is being collected (its prev links are
/// then not needed: CPython's collection treats the list as singly linked).
#[allow(dead_code)] // the collector (a later issue) uses these
impl GcHead {
    pub(crate) fn get_refs(&self) -> isize {
        (self.gc_prev.get() >> crate::object::PREV_SHIFT) as isize
    }

    /// `gc_reset_refs`: keeps both flag bits.
    pub(crate) fn reset_refs(&self, refs: isize) {
        let flags = self.gc_prev.get() & PREV_MASK_FLAGS;
        self.gc_prev
            .set(flags | ((refs as usize) << crate::object::PREV_SHIFT));
    }

    pub(crate) fn decref_refs(&self) {
        self.gc_prev
            .set(self.gc_prev.get() - (1 << crate::object::PREV_SHIFT));
    }

    pub(crate) fn is_collecting(&self) -> bool {
        self.gc_prev.get() & crate::object::PREV_MASK_COLLECTING != 0
    }

    pub(crate) fn set_collecting(&self) {
        self.gc_prev
            .set(self.gc_prev.get() | crate::object::PREV_MASK_COLLECTING);
    }

    pub(crate) fn clear_collecting(&self) {
        self.gc_prev
            .set(self.gc_prev.get() & !crate::object::PREV_MASK_COLLECTING);
    }
}

/// Number of generations (CPython's `NUM_GENERATIONS`).
pub const NUM_GENERATIONS: usize = 3;

/// The per-runtime GC state (CPython's `struct _gc_runtime_state`, the parts the object core
/// maintains): the generation lists, the permanent generation, and generation 0's count.
pub(crate) struct GcState {
    pub(crate) generations: [GcList; NUM_GENERATIONS],
    #[allow(dead_code)] // gc.freeze() uses it
    pub(crate) permanent: GcList,
    /// `generations[0].count`: +1 per fresh GC allocation, −1 per GC free (floored at 0).
    pub(crate) count0: Cell<usize>,
}

impl GcState {
    pub(crate) const fn new_uninit() -> GcState {
        GcState {
            generations: [
                GcList::new_uninit(),
                GcList::new_uninit(),
                GcList::new_uninit(),
            ],
            permanent: GcList::new_uninit(),
            count0: Cell::new(0),
        }
    }

    pub(crate) fn init(&self) {
        for g in &self.generations {
            g.init();
        }
        self.permanent.init();
    }
}

fn gc_head_of(obj: &ObjRef) -> Option<&GcHead> {
    if !obj.type_object().has_gc() {
        return None;
    }
    // SAFETY: the type has HAVE_GC, so the object was allocated with a GC head, and the
    // handle keeps it alive for the borrow.
    Some(unsafe { gc_head(obj.as_ptr().0) })
}

/// Unlinks an object of a GC type if tracked (`PyObject_GC_UnTrack`).
///
/// # Safety
/// `obj` is an object of a GC type that is alive or being released.
pub(crate) unsafe fn untrack_raw(obj: NonNull<ObjHeader>) {
    // SAFETY: per the caller.
    let gc = unsafe { gc_head(obj) };
    if gc.gc_next.get() != 0 {
        // SAFETY: tracked means linked.
        unsafe { GcList::remove(gc) };
        gc.gc_prev.set(gc.gc_prev.get() & PREV_MASK_FINALIZED);
    }
}

impl ObjRef {
    /// `gc.is_tracked(obj)`.
    pub fn gc_is_tracked(&self) -> bool {
        gc_head_of(self).is_some_and(|gc| gc.gc_next.get() != 0)
    }

    /// `gc.is_finalized(obj)`: the finalizer has run (PEP 442).
    pub fn gc_is_finalized(&self) -> bool {
        gc_head_of(self).is_some_and(|gc| gc.gc_prev.get() & PREV_MASK_FINALIZED != 0)
    }

    pub(crate) fn gc_set_finalized(&self) {
        if let Some(gc) = gc_head_of(self) {
            gc.gc_prev.set(gc.gc_prev.get() | PREV_MASK_FINALIZED);
        }
    }

    /// `PyObject_GC_Track`: append to the tail of generation 0. No effect on non-GC objects
    /// or objects already tracked.
    pub fn gc_track(&self) {
        let Some(gc) = gc_head_of(self) else { return };
        if gc.gc_next.get() != 0 {
            return;
        }
        // SAFETY: gc belongs to a live object and is in no list.
        with_state(|st| unsafe { st.gc.generations[0].append(gc) });
    }

    /// `PyObject_GC_UnTrack`.
    pub fn gc_untrack(&self) {
        if self.type_object().has_gc() {
            // SAFETY: a live object of a GC type.
            unsafe { untrack_raw(self.as_ptr().0) }
        }
    }

    /// `_PyObject_GC_MAY_BE_TRACKED`: a GC object that is not a tuple, or a tracked tuple.
    /// Dicts use it to decide when to start being tracked.
    pub fn gc_may_be_tracked(&self) -> bool {
        if !self.type_object().has_gc() {
            return false;
        }
        if self.has_payload::<crate::types::tuple::TuplePayload>() {
            return self.gc_is_tracked();
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heads(n: usize) -> Vec<GcHead> {
        (0..n)
            .map(|_| GcHead {
                gc_next: Cell::new(0),
                gc_prev: Cell::new(0),
            })
            .collect()
    }

    fn order(list: &GcList, hs: &[GcHead]) -> Vec<usize> {
        let mut out = vec![];
        let head = list.head_ptr();
        // SAFETY: walking a well-formed list of live heads.
        let mut gc = unsafe { next_of(head) };
        while gc != head {
            out.push(hs.iter().position(|h| std::ptr::eq(h, gc)).unwrap());
            // SAFETY: as above.
            gc = unsafe { next_of(gc) };
        }
        out
    }

    #[test]
    fn gc_refs_pack_above_the_flags() {
        let h = &heads(1)[0];
        h.gc_prev.set(PREV_MASK_FINALIZED);
        h.reset_refs(5);
        h.set_collecting();
        h.decref_refs();
        assert_eq!(h.get_refs(), 4);
        assert!(h.is_collecting());
        assert_eq!(h.gc_prev.get() & PREV_MASK_FINALIZED, 1);
        h.clear_collecting();
        assert!(!h.is_collecting());
        assert_eq!(h.get_refs(), 4);
    }

    #[test]
    fn append_remove_move_merge_keep_order_and_flags() {
        let a = Box::new(GcList::new_uninit());
        let b = Box::new(GcList::new_uninit());
        a.init();
        b.init();
        let hs = heads(5);
        hs[1].gc_prev.set(PREV_MASK_FINALIZED);
        for h in &hs[..3] {
            // SAFETY: fresh, unlinked heads that outlive the lists' use.
            unsafe { a.append(h) };
        }
        for h in &hs[3..] {
            // SAFETY: as above.
            unsafe { b.append(h) };
        }
        assert_eq!(order(&a, &hs), vec![0, 1, 2]);
        assert_eq!(hs[1].gc_prev.get() & PREV_MASK_FINALIZED, 1, "flag kept");
        // SAFETY: hs[1] is linked in a.
        unsafe { GcList::remove(&hs[1]) };
        assert_eq!(hs[1].gc_next.get(), 0);
        assert_eq!(order(&a, &hs), vec![0, 2]);
        // SAFETY: hs[0] is linked in a.
        unsafe { b.move_to_tail(&hs[0]) };
        assert_eq!(order(&a, &hs), vec![2]);
        assert_eq!(order(&b, &hs), vec![3, 4, 0]);
        b.merge_into(&a);
        assert!(b.is_empty());
        assert_eq!(order(&a, &hs), vec![2, 3, 4, 0]);
        assert_eq!(a.len(), 4);
        // Walk backwards too: the prev links must be consistent.
        let mut back = vec![];
        // SAFETY: walking a well-formed list of live heads.
        let mut gc = unsafe { prev_of(a.head_ptr()) };
        while gc != a.head_ptr() {
            back.push(hs.iter().position(|h| std::ptr::eq(h, gc)).unwrap());
            // SAFETY: as above.
            gc = unsafe { prev_of(gc) };
        }
        assert_eq!(back, vec![0, 4, 3, 2]);
    }
}
