//! rattle's virtual machine. So far: the OBJECT CORE, on which the eval loop, the types'
//! behaviour and the cycle collector will be built. It models CPython 3.11's object memory:
//! what an object looks like in memory, who owns it, and in what order it dies.
//!
//! # Objects are blocks of the runtime's pymalloc heap
//!
//! Every Python value — `None`, `True`, small ints and type objects included — is ONE block
//! from the runtime's `pymalloc::Heap`. No tagged immediates: identity (`is`, `id()`) and
//! refcounts are observable in Python and behave as in CPython. A block is
//!
//! ```text
//!            ┌──────────────────────────────┐
//!  block ──▶ │ [managed dict: dict, values] │ 16 bytes, only with MANAGED_DICT (classes, later)
//!            │ GcHead: _gc_next, _gc_prev   │ 16 bytes, only with HAVE_GC (containers)
//!  id() ───▶ │ ObjHeader: ob_refcnt         │  8
//!            │            ob_type           │  8
//!            │ payload (the type's struct)  │  basicsize − 16
//!            │ inline items (var types)     │  itemsize × n
//!            └──────────────────────────────┘
//! ```
//!
//! and the request is `pre-header + basicsize + itemsize × n`, CPython's rule, so size
//! classes and the spacing of `id()`s come out of the allocator as in CPython (A.8 of
//! `cpython-memory.md`):
//!
//! | type | pre | header | payload | request | block | CPython 3.11 |
//! |---|---|---|---|---|---|---|
//! | `object()`, `None` | 0 | 16 | — | 16 | 16 | 16 / 16 |
//! | `int`, `bool` | 0 | 16 | word or boxed bigint 16 | 32 | 32 | 28 / 32 |
//! | `float` | 0 | 16 | f64 8 | 24 | 32 | 24 / 32 |
//! | `str`, ASCII, length L | 0 | 16 | byte len, char len, hash, state 32 + L + 1 | 49 + L | ⌈16⌉ | 49 + L |
//! | n-tuple | 16 | 16 | len 8 + 8n inline | 40 + 8n | 2-tuple: 64 | 40 + 8n |
//! | `list` | 16 | 16 | items ptr, len, cap 24 | 56 | 64 | 56 / 64 |
//! | `dict` | 16 | 16 | used, version, table 24 + 8 | 64 | 64 | 64 / 64 |
//! | type object | 16 | 16 | `TypeObject` with slots 352 | 368 | 368 | static (not heap) for builtins |
//!
//! A list's item array is a separate block of the same heap ([`ObjVec`]), as CPython's
//! `PyMem_Malloc` arrays are pymalloc blocks; above 512 bytes the heap itself passes the
//! request to the system allocator, as pymalloc does. The dict and set tables are Rust
//! allocations for now (`types/dict.rs`, `types/set.rs` say why and what they model).
//!
//! # The GC pre-header
//!
//! Container types (`HAVE_GC`) carry CPython 3.11's `PyGC_Head` in front: `_gc_next`
//! (0 = untracked) and `_gc_prev`, whose low bits are FINALIZED (bit 0, never cleared) and
//! COLLECTING (bit 1); during a collection `gc_refs` lives in `_gc_prev` above the flags
//! and bit 0 of `_gc_next` marks "unreachable". Tracked objects are linked into the
//! generation lists (`gclist.rs`: append/remove/move/merge, all O(1), in CPython's list
//! order). Lists and non-empty tuples are tracked at creation, dicts on their first
//! possibly-tracked insert; `()` and builtin type objects never. Each allocation of a GC
//! object counts toward generation 0, each free of one counts back (`gc.get_count()[0]`);
//! the automatic collection will hook into that allocation, as 3.11 collects synchronously.
//!
//! # Type objects
//!
//! Each type is an object of the type `type` (whose `ob_type` is itself), allocated on the
//! heap at start-up and released last at teardown; its payload is a [`TypeObject`]: name,
//! basicsize/itemsize, flags, pre-header size, and the slot table (`release`,
//! `tp_traverse`, `tp_clear`; more later) copied in so dispatch is one load off `ob_type`.
//! Why heap objects rather than Rust statics: `type(x)` must return a refcounted object that
//! `is`-compares and lives in the same heap as everything else; a static shared by several
//! runtimes on several threads could not have a plain (non-atomic) refcount; and teardown
//! can then prove the heap empty. Instances of builtin types do not count a reference to
//! their type (the runtime keeps it alive, as CPython's static types); instances of heap
//! types (`HEAPTYPE`, classes, later) do, taken in alloc and dropped after the block is
//! freed, as in `subtype_dealloc`. Native Rust types are described by a [`TypeSpec`] built
//! from their payload struct ([`Payload`] / [`VarPayload`]); the payload's Rust `TypeId`
//! is recorded, and every downcast checks it through the type pointer.
//!
//! # Handles
//!
//! [`ObjRef`] is the owning handle: `Clone` = incref, `Drop` = decref (a plain add/sub and a
//! branch; release is an out-of-line cold call). `&ObjRef` borrows with no refcount traffic.
//! [`ObjPtr`] is the raw, non-owning pointer of lists, tables and traversal visitors.
//! Handles are `!Send`/`!Sync`. Payloads are shared through handles, so mutable state uses
//! cells: [`ObjVec`] never hands out references into its storage, values come out as new
//! handles and replaced values are returned to the caller. Tuple items and string bytes
//! never change after construction, so they are borrowed as slices. Debug builds check each
//! incref and decref against refcount underflow and against our own poison mark in freed
//! headers (use after free), and keep a registry of live blocks that detects double frees
//! and names the leaks.
//!
//! A decref cannot find its heap through the handle, so each thread has a pointer to its
//! runtime (`runtime.rs`): at most one runtime per thread; a second one is an error
//! ([`RuntimeError::AlreadyLive`]); tests in parallel threads each have their own.
//!
//! # Release
//!
//! When a count reaches zero (`release.rs`):
//! 1. If the type has a finalizer and the FINALIZED bit is clear, the object is resurrected
//!    (count 1) into the finalizer queue, and nothing else happens now (`finalize.rs`).
//! 2. A GC object is untracked and enters the trashcan: if 50 releases
//!    ([`TRASHCAN_UNWIND_LEVEL`], 3.11's) are already nested, it is pushed on a deferred
//!    stack linked through its `_gc_prev`, and the outermost release then destroys that
//!    stack (newest first, each again with 49 levels), exactly as
//!    `_PyTrash_thread_destroy_chain`. So a million-node chain never recurses more than 50
//!    deep, and objects still begin to die in chain order, as `__del__` runs in CPython.
//! 3. The type's `release` slot drops the payload, which releases the children in
//!    CPython's order: list and tuple items LAST TO FIRST; dict entries FIRST TO LAST (key,
//!    then value); instance attributes first to last (later).
//! 4. The block goes back to the heap (debug builds poison the header first); a heap type
//!    loses the instance's reference.
//!
//! # Finalizers
//!
//! Python code (`__del__`, weakref callbacks) must not run inside an arbitrary decref, so a
//! dying finalizable object waits in a queue that the eval loop drains at the next
//! instruction boundary ([`Runtime::drain_finalizers`]): set FINALIZED, run, drop the
//! queue's reference (which continues the release unless the finalizer resurrected the
//! object; it never runs twice). Objects queued while an entry is processed are processed
//! next, which reproduces CPython's depth-first order of `__del__` calls. Types declare a
//! finalizer with `TypeFlags::HAS_FINALIZE` (classes with `__del__`); weakref callbacks
//! will use the same queue, the weakref machinery deciding per object whether a dying
//! referent has callbacks to run (a per-type "needs finalization" check is the intended
//! extension, so that types supporting weakrefs do not queue every instance).
//!
//! # Singletons, small ints, interning, teardown
//!
//! [`Runtime::new`] builds the types, `None`, `True`, `False`, `()` and the ints -5..=256
//! (shared, as `_PyLong_SMALL_INTS`), and an interning table whose strings are mortal as in
//! 3.11 ([`Runtime::intern`]). Dropping the runtime (or [`Runtime::teardown`]) drains the
//! finalizer queue without running finalizers, releases the singletons, checks that nothing
//! but the type objects is live, releases those, and checks the heap is empty. If blocks are
//! still live it reports them ([`TeardownReport`], names in debug builds) and keeps the
//! heap as a zombie so late drops stay sound.
//!
//! # Behaviour: slots, operations, errors
//!
//! A type object's slot table also holds the behaviour slots of `protocol.rs` (CPython's
//! `tp_repr`, `tp_hash`, `tp_richcompare`, `nb_*`, `sq_*`, `mp_*`, `tp_iter`/`tp_iternext`),
//! inherited from the base type when left empty; each type's file under `types/` fills
//! them with CPython's semantics. `ops/` is the abstract object API the eval loop calls
//! (`binary_op`, `compare`, `get_item`, `get_iter`/`iter_next`, `repr`, `hash`, ...), with
//! CPython's dispatch order (`binary_op1`, `do_richcompare`) and TypeError texts. Errors
//! are Rust values: [`PyResult`]`<T>` = `Result<T, `[`PyErr`]`>`, where a `PyErr` owns an
//! exception object of the builtin hierarchy (`errors.rs`, `types/exception.rs`). Types
//! have a base and an MRO (single inheritance for now), which `isinstance` and `except`
//! matching walk.
//!
//! # Where the `unsafe` is
//!
//! Raw pointers are confined to `object.rs` (header, handle, payload access), `heap.rs`
//! (allocation, layout, [`ObjVec`]), `release.rs` (dealloc, trashcan), `gclist.rs` (the
//! intrusive lists) and `runtime.rs` (the thread-local state); `intern.rs` and
//! `types/str.rs` each have one small block. Everything else, and everything later, is safe
//! Rust over the handle API.

mod args;
mod builtin_dirs;
pub mod builtins;
mod cell;
pub mod east_asian_width;
pub mod errors;
pub mod eval;
mod finalize;
mod frame;
mod freelist;
mod gclist;
mod heap;
pub mod import;
mod import_source;
pub mod intern;
pub mod interp;
mod linecache;
pub mod mathmodule;
mod object;
pub mod ops;
pub mod protocol;
mod release;
mod runtime;
pub mod siphash;
mod stack;
pub mod stdio;
mod suggestions;
pub mod sysmodule;
pub mod timemodule;
pub mod traceback;
mod typeobj;
pub mod types;

pub use builtins::new_builtins_module;
pub use cell::ObjCell;
pub use errors::{ExcKind, PyErr, PyResult};
pub use gclist::NUM_GENERATIONS;
pub use heap::{AllocError, LiveReport, ObjVec};
pub use import::{import_from, import_name};
pub use interp::{
    run_captured, run_captured_with, Config, Interpreter, RunOutput, KEYBOARD_INTERRUPT_STATUS,
};
pub use object::{ObjPtr, ObjRef, Payload, VarPayload, GC_HEAD_SIZE, HEADER_SIZE};
pub use release::{ReleaseHook, TRASHCAN_UNWIND_LEVEL};
pub use runtime::{
    BuiltinTypes, Runtime, RuntimeError, TeardownReport, SMALL_INT_MAX, SMALL_INT_MIN,
};
pub use stdio::StdioMode;
pub use sysmodule::new_sys_module;
pub use typeobj::{
    ClearFn, MethodDef, MethodKind, TraverseFn, TypeFlags, TypeObject, TypeSlots, TypeSpec,
};
