//! Frames and the value stack they share (CPython 3.11's `_PyInterpreterFrame` and the
//! thread's data stack).
//!
//! One eval loop runs on one [`ExecStack`]: a single vector of values holding, for every
//! frame of that loop and contiguously, the frame's `localsplus` (fast locals, then cell and
//! free-variable slots) followed by its evaluation stack; and a vector of small [`Frame`]
//! records (code, function, namespaces, where its slots start, where it resumes). A
//! Python-to-Python call lays the callee's slots right where the caller pushed the
//! arguments (positional arguments are already in place), pushes a `Frame` and continues in
//! the same Rust loop; a return truncates the vector. Once the vectors have grown, calls
//! allocate nothing in Rust.
//!
//! Empty slots (an unbound local, the `NULL` that `PUSH_NULL` pushes below a callable) hold
//! the loop's NULL marker: a private object compared by identity. With it the stack is a
//! plain `Vec<ObjRef>`, so argument slices are passed to callees as they lie, without copies
//! or refcount traffic (which `sys.getrefcount` would see).
//!
//! A loop entered from Rust (a function's `call` slot) takes its own `ExecStack` from a pool
//! kept in the runtime and gives it back when done, so the caller's argument slice stays
//! valid while the nested loop runs. A generator (next issue) will own its frame by moving
//! the frame's slots out of the vector into a heap object, and back in when resumed.

use crate::object::ObjRef;
use crate::stack::Stack;

/// One activation of a code object.
pub(crate) struct Frame {
    /// The `code` object being run.
    pub(crate) code: ObjRef,
    /// The function (None for module code): its closure feeds `COPY_FREE_VARS`.
    pub(crate) func: Option<ObjRef>,
    pub(crate) globals: ObjRef,
    /// The builtins dict.
    pub(crate) builtins: ObjRef,
    /// The locals mapping of `LOAD_NAME`/`STORE_NAME` (module and class bodies).
    pub(crate) locals: Option<ObjRef>,
    /// Index of the frame's first slot (`localsplus[0]`) in the value stack.
    pub(crate) base: usize,
    /// The caller's stack height once the call's callable (and NULL) are removed: the
    /// result goes there.
    pub(crate) call_base: usize,
    /// The next instruction to run when the frame resumes (saved when it calls). Every
    /// frame counts once toward the recursion limit while it is on the stack.
    pub(crate) ip: usize,
    /// The frame object made when an exception passed through (`types/frameobject.rs`).
    pub(crate) frame_obj: Option<ObjRef>,
}

/// The values and frames of one eval loop.
pub(crate) struct ExecStack {
    pub(crate) values: Stack<ObjRef>,
    pub(crate) frames: Stack<Frame>,
    /// The NULL marker (see the module comment).
    pub(crate) null: ObjRef,
    /// Scratch space for argument binding (reused, so binding allocates nothing).
    pub(crate) scratch: Vec<Option<ObjRef>>,
}

impl ExecStack {
    pub(crate) fn new(null: ObjRef) -> ExecStack {
        ExecStack {
            values: Stack::with_capacity(256),
            frames: Stack::with_capacity(16),
            null,
            scratch: Vec::new(),
        }
    }

    /// Drops every value and frame (top first), keeping the capacity.
    pub(crate) fn clear(&mut self) {
        while let Some(f) = self.frames.pop() {
            self.end_frame(f);
        }
        self.values.clear();
        self.scratch.clear();
    }

    /// Releases a popped frame's slots (its locals first to last, then its stack) and then
    /// the frame record. If a frame object for it is held elsewhere (by a traceback), the
    /// object takes the locals instead (CPython's `_PyFrame_Clear` / `take_ownership`).
    #[inline(always)]
    pub(crate) fn end_frame(&mut self, f: Frame) {
        let base = f.base;
        self.end_frame_at(f, base);
    }

    /// `end_frame`, cutting the value stack at `cut` (at most the frame's base: the slots
    /// below it must hold only NULL markers).
    #[inline(always)]
    pub(crate) fn end_frame_at(&mut self, f: Frame, cut: usize) {
        if f.frame_obj.is_some() {
            self.hand_locals_to_frame_object(&f);
        }
        self.values.truncate(cut);
        drop(f);
    }

    #[cold]
    fn hand_locals_to_frame_object(&mut self, f: &Frame) {
        if let Some(fo) = f.frame_obj.as_ref().filter(|fo| fo.refcount() > 1) {
            let nslots = crate::types::code::payload(&f.code)
                .map_or(0, |c| c.code().frame_slots())
                .min(self.values.len().saturating_sub(f.base));
            let null = &self.null;
            let owned: Vec<ObjRef> = self
                .values
                .drain(f.base..f.base + nslots)
                .filter(|v| !v.is(null))
                .collect();
            // Out of memory for the object's array: the locals are simply released.
            let _ = crate::types::frameobject::take_locals(fo, owned.into_iter());
        }
    }
}
