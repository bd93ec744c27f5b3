//! Type objects: what every `ob_type` points at. A [`TypeObject`] is the payload of an object
//! of the `type` type, allocated on the heap like any other object; it records the layout
//! (basicsize, itemsize, pre-header), the flags, and the per-type slots (`release`,
//! `tp_traverse`, `tp_clear`) through which the core dispatches without string lookups.
//! [`TypeSpec`] is how Rust code describes a native type before the runtime builds it.

use std::any::TypeId;
use std::borrow::Cow;
use std::fmt;
use std::ops::BitOr;
use std::ptr::NonNull;

use crate::object::{self, ObjHeader, ObjPtr, ObjRef, Payload, VarPayload, GC_HEAD_SIZE};
use crate::protocol::ProtocolSlots;

/// `tp_flags`. The bit values are CPython 3.11's where CPython has the flag.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct TypeFlags(u64);

impl TypeFlags {
    pub const NONE: TypeFlags = TypeFlags(0);
    /// Our own bit: the type has a finalizer (CPython: `tp_finalize != NULL`). An instance
    /// whose count reaches zero goes to the finalizer queue first. Requires `HAVE_GC` (the
    /// FINALIZED bit lives in the GC head).
    pub const HAS_FINALIZE: TypeFlags = TypeFlags(1 << 0);
    /// `Py_TPFLAGS_MANAGED_DICT` (3.11): 16 more bytes of pre-header (dict and values
    /// pointers) in front of the GC head. Reserved for instances of classes.
    pub const MANAGED_DICT: TypeFlags = TypeFlags(1 << 4);
    /// `Py_TPFLAGS_HEAPTYPE`: a class made at run time; its instances hold a reference.
    pub const HEAPTYPE: TypeFlags = TypeFlags(1 << 9);
    /// `Py_TPFLAGS_BASETYPE`: may be subclassed.
    pub const BASETYPE: TypeFlags = TypeFlags(1 << 10);
    /// `Py_TPFLAGS_HAVE_GC`: instances carry the 16-byte GC head and may be tracked.
    pub const HAVE_GC: TypeFlags = TypeFlags(1 << 14);

    pub const fn contains(self, other: TypeFlags) -> bool {
        self.0 & other.0 == other.0
    }

    pub const fn bits(self) -> u64 {
        self.0
    }
}

impl BitOr for TypeFlags {
    type Output = TypeFlags;
    fn bitor(self, rhs: TypeFlags) -> TypeFlags {
        TypeFlags(self.0 | rhs.0)
    }
}

impl fmt::Debug for TypeFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TypeFlags({:#x})", self.0)
    }
}

/// `tp_traverse`: call the visitor once per reference the object holds, in CPython's order
/// for the type. The visitor gets raw pointers, so it cannot disturb the object.
pub type TraverseFn = fn(&ObjRef, &mut dyn FnMut(ObjPtr));
/// `tp_clear`: drop the references the object holds (the collector breaks cycles with it).
pub type ClearFn = fn(&ObjRef);
/// Drops the payload in place (children in the type's order). Set by `TypeSpec::fixed/var`.
pub(crate) type ReleaseFn = unsafe fn(NonNull<ObjHeader>);
/// Inline item count of a variable-size object.
pub(crate) type ItemCountFn = fn(&ObjRef) -> usize;
/// The same, unchecked, for the release path (the object is at count 0).
///
/// Safety: the pointer is an object of the type whose slot this is, at count 0 and not
/// yet released (its payload is still initialised).
pub(crate) type RawItemCountFn = unsafe fn(NonNull<ObjHeader>) -> usize;
/// `Payload::drop_is_noop` of a dead object (the release path's shortcut).
///
/// Safety: as [`RawItemCountFn`].
pub(crate) type DropIsNoopFn = unsafe fn(NonNull<ObjHeader>) -> bool;

/// The slot table. Copied into each type object so dispatch is one load from `ob_type`.
#[derive(Clone, Copy)]
pub struct TypeSlots {
    pub(crate) release: ReleaseFn,
    pub(crate) item_count: Option<ItemCountFn>,
    pub(crate) raw_item_count: Option<RawItemCountFn>,
    /// Set for fixed payloads with drop glue: whether this instance's drop does nothing.
    pub(crate) drop_is_noop: Option<DropIsNoopFn>,
    pub traverse: Option<TraverseFn>,
    pub clear: Option<ClearFn>,
    /// The behaviour slots (`protocol.rs`).
    pub proto: ProtocolSlots,
}

/// A native type's description: name, flags, payload layout, slots. The runtime turns it
/// into a type object with [`Runtime::new_type`](crate::Runtime::new_type).
pub struct TypeSpec {
    pub name: Cow<'static, str>,
    pub flags: TypeFlags,
    pub(crate) payload_id: TypeId,
    pub(crate) payload_name: &'static str,
    pub(crate) basicsize: usize,
    pub(crate) itemsize: usize,
    pub(crate) is_var: bool,
    pub(crate) slots: TypeSlots,
    /// `tp_base`, borrowed: builtin types live until teardown (classes, later, will own
    /// theirs through their `__bases__` tuple).
    pub(crate) base: Option<ObjPtr>,
    /// `tp_methods`.
    pub(crate) methods: &'static [MethodDef],
    /// Blocks kept on the type's free list (0: none; see `freelist.rs`).
    pub(crate) free_list_max: usize,
    /// Per-size free lists of a variable-size type: (sizes 1..=n, blocks kept per size).
    pub(crate) sized_free_lists: (usize, usize),
    /// Whether releasing an instance has anything to drop (`false` for a fixed payload
    /// without drop glue, such as a float's f64: the release slot is then skipped).
    pub(crate) payload_needs_drop: bool,
}

/// One entry of a builtin type's method table (`PyMethodDef`): `obj.name` gives a builtin
/// method bound to `obj` (see `ops::generic_getattr`); `Type.name` gives the unbound
/// `method_descriptor`. Build entries with [`MethodDef::method`], [`MethodDef::class`] or
/// [`MethodDef::static_`].
#[derive(Clone, Copy)]
pub struct MethodDef {
    pub name: &'static str,
    pub func: crate::types::builtin_fn::BuiltinFn,
    pub kind: MethodKind,
}

/// How a [`MethodDef`] binds (CPython's `METH_CLASS` / `METH_STATIC` flags).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MethodKind {
    /// An instance method: `this` is the instance.
    Instance,
    /// `METH_CLASS` (`dict.fromkeys`): `this` is the type, whether looked up on the type or
    /// on an instance.
    Class,
    /// `METH_STATIC` (`str.maketrans`): `this` is `None`.
    Static,
}

impl MethodDef {
    pub const fn method(name: &'static str, func: crate::types::builtin_fn::BuiltinFn) -> Self {
        MethodDef {
            name,
            func,
            kind: MethodKind::Instance,
        }
    }

    pub const fn class(name: &'static str, func: crate::types::builtin_fn::BuiltinFn) -> Self {
        MethodDef {
            name,
            func,
            kind: MethodKind::Class,
        }
    }

    pub const fn static_(name: &'static str, func: crate::types::builtin_fn::BuiltinFn) -> Self {
        MethodDef {
            name,
            func,
            kind: MethodKind::Static,
        }
    }
}

impl TypeSpec {
    /// A type whose instances are a header plus one `P`.
    pub fn fixed<P: Payload>(name: impl Into<Cow<'static, str>>, flags: TypeFlags) -> TypeSpec {
        assert!(
            std::mem::align_of::<P>() <= 8,
            "payloads are 8-aligned so they start right after the header"
        );
        TypeSpec {
            name: name.into(),
            flags,
            payload_id: TypeId::of::<P>(),
            payload_name: std::any::type_name::<P>(),
            basicsize: object::payload_offset::<P>() + std::mem::size_of::<P>(),
            itemsize: 0,
            is_var: false,
            slots: TypeSlots {
                release: object::release_fixed::<P>,
                item_count: None,
                raw_item_count: None,
                drop_is_noop: std::mem::needs_drop::<P>()
                    .then_some(object::raw_drop_is_noop::<P> as DropIsNoopFn),
                traverse: None,
                clear: None,
                proto: ProtocolSlots::default(),
            },
            base: None,
            methods: &[],
            free_list_max: 0,
            sized_free_lists: (0, 0),
            payload_needs_drop: std::mem::needs_drop::<P>(),
        }
    }

    /// A type whose instances are a header, one `P`, then `P::item_count()` items inline.
    pub fn var<P: VarPayload>(name: impl Into<Cow<'static, str>>, flags: TypeFlags) -> TypeSpec {
        assert!(
            std::mem::align_of::<P>() <= 8 && std::mem::align_of::<P::Item>() <= 8,
            "payloads and items are at most 8-aligned"
        );
        TypeSpec {
            name: name.into(),
            flags,
            payload_id: TypeId::of::<P>(),
            payload_name: std::any::type_name::<P>(),
            basicsize: object::var_items_offset::<P>(),
            itemsize: std::mem::size_of::<P::Item>(),
            is_var: true,
            slots: TypeSlots {
                release: object::release_var::<P>,
                item_count: Some(object::var_item_count::<P>),
                raw_item_count: Some(object::raw_var_item_count::<P>),
                drop_is_noop: None,
                traverse: None,
                clear: None,
                proto: ProtocolSlots::default(),
            },
            base: None,
            methods: &[],
            free_list_max: 0,
            sized_free_lists: (0, 0),
            // `before_release` may have work to do even without drop glue.
            payload_needs_drop: true,
        }
    }

    pub fn with_traverse(mut self, f: TraverseFn) -> TypeSpec {
        self.slots.traverse = Some(f);
        self
    }

    pub fn with_clear(mut self, f: ClearFn) -> TypeSpec {
        self.slots.clear = Some(f);
        self
    }

    /// Sets the behaviour slots.
    pub fn with_proto(mut self, p: ProtocolSlots) -> TypeSpec {
        self.slots.proto = p;
        self
    }

    /// Sets `tp_methods`.
    pub fn with_methods(mut self, methods: &'static [MethodDef]) -> TypeSpec {
        self.methods = methods;
        self
    }

    /// Keeps up to `max` dead instances' blocks for reuse (CPython's per-type free lists).
    pub fn with_free_list(mut self, max: usize) -> TypeSpec {
        self.free_list_max = max;
        self
    }

    /// Keeps up to `max` dead instances' blocks for each item count from 1 to `sizes`
    /// (CPython's tuple free lists: 20 sizes, 2000 each).
    pub fn with_sized_free_lists(mut self, sizes: usize, max: usize) -> TypeSpec {
        self.sized_free_lists = (sizes, max);
        self
    }

    /// Sets `tp_base`; empty slots are inherited from it when the type is built.
    pub fn with_base(mut self, base: &ObjRef) -> TypeSpec {
        self.base = Some(base.as_ptr());
        self
    }

    /// Checks the rules the core relies on; a violation is a bug in VM code, not user input.
    pub(crate) fn validate(&self) {
        let gc = self.flags.contains(TypeFlags::HAVE_GC);
        assert!(
            self.free_list_max == 0
                || (!gc
                    && !self.is_var
                    && self.basicsize >= object::HEADER_SIZE + std::mem::size_of::<usize>()),
            "type {}: a free list needs a fixed-size, non-GC type with a payload word",
            self.name
        );
        assert!(
            self.sized_free_lists.0 == 0
                || (self.is_var
                    && !self.flags.contains(TypeFlags::HEAPTYPE)
                    && !self.flags.contains(TypeFlags::HAS_FINALIZE)
                    && self.basicsize >= object::HEADER_SIZE + std::mem::size_of::<usize>()),
            "type {}: sized free lists need a variable-size builtin type with a payload word",
            self.name
        );
        assert!(
            gc || !self.flags.contains(TypeFlags::HAS_FINALIZE),
            "type {}: HAS_FINALIZE needs HAVE_GC (the FINALIZED bit is in the GC head)",
            self.name
        );
        assert!(
            gc || (self.slots.traverse.is_none() && self.slots.clear.is_none()),
            "type {}: traverse/clear need HAVE_GC",
            self.name
        );
        assert!(
            !self.flags.contains(TypeFlags::MANAGED_DICT) || gc,
            "type {}: MANAGED_DICT needs HAVE_GC",
            self.name
        );
    }
}

/// The payload of a type object.
pub struct TypeObject {
    name: Cow<'static, str>,
    flags: TypeFlags,
    payload_id: TypeId,
    payload_name: &'static str,
    basicsize: usize,
    itemsize: usize,
    preheader: usize,
    is_var: bool,
    pub(crate) slots: TypeSlots,
    /// `tp_base` (borrowed, see [`TypeSpec`]).
    base: Option<ObjPtr>,
    /// `tp_mro` without the type itself: base, base's base, ..., `object`. Single
    /// inheritance for now; classes with several bases will compute a C3 order here.
    mro_tail: Vec<ObjPtr>,
    methods: &'static [MethodDef],
    /// Dead instances' blocks kept for reuse (see `freelist.rs`).
    pub(crate) free_list: crate::freelist::FreeList,
    /// Per item count (index n - 1), for variable-size types that keep them (tuple).
    pub(crate) sized_free_lists: Box<[crate::freelist::FreeList]>,
    /// What `release.rs` does with a dead instance, worked out once from the above.
    pub(crate) release_plan: ReleasePlan,
}

/// How an instance of a type is released, precomputed so that `release::dealloc` reads a
/// few bytes of the type instead of re-deriving them from flags and slots on every death.
/// One 16-bit word (flag bits, and the pre-header size in the high byte), so the release
/// path keeps it in one register across the release slot's call.
#[derive(Clone, Copy)]
pub(crate) struct ReleasePlan(u16);

impl ReleasePlan {
    const GC: u16 = 1 << 0;
    const NEEDS_DROP: u16 = 1 << 1;
    const FREE_LIST: u16 = 1 << 2;
    const SIZED_FREE_LISTS: u16 = 1 << 3;
    const SMALL: u16 = 1 << 4;
    const HEAPTYPE: u16 = 1 << 5;
    const QUICK: u16 = 1 << 6;

    fn of(spec: &TypeSpec, preheader: usize) -> ReleasePlan {
        let gc = spec.flags.contains(TypeFlags::HAVE_GC);
        let heaptype = spec.flags.contains(TypeFlags::HEAPTYPE);
        let small = !spec.is_var
            && spec.basicsize + preheader <= pymalloc::size_class::SMALL_REQUEST_THRESHOLD;
        // A fixed payload with drop glue asks `drop_is_noop` per instance (ints).
        let quick = !spec.is_var
            && (!spec.payload_needs_drop || spec.slots.drop_is_noop.is_some())
            && !gc
            && !heaptype;
        let bits = [
            (gc, Self::GC),
            (spec.payload_needs_drop, Self::NEEDS_DROP),
            (spec.free_list_max != 0, Self::FREE_LIST),
            (spec.sized_free_lists.0 != 0, Self::SIZED_FREE_LISTS),
            (small, Self::SMALL),
            (heaptype, Self::HEAPTYPE),
            (quick, Self::QUICK),
        ]
        .into_iter()
        .filter(|(on, _)| *on)
        .fold(0, |acc, (_, bit)| acc | bit);
        debug_assert!(preheader <= u8::MAX as usize);
        ReleasePlan(bits | ((preheader as u16) << 8))
    }

    /// `HAVE_GC`: untrack, finalizer check, trashcan.
    #[inline(always)]
    pub(crate) fn gc(self) -> bool {
        self.0 & Self::GC != 0
    }

    /// The release slot has something to drop (see [`TypeSpec::fixed`]).
    #[inline(always)]
    pub(crate) fn needs_drop(self) -> bool {
        self.0 & Self::NEEDS_DROP != 0
    }

    /// The type keeps a free list of dead instances' blocks.
    #[inline(always)]
    pub(crate) fn free_list(self) -> bool {
        self.0 & Self::FREE_LIST != 0
    }

    /// The type keeps per-size free lists (`TypeObject::sized_free_list`).
    #[inline(always)]
    pub(crate) fn sized_free_lists(self) -> bool {
        self.0 & Self::SIZED_FREE_LISTS != 0
    }

    /// Every instance is one pymalloc block of at most 512 bytes (a fixed size that small),
    /// freed with `Heap::free_small`.
    #[inline(always)]
    pub(crate) fn small(self) -> bool {
        self.0 & Self::SMALL != 0
    }

    /// `HEAPTYPE`: the instance holds a reference to its type.
    #[inline(always)]
    pub(crate) fn heaptype(self) -> bool {
        self.0 & Self::HEAPTYPE != 0
    }

    /// Releasing an instance is only pushing its block on the free list (when there is
    /// room and no release hook) or freeing it: a fixed-size type without GC or heap type,
    /// whose payload has no drop glue or says the instance's drop does nothing.
    #[inline(always)]
    pub(crate) fn quick(self) -> bool {
        self.0 & Self::QUICK != 0
    }

    /// Bytes in front of the header.
    #[inline(always)]
    pub(crate) fn pre(self) -> usize {
        (self.0 >> 8) as usize
    }
}

impl Payload for TypeObject {}

impl TypeObject {
    pub(crate) fn from_spec(spec: TypeSpec) -> TypeObject {
        spec.validate();
        let mut preheader = 0;
        if spec.flags.contains(TypeFlags::HAVE_GC) {
            preheader += GC_HEAD_SIZE;
        }
        if spec.flags.contains(TypeFlags::MANAGED_DICT) {
            preheader += 16;
        }
        let mut slots = spec.slots;
        let mut mro_tail = Vec::new();
        if let Some(b) = spec.base {
            if let Some(bt) = b.as_chain_type() {
                slots.proto.inherit(&bt.slots.proto);
                mro_tail.push(b);
                mro_tail.extend_from_slice(&bt.mro_tail);
            }
        }
        let release_plan = ReleasePlan::of(&spec, preheader);
        TypeObject {
            release_plan,
            methods: spec.methods,
            base: spec.base,
            mro_tail,
            name: spec.name,
            flags: spec.flags,
            payload_id: spec.payload_id,
            payload_name: spec.payload_name,
            basicsize: spec.basicsize,
            itemsize: spec.itemsize,
            preheader,
            is_var: spec.is_var,
            slots,
            free_list: crate::freelist::FreeList::new(spec.free_list_max),
            sized_free_lists: (0..spec.sized_free_lists.0)
                .map(|_| crate::freelist::FreeList::new(spec.sized_free_lists.1))
                .collect(),
        }
    }

    /// The free list for instances of `n` items, if the type keeps one for that size.
    #[inline(always)]
    pub(crate) fn sized_free_list(&self, n: usize) -> Option<&crate::freelist::FreeList> {
        self.sized_free_lists.get(n.wrapping_sub(1))
    }

    /// `tp_name`.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn flags(&self) -> TypeFlags {
        self.flags
    }

    /// `tp_basicsize`: header plus fixed payload, without the pre-header (as CPython).
    pub fn basicsize(&self) -> usize {
        self.basicsize
    }

    /// `tp_itemsize`: bytes per inline item (0 for fixed-size types).
    pub fn itemsize(&self) -> usize {
        self.itemsize
    }

    /// Bytes in front of the header: 16 with `HAVE_GC`, 16 more with `MANAGED_DICT`.
    pub fn preheader_size(&self) -> usize {
        self.preheader
    }

    /// `_PyType_IS_GC`.
    #[inline]
    pub fn has_gc(&self) -> bool {
        self.flags.contains(TypeFlags::HAVE_GC)
    }

    #[inline]
    pub fn has_finalize(&self) -> bool {
        self.flags.contains(TypeFlags::HAS_FINALIZE)
    }

    pub fn is_heaptype(&self) -> bool {
        self.flags.contains(TypeFlags::HEAPTYPE)
    }

    pub fn is_var(&self) -> bool {
        self.is_var
    }

    pub(crate) fn payload_id(&self) -> TypeId {
        self.payload_id
    }

    /// The Rust payload type's name (for diagnostics).
    pub fn payload_name(&self) -> &'static str {
        self.payload_name
    }

    /// Bytes an object of this type with `n` inline items asks the allocator for.
    pub fn request_size(&self, n: usize) -> Option<usize> {
        self.itemsize
            .checked_mul(n)?
            .checked_add(self.basicsize + self.preheader)
    }

    /// The behaviour slots.
    #[inline]
    pub fn proto(&self) -> &ProtocolSlots {
        &self.slots.proto
    }

    /// `tp_methods` of this type alone (lookups walk the MRO: `ops::generic_getattr`).
    pub fn methods(&self) -> &'static [MethodDef] {
        self.methods
    }

    /// `tp_base`.
    pub fn base(&self) -> Option<ObjPtr> {
        self.base
    }

    /// `__mro__` minus the type itself.
    pub fn mro_tail(&self) -> &[ObjPtr] {
        &self.mro_tail
    }

    /// `PyType_IsSubtype(self_type, other)`; `self_obj` is this type's own object.
    pub fn is_subtype_of(&self, self_obj: &ObjRef, other: &ObjRef) -> bool {
        self_obj.is(other) || self.mro_tail.contains(&other.as_ptr())
    }

    /// Runs `tp_traverse` if the type has one.
    pub fn traverse(&self, obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
        if let Some(f) = self.slots.traverse {
            f(obj, visit)
        }
    }

    /// Runs `tp_clear` if the type has one.
    pub fn clear(&self, obj: &ObjRef) {
        if let Some(f) = self.slots.clear {
            f(obj)
        }
    }
}

impl fmt::Debug for TypeObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<class '{}'>", self.name)
    }
}

/// The type of type objects.
pub(crate) fn type_type_spec() -> TypeSpec {
    TypeSpec::fixed::<TypeObject>("type", TypeFlags::HAVE_GC | TypeFlags::BASETYPE).with_proto(
        ProtocolSlots {
            repr: Some(type_repr),
            hash: Some(type_hash),
            call: Some(crate::types::typecall::type_call),
            getattr: Some(crate::types::typecall::type_getattr),
            setattr: Some(crate::types::typecall::type_setattr),
            ..ProtocolSlots::default()
        },
    )
}

/// `type.__repr__`: `<class 'int'>`.
fn type_repr(_: &crate::Runtime, obj: &ObjRef) -> crate::PyResult<String> {
    Ok(match obj.as_type() {
        Some(t) => format!("<class '{}'>", t.name()),
        None => String::new(),
    })
}

fn type_hash(_: &crate::Runtime, obj: &ObjRef) -> crate::PyResult<i64> {
    Ok(crate::types::float::hash_pointer(obj.id()))
}
