//! `code`: the heap object for a compiled body (CPython's `PyCodeObject`). It wraps the
//! compiler's [`bytecode::CodeObject`] (plain Rust data) and holds what the eval loop needs as
//! objects, converted once when the code is loaded: the constants (`co_consts`: small ints
//! shared, identifier-like strings interned as CPython's compiler interns them, tuples and
//! frozensets of constants, nested code objects), and the interned names (`co_names`,
//! `co_varnames`), so that `LOAD_CONST` is one clone and keyword binding compares pointers.
//!
//! Code objects are not GC-tracked (as in CPython): their constants cannot refer back to
//! anything mutable. Repr `<code object f at 0x…, file "x.py", line 1>`.

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

use bytecode::{CodeObject, Constant, Instruction, Opcode};

use crate::errors::{ExcKind, PyResult};
use crate::object::{ObjRef, Payload};
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::str as pystr;

pub struct CodePayload {
    code: Rc<CodeObject>,
    /// `co_consts` as objects, indexed like `code.constants`.
    consts: Vec<ObjRef>,
    /// `co_names`, interned.
    names: Vec<ObjRef>,
    /// `co_varnames` then `co_cellvars` then `co_freevars` (CPython's `co_localsplusnames`),
    /// interned: keyword arguments are matched against them by identity first.
    localsplus_names: Vec<ObjRef>,
    /// `LOAD_GLOBAL`'s cache, per name: where the name was found, valid while the globals
    /// and builtins dicts keep the versions recorded (CPython 3.11's `LOAD_GLOBAL_MODULE` /
    /// `LOAD_GLOBAL_BUILTIN` caches). Plain data: no references are held.
    /// One entry per name, made with the code object. An entry never written has versions
    /// 0, which only a dict never written to has, and such a dict has no entry to find.
    global_cache: Box<[Cell<GlobalCacheEntry>]>,
    /// The instructions as the eval loop reads them (see [`Op`]); same indices as the
    /// compiler's.
    ops: Box<[Op]>,
    /// Slots of a frame: locals, cells and free variables (`co_nlocalsplus`).
    frame_slots: usize,
    /// Slots plus the deepest the evaluation stack gets (`co_framesize` without the header).
    frame_size: usize,
    /// The positional argument count that binds in place with nothing else to do: the
    /// parameter count of a code without `*args`, `**kwargs` or keyword-only parameters,
    /// `usize::MAX` for any other code (no call passes that many).
    simple_argc: usize,
}

/// One instruction decoded for the eval loop: its opcode and full operand, one load each.
/// An `EXTENDED_ARG` prefix's operand is folded into the instruction it prefixes (the one
/// jumps land on), and the prefix itself becomes a `NOP`, so the loop never meets one.
#[derive(Clone, Copy)]
pub struct Op {
    pub op: Opcode,
    pub arg: u32,
}

/// The code's instructions as [`Op`]s.
fn decode_ops(code: &[Instruction]) -> Box<[Op]> {
    let mut ops: Vec<Op> = code
        .iter()
        .map(|i| Op {
            op: i.opcode(),
            arg: i.arg(),
        })
        .collect();
    for d in bytecode::decode(code) {
        if let Some(o) = ops.get_mut(d.index) {
            o.arg = d.arg;
        }
        for prefix in d.start..d.index {
            if let Some(o) = ops.get_mut(prefix) {
                *o = Op {
                    op: Opcode::Nop,
                    arg: 0,
                };
            }
        }
    }
    // Superinstructions over the first of each pair or run (CPython 3.11 quickens the same
    // way). The others keep their places and operands: jumps into them and their error
    // positions work.
    // A pair never swallows the head of a fused run (that would leave the run unfused).
    let opcodes: Vec<Opcode> = ops.iter().map(|o| o.op).collect();
    let fused: Vec<Option<Opcode>> = (0..ops.len())
        .map(|i| Opcode::operand_fusion(&opcodes[i..]))
        .collect();
    for (i, o) in ops.iter_mut().enumerate() {
        let pair = || match (opcodes.get(i + 1), fused.get(i + 1)) {
            (Some(&next), Some(None)) => o.op.superinstruction(next),
            _ => None,
        };
        if let Some(sup) = fused[i].or_else(pair) {
            o.op = sup;
        }
    }
    // A trailing prefix with nothing after it (never made by the compiler) does nothing.
    for o in ops.iter_mut().filter(|o| o.op == Opcode::ExtendedArg) {
        *o = Op {
            op: Opcode::Nop,
            arg: 0,
        };
    }
    ops.into_boxed_slice()
}

/// Where a global name was found.
#[derive(Clone, Copy, Default)]
pub struct GlobalCacheEntry {
    pub globals_version: u64,
    pub builtins_version: u64,
    /// Found in the builtins dict (else in the globals dict).
    pub in_builtins: bool,
    /// Entry index in that dict.
    pub index: usize,
}

impl Payload for CodePayload {}

impl CodePayload {
    /// The compiler's code object.
    #[inline]
    pub fn code(&self) -> &Rc<CodeObject> {
        &self.code
    }

    /// `co_consts`.
    #[inline]
    pub fn consts(&self) -> &[ObjRef] {
        &self.consts
    }

    /// `co_names`.
    #[inline]
    pub fn names(&self) -> &[ObjRef] {
        &self.names
    }

    /// The names of the frame slots: locals, then cells, then free variables.
    #[inline]
    pub fn localsplus_names(&self) -> &[ObjRef] {
        &self.localsplus_names
    }

    /// The decoded instructions (see [`Op`]).
    #[inline(always)]
    pub fn ops(&self) -> &[Op] {
        &self.ops
    }

    /// Slots of a frame: locals, cells and free variables.
    #[inline(always)]
    pub fn frame_slots(&self) -> usize {
        self.frame_slots
    }

    /// Slots plus the deepest the evaluation stack gets.
    #[inline(always)]
    pub fn frame_size(&self) -> usize {
        self.frame_size
    }

    /// See the field: a call with exactly this many positional arguments and no keywords
    /// binds them where they lie.
    #[inline(always)]
    pub fn simple_argc(&self) -> usize {
        self.simple_argc
    }

    /// The cached location of global name `i`.
    #[inline(always)]
    pub fn cached_global(&self, i: usize) -> Option<GlobalCacheEntry> {
        self.global_cache.get(i).map(Cell::get)
    }

    /// Records where global name `i` was found.
    pub fn cache_global(&self, i: usize, entry: GlobalCacheEntry) {
        if let Some(slot) = self.global_cache.get(i) {
            slot.set(entry);
        }
    }
}

fn code_repr(_: &Runtime, obj: &ObjRef) -> PyResult<String> {
    Ok(match payload(obj) {
        Some(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.code.name,
            obj.id(),
            c.code.filename,
            c.code.first_line
        ),
        None => String::new(),
    })
}

/// `code.co_name` & co.: the few attributes scripts look at.
fn code_getattr(rt: &Runtime, obj: &ObjRef, name: &ObjRef) -> PyResult<ObjRef> {
    let Some(c) = payload(obj) else {
        return Err(crate::ops::attribute_error(rt, obj, name));
    };
    let strs = |v: &[Rc<str>]| -> PyResult<ObjRef> {
        let items = v
            .iter()
            .map(|s| rt.intern(s))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rt.new_tuple(items)?)
    };
    let code = &c.code;
    Ok(match pystr::as_str(name).unwrap_or("") {
        "co_name" => rt.intern(&code.name)?,
        "co_qualname" => rt.intern(&code.qualname)?,
        "co_filename" => rt.new_str(&code.filename)?,
        "co_firstlineno" => rt.new_int(i64::from(code.first_line))?,
        "co_argcount" => rt.new_int(i64::from(code.arg_count))?,
        "co_posonlyargcount" => rt.new_int(i64::from(code.posonly_arg_count))?,
        "co_kwonlyargcount" => rt.new_int(i64::from(code.kwonly_arg_count))?,
        "co_flags" => rt.new_int(i64::from(code.flags))?,
        "co_nlocals" => rt.new_int(code.varnames.len() as i64)?,
        "co_stacksize" => rt.new_int(i64::from(code.max_stack))?,
        "co_consts" => rt.new_tuple(c.consts.clone())?,
        "co_names" => rt.new_tuple(c.names.clone())?,
        "co_varnames" => strs(&code.varnames)?,
        "co_cellvars" => strs(&code.cellvars)?,
        "co_freevars" => strs(&code.freevars)?,
        _ => return Err(crate::ops::attribute_error(rt, obj, name)),
    })
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<CodePayload>("code", TypeFlags::NONE).with_proto(ProtocolSlots {
        repr: Some(code_repr),
        getattr: Some(code_getattr),
        ..ProtocolSlots::default()
    })
}

/// What loading a module's code objects keeps for the duration of the module's run.
#[derive(Default)]
pub struct ModuleLoad {
    /// One reference to each constant object that CPython's parser or AST optimizer would
    /// have made (numbers, strings, folded tuples and frozensets): its arena holds them
    /// until the module finishes.
    pub arena: Vec<ObjRef>,
    /// Equal constants are one object across all the code objects of a module (CPython's
    /// per-compilation `c_const_cache`); keyed by the constant's exact form (type and
    /// value, `-0.0` apart from `0.0`).
    cache: HashMap<String, ObjRef>,
}

impl ModuleLoad {
    /// Loading is over: the constant cache goes (as `c_const_cache` with the compiler),
    /// the arena stays.
    pub fn end_of_compilation(&mut self) {
        self.cache.clear();
    }
}

/// Converts one constant to an object, shared with equal constants of the module.
fn constant(rt: &Runtime, c: &Constant, load: &mut Option<&mut ModuleLoad>) -> PyResult<ObjRef> {
    let shareable = matches!(
        c,
        Constant::Int(_)
            | Constant::BigInt(_)
            | Constant::Float(_)
            | Constant::Str(_)
            | Constant::Tuple(_)
            | Constant::FrozenSet(_)
    );
    let key = match (shareable, load.as_deref()) {
        (true, Some(_)) => Some(format!("{c:?}")),
        _ => None,
    };
    if let (Some(k), Some(l)) = (&key, load.as_deref()) {
        if let Some(v) = l.cache.get(k) {
            return Ok(v.clone());
        }
    }
    let v = match c {
        Constant::None => rt.none().clone(),
        Constant::Bool(b) => rt.new_bool(*b),
        Constant::Ellipsis => rt.ellipsis().clone(),
        Constant::Int(v) => rt.new_int(*v)?,
        Constant::BigInt(b) => rt.new_int_big(b.clone())?,
        Constant::Float(x) => rt.new_float(*x)?,
        Constant::Str(s) => rt.str_constant(s)?,
        Constant::Tuple(items) => {
            let objs = items
                .iter()
                .map(|c| constant(rt, c, load))
                .collect::<PyResult<Vec<_>>>()?;
            rt.new_tuple(objs)?
        }
        Constant::FrozenSet(items) => {
            let objs = items
                .iter()
                .map(|c| constant(rt, c, load))
                .collect::<PyResult<Vec<_>>>()?;
            crate::types::set::frozenset_constant(rt, objs)?
        }
        Constant::Code(code) => {
            return new_code_in(rt, code.clone(), load.as_deref_mut());
        }
        Constant::Complex { .. } => {
            return Err(rt.new_err(
                ExcKind::NotImplementedError,
                "complex numbers are not supported yet",
            ))
        }
        Constant::Bytes(_) => {
            return Err(rt.new_err(ExcKind::NotImplementedError, "bytes are not supported yet"))
        }
    };
    if let (Some(k), Some(l)) = (key, load.as_deref_mut()) {
        l.arena.push(v.clone());
        l.cache.insert(k, v.clone());
    }
    Ok(v)
}

/// Loads a compiled body: converts its constants (recursively, nested code included) and
/// interns its names.
pub fn new_code(rt: &Runtime, code: Rc<CodeObject>) -> PyResult<ObjRef> {
    new_code_in(rt, code, None)
}

/// [`new_code`] for a module being loaded: constants shared across its code objects and
/// kept in its arena (see [`ModuleLoad`] and `eval::run_module_code`).
pub fn new_code_in(
    rt: &Runtime,
    code: Rc<CodeObject>,
    mut load: Option<&mut ModuleLoad>,
) -> PyResult<ObjRef> {
    let consts = code
        .constants
        .iter()
        .map(|c| constant(rt, c, &mut load))
        .collect::<PyResult<Vec<_>>>()?;
    let intern_all = |v: &[Rc<str>]| -> PyResult<Vec<ObjRef>> {
        Ok(v.iter()
            .map(|s| rt.intern(s))
            .collect::<Result<Vec<_>, _>>()?)
    };
    let names = intern_all(&code.names)?;
    let global_cache = (0..code.names.len())
        .map(|_| Cell::new(GlobalCacheEntry::default()))
        .collect();
    let mut localsplus_names = intern_all(&code.varnames)?;
    localsplus_names.extend(intern_all(&code.cellvars)?);
    localsplus_names.extend(intern_all(&code.freevars)?);
    let frame_slots = code.frame_slots();
    let simple = code.flags & (bytecode::flags::VARARGS | bytecode::flags::VARKEYWORDS) == 0
        && code.kwonly_arg_count == 0;
    let simple_argc = if simple {
        code.arg_count as usize
    } else {
        usize::MAX
    };
    Ok(rt.alloc(
        &rt.types().code,
        CodePayload {
            ops: decode_ops(&code.instructions),
            frame_slots,
            frame_size: frame_slots + code.max_stack as usize,
            simple_argc,
            code,
            consts,
            names,
            localsplus_names,
            global_cache,
        },
    )?)
}

/// The compiler's code object behind a `code` object.
pub fn code_of(obj: &ObjRef) -> Option<&Rc<CodeObject>> {
    payload(obj).map(CodePayload::code)
}

pub fn payload(obj: &ObjRef) -> Option<&CodePayload> {
    obj.downcast::<CodePayload>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoded_ops_fold_extended_args_into_the_instruction() {
        let mut code = Vec::new();
        bytecode::emit(&mut code, Opcode::LoadConst, (1 << 24) | 5);
        bytecode::emit(&mut code, Opcode::PopTop, 0);
        code.push(Instruction::new(Opcode::ExtendedArg, 2));
        let ops = decode_ops(&code);
        let got: Vec<(Opcode, u32)> = ops.iter().map(|o| (o.op, o.arg)).collect();
        assert_eq!(
            got,
            vec![
                (Opcode::Nop, 0),
                (Opcode::LoadConst, (1 << 24) | 5),
                (Opcode::PopTop, 0),
                (Opcode::Nop, 0),
            ]
        );
    }

    #[test]
    fn operator_runs_fuse_their_operands() {
        let mut code = Vec::new();
        for (op, arg) in [
            (Opcode::LoadFast, 0),
            (Opcode::LoadConst, 1),
            (Opcode::CompareOp, 0),
            (Opcode::PopJumpIfFalse, 9),
            (Opcode::StoreFast, 3),
            (Opcode::LoadFast, 0),
            (Opcode::LoadFast, 1),
            (Opcode::BinaryOp, 10),
            (Opcode::LoadFast, 2),
            (Opcode::LoadConst, 1),
            (Opcode::CompareOp, 2),
            (Opcode::ReturnValue, 0),
        ] {
            bytecode::emit(&mut code, op, arg);
        }
        let got: Vec<(Opcode, u32)> = decode_ops(&code).iter().map(|o| (o.op, o.arg)).collect();
        assert_eq!(
            got,
            vec![
                (Opcode::LoadFastLoadConstCompareOp, 0),
                (Opcode::LoadConst, 1),
                (Opcode::CompareOp, 0),
                (Opcode::PopJumpIfFalse, 9),
                // Not paired with the run's head after it.
                (Opcode::StoreFast, 3),
                (Opcode::LoadFastLoadFastBinaryOp, 0),
                (Opcode::LoadFast, 1),
                (Opcode::BinaryOp, 10),
                // A comparison not followed by a jump keeps the pair only.
                (Opcode::LoadFastLoadConst, 2),
                (Opcode::LoadConst, 1),
                (Opcode::CompareOp, 2),
                (Opcode::ReturnValue, 0),
            ]
        );
    }

    #[test]
    fn pairs_become_superinstructions_and_keep_their_second_half() {
        let mut code = Vec::new();
        for (op, arg) in [
            (Opcode::LoadFast, 0),
            (Opcode::LoadFast, 1),
            (Opcode::LoadConst, 2),
            (Opcode::StoreFast, 3),
            (Opcode::LoadFast, 4),
            (Opcode::ReturnValue, 0),
        ] {
            bytecode::emit(&mut code, op, arg);
        }
        // A prefixed second half is not paired (the pair's opcode is not next to it).
        bytecode::emit(&mut code, Opcode::LoadFast, 5);
        bytecode::emit(&mut code, Opcode::LoadFast, 1 << 24);
        let got: Vec<(Opcode, u32)> = decode_ops(&code).iter().map(|o| (o.op, o.arg)).collect();
        assert_eq!(
            got,
            vec![
                (Opcode::LoadFastLoadFast, 0),
                (Opcode::LoadFastLoadConst, 1),
                (Opcode::LoadConst, 2),
                (Opcode::StoreFastLoadFast, 3),
                (Opcode::LoadFast, 4),
                (Opcode::ReturnValue, 0),
                (Opcode::LoadFast, 5),
                (Opcode::Nop, 0),
                (Opcode::LoadFast, 1 << 24),
            ]
        );
    }
}
