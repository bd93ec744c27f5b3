//! The runtime: the owner of one interpreter's heap, type objects, singletons (None, True,
//! False, the empty tuple, the small ints -5..256), interning table, finalizer queue and GC
//! lists, and the thread-local pointer through which a handle's `Drop` finds them.
//!
//! Invariant (what makes the thread-local sound): a thread has at most one registered
//! runtime state at a time. It is registered by [`Runtime::new`] and unregistered only when
//! teardown found the heap empty — and an empty heap means no handle can exist, because every
//! handle keeps a live block. If teardown finds blocks still live (a leak, or handles kept
//! past the runtime), the state stays registered as a *zombie*: late drops still find the
//! heap they came from, and creating another runtime on that thread fails.

use std::cell::{Cell, RefCell, UnsafeCell};
use std::fmt;
use std::marker::PhantomData;
use std::ptr::NonNull;

use crate::errors::{ExcKind, PyResult};
use crate::finalize::FinalizerQueue;
use crate::gclist::GcState;
use crate::heap::{AllocError, LiveReport, ObjectHeap};
use crate::intern::InternTable;
use crate::object::{ExactType, ObjPtr, ObjRef};
use crate::release::ReleaseHook;
use crate::typeobj::{type_type_spec, TypeObject, TypeSpec};
use crate::types;

thread_local! {
    static CURRENT: Cell<*const State> = const { Cell::new(std::ptr::null()) };
}

/// Runs `f` with this thread's runtime state.
///
/// Panics if there is none, which the invariant above rules out whenever a handle exists.
#[inline(always)]
pub(crate) fn with_state<R>(f: impl FnOnce(&State) -> R) -> R {
    let p = CURRENT.with(|c| c.get());
    if p.is_null() {
        no_runtime();
    }
    // SAFETY: a registered state is boxed, never moved, and freed only after being
    // unregistered (Runtime::teardown); all its mutable parts are behind cells.
    f(unsafe { &*p })
}

#[cold]
#[inline(never)]
fn no_runtime() -> ! {
    panic!("object used on a thread with no live rattle runtime")
}

/// The builtin type objects, created at start-up, released last at teardown.
pub struct BuiltinTypes {
    pub type_: ObjRef,
    pub object: ObjRef,
    pub none: ObjRef,
    pub int: ObjRef,
    pub bool_: ObjRef,
    pub float: ObjRef,
    pub str_: ObjRef,
    pub tuple: ObjRef,
    pub list: ObjRef,
    pub dict: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub slice: ObjRef,
    pub list_iterator: ObjRef,
    pub tuple_iterator: ObjRef,
    pub str_ascii_iterator: ObjRef,
    pub str_iterator: ObjRef,
    pub dict_keyiterator: ObjRef,
    pub dict_valueiterator: ObjRef,
    pub dict_itemiterator: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub set_iterator: ObjRef,
    pub range: ObjRef,
    pub range_iterator: ObjRef,
    pub longrange_iterator: ObjRef,
    pub cell: ObjRef,
    pub builtin_function: ObjRef,
    pub module: ObjRef,
    pub traceback: ObjRef,
    pub code: ObjRef,
    pub function: ObjRef,
    pub method_descriptor: ObjRef,
    pub frame: ObjRef,
    /// Exact-type tests of the hot types (see `object::ExactType`).
    pub(crate) exact: ExactTypes,
}

/// Pointer-compare type tests for the types the eval loop's fast paths meet most.
pub(crate) struct ExactTypes {
    pub(crate) int: ExactType<types::int::IntPayload>,
    pub(crate) float: ExactType<types::float::FloatPayload>,
    pub(crate) dict: ExactType<types::dict::DictPayload>,
    pub(crate) function: ExactType<types::function::FunctionPayload>,
    pub(crate) code: ExactType<types::code::CodePayload>,
    pub(crate) range_iterator: ExactType<types::range::RangeIterPayload>,
}

impl ExactTypes {
    /// # Safety
    /// The types must outlive the result (they are builtin types kept beside it).
    unsafe fn new(
        int: &ObjRef,
        float: &ObjRef,
        dict: &ObjRef,
        function: &ObjRef,
        code: &ObjRef,
        range_iterator: &ObjRef,
    ) -> Option<ExactTypes> {
        // SAFETY: the caller's promise, passed on.
        unsafe {
            Some(ExactTypes {
                int: ExactType::new(int)?,
                float: ExactType::new(float)?,
                dict: ExactType::new(dict)?,
                function: ExactType::new(function)?,
                code: ExactType::new(code)?,
                range_iterator: ExactType::new(range_iterator)?,
            })
        }
    }
}

impl BuiltinTypes {
    pub(crate) fn all(&self) -> Vec<&ObjRef> {
        let (type_, rest) = self.parts();
        let mut v = vec![type_];
        v.extend(rest);
        v
    }

    /// `type`, then every other builtin type in creation order.
    fn parts(&self) -> (&ObjRef, Vec<&ObjRef>) {
        (
            &self.type_,
            vec![
                &self.object,
                &self.none,
                &self.int,
                &self.bool_,
                &self.float,
                &self.str_,
                &self.tuple,
                &self.list,
                &self.dict,
                &self.not_implemented,
                &self.ellipsis,
                &self.slice,
                &self.list_iterator,
                &self.tuple_iterator,
                &self.str_ascii_iterator,
                &self.str_iterator,
                &self.dict_keyiterator,
                &self.dict_valueiterator,
                &self.dict_itemiterator,
                &self.dict_keys,
                &self.dict_values,
                &self.dict_items,
                &self.set,
                &self.frozenset,
                &self.set_iterator,
                &self.range,
                &self.range_iterator,
                &self.longrange_iterator,
                &self.cell,
                &self.builtin_function,
                &self.module,
                &self.traceback,
                &self.code,
                &self.function,
                &self.method_descriptor,
                &self.frame,
            ],
        )
    }
}

pub(crate) struct Singletons {
    pub(crate) none: ObjRef,
    pub(crate) true_: ObjRef,
    pub(crate) false_: ObjRef,
    pub(crate) empty_tuple: ObjRef,
    pub(crate) not_implemented: ObjRef,
    pub(crate) ellipsis: ObjRef,
    /// Raised when an allocation fails (see `errors.rs`).
    pub(crate) memory_error: ObjRef,
    /// `unicode_latin1[256]` and `unicode_empty` (index 256), filled on first use.
    pub(crate) latin1: RefCell<Vec<Option<ObjRef>>>,
    /// `_PyLong_SMALL_INTS`: -5..=256.
    pub(crate) small_ints: Vec<ObjRef>,
}

/// `_PY_NSMALLNEGINTS`.
pub const SMALL_INT_MIN: i64 = -5;
/// `_PY_NSMALLPOSINTS - 1`.
pub const SMALL_INT_MAX: i64 = 256;

/// Everything a runtime owns. Boxed (the GC list sentinels must not move) and reached both
/// through `&Runtime` and through the thread-local pointer, so all mutation is through cells.
pub(crate) struct State {
    pub(crate) heap: ObjectHeap,
    pub(crate) gc: GcState,
    /// `tstate->trash_delete_nesting`.
    pub(crate) trash_nesting: Cell<usize>,
    /// `tstate->trash_delete_later`: top of the deferred-release stack (0 = empty).
    pub(crate) trash_delete_later: Cell<usize>,
    pub(crate) finalizers: FinalizerQueue,
    pub(crate) interned: InternTable,
    pub(crate) release_hook: Cell<Option<ReleaseHook>>,
    /// Set once at start-up; taken out only by teardown (which owns the Runtime).
    types: UnsafeCell<Option<BuiltinTypes>>,
    /// Native types made with `Runtime::new_type`, released before the builtin ones.
    extra_types: RefCell<Vec<ObjRef>>,
    /// As `types`.
    singletons: UnsafeCell<Option<Singletons>>,
    /// The builtin exception types, indexed by `ExcKind`; filled by init, emptied by
    /// teardown, unchanged in between (so `&ObjRef`s into it stay valid).
    exc_types: UnsafeCell<Vec<ObjRef>>,
    /// `sys.get_int_max_str_digits()` (0 = no limit).
    pub(crate) int_max_str_digits: Cell<usize>,
    /// Set asynchronously (a SIGINT handler of the embedder's) to ask the eval loop for a
    /// KeyboardInterrupt at its next check (backward jumps and calls).
    pub(crate) interrupt: std::cell::OnceCell<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    /// Native recursion depth of repr/compare/hash of nested containers
    /// (`Py_EnterRecursiveCall`), and its limit (`sys.getrecursionlimit()`).
    pub(crate) recursion_depth: Cell<usize>,
    pub(crate) recursion_limit: Cell<usize>,
    /// `Py_ReprEnter`'s list: containers whose repr is in progress (`[...]`).
    pub(crate) repr_stack: RefCell<Vec<ObjPtr>>,
    // traceback helper: the source lines tracebacks show (`linecache.rs`; plain Rust data,
    // no heap objects, so teardown has nothing to take out of it).
    pub(crate) linecache: crate::linecache::LineCache,
    // --- builtins helper: stdio, the builtins and sys modules, the module registry ---
    /// The standard streams (`stdio.rs`).
    pub(crate) stdio: crate::stdio::Stdio,
    /// `sys.modules` (`import.rs`), the `sys` module (print finds `sys.stdout` through
    /// it) and the `builtins` module, once made; taken out at the top of teardown.
    pub(crate) sys_modules: RefCell<Option<ObjRef>>,
    pub(crate) sys_module: RefCell<Option<ObjRef>>,
    pub(crate) builtins_module: RefCell<Option<ObjRef>>,
    /// The native types of the builtins library (`builtins/`), made on first use.
    pub(crate) lib_types: RefCell<Option<std::rc::Rc<crate::builtins::LibTypes>>>,
    /// Names of the modules whose code is running (`import_source.rs`; plain data).
    pub(crate) importing: RefCell<Vec<String>>,
    // --- end builtins helper ---
    // --- eval helper (`eval.rs`): the thread's eval state (exception being handled, the
    // NULL marker, spare value stacks, nesting of Rust-level loops).
    pub(crate) eval: crate::eval::EvalState,
}

impl State {
    /// The preallocated MemoryError instance.
    pub(crate) fn memory_error_instance(&self) -> ObjRef {
        // SAFETY: singletons are set at start-up and cleared only by teardown, after which
        // no code that could raise runs (the heap is empty or a zombie).
        match unsafe { &*self.singletons.get() } {
            Some(s) => s.memory_error.clone(),
            None => panic!("MemoryError raised while the runtime is being built or torn down"),
        }
    }
}

/// Why a runtime could not be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuntimeError {
    /// This thread already has a live (or leaked, zombie) runtime.
    AlreadyLive,
    /// The heap could not hold the start-up objects.
    NoMemory,
}

impl fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuntimeError::AlreadyLive => {
                f.write_str("a rattle runtime is already live on this thread")
            }
            RuntimeError::NoMemory => f.write_str("out of memory while creating the runtime"),
        }
    }
}

impl std::error::Error for RuntimeError {}

/// What teardown found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeardownReport {
    /// Blocks still live after every object the runtime owns was released (0 when clean).
    pub leaked_blocks: usize,
    /// The live blocks at that point, by type (debug builds name them).
    pub live: LiveReport,
}

/// One interpreter's object world. Not `Send`: it lives and dies on its thread.
pub struct Runtime {
    state: NonNull<State>,
    torn_down: bool,
    _not_send: PhantomData<*const ()>,
}

impl Runtime {
    /// Creates the heap, the builtin types and the singletons, and registers the runtime as
    /// this thread's. Fails if the thread already has one.
    pub fn new() -> Result<Runtime, RuntimeError> {
        if CURRENT.with(|c| !c.get().is_null()) {
            return Err(RuntimeError::AlreadyLive);
        }
        let state = Box::new(State {
            heap: ObjectHeap::new(),
            gc: GcState::new_uninit(),
            trash_nesting: Cell::new(0),
            trash_delete_later: Cell::new(0),
            finalizers: FinalizerQueue::new(),
            interned: InternTable::new(),
            release_hook: Cell::new(None),
            types: UnsafeCell::new(None),
            extra_types: RefCell::new(Vec::new()),
            singletons: UnsafeCell::new(None),
            exc_types: UnsafeCell::new(Vec::new()),
            int_max_str_digits: Cell::new(pyfmt::int::DEFAULT_MAX_STR_DIGITS),
            interrupt: std::cell::OnceCell::new(),
            recursion_depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            repr_stack: RefCell::new(Vec::new()),
            linecache: crate::linecache::LineCache::default(),
            stdio: crate::stdio::Stdio::new(),
            sys_modules: RefCell::new(None),
            sys_module: RefCell::new(None),
            builtins_module: RefCell::new(None),
            lib_types: RefCell::new(None),
            eval: crate::eval::EvalState::default(),
            importing: RefCell::new(Vec::new()),
        });
        state.gc.init();
        let ptr = NonNull::from(Box::leak(state));
        CURRENT.with(|c| c.set(ptr.as_ptr()));
        let mut rt = Runtime {
            state: ptr,
            torn_down: false,
            _not_send: PhantomData,
        };
        if rt.init().is_err() {
            rt.teardown_inner();
            return Err(RuntimeError::NoMemory);
        }
        Ok(rt)
    }

    fn init(&self) -> Result<(), AllocError> {
        let type_ = self.alloc_type_type(TypeObject::from_spec(type_type_spec()))?;
        let mk = |spec: TypeSpec| self.alloc(&type_, TypeObject::from_spec(spec));
        let object = mk(types::object::spec())?;
        let mkb = |spec: TypeSpec| mk(spec.with_base(&object));
        let int = mkb(types::int::int_spec())?;
        let float = mkb(types::float::spec())?;
        let dict = mkb(types::dict::spec())?;
        let code = mkb(types::code::spec())?;
        let function = mkb(types::function::spec())?;
        let range_iterator = mkb(types::range::iter_spec("range_iterator"))?;
        // SAFETY: these are builtin types, stored in the same `BuiltinTypes` as their
        // `ExactTypes` and released only at teardown, after every use through `types()`.
        let exact =
            unsafe { ExactTypes::new(&int, &float, &dict, &function, &code, &range_iterator) }
                .ok_or(AllocError)?;
        let types = BuiltinTypes {
            exact,
            none: mkb(types::none::spec())?,
            bool_: mk(types::int::bool_spec().with_base(&int))?,
            int,
            float,
            str_: mkb(types::str::spec())?,
            tuple: mkb(types::tuple::spec())?,
            list: mkb(types::list::spec())?,
            dict,
            not_implemented: mkb(types::none::not_implemented_spec())?,
            ellipsis: mkb(types::none::ellipsis_spec())?,
            slice: mkb(types::slice::spec())?,
            list_iterator: mkb(types::iter::spec("list_iterator"))?,
            tuple_iterator: mkb(types::iter::spec("tuple_iterator"))?,
            str_ascii_iterator: mkb(types::iter::spec("str_ascii_iterator"))?,
            str_iterator: mkb(types::iter::spec("str_iterator"))?,
            dict_keyiterator: mkb(types::dict::iter_spec("dict_keyiterator"))?,
            dict_valueiterator: mkb(types::dict::iter_spec("dict_valueiterator"))?,
            dict_itemiterator: mkb(types::dict::iter_spec("dict_itemiterator"))?,
            dict_keys: mkb(types::dict_views::set_view_spec("dict_keys"))?,
            dict_values: mkb(types::dict_views::values_spec())?,
            dict_items: mkb(types::dict_views::set_view_spec("dict_items"))?,
            set: mkb(types::set::set_spec())?,
            frozenset: mkb(types::set::frozenset_spec())?,
            set_iterator: mkb(types::set::iter_spec())?,
            range: mkb(types::range::spec())?,
            range_iterator,
            longrange_iterator: mkb(types::range::iter_spec("longrange_iterator"))?,
            cell: mkb(types::cell::spec())?,
            builtin_function: mkb(types::builtin_fn::spec())?,
            module: mkb(types::module::spec())?,
            traceback: mkb(types::traceback::spec())?,
            code,
            function,
            method_descriptor: mkb(types::method_descr::spec())?,
            frame: mkb(types::frameobject::spec())?,
            object,
            type_,
        };
        // SAFETY: start-up: nothing else reads `types` yet.
        unsafe { *self.state().types.get() = Some(types) };
        for &kind in ExcKind::ALL {
            let base = match kind.base() {
                Some(b) => self.exc_type(b).clone(),
                None => self.types().object.clone(),
            };
            let t = self.alloc(
                &self.types().type_,
                TypeObject::from_spec(types::exception::spec(kind, &base)),
            )?;
            drop(base);
            // SAFETY: start-up; no reference into the vector is live across this push.
            unsafe { (*self.state().exc_types.get()).push(t) };
        }
        let singletons = types::build_singletons(self)?;
        // SAFETY: as above, for `singletons`.
        unsafe { *self.state().singletons.get() = Some(singletons) };
        Ok(())
    }

    #[inline(always)]
    pub(crate) fn state(&self) -> &State {
        // SAFETY: the state lives until teardown, which consumes or drops the Runtime.
        unsafe { self.state.as_ref() }
    }

    /// The builtin type objects.
    #[inline]
    pub fn types(&self) -> &BuiltinTypes {
        // SAFETY: set by init before the Runtime is returned; only teardown clears it.
        match unsafe { &*self.state().types.get() } {
            Some(t) => t,
            None => unreachable!("runtime used before init or after teardown"),
        }
    }

    #[inline]
    pub(crate) fn singletons(&self) -> &Singletons {
        // SAFETY: as in `types`.
        match unsafe { &*self.state().singletons.get() } {
            Some(s) => s,
            None => unreachable!("runtime used before init or after teardown"),
        }
    }

    /// `None` (borrowed; clone to keep it).
    #[inline]
    pub fn none(&self) -> &ObjRef {
        &self.singletons().none
    }

    /// `True` or `False`.
    #[inline]
    pub fn bool_obj(&self, b: bool) -> &ObjRef {
        let s = self.singletons();
        if b {
            &s.true_
        } else {
            &s.false_
        }
    }

    /// `NotImplemented`.
    #[inline]
    pub fn not_implemented(&self) -> &ObjRef {
        &self.singletons().not_implemented
    }

    /// `Ellipsis` (`...`).
    #[inline]
    pub fn ellipsis(&self) -> &ObjRef {
        &self.singletons().ellipsis
    }

    /// The builtin exception type of `kind`.
    #[inline]
    pub fn exc_type(&self, kind: ExcKind) -> &ObjRef {
        // SAFETY: the vector changes only during init (pushes, with no borrow live) and
        // teardown (which owns the Runtime).
        match unsafe { &*self.state().exc_types.get() }.get(kind as usize) {
            Some(t) => t,
            None => unreachable!("exception type {kind:?} used before it was built"),
        }
    }

    /// `sys.get_int_max_str_digits()`.
    pub fn int_max_str_digits(&self) -> usize {
        self.state().int_max_str_digits.get()
    }

    /// `sys.set_int_max_str_digits(n)` (the caller validates `n`).
    pub fn set_int_max_str_digits(&self, n: usize) {
        self.state().int_max_str_digits.set(n)
    }

    /// Installs the flag that asks for a KeyboardInterrupt (once per runtime; later calls
    /// are ignored). The embedder sets it from its SIGINT handler.
    pub fn set_interrupt_flag(&self, flag: std::sync::Arc<std::sync::atomic::AtomicBool>) {
        let _ = self.state().interrupt.set(flag);
    }

    /// True, once, after the interrupt flag was set (it is cleared here): CPython's
    /// "eval breaker" check for a pending signal.
    #[inline]
    pub fn take_interrupt(&self) -> bool {
        use std::sync::atomic::Ordering;
        match self.state().interrupt.get() {
            Some(f) if f.load(Ordering::Relaxed) => f.swap(false, Ordering::Relaxed),
            _ => false,
        }
    }

    /// `sys.getrecursionlimit()`.
    pub fn recursion_limit(&self) -> usize {
        self.state().recursion_limit.get()
    }

    pub fn set_recursion_limit(&self, n: usize) {
        self.state().recursion_limit.set(n)
    }

    /// `Py_EnterRecursiveCall(where_)`: RecursionError past the limit. Pair with
    /// [`Runtime::leave_recursive`] (or use [`Runtime::recursive`]).
    #[inline(always)]
    pub fn enter_recursive(&self, where_: &str) -> PyResult<()> {
        let st = self.state();
        let d = st.recursion_depth.get() + 1;
        if d > st.recursion_limit.get() {
            return Err(self.recursion_error(where_));
        }
        st.recursion_depth.set(d);
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn recursion_error(&self, where_: &str) -> crate::errors::PyErr {
        self.new_err(
            ExcKind::RecursionError,
            format!("maximum recursion depth exceeded{where_}"),
        )
    }

    #[inline(always)]
    pub fn leave_recursive(&self) {
        let st = self.state();
        st.recursion_depth
            .set(st.recursion_depth.get().saturating_sub(1));
    }

    /// Runs `f` one native level deeper (see [`Runtime::enter_recursive`]).
    pub fn recursive<R>(&self, where_: &str, f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
        self.enter_recursive(where_)?;
        let r = f();
        self.leave_recursive();
        r
    }

    /// The empty tuple `()`, shared.
    #[inline]
    pub fn empty_tuple(&self) -> &ObjRef {
        &self.singletons().empty_tuple
    }

    /// The cached int object for `v` if `v` is in -5..=256.
    #[inline]
    pub fn small_int(&self, v: i64) -> Option<&ObjRef> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
            self.singletons()
                .small_ints
                .get((v - SMALL_INT_MIN) as usize)
        } else {
            None
        }
    }

    /// Builds a type object for a native type; it lives until teardown.
    pub fn new_type(&self, spec: TypeSpec) -> Result<ObjRef, AllocError> {
        let t = self.alloc(&self.types().type_, TypeObject::from_spec(spec))?;
        self.state().extra_types.borrow_mut().push(t.clone());
        Ok(t)
    }

    /// `sys.getallocatedblocks()`: blocks live in this runtime's heap.
    pub fn allocated_blocks(&self) -> usize {
        self.state().heap.allocated_blocks()
    }

    /// Live blocks by type (names in debug builds).
    pub fn live_report(&self) -> LiveReport {
        self.state().heap.live_report()
    }

    /// `gc.get_count()[0]`.
    pub fn gc_count0(&self) -> usize {
        self.state().gc.count0.get()
    }

    /// Objects tracked in generation `g` (0..3), in list order.
    pub fn gc_generation_objects(&self, g: usize) -> Vec<ObjRef> {
        let mut out = Vec::new();
        if let Some(list) = self.state().gc.generations.get(g) {
            // SAFETY: tracked objects are alive.
            list.for_each(|p| out.push(unsafe { p.to_objref() }));
        }
        out
    }

    /// Number of objects tracked in generation `g`.
    pub fn gc_generation_len(&self, g: usize) -> usize {
        self.state().gc.generations.get(g).map_or(0, |l| l.len())
    }

    /// Installs (or removes) the release hook (for tests: records death order).
    #[doc(hidden)]
    pub fn set_release_hook(&self, hook: Option<ReleaseHook>) {
        self.state().release_hook.set(hook);
    }

    /// Releases everything the runtime owns and reports what is left. With zero leaked
    /// blocks the heap is destroyed; otherwise the runtime is kept as a zombie (see the
    /// module comment) and in debug builds the report is also printed to stderr.
    pub fn teardown(mut self) -> TeardownReport {
        self.teardown_inner()
    }

    fn teardown_inner(&mut self) -> TeardownReport {
        self.torn_down = true;
        let st = self.state();
        st.release_hook.set(None);
        // Objects still waiting for their finalizer are released without running it: the
        // eval loop drains the queue before it tears the runtime down.
        self.drain_finalizers(&mut |_| {});
        // builtins helper: pending output goes out; the module registry and the modules
        // and library types it keeps are released (their types stay in `extra_types`).
        self.flush_stdio();
        let registry = (
            st.sys_modules.borrow_mut().take(),
            st.sys_module.borrow_mut().take(),
            st.builtins_module.borrow_mut().take(),
            st.lib_types.borrow_mut().take(),
        );
        // sys.modules -> sys -> its dict -> sys.modules is a cycle: clear the registered
        // modules (the embedding API has usually done so already, as CPython's finalization).
        if let Some(reg) = &registry.0 {
            let mods = types::dict::payload(reg).map_or_else(Vec::new, |d| d.items());
            for (_, m) in mods {
                if types::module::payload(&m).is_some() {
                    m.type_object().clear(&m);
                }
            }
        }
        for m in [&registry.1, &registry.2].into_iter().flatten() {
            m.type_object().clear(m);
        }
        drop(registry);
        self.drain_finalizers(&mut |_| {});
        drop(st.eval.take_objects());
        // SAFETY: teardown owns the Runtime, so no borrow from types()/singletons() exists;
        // the value is moved out before it is dropped.
        let singletons = unsafe { (*st.singletons.get()).take() };
        drop(singletons);
        // Nothing above can queue a finalizer today; drain again so that stays true.
        self.drain_finalizers(&mut |_| {});
        let mut extra: Vec<ObjRef> = std::mem::take(&mut *st.extra_types.borrow_mut());
        // SAFETY: teardown owns the Runtime; no borrow of the table is live. The exception
        // types go with the extra types (released newest first, so subclasses first).
        let exc: Vec<ObjRef> = std::mem::take(unsafe { &mut *st.exc_types.get() });
        extra.splice(0..0, exc);
        // SAFETY: as above.
        let types = unsafe { (*st.types.get()).take() };
        let builtin: Vec<&ObjRef> = types.as_ref().map_or(Vec::new(), |t| t.all());
        // The free lists' blocks go back to the heap (CPython's `_PyFloat_Fini` & co.).
        for t in extra.iter().chain(builtin.iter().copied()) {
            if let Some(ty) = t.as_type() {
                crate::heap::drain_free_lists(st, ty);
            }
        }
        let own_blocks = extra.len() + builtin.len();
        // A type object referenced from anywhere but our tables is held by a leaked handle.
        let types_held = extra.iter().chain(builtin).any(|t| t.refcount() > 1);
        let live = st.heap.live_report();
        let leaked = match live.total_blocks.saturating_sub(own_blocks) {
            0 if types_held => 1,
            n => n,
        };
        if leaked > 0 {
            #[cfg(debug_assertions)]
            eprintln!("rattle: {leaked} blocks leaked at runtime teardown\n{live}");
            // Zombie: keep the types and the heap so late decrefs stay valid.
            std::mem::forget(extra);
            std::mem::forget(types);
            return TeardownReport {
                leaked_blocks: leaked,
                live,
            };
        }
        // Extra types newest first, then the builtin ones, `type` last (every type object's
        // ob_type points at it).
        while let Some(t) = extra.pop() {
            drop(t);
        }
        if let Some(t) = types {
            let (type_, rest) = t.parts();
            let type_ = type_.clone();
            let mut rest: Vec<ObjRef> = rest.into_iter().cloned().collect();
            drop(t);
            // Newest first, `type` last.
            while let Some(r) = rest.pop() {
                drop(r);
            }
            drop(type_);
        }
        let remaining = st.heap.allocated_blocks();
        assert_eq!(remaining, 0, "teardown: type objects still referenced");
        CURRENT.with(|c| c.set(std::ptr::null()));
        // SAFETY: unregistered, heap empty: no handle or with_state call can reach it.
        drop(unsafe { Box::from_raw(self.state.as_ptr()) });
        TeardownReport {
            leaked_blocks: 0,
            live,
        }
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        if !self.torn_down {
            self.teardown_inner();
        }
    }
}

impl fmt::Debug for Runtime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Runtime({} blocks)", self.allocated_blocks())
    }
}
