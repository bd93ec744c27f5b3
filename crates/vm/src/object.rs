//! The object header, the GC pre-header, and the two ways Rust code holds an object: the
//! owning handle [`ObjRef`] (clone = incref, drop = decref) and the raw, non-owning [`ObjPtr`]
//! the collector and the tables use. Also the payload traits that say what a type stores after
//! the header, and the checked downcasts to them. The layout rules are explained in `lib.rs`.

use std::any::TypeId;
use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;
use std::mem::offset_of;
use std::ptr::NonNull;

use crate::typeobj::TypeObject;

/// CPython's `PyObject`: every object starts with these 16 bytes, and an object's address (its
/// `id()`) is the address of this header, even when a GC pre-header sits in front of it.
#[repr(C)]
pub struct ObjHeader {
    /// `ob_refcnt`. Plain `Cell`: one interpreter per thread, so no atomics.
    pub(crate) refcnt: Cell<isize>,
    /// `ob_type`: the type object. Builtin types are not refcounted by their instances (they
    /// live as long as the runtime); heap types (`HEAPTYPE`) are, as in CPython.
    pub(crate) ob_type: NonNull<ObjHeader>,
}

/// CPython 3.11's `PyGC_Head`, the 16 bytes in front of every object whose type has
/// `HAVE_GC`. `gc_next == 0` means "not tracked". The low two bits of `gc_prev` are flags
/// ([`PREV_MASK_FINALIZED`], [`PREV_MASK_COLLECTING`]); during a collection the bits above
/// them hold `gc_refs` and bit 0 of `gc_next` marks "tentatively unreachable".
#[repr(C)]
pub struct GcHead {
    pub(crate) gc_next: Cell<usize>,
    pub(crate) gc_prev: Cell<usize>,
}

/// Size of [`GcHead`]; also the size of the managed-dict pre-header (two pointers).
pub const GC_HEAD_SIZE: usize = 16;
/// Size of [`ObjHeader`].
pub const HEADER_SIZE: usize = 16;
/// `_PyGC_PREV_MASK_FINALIZED`: the finalizer has run (PEP 442); never cleared.
pub(crate) const PREV_MASK_FINALIZED: usize = 1;
/// `_PyGC_PREV_MASK_COLLECTING`: the object is in the generation being collected.
#[allow(dead_code)] // used by the collector (a later issue)
pub(crate) const PREV_MASK_COLLECTING: usize = 2;
/// Both flag bits; `gc_refs` lives above them during a collection (`_PyGC_PREV_SHIFT` = 2).
pub(crate) const PREV_MASK_FLAGS: usize = 3;
/// `_PyGC_PREV_SHIFT`.
#[allow(dead_code)] // used by the collector (a later issue)
pub(crate) const PREV_SHIFT: usize = 2;
/// `NEXT_MASK_UNREACHABLE`: bit 0 of `gc_next` during `move_unreachable`.
#[allow(dead_code)] // used by the collector (a later issue)
pub(crate) const NEXT_MASK_UNREACHABLE: usize = 1;

/// A fixed-size object as laid out in memory (after any pre-header).
#[repr(C)]
pub(crate) struct Object<P> {
    header: ObjHeader,
    payload: P,
}

/// A variable-size object: a fixed payload, then `item_count()` items inline (CPython's
/// `PyVarObject` with `ob_item[]` or a compact string's characters).
#[repr(C)]
pub(crate) struct VarObject<P, T> {
    header: ObjHeader,
    payload: P,
    items: [T; 0],
}

/// What a type stores after the header. Implement it for a Rust struct and build the type
/// with [`TypeSpec::fixed`](crate::TypeSpec::fixed). Mutable state inside a payload must use
/// interior mutability (`Cell`, [`ObjVec`](crate::ObjVec)), since every handle shares it.
/// A payload's `Drop` releases its children in the order CPython's `tp_dealloc` does.
pub trait Payload: Sized + 'static {
    /// Whether dropping this value would do nothing (an int holding a machine word, not a
    /// big int), so the release path can free a dead instance's block at once.
    fn drop_is_noop(&self) -> bool {
        !std::mem::needs_drop::<Self>()
    }
}

/// A payload followed inline by `item_count()` items that never change after construction
/// (tuple items, string bytes). Built with [`TypeSpec::var`](crate::TypeSpec::var); items
/// are released LAST TO FIRST (CPython's tuple order), after [`before_release`] and before
/// the payload itself is dropped.
///
/// [`before_release`]: VarPayload::before_release
pub trait VarPayload: Payload {
    /// The inline item type.
    type Item: 'static;
    /// Number of inline items; fixed for the object's life.
    fn item_count(&self) -> usize;
    /// Runs when the object is released, before its items are; e.g. a string removes
    /// itself from the interning table here.
    fn before_release(&mut self, _items: &[Self::Item]) {}
}

pub(crate) const fn payload_offset<P>() -> usize {
    offset_of!(Object<P>, payload)
}

pub(crate) const fn var_payload_offset<P: VarPayload>() -> usize {
    offset_of!(VarObject<P, P::Item>, payload)
}

pub(crate) const fn var_items_offset<P: VarPayload>() -> usize {
    offset_of!(VarObject<P, P::Item>, items)
}

/// An owning reference to an object: `Clone` increments the refcount, `Drop` decrements it
/// and releases the object at zero. Borrow `&ObjRef` to use an object without refcount
/// traffic. Not `Send`/`Sync`: an object belongs to the runtime of the thread that made it,
/// and every handle must be dropped before that runtime is (see `runtime.rs`).
#[repr(transparent)]
pub struct ObjRef {
    ptr: NonNull<ObjHeader>,
    _not_send: PhantomData<*const ObjHeader>,
}

/// A raw, non-owning object pointer: what the generation lists, the interning table and a
/// `tp_traverse` visitor see. Copy, comparable, hashable; dereferencing needs `unsafe`.
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ObjPtr(pub(crate) NonNull<ObjHeader>);

impl ObjPtr {
    /// The object's address: what `id()` returns.
    pub fn addr(self) -> usize {
        self.0.as_ptr() as usize
    }

    /// Borrows the object as a handle without touching its refcount.
    ///
    /// # Safety
    /// The object must stay alive for the returned lifetime.
    pub unsafe fn as_objref(&self) -> &ObjRef {
        // SAFETY: ObjPtr and ObjRef are both repr(transparent) over NonNull<ObjHeader>, so
        // the cast keeps size, alignment and validity; liveness is the caller's promise.
        unsafe { &*(self as *const ObjPtr as *const ObjRef) }
    }

    /// The type object behind a pointer of a type's base/MRO chain (`TypeObject::base`,
    /// `mro_tail`), or `None` if it is not a type.
    pub(crate) fn as_chain_type(&self) -> Option<&TypeObject> {
        // SAFETY: the types of a type's base chain outlive it (builtin types live until
        // teardown, which releases subclasses first; classes will own their bases), and
        // the pointer is borrowed from that type's own table for the returned lifetime.
        unsafe { self.as_objref() }.as_type()
    }

    /// A new reference to a type of a type's base/MRO chain (`type.__mro__`), or `None` if
    /// it is not a type.
    pub(crate) fn chain_type_ref(&self) -> Option<ObjRef> {
        // SAFETY: as in `as_chain_type`: the chain's types outlive the type whose table the
        // pointer is borrowed from, and the handle is cloned (incref) before that ends.
        let r = unsafe { self.as_objref() };
        r.as_type().is_some().then(|| r.clone())
    }

    /// Takes a new reference (incref).
    ///
    /// # Safety
    /// The object must be alive.
    pub unsafe fn to_objref(self) -> ObjRef {
        // SAFETY: the caller guarantees the object is alive.
        unsafe { self.as_objref() }.clone()
    }
}

impl fmt::Debug for ObjPtr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObjPtr({:#x})", self.addr())
    }
}

#[cfg(debug_assertions)]
const POISONED_TYPE: usize = 0xDDDD_DDDD_DDDD_DDDD;
/// Written over `ob_type` of a freed object in debug builds (our own mark, so the check
/// does not depend on what the allocator writes into freed blocks).
#[cfg(debug_assertions)]
pub(crate) const FREED_TYPE_MARK: usize = 0xDEAD_0BEC_DEAD_0BE0;

impl ObjRef {
    /// Adopts a reference the caller owns (no incref).
    ///
    /// # Safety
    /// `ptr` is a live object and the caller transfers one counted reference to the handle.
    pub(crate) unsafe fn from_raw(ptr: NonNull<ObjHeader>) -> ObjRef {
        ObjRef {
            ptr,
            _not_send: PhantomData,
        }
    }

    #[inline(always)]
    pub(crate) fn header(&self) -> &ObjHeader {
        // SAFETY: a handle holds a counted reference, so the object is alive and its header
        // initialised for at least as long as the handle is borrowed.
        unsafe { self.ptr.as_ref() }
    }

    /// The raw pointer, for identity, tables and visitors.
    #[inline]
    pub fn as_ptr(&self) -> ObjPtr {
        ObjPtr(self.ptr)
    }

    /// The address of the header: what `id()` returns.
    #[inline]
    pub fn id(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Identity (`is`).
    #[inline]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.ptr == other.ptr
    }

    /// The current reference count (`sys.getrefcount` minus its argument's reference).
    #[inline]
    pub fn refcount(&self) -> isize {
        self.header().refcnt.get()
    }

    /// The object's type object, borrowed.
    #[inline]
    pub fn type_ref(&self) -> &ObjRef {
        let field: &NonNull<ObjHeader> = &self.header().ob_type;
        // SAFETY: ObjRef is repr(transparent) over NonNull<ObjHeader>; the type object
        // outlives its instances (heap types by the reference each instance holds, builtin
        // types by living until teardown), and ob_type is never written while borrowed.
        unsafe { &*(field as *const NonNull<ObjHeader> as *const ObjRef) }
    }

    /// The object's type's description and slots.
    #[inline]
    pub fn type_object(&self) -> &TypeObject {
        // SAFETY: every ob_type points at a live object of the `type` type, whose payload
        // is a TypeObject (runtime.rs creates type objects only through TypeSpec::fixed::<TypeObject>).
        unsafe { &*type_object_ptr(self.ptr) }
    }

    /// If this object is a type object, its description.
    #[inline]
    pub fn as_type(&self) -> Option<&TypeObject> {
        self.downcast::<TypeObject>()
    }

    /// Whether the object's payload is a `P` (its type was built from `P`'s spec; subclasses
    /// with the same layout answer yes too, as `PyList_Check` does).
    #[inline]
    pub fn has_payload<P: Payload>(&self) -> bool {
        self.type_object().payload_id() == TypeId::of::<P>()
    }

    /// The payload as a `P`, checked through the type pointer.
    #[inline]
    pub fn downcast<P: Payload>(&self) -> Option<&P> {
        if !self.has_payload::<P>() {
            return None;
        }
        // SAFETY: the type says the payload is a P (alloc checks this), initialised at
        // construction and alive while the handle is borrowed.
        Some(unsafe { &*payload_ptr::<P>(self.ptr) })
    }

    /// The payload and the inline items of a variable-size object, checked.
    #[inline]
    pub fn downcast_var<P: VarPayload>(&self) -> Option<(&P, &[P::Item])> {
        let ty = self.type_object();
        if ty.payload_id() != TypeId::of::<P>() || !ty.is_var() {
            return None;
        }
        // SAFETY: the type says this is a VarObject<P, P::Item> whose item_count() items
        // were all initialised at construction and are never mutated afterwards.
        unsafe {
            let p = &*var_payload_ptr::<P>(self.ptr);
            let items = std::slice::from_raw_parts(var_items_ptr::<P>(self.ptr), p.item_count());
            Some((p, items))
        }
    }

    /// Increments the count (what `clone` does).
    #[inline(always)]
    fn incref(&self) {
        let h = self.header();
        #[cfg(debug_assertions)]
        check_alive(h, "incref");
        h.refcnt.set(h.refcnt.get() + 1);
    }
}

#[cfg(debug_assertions)]
#[cold]
#[inline(never)]
fn report_dead(h: &ObjHeader, what: &str) -> ! {
    panic!(
        "{what} of a freed or corrupt object at {:p} (refcount {}, type field {:#x})",
        h,
        h.refcnt.get(),
        h.ob_type.as_ptr() as usize
    )
}

#[cfg(debug_assertions)]
#[inline(always)]
fn check_alive(h: &ObjHeader, what: &str) {
    let t = h.ob_type.as_ptr() as usize;
    if h.refcnt.get() <= 0 || t == FREED_TYPE_MARK || t == POISONED_TYPE {
        report_dead(h, what)
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        self.incref();
        ObjRef {
            ptr: self.ptr,
            _not_send: PhantomData,
        }
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        let h = self.header();
        #[cfg(debug_assertions)]
        check_alive(h, "decref (refcount underflow?)");
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            // SAFETY: the count just reached zero, so no other handle exists and the object
            // may be released; this handle is not used again.
            unsafe { crate::release::dealloc(self.ptr) }
        }
    }
}

impl PartialEq for ObjRef {
    /// Identity, not Python equality (that needs `__eq__`, which can run code).
    fn eq(&self, other: &ObjRef) -> bool {
        self.is(other)
    }
}
impl Eq for ObjRef {}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<{} object at {:#x}, refcount {}>",
            self.type_object().name(),
            self.id(),
            self.refcount()
        )
    }
}

// ---- raw accessors (the rest of the crate goes through the safe methods above) ----------

/// # Safety
/// `obj` is a live object (or one being released whose type is still alive).
#[inline(always)]
pub(crate) unsafe fn type_object_ptr(obj: NonNull<ObjHeader>) -> *const TypeObject {
    // SAFETY: per the caller, obj's header is readable; its type is an Object<TypeObject>.
    unsafe { payload_ptr::<TypeObject>((*obj.as_ptr()).ob_type) }
}

/// # Safety
/// `obj` is an object whose type's payload is `P` (fixed layout); the pointer is valid while
/// the object lives.
#[inline(always)]
pub(crate) unsafe fn payload_ptr<P>(obj: NonNull<ObjHeader>) -> *mut P {
    // SAFETY: an Object<P> is at obj; the offset stays inside its block.
    unsafe {
        obj.as_ptr()
            .cast::<u8>()
            .add(payload_offset::<P>())
            .cast::<P>()
    }
}

/// # Safety
/// As [`payload_ptr`], for a variable-size object of payload `P`.
#[inline(always)]
pub(crate) unsafe fn var_payload_ptr<P: VarPayload>(obj: NonNull<ObjHeader>) -> *mut P {
    // SAFETY: a VarObject<P, P::Item> is at obj; the offset stays inside its block.
    unsafe {
        obj.as_ptr()
            .cast::<u8>()
            .add(var_payload_offset::<P>())
            .cast::<P>()
    }
}

/// # Safety
/// As [`var_payload_ptr`].
#[inline(always)]
pub(crate) unsafe fn var_items_ptr<P: VarPayload>(obj: NonNull<ObjHeader>) -> *mut P::Item {
    // SAFETY: the items follow the payload inside the same block (alloc sized it so).
    unsafe {
        obj.as_ptr()
            .cast::<u8>()
            .add(var_items_offset::<P>())
            .cast::<P::Item>()
    }
}

/// The GC pre-header of an object whose type has `HAVE_GC`.
///
/// # Safety
/// `obj` is a live object of a GC type (so 16 bytes in front of it belong to its block).
#[inline(always)]
pub(crate) unsafe fn gc_head<'a>(obj: NonNull<ObjHeader>) -> &'a GcHead {
    // SAFETY: per the caller, the GcHead precedes the header in the same block.
    unsafe { &*obj.as_ptr().cast::<u8>().sub(GC_HEAD_SIZE).cast::<GcHead>() }
}

/// The object owning a GC head (inverse of [`gc_head`]).
///
/// # Safety
/// `gc` is the GC head of an object.
#[inline(always)]
pub(crate) unsafe fn gc_to_obj(gc: *const GcHead) -> NonNull<ObjHeader> {
    // SAFETY: the header follows the GC head in the same block; non-null since gc is.
    unsafe { NonNull::new_unchecked(gc.cast::<u8>().add(GC_HEAD_SIZE).cast_mut().cast()) }
}

/// Release slot for a fixed payload: drop it in place (its `Drop` releases the children).
///
/// # Safety
/// `obj` has refcount zero, its payload is an initialised `P`, and it is never used again.
pub(crate) unsafe fn release_fixed<P: Payload>(obj: NonNull<ObjHeader>) {
    // SAFETY: per the caller, the payload is a live P that nothing else references.
    unsafe { std::ptr::drop_in_place(payload_ptr::<P>(obj)) }
}

/// [`Payload::drop_is_noop`] of a dead fixed object, for the release path.
///
/// # Safety
/// `obj`'s payload is an initialised `P`.
pub(crate) unsafe fn raw_drop_is_noop<P: Payload>(obj: NonNull<ObjHeader>) -> bool {
    // SAFETY: per the caller.
    unsafe { (*payload_ptr::<P>(obj)).drop_is_noop() }
}

/// Release slot for a variable payload: `before_release`, the items last to first, then the
/// payload.
///
/// # Safety
/// As [`release_fixed`], for a `VarObject<P, P::Item>` with all items initialised.
pub(crate) unsafe fn release_var<P: VarPayload>(obj: NonNull<ObjHeader>) {
    // SAFETY: per the caller; items and payload are disjoint, each dropped exactly once.
    unsafe {
        let p = var_payload_ptr::<P>(obj);
        let items = var_items_ptr::<P>(obj);
        let n = (*p).item_count();
        (*p).before_release(std::slice::from_raw_parts(items, n));
        let mut i = n;
        while i > 0 {
            i -= 1;
            std::ptr::drop_in_place(items.add(i));
        }
        std::ptr::drop_in_place(p);
    }
}

/// Unchecked item count of a variable-size object (the release path reads it before the
/// payload is dropped, to pick the free list of that size).
///
/// # Safety
/// `obj` is a `VarObject<P, P::Item>` whose payload is still initialised.
pub(crate) unsafe fn raw_var_item_count<P: VarPayload>(obj: NonNull<ObjHeader>) -> usize {
    // SAFETY: per the caller.
    unsafe { (*var_payload_ptr::<P>(obj)).item_count() }
}

/// Item count slot of a variable type (for sizes).
pub(crate) fn var_item_count<P: VarPayload>(obj: &ObjRef) -> usize {
    obj.downcast_var::<P>().map_or(0, |(p, _)| p.item_count())
}

/// A builtin type known to lay its instances out with payload `P`, so that "is this exactly
/// that type, and its payload" is one pointer compare (CPython's `PyLong_CheckExact` &
/// co.) instead of the payload-id compare of [`ObjRef::downcast`]. The fast paths of the
/// eval loop use these (`Runtime::types().exact`).
pub(crate) struct ExactType<P> {
    ty: NonNull<ObjHeader>,
    _payload: PhantomData<fn() -> P>,
}

impl<P: Payload> ExactType<P> {
    /// `None` unless `ty` is a fixed-layout type whose payload is `P`.
    ///
    /// # Safety
    /// `ty` must outlive the returned value (the runtime keeps both until teardown).
    pub(crate) unsafe fn new(ty: &ObjRef) -> Option<ExactType<P>> {
        let t = ty.as_type()?;
        (t.payload_id() == TypeId::of::<P>() && !t.is_var()).then_some(ExactType {
            ty: ty.ptr,
            _payload: PhantomData,
        })
    }

    /// The payload of `obj` if its type is exactly this one (not a subclass).
    #[inline(always)]
    pub(crate) fn payload<'a>(&self, obj: &'a ObjRef) -> Option<&'a P> {
        if obj.header().ob_type != self.ty {
            return None;
        }
        // SAFETY: obj's type is `ty`, alive per `new`'s contract, and `new` checked that
        // its instances are `Object<P>`; the payload lives while `obj` is borrowed.
        Some(unsafe { &*payload_ptr::<P>(obj.ptr) })
    }

    /// Whether `obj`'s type is exactly this one.
    #[inline(always)]
    pub(crate) fn matches(&self, obj: &ObjRef) -> bool {
        obj.header().ob_type == self.ty
    }

    /// The type object: live, of fixed layout with payload `P` (checked by `new`), which
    /// is what lets `Runtime::alloc_exact` skip `alloc`'s checks.
    #[inline(always)]
    pub(crate) fn type_ptr(&self) -> NonNull<ObjHeader> {
        self.ty
    }
}
