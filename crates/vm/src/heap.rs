//! The per-runtime object heap: every object block and every auxiliary array (list items,
//! dict entries) comes from the runtime's `pymalloc::Heap` through here. It computes request
//! sizes (pre-header + basicsize + itemsize × n, as CPython's `_PyObject_GC_New(Var)`), lays
//! out new objects, frees their blocks, keeps the debug registry of live blocks behind the
//! leak report, and provides [`ObjVec`], the growable array of handles that lists and dicts
//! store in a separate heap block (CPython's `ob_item`, grown by `list_resize`'s rule).

use std::cell::{Cell, UnsafeCell};
use std::fmt;
use std::ptr::NonNull;

#[cfg(debug_assertions)]
use std::cell::RefCell;
#[cfg(debug_assertions)]
use std::collections::HashMap;

use crate::freelist::FreeList;
use crate::object::{
    payload_ptr, var_items_ptr, var_payload_ptr, ExactType, ObjHeader, ObjPtr, ObjRef, Payload,
    VarPayload,
};
use crate::runtime::{with_state, Runtime, State};
use crate::typeobj::{ReleasePlan, TypeFlags, TypeObject};

/// The allocator could not satisfy a request, or its size overflowed: the VM raises
/// `MemoryError` for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocError;

impl fmt::Display for AllocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("out of memory")
    }
}

impl std::error::Error for AllocError {}

/// Who owns a live block, for the debug leak report.
#[cfg(debug_assertions)]
#[derive(Clone, Copy)]
enum BlockOwner {
    /// An object; the value is the object's (header) address.
    Object(usize),
    /// An auxiliary array, labelled.
    Aux(&'static str),
}

/// The runtime's pymalloc heap plus bookkeeping.
pub(crate) struct ObjectHeap {
    heap: UnsafeCell<pymalloc::Heap>,
    #[cfg(debug_assertions)]
    registry: RefCell<HashMap<usize, BlockOwner>>,
}

/// Blocks still live, grouped by what owns them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LiveReport {
    /// `allocated_blocks()` of the heap.
    pub total_blocks: usize,
    /// (type name or array label, count), sorted by name. Empty in release builds, which
    /// keep no registry.
    pub by_kind: Vec<(String, usize)>,
}

impl fmt::Display for LiveReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} live blocks", self.total_blocks)?;
        for (k, n) in &self.by_kind {
            write!(f, "\n  {n:>8}  {k}")?;
        }
        Ok(())
    }
}

impl ObjectHeap {
    pub(crate) fn new() -> ObjectHeap {
        ObjectHeap {
            heap: UnsafeCell::new(pymalloc::Heap::new()),
            #[cfg(debug_assertions)]
            registry: RefCell::new(HashMap::new()),
        }
    }

    /// Runs `f` with exclusive access to the pymalloc heap. The allocator never calls back
    /// into the VM, so no second `&mut` can be created while `f` runs.
    #[inline(always)]
    fn with<R>(&self, f: impl FnOnce(&mut pymalloc::Heap) -> R) -> R {
        // SAFETY: the heap is only reached through this function, whose closures are the
        // leaf calls below (malloc/free/realloc/allocated_blocks), which do not re-enter.
        f(unsafe { &mut *self.heap.get() })
    }

    pub(crate) fn allocated_blocks(&self) -> usize {
        self.with(|h| h.allocated_blocks())
    }

    /// The pymalloc section of `sys._debugmallocstats()`.
    pub(crate) fn debug_stats(&self) -> String {
        self.with(|h| h.debug_stats())
    }

    #[cfg(debug_assertions)]
    fn register(&self, block: NonNull<u8>, owner: BlockOwner) {
        self.registry
            .borrow_mut()
            .insert(block.as_ptr() as usize, owner);
    }

    #[cfg(debug_assertions)]
    fn unregister(&self, block: NonNull<u8>) {
        if self
            .registry
            .borrow_mut()
            .remove(&(block.as_ptr() as usize))
            .is_none()
        {
            panic!(
                "free of a block this runtime does not own (double free?) at {:p}",
                block
            );
        }
    }

    fn malloc_aux(&self, size: usize, _label: &'static str) -> Result<NonNull<u8>, AllocError> {
        let p = self.with(|h| h.malloc(size)).ok_or(AllocError)?;
        #[cfg(debug_assertions)]
        self.register(p, BlockOwner::Aux(_label));
        Ok(p)
    }

    /// # Safety
    /// `p` is a live aux block of this heap.
    unsafe fn realloc_aux(
        &self,
        p: NonNull<u8>,
        size: usize,
        _label: &'static str,
    ) -> Result<NonNull<u8>, AllocError> {
        // SAFETY: per the caller.
        let q = self
            .with(|h| unsafe { h.realloc(p, size) })
            .ok_or(AllocError)?;
        #[cfg(debug_assertions)]
        {
            self.unregister(p);
            self.register(q, BlockOwner::Aux(_label));
        }
        Ok(q)
    }

    /// # Safety
    /// `p` is a live block of this heap, not used again.
    pub(crate) unsafe fn free_block(&self, p: NonNull<u8>) {
        #[cfg(debug_assertions)]
        self.unregister(p);
        // SAFETY: per the caller.
        self.with(|h| unsafe { h.free(p) })
    }

    /// Live blocks by owner (type names need the types alive, so call before teardown frees
    /// them).
    pub(crate) fn live_report(&self) -> LiveReport {
        #[cfg(not(debug_assertions))]
        let by_kind: Vec<(String, usize)> = Vec::new();
        #[cfg(debug_assertions)]
        let by_kind = {
            let mut counts: HashMap<String, usize> = HashMap::new();
            for owner in self.registry.borrow().values() {
                let name = match *owner {
                    BlockOwner::Object(addr) => {
                        // SAFETY: registered object blocks are live objects (non-null), and
                        // the types of live objects are alive.
                        unsafe {
                            let obj = ObjPtr(NonNull::new_unchecked(addr as *mut ObjHeader));
                            obj.as_objref().type_object().name().to_string()
                        }
                    }
                    BlockOwner::Aux(label) => format!("({label})"),
                };
                *counts.entry(name).or_default() += 1;
            }
            let mut by_kind: Vec<(String, usize)> = counts.into_iter().collect();
            by_kind.sort();
            by_kind
        };
        LiveReport {
            total_blocks: self.allocated_blocks(),
            by_kind,
        }
    }
}

/// The request size of an object of type `tyobj` with `n` inline items, or `AllocError` if
/// it overflows.
fn var_request_size(tyobj: &TypeObject, n: usize) -> Result<usize, AllocError> {
    tyobj
        .request_size(n)
        .filter(|size| *size <= isize::MAX as usize)
        .ok_or(AllocError)
}

/// Allocates and lays out the block of a new object of type `ty` of `size` bytes (its
/// request size): zeroed pre-header, refcount 1, `ob_type`. The payload is left for the
/// caller to write.
///
/// # Safety
/// `ty_ptr` is a live type object whose payload is `tyobj` (or, while bootstrapping `type`
/// itself, `None`: the object becomes its own type); `size` is the request size of the
/// object (at least the pre-header plus the header, at most `isize::MAX`).
unsafe fn alloc_block(
    st: &State,
    tyobj: &TypeObject,
    ty_ptr: Option<NonNull<ObjHeader>>,
    size: usize,
) -> Result<NonNull<ObjHeader>, AllocError> {
    let block = st.heap.with(|h| h.malloc(size)).ok_or(AllocError)?;
    let pre = tyobj.preheader_size();
    // SAFETY: the block has `size >= pre + 16` writable bytes, 16-aligned; the pre-header
    // is zeroed (untracked, no flags, no managed dict) and the header initialised.
    unsafe {
        if pre != 0 {
            std::ptr::write_bytes(block.as_ptr(), 0, pre);
        }
        let obj = NonNull::new_unchecked(block.as_ptr().add(pre).cast::<ObjHeader>());
        obj.as_ptr().write(ObjHeader {
            refcnt: Cell::new(1),
            ob_type: ty_ptr.unwrap_or(obj),
        });
        #[cfg(debug_assertions)]
        st.heap
            .register(block, BlockOwner::Object(obj.as_ptr() as usize));
        if tyobj.flags().contains(TypeFlags::HEAPTYPE) {
            if let Some(t) = ty_ptr {
                // An instance of a heap type holds a reference to its type.
                std::mem::forget(ObjPtr(t).to_objref());
            }
        }
        if tyobj.has_gc() {
            // gc_alloc's `generations[0].count++`; the automatic collection check will go
            // here (3.11 collects synchronously inside the allocation).
            st.gc.count0.set(st.gc.count0.get() + 1);
        }
        Ok(obj)
    }
}

/// Lays out a block popped from its type's free list as a new object: zeroed pre-header
/// (untracked), refcount 1, `ob_type`. As in CPython, a reused block is not counted again
/// by the collector's `count0` (its free-list push did not uncount it).
///
/// # Safety
/// `obj` was popped from a free list of `tyobj`, the payload of the live type `ty_ptr`
/// (a builtin type: its instances hold no reference to it).
#[inline(always)]
unsafe fn reuse_block(
    tyobj: &TypeObject,
    ty_ptr: NonNull<ObjHeader>,
    obj: NonNull<ObjHeader>,
) -> NonNull<ObjHeader> {
    let pre = tyobj.preheader_size();
    debug_assert!(pre % 8 == 0, "pre-headers are whole words");
    // SAFETY: the block spans the pre-header and the header of a dead instance of tyobj.
    unsafe {
        // Word stores rather than a `memset` call: the pre-header is a few words.
        let words = obj.as_ptr().cast::<usize>().sub(pre / 8);
        for i in 0..pre / 8 {
            words.add(i).write(0);
        }
        obj.as_ptr().write(ObjHeader {
            refcnt: Cell::new(1),
            ob_type: ty_ptr,
        });
    }
    obj
}

/// Gives every block on `ty`'s free lists back to the heap (CPython's `_PyFloat_Fini`,
/// `_PyTuple_ClearFreeList` & co.): at teardown, and for [`Runtime::clear_free_lists`].
pub(crate) fn drain_free_lists(st: &State, ty: &TypeObject) {
    let plan = ty.release_plan;
    for fl in std::iter::once(&ty.free_list).chain(ty.sized_free_lists.iter()) {
        // SAFETY: listed blocks are dead, unreachable instances of `ty` (released, count 0),
        // allocated from this heap.
        fl.drain(|b| unsafe { free_object_planned(st, b, &plan) });
    }
}

/// Returns an object's block to the heap (`PyObject_GC_Del` / `PyObject_Free`).
///
/// # Safety
/// `obj` has been released (payload dropped), nothing refers to it, `pre` is its type's
/// pre-header size, and `gc` whether the type has GC.
pub(crate) unsafe fn free_object(st: &State, obj: NonNull<ObjHeader>, pre: usize, gc: bool) {
    // SAFETY: per the caller.
    let block = unsafe { object_block_to_free(st, obj, pre, gc) };
    // SAFETY: the object's live block, not used again.
    unsafe { st.heap.free_block(block) }
}

/// [`free_object`] as its type's [`ReleasePlan`] says: a small fixed-size object's block is
/// freed without the allocator's radix-tree lookup (`Heap::free_small`).
///
/// # Safety
/// As [`free_object`]; `plan` is the object's type's.
#[inline(always)]
pub(crate) unsafe fn free_object_planned(st: &State, obj: NonNull<ObjHeader>, plan: &ReleasePlan) {
    // SAFETY: per the caller.
    let block = unsafe { object_block_to_free(st, obj, plan.pre(), plan.gc()) };
    if plan.small() {
        #[cfg(debug_assertions)]
        st.heap.unregister(block);
        // SAFETY: a live block of a fixed-size type of at most 512 bytes, not used again.
        st.heap.with(|h| unsafe { h.free_small(block) })
    } else {
        // SAFETY: the object's live block, not used again.
        unsafe { st.heap.free_block(block) }
    }
}

/// The block of a dead object, after the debug poisoning of its header and the GC count.
///
/// # Safety
/// As [`free_object`].
#[inline(always)]
unsafe fn object_block_to_free(
    st: &State,
    obj: NonNull<ObjHeader>,
    pre: usize,
    gc: bool,
) -> NonNull<u8> {
    // SAFETY: per the caller the object's block starts `pre` bytes before the header.
    unsafe {
        #[cfg(debug_assertions)]
        {
            // Our own poison, independent of what the allocator writes into free blocks.
            let h = obj.as_ptr();
            (*h).refcnt.set(0);
            std::ptr::addr_of_mut!((*h).ob_type).write(NonNull::new_unchecked(
                crate::object::FREED_TYPE_MARK as *mut ObjHeader,
            ));
        }
        if gc {
            let c = st.gc.count0.get();
            st.gc.count0.set(c.saturating_sub(1));
        }
        NonNull::new_unchecked(obj.as_ptr().cast::<u8>().sub(pre))
    }
}

fn expect_type(ty: &ObjRef) -> &TypeObject {
    match ty.downcast::<TypeObject>() {
        Some(t) => t,
        None => panic!("alloc: {ty:?} is not a type object"),
    }
}

impl Runtime {
    /// Allocates a fixed-size object of type `ty` holding `payload`. The new object is not
    /// tracked by the collector; containers call [`ObjRef::gc_track`] once they are valid.
    ///
    /// Panics if `ty`'s payload is not `P` (a bug in VM code).
    pub fn alloc<P: Payload>(&self, ty: &ObjRef, payload: P) -> Result<ObjRef, AllocError> {
        let tyobj = expect_type(ty);
        assert!(
            tyobj.payload_id() == std::any::TypeId::of::<P>() && !tyobj.is_var(),
            "alloc: type {} does not hold a fixed {}",
            tyobj.name(),
            std::any::type_name::<P>()
        );
        // SAFETY: ty is a live type object whose payload is tyobj, checked just above to
        // lay its instances out as Object<P>.
        unsafe { self.alloc_fixed(tyobj, ty.as_ptr().0, payload) }
    }

    /// [`Runtime::alloc`] for a type known statically (`new_float`, `new_int`): the
    /// `ExactType` was checked once at start-up, so nothing is checked per allocation.
    #[inline(always)]
    pub(crate) fn alloc_exact<P: Payload>(
        &self,
        ty: &ExactType<P>,
        payload: P,
    ) -> Result<ObjRef, AllocError> {
        let ty_ptr = ty.type_ptr();
        // SAFETY: an ExactType's type is a live type object (a builtin type, alive until
        // teardown) whose instances are Object<P> (checked by ExactType::new).
        unsafe {
            let tyobj = &*payload_ptr::<TypeObject>(ty_ptr);
            debug_assert!(tyobj.payload_id() == std::any::TypeId::of::<P>() && !tyobj.is_var());
            self.alloc_fixed(tyobj, ty_ptr, payload)
        }
    }

    /// The body of [`Runtime::alloc`]: the type's free list, else a new block.
    ///
    /// # Safety
    /// `ty_ptr` is a live type object whose payload is `tyobj`, of fixed layout with
    /// payload `P`.
    #[inline(always)]
    unsafe fn alloc_fixed<P: Payload>(
        &self,
        tyobj: &TypeObject,
        ty_ptr: NonNull<ObjHeader>,
        payload: P,
    ) -> Result<ObjRef, AllocError> {
        if let Some(obj) = tyobj.free_list.pop() {
            // SAFETY: a listed block is a dead instance of this very type (free_list.rs),
            // so it is sized for an Object<P>; a non-GC type has no pre-header to reset.
            unsafe {
                obj.as_ptr().write(ObjHeader {
                    refcnt: Cell::new(1),
                    ob_type: ty_ptr,
                });
                payload_ptr::<P>(obj).write(payload);
                return Ok(ObjRef::from_raw(obj));
            }
        }
        let st = self.state();
        // SAFETY: per the caller; a fixed-size request cannot overflow (the type's
        // basicsize and pre-header are a few hundred bytes at most).
        let obj = unsafe {
            alloc_block(
                st,
                tyobj,
                Some(ty_ptr),
                tyobj.basicsize() + tyobj.preheader_size(),
            )?
        };
        // SAFETY: the block has room for an Object<P> (its size counted basicsize).
        unsafe {
            payload_ptr::<P>(obj).write(payload);
            Ok(ObjRef::from_raw(obj))
        }
    }

    /// Allocates a variable-size object: `payload`, then exactly `payload.item_count()` items
    /// taken from `items`. Panics if the iterator yields a different number (a bug).
    pub fn alloc_var<P: VarPayload>(
        &self,
        ty: &ObjRef,
        payload: P,
        items: impl IntoIterator<Item = P::Item>,
    ) -> Result<ObjRef, AllocError> {
        let tyobj = expect_type(ty);
        assert!(
            tyobj.payload_id() == std::any::TypeId::of::<P>() && tyobj.is_var(),
            "alloc_var: type {} does not hold a variable {}",
            tyobj.name(),
            std::any::type_name::<P>()
        );
        let n = payload.item_count();
        let st = self.state();
        let obj = match tyobj.sized_free_list(n).and_then(FreeList::pop) {
            // SAFETY: a listed block is a dead instance of this very type with n items
            // (sized_free_list), so it has room for the payload and n items.
            Some(obj) => unsafe { reuse_block(tyobj, ty.as_ptr().0, obj) },
            None => {
                let size = var_request_size(tyobj, n)?;
                // SAFETY: ty is a live type object whose payload is tyobj; size is its
                // request.
                unsafe { alloc_block(st, tyobj, Some(ty.as_ptr().0), size)? }
            }
        };
        // SAFETY: the block has room for the payload and n items; on a short iterator the
        // written items are dropped and the block freed before anyone could see it.
        unsafe {
            let base = var_items_ptr::<P>(obj);
            let mut written = 0;
            for item in items.into_iter().take(n) {
                base.add(written).write(item);
                written += 1;
            }
            if written != n {
                for i in 0..written {
                    std::ptr::drop_in_place(base.add(i));
                }
                drop(payload);
                free_object(st, obj, tyobj.preheader_size(), tyobj.has_gc());
                panic!("alloc_var: iterator gave {written} items, payload says {n}");
            }
            var_payload_ptr::<P>(obj).write(payload);
            Ok(ObjRef::from_raw(obj))
        }
    }

    /// Allocates a variable-size object whose items are bytes, zero-filled and then written
    /// by `fill` (strings build their characters in place this way).
    pub fn alloc_var_bytes<P: VarPayload<Item = u8>>(
        &self,
        ty: &ObjRef,
        payload: P,
        fill: impl FnOnce(&mut [u8]),
    ) -> Result<ObjRef, AllocError> {
        let tyobj = expect_type(ty);
        assert!(
            tyobj.payload_id() == std::any::TypeId::of::<P>() && tyobj.is_var(),
            "alloc_var_bytes: type {} does not hold a variable {}",
            tyobj.name(),
            std::any::type_name::<P>()
        );
        let n = payload.item_count();
        let size = var_request_size(tyobj, n)?;
        let st = self.state();
        // SAFETY: ty is a live type object whose payload is tyobj; the block has room for
        // the payload and n bytes, which are zeroed before a slice is made over them.
        unsafe {
            let obj = alloc_block(st, tyobj, Some(ty.as_ptr().0), size)?;
            let base = var_items_ptr::<P>(obj);
            std::ptr::write_bytes(base, 0, n);
            fill(std::slice::from_raw_parts_mut(base, n));
            var_payload_ptr::<P>(obj).write(payload);
            Ok(ObjRef::from_raw(obj))
        }
    }

    /// Bootstraps the `type` type: an object of type `type` whose `ob_type` is itself.
    pub(crate) fn alloc_type_type(&self, payload: TypeObject) -> Result<ObjRef, AllocError> {
        let st = self.state();
        // SAFETY: with ty_ptr None the object becomes its own type; its payload (written
        // next, before anything reads ob_type's payload) is the TypeObject describing it.
        unsafe {
            let obj = alloc_block(st, &payload, None, var_request_size(&payload, 0)?)?;
            payload_ptr::<TypeObject>(obj).write(payload);
            Ok(ObjRef::from_raw(obj))
        }
    }

    /// Empties the builtin types' free lists, giving their blocks back to the allocator (what
    /// CPython's full collection does with `_PyTuple_ClearFreeList`, `_PyFloat_ClearFreeList`
    /// & co.); `allocated_blocks()` then counts only live objects.
    pub fn clear_free_lists(&self) {
        let st = self.state();
        for t in self.types().all() {
            if let Some(ty) = t.as_type() {
                drain_free_lists(st, ty);
            }
        }
    }

    /// The size of the allocator block holding `obj` (its size class), or `None` if the
    /// allocator passed the request to the system allocator (over 512 bytes).
    pub fn block_size(&self, obj: &ObjRef) -> Option<usize> {
        let pre = obj.type_object().preheader_size();
        // SAFETY: the handle keeps the object, hence its block (which starts `pre` bytes
        // before the header), alive.
        let block =
            unsafe { NonNull::new_unchecked(obj.as_ptr().0.as_ptr().cast::<u8>().sub(pre)) };
        // SAFETY: block is a live block of this runtime's heap.
        self.state().heap.with(|h| unsafe { h.block_size(block) })
    }

    /// Bytes this object asked the allocator for (pre-header + basicsize + itemsize × n);
    /// `sys.getsizeof` will build on it.
    pub fn request_size(&self, obj: &ObjRef) -> usize {
        let ty = obj.type_object();
        let n = ty.slots.item_count.map_or(0, |f| f(obj));
        ty.request_size(n).unwrap_or(usize::MAX)
    }
}

/// A growable array of handles in its own heap block: the item array of a list
/// (`ob_item`/`allocated`) and the entry array of the minimal dict. All methods take
/// `&self` and never hand out references into the storage (values come out as new handles
/// and replaced values are returned to the caller), so contents can be mutated through a
/// shared handle without aliasing trouble. Dropping releases the items LAST TO FIRST.
pub struct ObjVec {
    ptr: Cell<*mut ObjRef>,
    len: Cell<usize>,
    cap: Cell<usize>,
}

/// The debug report's name for ObjVec blocks.
const OBJVEC_LABEL: &str = "object array";

impl ObjVec {
    /// An empty array with no block (CPython's `ob_item == NULL`).
    pub const fn new() -> ObjVec {
        ObjVec {
            ptr: Cell::new(std::ptr::null_mut()),
            len: Cell::new(0),
            cap: Cell::new(0),
        }
    }

    /// An array holding exactly `items` (capacity = length, as `list(iterable)` of known
    /// size does).
    pub fn from_vec(items: Vec<ObjRef>) -> Result<ObjVec, AllocError> {
        let v = ObjVec::new();
        if !items.is_empty() {
            v.set_capacity(items.len())?;
            for (i, it) in items.into_iter().enumerate() {
                // SAFETY: capacity is items.len(), slot i is uninitialised.
                unsafe { v.ptr.get().add(i).write(it) };
                v.len.set(i + 1);
            }
        }
        Ok(v)
    }

    pub fn len(&self) -> usize {
        self.len.get()
    }

    pub fn is_empty(&self) -> bool {
        self.len.get() == 0
    }

    /// `allocated`.
    pub fn capacity(&self) -> usize {
        self.cap.get()
    }

    /// Reallocates the block to exactly `cap` slots (`cap >= len`).
    fn set_capacity(&self, cap: usize) -> Result<(), AllocError> {
        debug_assert!(cap >= self.len.get());
        if cap == self.cap.get() {
            return Ok(());
        }
        let bytes = cap
            .checked_mul(std::mem::size_of::<ObjRef>())
            .filter(|b| *b <= isize::MAX as usize)
            .ok_or(AllocError)?;
        let old = NonNull::new(self.ptr.get().cast::<u8>());
        let new = with_state(|st| match (old, cap) {
            (None, 0) => Ok(None),
            (Some(p), 0) => {
                // SAFETY: p is our live aux block; nothing in it is live (len == 0).
                unsafe { st.heap.free_block(p) };
                Ok(None)
            }
            (None, _) => st.heap.malloc_aux(bytes, OBJVEC_LABEL).map(Some),
            // SAFETY: p is our live aux block; realloc keeps the first len slots.
            (Some(p), _) => unsafe { st.heap.realloc_aux(p, bytes, OBJVEC_LABEL) }.map(Some),
        })?;
        self.ptr
            .set(new.map_or(std::ptr::null_mut(), |p| p.as_ptr().cast::<ObjRef>()));
        self.cap.set(cap);
        Ok(())
    }

    /// CPython's `list_resize`: over-allocate by about 1/8 when growing, shrink when less
    /// than half full, so `sys.getsizeof` of lists and `allocated` follow CPython's.
    #[inline]
    fn resize_for(&self, newsize: usize) -> Result<(), AllocError> {
        // Most appends and pops keep the block: no call then.
        let cap = self.resize_capacity(newsize);
        if cap == self.cap.get() {
            return Ok(());
        }
        self.set_capacity(cap)
    }

    /// The `allocated` that `list_resize(newsize)` picks, the current length being the old
    /// size (for callers that rebuild the array with [`ObjVec::replace_all_with_capacity`]).
    pub fn resize_capacity(&self, newsize: usize) -> usize {
        let allocated = self.cap.get();
        if allocated >= newsize && newsize >= (allocated >> 1) {
            return allocated;
        }
        if newsize == 0 {
            return 0;
        }
        let new_allocated = (newsize + (newsize >> 3) + 6) & !3;
        if newsize.saturating_sub(self.len.get()) > new_allocated - newsize {
            return (newsize + 3) & !3;
        }
        new_allocated
    }

    /// `list_resize(newsize)` ahead of appends (`newsize` below the length counts as the
    /// length).
    pub fn resize(&self, newsize: usize) -> Result<(), AllocError> {
        self.resize_for(newsize.max(self.len.get()))
    }

    /// `list_preallocate_exact`: an array with no block gets exactly `size` slots rounded up
    /// to even.
    pub fn preallocate_exact(&self, size: usize) -> Result<(), AllocError> {
        if self.ptr.get().is_null() && size > 0 {
            self.set_capacity((size + 1) & !1)?;
        }
        Ok(())
    }

    /// A new handle to item `i`.
    pub fn get(&self, i: usize) -> Option<ObjRef> {
        if i >= self.len.get() {
            return None;
        }
        // SAFETY: slot i < len is initialised; the clone only increfs (no re-entry).
        Some(unsafe { (*self.ptr.get().add(i)).clone() })
    }

    /// Replaces item `i`, returning the old value (drop it after any bookkeeping, as
    /// CPython's `Py_SETREF` does). `Err(v)` if out of range.
    pub fn replace(&self, i: usize, v: ObjRef) -> Result<ObjRef, ObjRef> {
        if i >= self.len.get() {
            return Err(v);
        }
        // SAFETY: slot i < len is initialised; swap keeps it so.
        Ok(unsafe { std::ptr::replace(self.ptr.get().add(i), v) })
    }

    /// `list.append`.
    pub fn push(&self, v: ObjRef) -> Result<(), AllocError> {
        let n = self.len.get();
        // `_PyList_AppendTakeRef`: a free slot is used as is (appending never shrinks).
        if n >= self.cap.get() {
            self.resize_for(n + 1)?;
        }
        // SAFETY: cap > n; slot n is uninitialised.
        unsafe { self.ptr.get().add(n).write(v) };
        self.len.set(n + 1);
        Ok(())
    }

    /// Inserts at `i` (clamped to the length), shifting the tail up.
    pub fn insert(&self, i: usize, v: ObjRef) -> Result<(), AllocError> {
        let n = self.len.get();
        let i = i.min(n);
        self.resize_for(n + 1)?;
        // SAFETY: cap > n; moving [i, n) up by one stays inside the block.
        unsafe {
            let p = self.ptr.get();
            std::ptr::copy(p.add(i), p.add(i + 1), n - i);
            p.add(i).write(v);
        }
        self.len.set(n + 1);
        Ok(())
    }

    /// Removes and returns item `i`, shifting the tail down.
    pub fn remove(&self, i: usize) -> Option<ObjRef> {
        let n = self.len.get();
        if i >= n {
            return None;
        }
        // SAFETY: slot i is initialised; after reading it, [i+1, n) moves down one.
        let v = unsafe {
            let p = self.ptr.get();
            let v = p.add(i).read();
            // The last item (`pop()`) leaves nothing to move: no `memmove` call.
            if i + 1 < n {
                std::ptr::copy(p.add(i + 1), p.add(i), n - i - 1);
            }
            v
        };
        self.len.set(n - 1);
        // Shrinking never fails in practice; if it did, the larger block is still valid.
        let _ = self.resize_for(n - 1);
        Some(v)
    }

    /// `list.pop()`.
    pub fn pop(&self) -> Option<ObjRef> {
        let n = self.len.get();
        if n == 0 {
            return None;
        }
        self.remove(n - 1)
    }

    /// New handles to all items, in order.
    pub fn to_vec(&self) -> Vec<ObjRef> {
        (0..self.len.get()).filter_map(|i| self.get(i)).collect()
    }

    /// Detaches the storage: the array is empty from now on; the caller owns the `n`
    /// initialised slots at the returned pointer and must free the block.
    fn detach(&self) -> (*mut ObjRef, usize) {
        let p = self.ptr.replace(std::ptr::null_mut());
        let n = self.len.replace(0);
        self.cap.set(0);
        (p, n)
    }

    fn free_detached(&self, p: *mut ObjRef) {
        if let Some(block) = NonNull::new(p.cast::<u8>()) {
            // SAFETY: p was this array's live aux block, detached, its items moved out.
            with_state(|st| unsafe { st.heap.free_block(block) });
        }
    }

    /// Replaces the whole content with `items` (capacity = length, as after CPython's slice
    /// assignment of a known size) and returns the old items for the caller to drop after
    /// the array is consistent again. On allocation failure nothing changes.
    pub fn replace_all(&self, items: Vec<ObjRef>) -> Result<Vec<ObjRef>, AllocError> {
        self.replace_all_with_capacity(items, 0)
    }

    /// [`ObjVec::replace_all`] with at least `cap` slots (`list.sort` puts back the array
    /// it detached, capacity included).
    pub fn replace_all_with_capacity(
        &self,
        items: Vec<ObjRef>,
        cap: usize,
    ) -> Result<Vec<ObjRef>, AllocError> {
        let fresh = ObjVec::from_vec(items)?;
        if cap > fresh.len() {
            fresh.set_capacity(cap)?;
        }
        let old = self.take_all();
        let cap = fresh.cap.get();
        let (p, n) = fresh.detach();
        self.ptr.set(p);
        self.len.set(n);
        self.cap.set(cap);
        Ok(old)
    }

    /// `list_extend` from a list or tuple: room for all of `items` in one step
    /// (`list_preallocate_exact`, rounded up to even, when there is no block yet; else
    /// `list_resize(len + n)`), then the items moved in.
    pub fn extend(&self, items: Vec<ObjRef>) -> Result<(), AllocError> {
        let n = self.len.get();
        let total = n + items.len();
        if items.is_empty() {
            return Ok(());
        }
        if self.ptr.get().is_null() {
            self.preallocate_exact(total)?;
        } else {
            self.resize_for(total)?;
        }
        for (i, it) in items.into_iter().enumerate() {
            // SAFETY: capacity >= total, slot n + i is uninitialised.
            unsafe { self.ptr.get().add(n + i).write(it) };
            self.len.set(n + i + 1);
        }
        Ok(())
    }

    /// Detaches the storage (the array looks empty from now on) and returns the items.
    pub fn take_all(&self) -> Vec<ObjRef> {
        let (p, n) = self.detach();
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            // SAFETY: slots [0, n) are initialised and detached: each is moved out once.
            out.push(unsafe { p.add(i).read() });
        }
        self.free_detached(p);
        out
    }

    /// CPython's `_list_clear`: detach the array first, then release the items LAST TO
    /// FIRST, then free the array.
    pub fn clear_last_to_first(&self) {
        let (p, n) = self.detach();
        let mut i = n;
        while i > 0 {
            i -= 1;
            // SAFETY: slots [0, n) are initialised and detached: each is dropped once.
            unsafe { std::ptr::drop_in_place(p.add(i)) };
        }
        self.free_detached(p);
    }

    /// Detach, then release the items FIRST TO LAST (dict order).
    pub fn clear_first_to_last(&self) {
        let (p, n) = self.detach();
        for i in 0..n {
            // SAFETY: slots [0, n) are initialised and detached: each is dropped once.
            unsafe { std::ptr::drop_in_place(p.add(i)) };
        }
        self.free_detached(p);
    }

    /// Calls `visit` with each item, last to first (list `tp_traverse` order). The length is
    /// re-read at each step, so a visitor that changes the array cannot cause a bad read.
    pub fn for_each_ptr_rev(&self, visit: &mut dyn FnMut(ObjPtr)) {
        let mut i = self.len.get();
        while i > 0 {
            i -= 1;
            if i < self.len.get() {
                // SAFETY: i < len, so the slot is initialised; only the pointer is copied.
                visit(unsafe { (*self.ptr.get().add(i)).as_ptr() });
            }
        }
    }

    /// Calls `visit` with each item, first to last.
    pub fn for_each_ptr(&self, visit: &mut dyn FnMut(ObjPtr)) {
        let mut i = 0;
        while i < self.len.get() {
            // SAFETY: i < len, so the slot is initialised; only the pointer is copied.
            visit(unsafe { (*self.ptr.get().add(i)).as_ptr() });
            i += 1;
        }
    }
}

impl Drop for ObjVec {
    fn drop(&mut self) {
        self.clear_last_to_first();
    }
}

impl Default for ObjVec {
    fn default() -> ObjVec {
        ObjVec::new()
    }
}

impl fmt::Debug for ObjVec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObjVec(len {}, cap {})", self.len(), self.capacity())
    }
}
