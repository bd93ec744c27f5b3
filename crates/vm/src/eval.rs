//! The eval loop: runs bytecode (CPython 3.11's `_PyEval_EvalFrameDefault`).
//!
//! [`run`] decodes one instruction, matches its opcode and calls a small handler (grouped by
//! topic in `eval/`: `names` for locals, globals and closures, `calls` for calls, frames and
//! function creation, `build` for containers, unpacking and f-strings, `exceptions` for
//! raising, unwinding and chaining). Python-to-Python calls push a [`Frame`] on the loop's
//! own frame stack and continue in the same Rust loop; `RETURN_VALUE` pops it (see
//! `frame.rs` for the shared value stack). Locals are slots, never looked up by name.
//!
//! Errors are `PyErr` values. When an instruction fails, the loop applies CPython's implicit
//! chaining (`__context__`), adds a traceback entry for the frame, and looks the instruction
//! up in the code's exception table: a handler gets the stack cut to its depth, `lasti` if
//! asked, the exception, and control; no handler pops the frame and the error continues in
//! the caller at its `CALL` (a traceback entry per frame, as `PyTraceBack_Here`).
//!
//! Entry points: [`run_module_code`] (the embedding API runs a module with it) and
//! [`call_function`] (a function's `call` slot, used when Rust code calls a Python function:
//! a nested loop, guarded against native stack overflow).

mod build;
mod calls;
mod exceptions;
mod fast;
mod names;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use bytecode::{BinaryOp, CodeObject, CompareOp, Opcode};

use crate::errors::{ExcKind, PyErr, PyResult};
use crate::frame::ExecStack;
use crate::object::ObjRef;
use crate::ops;
use crate::protocol::UnaryOp;
use crate::runtime::Runtime;
use crate::types::code;

pub use exceptions::current_exception;

/// Native stack left unused below the deepest nested loop, for the Rust code that runs
/// after the check (builtins, repr and comparison recursion, which have their own limits).
const NATIVE_STACK_MARGIN: usize = 512 << 10;
/// The budget when the thread's stack size cannot be found (2 MiB test threads are safe).
const FALLBACK_STACK_BUDGET: usize = 1 << 20;
/// The main thread's stack grows on demand up to `ulimit -s` (8 MiB by default).
const MAIN_STACK_BUDGET: usize = 6 << 20;

thread_local! {
    /// This thread's native stack budget, found once (see [`native_stack_budget`]).
    static STACK_BUDGET: Cell<Option<usize>> = const { Cell::new(None) };
}

/// How much native stack nested Rust-level loops may use below `origin` (an address in the
/// outermost loop's frame): on Linux the thread's stack mapping in `/proc/self/maps` tells
/// its real size (the CLI and the test suite run programs on 1 GiB threads); elsewhere a
/// conservative 1 MiB.
fn native_stack_budget(origin: usize) -> usize {
    if let Some(b) = STACK_BUDGET.with(Cell::get) {
        return b;
    }
    let found = std::fs::read_to_string("/proc/self/maps")
        .ok()
        .and_then(|maps| {
            maps.lines().find_map(|line| {
                let range = line.split_whitespace().next()?;
                let (lo, hi) = range.split_once('-')?;
                let lo = usize::from_str_radix(lo, 16).ok()?;
                let hi = usize::from_str_radix(hi, 16).ok()?;
                if !(lo <= origin && origin < hi) {
                    return None;
                }
                Some(if line.ends_with("[stack]") {
                    MAIN_STACK_BUDGET
                } else {
                    (origin - lo).saturating_sub(NATIVE_STACK_MARGIN)
                })
            })
        })
        .unwrap_or(FALLBACK_STACK_BUDGET);
    STACK_BUDGET.with(|b| b.set(Some(found)));
    found
}

/// The eval loop's per-thread state, kept in the runtime.
#[derive(Default)]
pub(crate) struct EvalState {
    /// The exception being handled (`tstate->exc_info->exc_value`), set by `PUSH_EXC_INFO`.
    pub(crate) exc_info: RefCell<Option<ObjRef>>,
    /// The NULL marker shared by every `ExecStack`.
    null: RefCell<Option<ObjRef>>,
    /// Spare stacks for loops entered from Rust.
    pool: RefCell<Vec<ExecStack>>,
    /// Rust-level loops currently running on this thread.
    nesting: Cell<usize>,
    /// Stack address at the outermost loop's entry (for the native stack budget).
    stack_origin: Cell<usize>,
    /// `LOAD_METHOD`'s cache of method descriptors: direct-mapped on (type, name); each
    /// entry keeps its type and name alive so their addresses cannot be reused while cached.
    method_cache: RefCell<Vec<Option<MethodCacheEntry>>>,
}

struct MethodCacheEntry {
    ty: ObjRef,
    name: ObjRef,
    descr: ObjRef,
}

const METHOD_CACHE_SIZE: usize = 1024;

/// The cache slot of (type, name): both addresses mixed by a multiplicative hash, whose top
/// bits spread any two pairs apart. (XOR of the shifted addresses kept their regular
/// spacing, and `dict.get` and `list.append` could share a slot and evict each other on
/// every call.)
#[inline(always)]
fn method_cache_slot(ty: &ObjRef, name: &ObjRef) -> usize {
    const BITS: u32 = METHOD_CACHE_SIZE.trailing_zeros();
    let key = (ty.id() as u64) ^ (name.id() as u64).rotate_left(29);
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BITS)) as usize
}

impl EvalState {
    /// Everything holding objects, for teardown.
    pub(crate) fn take_objects(&self) -> Vec<ObjRef> {
        let mut out = Vec::new();
        out.extend(self.exc_info.borrow_mut().take());
        for mut ex in self.pool.borrow_mut().drain(..) {
            ex.clear();
            out.push(ex.null);
        }
        out.extend(self.null.borrow_mut().take());
        for e in self.method_cache.borrow_mut().drain(..).flatten() {
            out.extend([e.descr, e.name, e.ty]);
        }
        out
    }
}

/// Takes a stack from the pool (or makes one) and marks a Rust-level entry; RecursionError
/// when the native stack budget is spent.
fn enter_loop(rt: &Runtime) -> PyResult<ExecStack> {
    let st = &rt.state().eval;
    let marker = 0u8;
    let here = &marker as *const u8 as usize;
    if st.nesting.get() == 0 {
        st.stack_origin.set(here);
    } else if st.stack_origin.get().saturating_sub(here)
        > native_stack_budget(st.stack_origin.get())
    {
        return Err(rt.new_err(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded while calling a Python object",
        ));
    }
    st.nesting.set(st.nesting.get() + 1);
    if let Some(ex) = st.pool.borrow_mut().pop() {
        return Ok(ex);
    }
    let null = {
        let mut n = st.null.borrow_mut();
        match &*n {
            Some(v) => v.clone(),
            None => {
                let v = match rt.new_object() {
                    Ok(v) => v,
                    Err(e) => {
                        st.nesting.set(st.nesting.get() - 1);
                        return Err(e.into());
                    }
                };
                *n = Some(v.clone());
                v
            }
        }
    };
    Ok(ExecStack::new(null))
}

fn leave_loop(rt: &Runtime, mut ex: ExecStack) {
    ex.clear();
    let st = &rt.state().eval;
    st.nesting.set(st.nesting.get().saturating_sub(1));
    st.pool.borrow_mut().push(ex);
}

/// Runs module-level code with `globals` as its globals and locals (the caller has put
/// `__name__` and `__builtins__` in it). Returns the module body's value (None).
///
/// Equal constants are one object across the module's code objects, as CPython's compiler
/// makes them; and while the module runs, one more reference to each constant written in
/// the source is held, as CPython's parser arena holds one until the module finishes
/// (`pyrun_file` frees the arena after `run_mod`): `sys.getrefcount` of a literal bound to a
/// name is 4, as in python3.
pub fn run_module_code(rt: &Runtime, code: Rc<CodeObject>, globals: &ObjRef) -> PyResult<ObjRef> {
    let mut load = code::ModuleLoad::default();
    let code_obj = code::new_code_in(rt, code, Some(&mut load))?;
    load.end_of_compilation();
    let builtins = crate::types::function::builtins_from_globals(rt, globals)?;
    let mut ex = enter_loop(rt)?;
    let r = calls::push_module_frame(rt, &mut ex, code_obj, globals.clone(), builtins)
        .and_then(|()| run(rt, &mut ex));
    leave_loop(rt, ex);
    drop(load);
    r
}

/// Calls the Python function `func` from Rust (its `call` slot): binds the arguments and
/// runs a nested loop until the function returns.
pub fn call_function(
    rt: &Runtime,
    func: &ObjRef,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let mut ex = enter_loop(rt)?;
    let r = calls::push_function_frame_from(rt, &mut ex, func.clone(), args, kwnames)
        .and_then(|()| run(rt, &mut ex));
    leave_loop(rt, ex);
    r
}

/// Where an error came from, which decides what the unwinder adds to it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrOrigin {
    /// Raised by an operation of this instruction (chained if it has no context yet).
    Fresh,
    /// `raise exc`: always chained to the exception being handled.
    Raise,
    /// `RERAISE` and bare `raise`: no chaining, no traceback entry.
    Reraise,
}

/// What a handler asks of the loop besides continuing.
pub(crate) enum Flow {
    /// Go on with the next instruction of the same frame.
    Continue,
    /// A new frame was pushed (or popped, on return): reload the current frame.
    Switch,
    /// The loop's entry frame returned this value.
    Return(ObjRef),
}

/// Runs the loop until the frame at the bottom of `ex` returns or raises.
fn run(rt: &Runtime, ex: &mut ExecStack) -> PyResult<ObjRef> {
    'frames: loop {
        let Some(frame) = ex.frames.last() else {
            return Err(rt.new_err(ExcKind::SystemError, "eval loop without a frame"));
        };
        let code_obj = frame.code.clone();
        let Some(cp) = rt.types().exact.code.payload(&code_obj) else {
            return Err(rt.new_err(ExcKind::SystemError, "frame without a code object"));
        };
        let co: &CodeObject = cp.code();
        let instrs = cp.ops();
        let base = frame.base;
        let mut ip = frame.ip;
        // The pending KW_NAMES operand (a constant tuple of names) for the next CALL.
        let mut kwnames: Option<usize> = None;
        loop {
            let Some(&code::Op { op, arg }) = instrs.get(ip) else {
                return Err(rt.new_err(ExcKind::SystemError, "ran off the end of the code"));
            };
            ip += 1;
            let mut origin = ErrOrigin::Fresh;
            let r: PyResult<()> = match op {
                Opcode::Nop | Opcode::ExtendedArg => Ok(()),
                Opcode::PopTop => {
                    drop(ex.values.pop());
                    Ok(())
                }
                Opcode::PushNull => {
                    let n = ex.null.clone();
                    ex.values.push(n);
                    Ok(())
                }
                Opcode::Copy => ex.copy(rt, arg as usize),
                Opcode::Swap => ex.swap(rt, arg as usize),
                Opcode::LoadConst => ex.load_const(rt, cp, arg as usize),
                Opcode::LoadFast => ex.load_fast(rt, cp, base, arg as usize),
                Opcode::StoreFast => ex.store_fast(rt, base + arg as usize),
                // Superinstructions: the first half, then the next instruction's (`ip` moved
                // past it first, so that an error in it is reported at it).
                Opcode::LoadFastLoadFast => {
                    ex.load_fast(rt, cp, base, arg as usize).and_then(|()| {
                        let next = next_arg(rt, instrs, &mut ip)?;
                        ex.load_fast(rt, cp, base, next)
                    })
                }
                Opcode::LoadFastLoadConst => {
                    ex.load_fast(rt, cp, base, arg as usize).and_then(|()| {
                        let next = next_arg(rt, instrs, &mut ip)?;
                        ex.load_const(rt, cp, next)
                    })
                }
                // Operand fusion: the operator on the operands where they lie when the
                // fast paths cover them (`ip` moved past the run), else the pair.
                Opcode::LoadFastLoadConstBinaryOp | Opcode::LoadFastLoadFastBinaryOp => {
                    match ex.fused_binary(rt, cp, base, op, arg as usize, instrs, &mut ip) {
                        Some(r) => r,
                        None => ex.load_pair(rt, cp, base, op, arg as usize, instrs, &mut ip),
                    }
                }
                Opcode::LoadFastLoadConstCompareOp | Opcode::LoadFastLoadFastCompareOp => {
                    match ex.fused_compare_jump(rt, cp, base, op, arg as usize, instrs, ip) {
                        Some(next) => {
                            ip = next;
                            Ok(())
                        }
                        None => ex.load_pair(rt, cp, base, op, arg as usize, instrs, &mut ip),
                    }
                }
                Opcode::StoreFastLoadFast => {
                    ex.store_fast(rt, base + arg as usize).and_then(|()| {
                        let next = next_arg(rt, instrs, &mut ip)?;
                        ex.load_fast(rt, cp, base, next)
                    })
                }
                Opcode::DeleteFast => ex.delete_fast(rt, cp, base, arg as usize),
                Opcode::LoadName => ex.load_name(rt, cp, arg as usize),
                Opcode::StoreName => ex.store_name(rt, cp, arg as usize),
                Opcode::DeleteName => ex.delete_name(rt, cp, arg as usize),
                Opcode::LoadGlobal => ex.load_global(rt, cp, arg as usize),
                Opcode::StoreGlobal => ex.store_global(rt, cp, arg as usize),
                Opcode::DeleteGlobal => ex.delete_global(rt, cp, arg as usize),
                Opcode::LoadClosure => ex.load_closure(rt, base + arg as usize),
                Opcode::LoadDeref => ex.load_deref(rt, cp, base, arg as usize),
                Opcode::LoadClassderef => ex.load_classderef(rt, cp, base, arg as usize),
                Opcode::StoreDeref => ex.store_deref(rt, base + arg as usize),
                Opcode::DeleteDeref => ex.delete_deref(rt, cp, base, arg as usize),
                Opcode::MakeCell => ex.make_cell(rt, base + arg as usize),
                Opcode::CopyFreeVars => ex.copy_free_vars(rt, co, base, arg as usize),
                Opcode::UnaryPositive => ex.unary(rt, UnaryOp::Positive),
                Opcode::UnaryNegative => ex.unary(rt, UnaryOp::Negative),
                Opcode::UnaryInvert => ex.unary(rt, UnaryOp::Invert),
                Opcode::UnaryNot => ex.unary_not(rt),
                Opcode::BinaryOp => ex.binary_op(rt, arg),
                Opcode::CompareOp => match ex.compare_op_jump(rt, arg, instrs, ip) {
                    Some(next) => {
                        ip = next;
                        Ok(())
                    }
                    None => ex.compare_op(rt, arg),
                },
                Opcode::IsOp => ex.is_op(rt, arg),
                Opcode::ContainsOp => ex.contains_op(rt, arg),
                Opcode::BinarySubscr => ex.binary_subscr(rt),
                Opcode::StoreSubscr => ex.store_subscr(rt),
                Opcode::DeleteSubscr => ex.delete_subscr(rt),
                Opcode::BuildSlice => ex.build_slice(rt, arg),
                Opcode::LoadAttr => ex.load_attr(rt, cp, arg as usize),
                Opcode::StoreAttr => ex.store_attr(rt, cp, arg as usize),
                Opcode::DeleteAttr => ex.delete_attr(rt, cp, arg as usize),
                Opcode::LoadMethod => ex.load_method(rt, cp, arg as usize),
                Opcode::BuildTuple => ex.build_tuple(rt, arg as usize),
                Opcode::BuildList => ex.build_list(rt, arg as usize),
                Opcode::BuildSet => ex.build_set(rt, arg as usize),
                Opcode::BuildMap => ex.build_map(rt, arg as usize),
                Opcode::BuildConstKeyMap => ex.build_const_key_map(rt, arg as usize),
                Opcode::BuildString => ex.build_string(rt, arg as usize),
                Opcode::ListAppend => ex.list_append(rt, arg as usize),
                Opcode::SetAdd => ex.set_add(rt, arg as usize),
                Opcode::MapAdd => ex.map_add(rt, arg as usize),
                Opcode::ListExtend => ex.list_extend(rt, arg as usize),
                Opcode::SetUpdate => ex.set_update(rt, arg as usize),
                Opcode::DictUpdate => ex.dict_update(rt, arg as usize),
                Opcode::DictMerge => ex.dict_merge(rt, arg as usize),
                Opcode::ListToTuple => ex.list_to_tuple(rt),
                Opcode::UnpackSequence => ex.unpack_sequence(rt, arg as usize),
                Opcode::UnpackEx => ex.unpack_ex(rt, arg),
                Opcode::FormatValue => ex.format_value(rt, arg),
                // A backward jump is where a loop can spin: the "eval breaker" check for
                // a pending Ctrl-C, as CPython's JUMP_BACKWARD does.
                Opcode::Jump if (arg as usize) < ip && rt.take_interrupt() => {
                    Err(keyboard_interrupt(rt))
                }
                Opcode::Jump => {
                    ip = arg as usize;
                    Ok(())
                }
                Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                    let want = op == Opcode::PopJumpIfTrue;
                    match ex.pop_truth(rt) {
                        Ok(t) => {
                            if t == want {
                                ip = arg as usize;
                            }
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => {
                    let want = op == Opcode::PopJumpIfNone;
                    match ex.values.pop() {
                        Some(v) => {
                            if rt.is_none(&v) == want {
                                ip = arg as usize;
                            }
                            Ok(())
                        }
                        None => Err(stack_underflow(rt)),
                    }
                }
                Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                    let want = op == Opcode::JumpIfTrueOrPop;
                    match ex.top_truth(rt) {
                        Ok(t) => {
                            if t == want {
                                ip = arg as usize;
                            } else {
                                drop(ex.values.pop());
                            }
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Opcode::GetIter => ex.get_iter(rt),
                Opcode::ForIter => match ex.for_iter(rt) {
                    Ok(true) => Ok(()),
                    Ok(false) => {
                        ip = arg as usize;
                        Ok(())
                    }
                    Err(e) => Err(e),
                },
                Opcode::MakeFunction => ex.make_function(rt, arg),
                Opcode::KwNames => {
                    kwnames = Some(arg as usize);
                    Ok(())
                }
                Opcode::Call if rt.take_interrupt() => Err(keyboard_interrupt(rt)),
                Opcode::Call => {
                    let kw = kwnames.take().and_then(|k| cp.consts().get(k));
                    set_ip(ex, ip);
                    match ex.call(rt, arg as usize, kw) {
                        Ok(Flow::Continue) => Ok(()),
                        Ok(_) => continue 'frames,
                        Err(e) => Err(e),
                    }
                }
                Opcode::CallFunctionEx => {
                    set_ip(ex, ip);
                    match ex.call_function_ex(rt, arg) {
                        Ok(Flow::Continue) => Ok(()),
                        Ok(_) => continue 'frames,
                        Err(e) => Err(e),
                    }
                }
                Opcode::ReturnValue => match ex.return_value(rt) {
                    Ok(Flow::Return(v)) => return Ok(v),
                    Ok(_) => continue 'frames,
                    Err(e) => Err(e),
                },
                Opcode::RaiseVarargs => {
                    let (e, o) = ex.raise_varargs(rt, arg);
                    origin = o;
                    Err(e)
                }
                Opcode::Reraise => {
                    origin = ErrOrigin::Reraise;
                    Err(ex.reraise(rt))
                }
                Opcode::PushExcInfo => ex.push_exc_info(rt),
                Opcode::PopExcept => ex.pop_except(rt),
                Opcode::CheckExcMatch => ex.check_exc_match(rt),
                Opcode::LoadAssertionError => {
                    ex.values.push(rt.exc_type(ExcKind::AssertionError).clone());
                    Ok(())
                }
                Opcode::ImportName => ex.import_name(rt, cp, arg as usize),
                Opcode::ImportFrom => ex.import_from(rt, cp, arg as usize),
                Opcode::SetupAnnotations => ex.setup_annotations(rt),
                Opcode::ImportStar => ex.import_star(rt),
                Opcode::PrintExpr => Err(unsupported(rt, "the interactive echo (PRINT_EXPR)")),
                Opcode::LoadBuildClass => Err(unsupported(rt, "classes")),
                Opcode::BeforeWith | Opcode::WithExceptStart => {
                    Err(unsupported(rt, "the 'with' statement"))
                }
                Opcode::ReturnGenerator
                | Opcode::YieldValue
                | Opcode::Send
                | Opcode::GetYieldFromIter => Err(unsupported(rt, "generators")),
            };
            if let Err(e) = r {
                // No failing instruction moves `ip`, so the instruction is the one before it.
                let lasti = ip - 1;
                set_ip(ex, ip);
                match exceptions::unwind(rt, ex, e, lasti, origin) {
                    Ok(()) => continue 'frames,
                    Err(e) => return Err(e),
                }
            }
        }
    }
}

/// The operand of the instruction at `ip` (the second half of a superinstruction), with
/// `ip` moved past it.
#[inline(always)]
fn next_arg(rt: &Runtime, instrs: &[code::Op], ip: &mut usize) -> PyResult<usize> {
    let Some(next) = instrs.get(*ip) else {
        return Err(bad_operand(rt));
    };
    *ip += 1;
    Ok(next.arg as usize)
}

/// The truth value a `POP_JUMP_IF_FALSE/TRUE` jumps on (`None` for any other opcode): what
/// a comparison fused with the jump after it tests its result against.
#[inline(always)]
fn jump_sense(op: Opcode) -> Option<bool> {
    match op {
        Opcode::PopJumpIfFalse => Some(false),
        Opcode::PopJumpIfTrue => Some(true),
        _ => None,
    }
}

/// Whether an operand-fusing instruction's second operand is a constant (else a local).
#[inline(always)]
fn second_is_const(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::LoadFastLoadConstBinaryOp | Opcode::LoadFastLoadConstCompareOp
    )
}

/// Saves the resume point of the current frame (before a call can switch frames).
#[inline(always)]
fn set_ip(ex: &mut ExecStack, ip: usize) {
    if let Some(f) = ex.frames.last_mut() {
        f.ip = ip;
    }
}

/// A construct outside this subset: a clean Python exception, never a panic.
fn unsupported(rt: &Runtime, what: &str) -> PyErr {
    rt.new_err(
        ExcKind::NotImplementedError,
        format!("{what} not supported yet"),
    )
}

#[cold]
fn stack_underflow(rt: &Runtime) -> PyErr {
    rt.new_err(ExcKind::SystemError, "value stack underflow")
}

#[cold]
fn bad_operand(rt: &Runtime) -> PyErr {
    rt.new_err(ExcKind::SystemError, "bad instruction operand")
}

/// Stack primitives and the small handlers that need nothing else.
impl ExecStack {
    #[inline(always)]
    fn pop(&mut self, rt: &Runtime) -> PyResult<ObjRef> {
        self.values.pop().ok_or_else(|| stack_underflow(rt))
    }

    /// `LOAD_FAST`: the local in slot `i` (UnboundLocalError if it has no value).
    #[inline(always)]
    fn load_fast(
        &mut self,
        rt: &Runtime,
        cp: &code::CodePayload,
        base: usize,
        i: usize,
    ) -> PyResult<()> {
        match self.values.get(base + i) {
            Some(v) if !v.is(&self.null) => {
                let v = v.clone();
                self.values.push(v);
                Ok(())
            }
            _ => Err(names::unbound_local(rt, cp, i)),
        }
    }

    /// `LOAD_CONST`.
    #[inline(always)]
    fn load_const(&mut self, rt: &Runtime, cp: &code::CodePayload, i: usize) -> PyResult<()> {
        match cp.consts().get(i) {
            Some(c) => {
                self.values.push(c.clone());
                Ok(())
            }
            None => Err(bad_operand(rt)),
        }
    }

    /// The item `i` places below the top (0 = top).
    #[inline(always)]
    fn peek(&self, rt: &Runtime, i: usize) -> PyResult<&ObjRef> {
        let n = self.values.len();
        if i >= n {
            return Err(stack_underflow(rt));
        }
        Ok(&self.values[n - 1 - i])
    }

    /// `… a b → … r` for a binary operation's result, releasing `a` then `b` as CPython
    /// does. The caller has checked that two values are there.
    #[inline(always)]
    fn replace_top_two(&mut self, r: ObjRef) {
        let b = self.values.pop();
        if let Some(slot) = self.values.last_mut() {
            drop(std::mem::replace(slot, r));
        }
        drop(b);
    }

    fn copy(&mut self, rt: &Runtime, i: usize) -> PyResult<()> {
        let v = self.peek(rt, i.wrapping_sub(1))?.clone();
        self.values.push(v);
        Ok(())
    }

    fn swap(&mut self, rt: &Runtime, i: usize) -> PyResult<()> {
        let n = self.values.len();
        if i < 2 || i > n {
            return Err(stack_underflow(rt));
        }
        self.values.swap(n - 1, n - i);
        Ok(())
    }

    fn unary(&mut self, rt: &Runtime, op: UnaryOp) -> PyResult<()> {
        let v = self.pop(rt)?;
        let r = ops::unary_op(rt, &v, op)?;
        drop(v);
        self.values.push(r);
        Ok(())
    }

    fn unary_not(&mut self, rt: &Runtime) -> PyResult<()> {
        let v = self.pop(rt)?;
        let t = ops::is_true(rt, &v)?;
        drop(v);
        self.values.push(rt.new_bool(!t));
        Ok(())
    }

    fn pop_truth(&mut self, rt: &Runtime) -> PyResult<bool> {
        let v = self.pop(rt)?;
        truth(rt, &v)
    }

    fn top_truth(&mut self, rt: &Runtime) -> PyResult<bool> {
        let v = self.peek(rt, 0)?;
        truth(rt, v)
    }

    fn binary_op(&mut self, rt: &Runtime, arg: u32) -> PyResult<()> {
        let op = BinaryOp::from_arg(arg).ok_or_else(|| bad_operand(rt))?;
        let n = self.values.len();
        if n >= 2 {
            if let Some(r) = fast::binary(rt, &self.values[n - 2], &self.values[n - 1], op) {
                self.replace_top_two(r?);
                return Ok(());
            }
        }
        let b = self.pop(rt)?;
        let a = self.pop(rt)?;
        let r = ops::binary_op(rt, &a, &b, op)?;
        drop(a);
        drop(b);
        self.values.push(r);
        Ok(())
    }

    fn compare_op(&mut self, rt: &Runtime, arg: u32) -> PyResult<()> {
        let op = CompareOp::from_arg(arg).ok_or_else(|| bad_operand(rt))?;
        let n = self.values.len();
        if n >= 2 {
            if let Some(r) = fast::compare(rt, &self.values[n - 2], &self.values[n - 1], op) {
                self.replace_top_two(rt.new_bool(r));
                return Ok(());
            }
        }
        let b = self.pop(rt)?;
        let a = self.pop(rt)?;
        let r = ops::compare(rt, &a, &b, op)?;
        drop(a);
        drop(b);
        self.values.push(r);
        Ok(())
    }

    /// The two operands of an operand-fusing instruction `op` at `ip - 1` (a local, then a
    /// constant or a local), borrowed where they lie; `None` if either local is unbound (the
    /// unfused path raises the error).
    #[inline(always)]
    fn fused_operands<'a>(
        &'a self,
        cp: &'a code::CodePayload,
        base: usize,
        op: Opcode,
        first: usize,
        second: usize,
    ) -> Option<(&'a ObjRef, &'a ObjRef)> {
        let local = |i: usize| self.values.get(base + i).filter(|v| !v.is(&self.null));
        let a = local(first)?;
        let b = if second_is_const(op) {
            cp.consts().get(second)?
        } else {
            local(second)?
        };
        Some((a, b))
    }

    /// An operand-fusing instruction that its fast path does not cover: its two loads (as
    /// the pair superinstruction), `ip` moved past the second.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn load_pair(
        &mut self,
        rt: &Runtime,
        cp: &code::CodePayload,
        base: usize,
        op: Opcode,
        first: usize,
        instrs: &[code::Op],
        ip: &mut usize,
    ) -> PyResult<()> {
        self.load_fast(rt, cp, base, first)?;
        let next = next_arg(rt, instrs, ip)?;
        if second_is_const(op) {
            self.load_const(rt, cp, next)
        } else {
            self.load_fast(rt, cp, base, next)
        }
    }

    /// `LOAD_FAST__LOAD_{CONST,FAST}__BINARY_OP`: the operator's fast path on the operands
    /// where they lie, `ip` moved past the `BINARY_OP` (where an error belongs); `None` when
    /// the fast path does not cover them (nothing has been touched then).
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn fused_binary(
        &mut self,
        rt: &Runtime,
        cp: &code::CodePayload,
        base: usize,
        op: Opcode,
        first: usize,
        instrs: &[code::Op],
        ip: &mut usize,
    ) -> Option<PyResult<()>> {
        let (second, third) = (instrs.get(*ip)?, instrs.get(*ip + 1)?);
        let bop = BinaryOp::from_arg(third.arg)?;
        let (a, b) = self.fused_operands(cp, base, op, first, second.arg as usize)?;
        let r = fast::binary(rt, a, b, bop)?;
        *ip += 2;
        Some(r.map(|v| self.values.push(v)))
    }

    /// `LOAD_FAST__LOAD_{CONST,FAST}__COMPARE_OP` and its jump: the comparison's fast path on
    /// the operands where they lie; returns where to go on, or `None` when the fast path
    /// does not cover them.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn fused_compare_jump(
        &self,
        rt: &Runtime,
        cp: &code::CodePayload,
        base: usize,
        op: Opcode,
        first: usize,
        instrs: &[code::Op],
        ip: usize,
    ) -> Option<usize> {
        let (second, third, jump) = (instrs.get(ip)?, instrs.get(ip + 1)?, instrs.get(ip + 2)?);
        let jump_if = jump_sense(jump.op)?;
        let cop = CompareOp::from_arg(third.arg)?;
        let (a, b) = self.fused_operands(cp, base, op, first, second.arg as usize)?;
        let r = fast::compare(rt, a, b, cop)?;
        Some(if r == jump_if {
            jump.arg as usize
        } else {
            ip + 3
        })
    }

    /// `COMPARE_OP` of two words or floats followed by `POP_JUMP_IF_FALSE/TRUE`: both in one
    /// step, without making the bool (CPython 3.11's `COMPARE_OP_INT_JUMP` /
    /// `COMPARE_OP_FLOAT_JUMP`). `ip` points at the jump; returns where to go on, or `None`
    /// when the general `compare_op` must run (nothing has been touched then).
    #[inline(always)]
    fn compare_op_jump(
        &mut self,
        rt: &Runtime,
        arg: u32,
        instrs: &[code::Op],
        ip: usize,
    ) -> Option<usize> {
        let next = instrs.get(ip)?;
        let jump_if = jump_sense(next.op)?;
        let op = CompareOp::from_arg(arg)?;
        let n = self.values.len();
        if n < 2 {
            return None;
        }
        let r = fast::compare(rt, &self.values[n - 2], &self.values[n - 1], op)?;
        let b = self.values.pop();
        let a = self.values.pop();
        drop(a);
        drop(b);
        Some(if r == jump_if {
            next.arg as usize
        } else {
            ip + 1
        })
    }

    fn is_op(&mut self, rt: &Runtime, arg: u32) -> PyResult<()> {
        let b = self.pop(rt)?;
        let a = self.pop(rt)?;
        let r = a.is(&b) != (arg == 1);
        self.values.push(rt.new_bool(r));
        Ok(())
    }

    fn contains_op(&mut self, rt: &Runtime, arg: u32) -> PyResult<()> {
        let container = self.pop(rt)?;
        let item = self.pop(rt)?;
        let r = ops::contains(rt, &container, &item)? != (arg == 1);
        drop(item);
        drop(container);
        self.values.push(rt.new_bool(r));
        Ok(())
    }

    fn binary_subscr(&mut self, rt: &Runtime) -> PyResult<()> {
        let key = self.pop(rt)?;
        let container = self.pop(rt)?;
        let r = ops::get_item(rt, &container, &key)?;
        drop(container);
        drop(key);
        self.values.push(r);
        Ok(())
    }

    fn store_subscr(&mut self, rt: &Runtime) -> PyResult<()> {
        let key = self.pop(rt)?;
        let container = self.pop(rt)?;
        let value = self.pop(rt)?;
        ops::set_item(rt, &container, &key, value)
    }

    fn delete_subscr(&mut self, rt: &Runtime) -> PyResult<()> {
        let key = self.pop(rt)?;
        let container = self.pop(rt)?;
        ops::del_item(rt, &container, &key)
    }

    fn build_slice(&mut self, rt: &Runtime, arg: u32) -> PyResult<()> {
        let step = if arg == 3 {
            self.pop(rt)?
        } else {
            rt.none().clone()
        };
        let stop = self.pop(rt)?;
        let start = self.pop(rt)?;
        let s = rt.new_slice(start, stop, step)?;
        self.values.push(s);
        Ok(())
    }

    fn load_attr(&mut self, rt: &Runtime, cp: &code::CodePayload, i: usize) -> PyResult<()> {
        let name = cp.names().get(i).ok_or_else(|| bad_operand(rt))?;
        let obj = self.pop(rt)?;
        let v = ops::get_attr(rt, &obj, name)?;
        drop(obj);
        self.values.push(v);
        Ok(())
    }

    /// `LOAD_METHOD`: `… obj → … meth obj` when `obj`'s type (with the generic attribute
    /// lookup) has the method in its table, so the call needs no bound method; else
    /// `… NULL obj.name`.
    fn load_method(&mut self, rt: &Runtime, cp: &code::CodePayload, i: usize) -> PyResult<()> {
        let name = cp.names().get(i).ok_or_else(|| bad_operand(rt))?;
        let obj = self.pop(rt)?;
        if let Some(d) = method_descr_for(rt, &obj, name)? {
            self.values.push(d);
            self.values.push(obj);
            return Ok(());
        }
        let v = ops::get_attr(rt, &obj, name)?;
        drop(obj);
        let n = self.null.clone();
        self.values.push(n);
        self.values.push(v);
        Ok(())
    }

    fn store_attr(&mut self, rt: &Runtime, cp: &code::CodePayload, i: usize) -> PyResult<()> {
        let name = cp.names().get(i).ok_or_else(|| bad_operand(rt))?;
        let obj = self.pop(rt)?;
        let value = self.pop(rt)?;
        ops::set_attr(rt, &obj, name, value)
    }

    fn delete_attr(&mut self, rt: &Runtime, cp: &code::CodePayload, i: usize) -> PyResult<()> {
        let name = cp.names().get(i).ok_or_else(|| bad_operand(rt))?;
        let obj = self.pop(rt)?;
        ops::del_attr(rt, &obj, name)
    }

    fn get_iter(&mut self, rt: &Runtime) -> PyResult<()> {
        let v = self.pop(rt)?;
        let it = ops::get_iter(rt, &v)?;
        drop(v);
        self.values.push(it);
        Ok(())
    }

    /// `FOR_ITER`: pushes the next item (true), or pops the exhausted iterator (false).
    #[inline(always)]
    fn for_iter(&mut self, rt: &Runtime) -> PyResult<bool> {
        let top = self.peek(rt, 0)?;
        // `for i in range(...)`: the range iterator's own step, without the slot call.
        let next = match rt.types().exact.range_iterator.payload(top) {
            Some(it) => it.next(rt)?,
            None => ops::iter_next(rt, top)?,
        };
        match next {
            Some(v) => {
                self.values.push(v);
                Ok(true)
            }
            None => {
                drop(self.values.pop());
                Ok(false)
            }
        }
    }
}

/// The cached method descriptor for `obj.name` when `obj`'s type uses the generic lookup
/// and has such a method (`_PyObject_GetMethod`'s unbound-method case).
fn method_descr_for(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<Option<ObjRef>> {
    let ty = obj.type_object();
    let generic: crate::protocol::GetAttrFn = ops::generic_getattr;
    if !ty
        .proto()
        .getattr
        .is_some_and(|f| std::ptr::fn_addr_eq(f, generic))
    {
        return Ok(None);
    }
    let type_ref = obj.type_ref();
    let slot = method_cache_slot(type_ref, name);
    let cache = &rt.state().eval.method_cache;
    {
        let c = cache.borrow();
        if let Some(Some(e)) = c.get(slot) {
            if e.ty.is(type_ref) && e.name.is(name) {
                return Ok(Some(e.descr.clone()));
            }
        }
    }
    let Some(n) = crate::types::str::as_str(name) else {
        return Ok(None);
    };
    let Some(def) =
        ops::find_method(ty, n).filter(|d| d.kind == crate::typeobj::MethodKind::Instance)
    else {
        return Ok(None);
    };
    let descr = rt.new_method_descr(def, type_ref)?;
    let old = {
        let mut c = cache.borrow_mut();
        if c.is_empty() {
            c.resize_with(METHOD_CACHE_SIZE, || None);
        }
        c.get_mut(slot).and_then(|e| {
            e.replace(MethodCacheEntry {
                ty: type_ref.clone(),
                name: name.clone(),
                descr: descr.clone(),
            })
        })
    };
    drop(old);
    Ok(Some(descr))
}

/// `PyObject_IsTrue` with the singletons first.
#[inline(always)]
fn truth(rt: &Runtime, v: &ObjRef) -> PyResult<bool> {
    if v.is(rt.bool_obj(true)) {
        return Ok(true);
    }
    if v.is(rt.bool_obj(false)) || rt.is_none(v) {
        return Ok(false);
    }
    ops::is_true(rt, v)
}

/// The exception a Ctrl-C becomes (the flag was set by the embedder's SIGINT handler).
#[cold]
fn keyboard_interrupt(rt: &Runtime) -> PyErr {
    rt.new_err_empty(ExcKind::KeyboardInterrupt)
}

/// Runs the pending finalizers (`__del__` arrives with classes; nothing has one yet).
#[inline(always)]
pub(crate) fn drain_finalizers(rt: &Runtime) {
    if rt.pending_finalizers() != 0 {
        rt.drain_finalizers(&mut |_| {});
    }
}
