//! Assembly: a finished compiler unit's basic blocks become a [`CodeObject`] — CPython
//! 3.11's `assemble()` with the parts of its flow-graph optimizer whose effect is visible in
//! `dis` output (dead code removal, constant conditions, jump threading, small exit blocks
//! copied into their predecessors, NOPs kept only where they carry a line number).
//!
//! Then, in CPython's order: line numbers are propagated to instructions that have none,
//! the maximum stack depth is computed by a flow analysis over [`Opcode::stack_effect`]
//! (jump and fall-through edges, exception handlers entered at their table depth), each
//! instruction is labelled with its exception handler (`label_exception_targets`), the
//! handler pseudo-instructions vanish, the prologue (`COPY_FREE_VARS`, `MAKE_CELL`,
//! `RETURN_GENERATOR`) is prepended, jump targets become instruction indices with
//! `EXTENDED_ARG` sized to a fixed point, and the exception table is built.

use std::rc::Rc;

use bytecode::{
    flags, instruction::encoded_len, CodeObject, Constant, ExceptionTableEntry, Instruction,
    Opcode, Position,
};

use super::{BasicBlock, Instr, Label, Op, Unit};
use crate::consts::ConstantPool;
use crate::symtable::{Block as SymBlock, BlockKind};

/// Largest exit block copied into a predecessor that jumps to it (CPython's MAX_COPY_SIZE).
const MAX_COPY_SIZE: usize = 4;

fn real(i: &Instr) -> Option<Opcode> {
    match i.op {
        Op::Real(op) => Some(op),
        _ => None,
    }
}

fn is_terminator(i: &Instr) -> bool {
    real(i).is_some_and(|op| op.is_terminator())
}

fn is_jump(i: &Instr) -> bool {
    real(i).is_some_and(|op| op.is_jump())
}

fn is_nop(i: &Instr) -> bool {
    real(i) == Some(Opcode::Nop)
}

/// Whether control can run off the end of this block into the next one.
fn has_fallthrough(b: &BasicBlock) -> bool {
    b.instrs.last().is_none_or(|i| !is_terminator(i))
}

/// A block ending the code object's execution (return or raise).
fn exits_scope(b: &BasicBlock) -> bool {
    b.instrs.last().is_some_and(|i| {
        matches!(
            real(i),
            Some(Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise)
        )
    })
}

struct Graph {
    blocks: Vec<BasicBlock>,
    layout: Vec<Label>,
}

impl Graph {
    fn next_of(&self, pos: usize) -> Option<Label> {
        self.layout.get(pos + 1).copied()
    }

    /// The first instruction reached at `label`, skipping empty blocks.
    fn first_instr(&self, label: Label) -> Option<&Instr> {
        let mut pos = self.layout.iter().position(|&l| l == label)?;
        loop {
            let b = &self.blocks[self.layout[pos]];
            if let Some(i) = b.instrs.first() {
                return Some(i);
            }
            pos += 1;
            if pos >= self.layout.len() {
                return None;
            }
        }
    }

    /// Predecessor counts over reachable blocks; unreachable blocks get `0`, the entry 1.
    fn predecessors(&self) -> Vec<u32> {
        let mut preds = vec![0u32; self.blocks.len()];
        let Some(&entry) = self.layout.first() else {
            return preds;
        };
        let position: std::collections::HashMap<Label, usize> = self
            .layout
            .iter()
            .enumerate()
            .map(|(i, &l)| (l, i))
            .collect();
        preds[entry] = 1;
        let mut stack = vec![entry];
        let mut visited = vec![false; self.blocks.len()];
        visited[entry] = true;
        while let Some(b) = stack.pop() {
            let block = &self.blocks[b];
            let mut visit = |t: Label, stack: &mut Vec<Label>, preds: &mut Vec<u32>| {
                preds[t] += 1;
                if !visited[t] {
                    visited[t] = true;
                    stack.push(t);
                }
            };
            for i in &block.instrs {
                if let Some(t) = i.target {
                    visit(t, &mut stack, &mut preds);
                }
            }
            if has_fallthrough(block) {
                if let Some(&p) = position.get(&b) {
                    if let Some(next) = self.next_of(p) {
                        visit(next, &mut stack, &mut preds);
                    }
                }
            }
        }
        preds
    }
}

/// Truncates each block after its first terminator (CPython's `normalize_basic_block`).
fn normalize(g: &mut Graph) {
    for b in &mut g.blocks {
        if let Some(end) = b.instrs.iter().position(is_terminator) {
            b.instrs.truncate(end + 1);
        }
    }
}

/// Peephole rewrites of one block (CPython's `optimize_basic_block`, the visible parts).
fn optimize_block(g: &mut Graph, label: Label, consts: &mut ConstantPool) {
    let mut i = 0;
    while i < g.blocks[label].instrs.len() {
        let instrs = &g.blocks[label].instrs;
        let op = real(&instrs[i]);
        let next = instrs.get(i + 1).and_then(real);
        match op {
            Some(Opcode::LoadConst) => {
                let constant = consts.get(instrs[i].arg).cloned();
                match (next, constant) {
                    (Some(Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue), Some(c)) => {
                        let jump_if_true = next == Some(Opcode::PopJumpIfTrue);
                        let b = &mut g.blocks[label].instrs;
                        b[i].op = Op::Real(Opcode::Nop);
                        if truthy(&c) == jump_if_true {
                            b[i + 1].op = Op::Real(Opcode::Jump);
                        } else {
                            b[i + 1].op = Op::Real(Opcode::Nop);
                            b[i + 1].target = None;
                        }
                    }
                    (Some(Opcode::IsOp), Some(Constant::None)) => {
                        let jump = instrs.get(i + 2).and_then(real);
                        if matches!(jump, Some(Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue)) {
                            let invert = instrs[i + 1].arg;
                            let b = &mut g.blocks[label].instrs;
                            b[i].op = Op::Real(Opcode::Nop);
                            b[i + 1].op = Op::Real(Opcode::Nop);
                            let if_false = jump == Some(Opcode::PopJumpIfFalse);
                            b[i + 2].op = Op::Real(if (invert != 0) ^ if_false {
                                Opcode::PopJumpIfNotNone
                            } else {
                                Opcode::PopJumpIfNone
                            });
                        }
                    }
                    _ => {}
                }
            }
            Some(Opcode::PushNull) => {
                if next == Some(Opcode::LoadGlobal) && instrs[i + 1].arg & 1 == 0 {
                    let b = &mut g.blocks[label].instrs;
                    b[i].op = Op::Real(Opcode::Nop);
                    b[i + 1].arg |= 1;
                }
            }
            Some(Opcode::BuildTuple) => {
                let n = instrs[i].arg as usize;
                if next == Some(Opcode::UnpackSequence) && instrs[i + 1].arg as usize == n {
                    match n {
                        1 => {
                            let b = &mut g.blocks[label].instrs;
                            b[i].op = Op::Real(Opcode::Nop);
                            b[i + 1].op = Op::Real(Opcode::Nop);
                            i += 1;
                            continue;
                        }
                        2 | 3 => {
                            let b = &mut g.blocks[label].instrs;
                            b[i].op = Op::Real(Opcode::Nop);
                            b[i + 1].op = Op::Real(Opcode::Swap);
                            i += 1;
                            continue;
                        }
                        _ => {}
                    }
                }
                if i >= n && fold_tuple(&mut g.blocks[label].instrs, i, n, consts) {
                    continue;
                }
            }
            _ => {}
        }
        // `and`/`or` chains: a JUMP_IF_x_OR_POP landing on a jump on the same condition
        // goes on to that jump's target; landing on the opposite test, it can pop and skip it.
        let instr = &g.blocks[label].instrs[i];
        if let (Some(op @ (Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop)), Some(t)) =
            (real(instr), instr.target)
        {
            let on_false = op == Opcode::JumpIfFalseOrPop;
            if let Some(target) = g.first_instr(t).cloned() {
                let same = if on_false {
                    [Opcode::JumpIfFalseOrPop, Opcode::Jump]
                } else {
                    [Opcode::JumpIfTrueOrPop, Opcode::Jump]
                };
                let pop_same = if on_false {
                    Opcode::PopJumpIfFalse
                } else {
                    Opcode::PopJumpIfTrue
                };
                let opposite = if on_false {
                    [Opcode::JumpIfTrueOrPop, Opcode::PopJumpIfTrue]
                } else {
                    [Opcode::JumpIfFalseOrPop, Opcode::PopJumpIfFalse]
                };
                let target_op = real(&target);
                let line_ok = instr.pos.line == target.pos.line && !target.pos.is_none();
                if target_op == Some(pop_same) && line_ok && target.target != instr.target {
                    let b = &mut g.blocks[label].instrs[i];
                    b.op = Op::Real(pop_same);
                    b.target = target.target;
                    continue;
                }
                if target_op.is_some_and(|o| same.contains(&o))
                    && line_ok
                    && target.target != instr.target
                {
                    g.blocks[label].instrs[i].target = target.target;
                    continue;
                }
                if target_op.is_some_and(|o| opposite.contains(&o)) && line_ok {
                    let after = g
                        .layout
                        .iter()
                        .position(|&l| l == t)
                        .and_then(|p| g.layout.get(p + 1).copied());
                    if let Some(after) = after {
                        let pop = if on_false {
                            Opcode::PopJumpIfFalse
                        } else {
                            Opcode::PopJumpIfTrue
                        };
                        let b = &mut g.blocks[label].instrs[i];
                        b.op = Op::Real(pop);
                        b.target = Some(after);
                        continue;
                    }
                }
            }
        }
        // Jump threading: a jump to an unconditional jump goes straight to its target.
        let instr = &g.blocks[label].instrs[i];
        if let (Some(op), Some(t)) = (real(instr), instr.target) {
            if matches!(
                op,
                Opcode::Jump
                    | Opcode::PopJumpIfFalse
                    | Opcode::PopJumpIfTrue
                    | Opcode::PopJumpIfNone
                    | Opcode::PopJumpIfNotNone
            ) {
                if let Some(target) = g.first_instr(t).cloned() {
                    if real(&target) == Some(Opcode::Jump)
                        && instr.pos.line == target.pos.line
                        && !target.pos.is_none()
                        && target.target != Some(t)
                        && target.target != instr.target
                    {
                        g.blocks[label].instrs[i].target = target.target;
                        continue;
                    }
                }
            }
        }
        i += 1;
    }
}

/// `LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2` → `LOAD_CONST (a, b)`.
fn fold_tuple(instrs: &mut [Instr], i: usize, n: usize, consts: &mut ConstantPool) -> bool {
    let mut items = Vec::with_capacity(n);
    for instr in &instrs[i - n..i] {
        if real(instr) != Some(Opcode::LoadConst) {
            return false;
        }
        match consts.get(instr.arg) {
            Some(c) => items.push(c.clone()),
            None => return false,
        }
    }
    let index = consts.add(Constant::Tuple(items.into()));
    for instr in &mut instrs[i - n..i] {
        instr.op = Op::Real(Opcode::Nop);
    }
    instrs[i].op = Op::Real(Opcode::LoadConst);
    instrs[i].arg = index;
    true
}

fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis | Constant::Code(_) => true,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(items) | Constant::FrozenSet(items) => !items.is_empty(),
    }
}

/// CPython's `clean_basic_block`: drops NOPs that carry no line of their own.
fn clean_block(g: &mut Graph, pos: usize) {
    let label = g.layout[pos];
    let next_line = {
        let mut p = pos + 1;
        let mut line = None;
        while p < g.layout.len() {
            if let Some(i) = g.blocks[g.layout[p]].instrs.first() {
                line = Some(i.pos.line);
                break;
            }
            p += 1;
        }
        line
    };
    let instrs = std::mem::take(&mut g.blocks[label].instrs);
    let mut out: Vec<Instr> = Vec::with_capacity(instrs.len());
    let mut prev_line: Option<u32> = None;
    let count = instrs.len();
    let mut instrs = instrs;
    for src in 0..count {
        let instr = instrs[src].clone();
        let line = instr.pos.line;
        if is_nop(&instr) {
            if instr.pos.is_none() || prev_line == Some(line) {
                continue;
            }
            if src + 1 < count {
                let next = &mut instrs[src + 1];
                if next.pos.is_none() {
                    next.pos = instr.pos;
                    continue;
                }
                if next.pos.line == line {
                    continue;
                }
            } else if next_line == Some(line) {
                continue;
            }
        }
        prev_line = Some(line);
        out.push(instr);
    }
    g.blocks[label].instrs = out;
}

fn clean_all(g: &mut Graph) {
    for pos in 0..g.layout.len() {
        clean_block(g, pos);
    }
}

/// A jump to a small exit block is replaced by a copy of the block (`extend_block`).
fn extend_blocks(g: &mut Graph) {
    for pos in 0..g.layout.len() {
        let label = g.layout[pos];
        let Some(last) = g.blocks[label].instrs.last() else {
            continue;
        };
        if real(last) != Some(Opcode::Jump) {
            continue;
        }
        let Some(target) = last.target else { continue };
        let t = &g.blocks[target];
        // A block with a line of its own is not copied: its line would appear to run twice.
        let has_lineno = t.instrs.iter().any(|i| !i.pos.is_none());
        if exits_scope(t) && t.instrs.len() <= MAX_COPY_SIZE && !has_lineno {
            let copy = t.instrs.clone();
            let b = &mut g.blocks[label].instrs;
            let last = b.len() - 1;
            b[last].op = Op::Real(Opcode::Nop);
            b[last].target = None;
            b.extend(copy);
        }
    }
}

fn remove_unreachable(g: &mut Graph) {
    let preds = g.predecessors();
    for &label in &g.layout {
        if preds[label] == 0 {
            g.blocks[label].instrs.clear();
        }
    }
    let blocks = &g.blocks;
    // Empty blocks are dropped from the layout; jumps to them are redirected to the next
    // non-empty block.
    let mut redirect: Vec<Option<Label>> = vec![None; blocks.len()];
    let mut next_nonempty = None;
    for &label in g.layout.iter().rev() {
        if !blocks[label].instrs.is_empty() {
            next_nonempty = Some(label);
        }
        redirect[label] = next_nonempty;
    }
    g.layout.retain(|&l| !blocks[l].instrs.is_empty());
    for b in &mut g.blocks {
        for i in &mut b.instrs {
            if let Some(t) = i.target {
                i.target = redirect[t];
            }
        }
    }
}

/// `JUMP` to the very next block becomes a NOP.
fn remove_redundant_jumps(g: &mut Graph) {
    for pos in 0..g.layout.len() {
        let next = g.next_of(pos);
        let label = g.layout[pos];
        if let Some(last) = g.blocks[label].instrs.last_mut() {
            if real(last) == Some(Opcode::Jump) && last.target == next && next.is_some() {
                last.op = Op::Real(Opcode::Nop);
                last.target = None;
            }
        }
    }
}

/// Exit blocks without a line number reached by several jumps are copied, one per jump,
/// so each copy can take the line of the jump (`duplicate_exits_without_lineno`).
fn duplicate_exits_without_lineno(g: &mut Graph) {
    let preds = g.predecessors();
    let mut preds = preds;
    let mut pos = 0;
    while pos < g.layout.len() {
        let label = g.layout[pos];
        if let Some(last) = g.blocks[label].instrs.last() {
            if let (true, Some(target)) = (is_jump(last), last.target) {
                let t = &g.blocks[target];
                let no_line = exits_scope(t) && t.instrs.iter().all(|i| i.pos.is_none());
                if no_line && preds[target] > 1 {
                    let jump_pos = last.pos;
                    let mut copy = t.clone();
                    copy.instrs[0].pos = jump_pos;
                    g.blocks.push(copy);
                    preds.push(1);
                    let new = g.blocks.len() - 1;
                    preds[target] -= 1;
                    let b = &mut g.blocks[label].instrs;
                    let last = b.len() - 1;
                    b[last].target = Some(new);
                    if let Some(tpos) = g.layout.iter().position(|&l| l == target) {
                        g.layout.insert(tpos + 1, new);
                    }
                }
            }
        }
        pos += 1;
    }
    for pos in 0..g.layout.len() {
        let label = g.layout[pos];
        let Some(next) = g.next_of(pos) else { continue };
        let b = &g.blocks[label];
        if has_fallthrough(b) && !b.instrs.is_empty() {
            let n = &g.blocks[next];
            if exits_scope(n) && n.instrs.iter().all(|i| i.pos.is_none()) {
                let p = b.instrs[b.instrs.len() - 1].pos;
                g.blocks[next].instrs[0].pos = p;
            }
        }
    }
}

/// Instructions without a position take the previous one's (`propagate_line_numbers`).
fn propagate_line_numbers(g: &mut Graph) {
    let preds = g.predecessors();
    for pos in 0..g.layout.len() {
        let label = g.layout[pos];
        let mut prev = None;
        for i in &mut g.blocks[label].instrs {
            if i.pos.is_none() {
                if let Some(p) = prev {
                    i.pos = p;
                }
            } else {
                prev = Some(i.pos);
            }
        }
        let Some(prev) = prev else { continue };
        let b = &g.blocks[label];
        if has_fallthrough(b) {
            if let Some(next) = g.next_of(pos) {
                if preds[next] == 1 {
                    if let Some(first) = g.blocks[next].instrs.first_mut() {
                        if first.pos.is_none() {
                            first.pos = prev;
                        }
                    }
                }
            }
        }
        let b = &g.blocks[label];
        if let Some(last) = b.instrs.last() {
            if let (true, Some(t)) = (is_jump(last), last.target) {
                if preds[t] == 1 {
                    if let Some(first) = g.blocks[t].instrs.first_mut() {
                        if first.pos.is_none() {
                            first.pos = prev;
                        }
                    }
                }
            }
        }
    }
}

fn pseudo_jump_effect(op: Op) -> i32 {
    match op {
        Op::SetupFinally | Op::SetupWith => 1,
        Op::SetupCleanup => 2,
        _ => 0,
    }
}

/// Start depth of every reachable block, and the maximum depth (`stackdepth`).
fn stack_depth(g: &Graph) -> (Vec<Option<i32>>, u32) {
    let mut start: Vec<Option<i32>> = vec![None; g.blocks.len()];
    let Some(&entry) = g.layout.first() else {
        return (start, 0);
    };
    let position: std::collections::HashMap<Label, usize> =
        g.layout.iter().enumerate().map(|(i, &l)| (l, i)).collect();
    let mut max = 0;
    start[entry] = Some(0);
    let mut stack = vec![entry];
    let push = |label: Label, depth: i32, stack: &mut Vec<Label>, start: &mut [Option<i32>]| {
        if start[label].is_none() {
            start[label] = Some(depth);
            stack.push(label);
        }
    };
    while let Some(label) = stack.pop() {
        let mut depth = start[label].unwrap_or(0);
        let block = &g.blocks[label];
        for i in &block.instrs {
            match i.op {
                Op::Real(op) => {
                    if let Some(t) = i.target {
                        let target_depth = depth + op.stack_effect(i.arg, true);
                        max = max.max(target_depth);
                        push(t, target_depth, &mut stack, &mut start);
                    }
                    depth += op.stack_effect(i.arg, false);
                }
                pseudo => {
                    if let Some(t) = i.target {
                        let target_depth = depth + pseudo_jump_effect(pseudo);
                        max = max.max(target_depth);
                        push(t, target_depth, &mut stack, &mut start);
                    }
                }
            }
            max = max.max(depth);
        }
        if has_fallthrough(block) {
            if let Some(next) = position.get(&label).and_then(|&p| g.next_of(p)) {
                push(next, depth, &mut stack, &mut start);
            }
        }
    }
    (start, max.max(0) as u32)
}

/// Each instruction's exception handler, from the SETUP_*/POP_BLOCK nesting along the
/// control flow (`label_exception_targets`). Returns, per block, a handler per instruction
/// and, per handler block, whether it is entered with `lasti` pushed.
fn label_exception_targets(g: &Graph) -> (Vec<Vec<Option<Label>>>, Vec<bool>) {
    let mut handlers: Vec<Vec<Option<Label>>> = g
        .blocks
        .iter()
        .map(|b| vec![None; b.instrs.len()])
        .collect();
    let mut preserve_lasti = vec![false; g.blocks.len()];
    let Some(&entry) = g.layout.first() else {
        return (handlers, preserve_lasti);
    };
    let position: std::collections::HashMap<Label, usize> =
        g.layout.iter().enumerate().map(|(i, &l)| (l, i)).collect();
    let mut stacks: Vec<Option<Vec<Label>>> = vec![None; g.blocks.len()];
    let mut visited = vec![false; g.blocks.len()];
    visited[entry] = true;
    stacks[entry] = Some(Vec::new());
    let mut todo = vec![entry];
    while let Some(label) = todo.pop() {
        let mut except_stack = stacks[label].take().unwrap_or_default();
        let block = &g.blocks[label];
        for (n, i) in block.instrs.iter().enumerate() {
            if i.op.is_block_push() {
                if let Some(t) = i.target {
                    if !visited[t] {
                        visited[t] = true;
                        stacks[t] = Some(except_stack.clone());
                        todo.push(t);
                    }
                    if matches!(i.op, Op::SetupCleanup | Op::SetupWith) {
                        preserve_lasti[t] = true;
                    }
                    except_stack.push(t);
                }
            } else if i.op == Op::PopBlock {
                except_stack.pop();
            } else {
                handlers[label][n] = except_stack.last().copied();
                if let (true, Some(t)) = (is_jump(i), i.target) {
                    if !visited[t] {
                        visited[t] = true;
                        stacks[t] = Some(except_stack.clone());
                        todo.push(t);
                    }
                }
            }
        }
        if has_fallthrough(block) {
            if let Some(next) = position.get(&label).and_then(|&p| g.next_of(p)) {
                if !visited[next] {
                    visited[next] = true;
                    stacks[next] = Some(except_stack);
                    todo.push(next);
                }
            }
        }
    }
    (handlers, preserve_lasti)
}

/// Removes constants no instruction uses any more (after folding), keeping index 0.
fn trim_consts(g: &mut Graph, pool: ConstantPool) -> Vec<Constant> {
    let consts = pool.into_vec();
    let mut used = vec![false; consts.len()];
    if let Some(u) = used.first_mut() {
        *u = true;
    }
    for &label in &g.layout {
        for i in &g.blocks[label].instrs {
            if matches!(real(i), Some(Opcode::LoadConst | Opcode::KwNames)) {
                if let Some(u) = used.get_mut(i.arg as usize) {
                    *u = true;
                }
            }
        }
    }
    let mut remap = vec![0u32; consts.len()];
    let mut out = Vec::new();
    for (i, c) in consts.into_iter().enumerate() {
        if used[i] {
            remap[i] = out.len() as u32;
            out.push(c);
        }
    }
    for &label in &g.layout {
        for i in &mut g.blocks[label].instrs {
            if matches!(real(i), Some(Opcode::LoadConst | Opcode::KwNames)) {
                i.arg = remap.get(i.arg as usize).copied().unwrap_or(i.arg);
            }
        }
    }
    out
}

pub(crate) fn assemble(unit: Unit<'_>, ste: &SymBlock, filename: &Rc<str>) -> CodeObject {
    let mut g = Graph {
        blocks: unit.blocks,
        layout: Vec::new(),
    };
    // A block is laid out where it was first used.
    let mut seen = vec![false; g.blocks.len()];
    for &l in &unit.layout {
        if !seen[l] {
            seen[l] = true;
            g.layout.push(l);
        }
    }
    let mut consts = unit.consts;
    normalize(&mut g);
    for pos in 0..g.layout.len() {
        let label = g.layout[pos];
        optimize_block(&mut g, label, &mut consts);
        clean_block(&mut g, pos);
    }
    extend_blocks(&mut g);
    remove_unreachable(&mut g);
    clean_all(&mut g);
    remove_redundant_jumps(&mut g);
    clean_all(&mut g);
    duplicate_exits_without_lineno(&mut g);
    let constants = trim_consts(&mut g, consts);
    propagate_line_numbers(&mut g);
    let (start_depth, max_stack) = stack_depth(&g);
    let (handlers, preserve_lasti) = label_exception_targets(&g);

    // Flatten: pseudo-instructions become NOPs, and NOPs without a line of their own go.
    let mut flat: Vec<(Instr, Option<Label>)> = Vec::new();
    let mut block_start: Vec<Option<usize>> = vec![None; g.blocks.len()];
    let nlocals = unit.varnames.len() as u32;
    let ncells = unit.cellvars.len() as u32;
    // Prologue.
    let mut prologue = Vec::new();
    let first = Position {
        line: unit.first_line,
        end_line: unit.first_line,
        col: u32::MAX,
        end_col: u32::MAX,
    };
    let free = unit.freevars.len() as u32;
    let none = Position::NONE;
    if free > 0 {
        prologue.push((Opcode::CopyFreeVars, free, none));
    }
    for (i, cell) in unit.cellvars.iter().enumerate() {
        prologue.push((Opcode::MakeCell, i as u32, none));
        // A parameter that is also a cell moves into its cell.
        if let Some(p) = unit.varnames.iter().position(|v| v == cell) {
            if (p as u32) < total_params(&unit.arg_count, unit.kwonly_arg_count, ste) {
                prologue.push((Opcode::LoadFast, p as u32, none));
                prologue.push((Opcode::StoreDeref, i as u32, none));
                prologue.push((Opcode::DeleteFast, p as u32, none));
            }
        }
    }
    if ste.generator {
        prologue.push((Opcode::ReturnGenerator, 0, first));
        prologue.push((Opcode::PopTop, 0, first));
    }
    for (op, arg, pos) in prologue {
        flat.push((
            Instr {
                op: Op::Real(op),
                arg,
                target: None,
                pos,
            },
            None,
        ));
    }
    for (layout_pos, &label) in g.layout.iter().enumerate() {
        let block = &g.blocks[label];
        let next_line = g.layout[layout_pos + 1..]
            .iter()
            .find_map(|&l| g.blocks[l].instrs.first())
            .map(|i| i.pos.line);
        let mut kept: Vec<(Instr, Option<Label>)> = Vec::new();
        for (n, i) in block.instrs.iter().enumerate() {
            let mut i = i.clone();
            if !matches!(i.op, Op::Real(_)) {
                i.op = Op::Real(Opcode::Nop);
                i.target = None;
            }
            kept.push((i, handlers[label][n]));
        }
        // clean_basic_block again, now that the pseudo-instructions are NOPs.
        let mut out: Vec<(Instr, Option<Label>)> = Vec::new();
        let count = kept.len();
        let mut prev_line = None;
        for src in 0..count {
            let (instr, h) = kept[src].clone();
            if is_nop(&instr) {
                let line = instr.pos.line;
                if instr.pos.is_none() || prev_line == Some(line) {
                    continue;
                }
                if src + 1 < count {
                    let next = &mut kept[src + 1].0;
                    if next.pos.is_none() {
                        next.pos = instr.pos;
                        continue;
                    }
                    if next.pos.line == line {
                        continue;
                    }
                } else if next_line == Some(line) {
                    continue;
                }
            }
            prev_line = Some(instr.pos.line);
            out.push((instr, h));
        }
        block_start[label] = Some(flat.len());
        flat.extend(out);
    }
    // Deref operands count cells after the locals.
    for (i, _) in &mut flat {
        if let Op::Real(
            Opcode::LoadDeref
            | Opcode::StoreDeref
            | Opcode::DeleteDeref
            | Opcode::LoadClosure
            | Opcode::LoadClassderef
            | Opcode::MakeCell,
        ) = i.op
        {
            i.arg += nlocals;
        }
    }
    let _ = ncells;
    // Jump targets are the index of the first instruction of the target block (an empty
    // block, whose instructions were all removed, resolves to the next one's).
    let resolve_block = |label: Label| -> usize {
        let mut pos = g.layout.iter().position(|&l| l == label).unwrap_or(0);
        loop {
            let l = g.layout[pos];
            if !g.blocks[l].instrs.is_empty() || pos + 1 >= g.layout.len() {
                return block_start[l].unwrap_or(flat.len());
            }
            pos += 1;
        }
    };
    // Offsets with EXTENDED_ARG, to a fixed point.
    let mut sizes: Vec<usize> = vec![1; flat.len()];
    let mut offsets: Vec<u32>;
    loop {
        offsets = Vec::with_capacity(flat.len() + 1);
        let mut at = 0u32;
        for &s in &sizes {
            // An instruction's index is that of the instruction itself, after its prefix.
            offsets.push(at + s as u32 - 1);
            at += s as u32;
        }
        offsets.push(at);
        let mut changed = false;
        for (n, (i, _)) in flat.iter().enumerate() {
            let arg = match i.target {
                Some(t) => offsets[resolve_block(t)],
                None => i.arg,
            };
            let size = encoded_len(arg);
            if size != sizes[n] {
                sizes[n] = size;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let start_of = |n: usize| -> u32 { offsets[n] + 1 - sizes.get(n).copied().unwrap_or(1) as u32 };
    let mut instructions: Vec<Instruction> = Vec::new();
    let mut positions = Vec::new();
    for (i, _) in &flat {
        let Op::Real(op) = i.op else { continue };
        let arg = match i.target {
            Some(t) => offsets[resolve_block(t)],
            None => i.arg,
        };
        bytecode::emit(&mut instructions, op, arg);
        while positions.len() < instructions.len() {
            positions.push(i.pos);
        }
    }
    // Exception table: runs of instructions with the same handler.
    let mut table: Vec<ExceptionTableEntry> = Vec::new();
    let mut n = 0;
    while n < flat.len() {
        let Some(h) = flat[n].1 else {
            n += 1;
            continue;
        };
        let mut end = n;
        while end < flat.len() && flat[end].1 == Some(h) {
            end += 1;
        }
        let lasti = preserve_lasti[h];
        let depth = start_depth[h].unwrap_or(1) - 1 - lasti as i32;
        table.push(ExceptionTableEntry {
            start: start_of(n),
            end: offsets[end - 1] + 1,
            target: offsets[resolve_block(h)],
            depth: depth.max(0) as u32,
            push_lasti: lasti,
        });
        n = end;
    }

    let mut code_flags = 0;
    if ste.kind == BlockKind::Function {
        code_flags |= flags::OPTIMIZED | flags::NEWLOCALS;
        if ste.nested {
            code_flags |= flags::NESTED;
        }
        if ste.generator {
            code_flags |= flags::GENERATOR;
        }
        if ste.varargs {
            code_flags |= flags::VARARGS;
        }
        if ste.varkeywords {
            code_flags |= flags::VARKEYWORDS;
        }
    }
    let rc = |v: &[String]| -> Vec<Rc<str>> { v.iter().map(|s| Rc::from(s.as_str())).collect() };
    CodeObject {
        name: Rc::from(unit.name.as_str()),
        qualname: Rc::from(unit.qualname.as_str()),
        filename: filename.clone(),
        first_line: unit.first_line,
        flags: code_flags,
        arg_count: unit.arg_count,
        posonly_arg_count: unit.posonly_arg_count,
        kwonly_arg_count: unit.kwonly_arg_count,
        instructions,
        positions,
        constants,
        names: rc(&unit.names),
        varnames: rc(&unit.varnames),
        cellvars: rc(&unit.cellvars),
        freevars: rc(&unit.freevars),
        exception_table: table,
        max_stack,
    }
}

/// Parameters occupy the first slots: positional, keyword-only, then `*args`, `**kwargs`.
fn total_params(arg_count: &u32, kwonly: u32, ste: &SymBlock) -> u32 {
    arg_count + kwonly + ste.varargs as u32 + ste.varkeywords as u32
}

#[allow(dead_code)]
fn block_is_empty(b: &BasicBlock) -> bool {
    b.instrs.is_empty()
}
