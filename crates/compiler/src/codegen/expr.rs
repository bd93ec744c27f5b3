//! Expressions in value context (CPython's `compiler_visit_expr1`): constants (folded as
//! `ast_opt.c` would), names, operators, `and`/`or` and conditional expressions, displays
//! (with `*` unpacking), comparisons (chained ones with `SWAP`/`COPY`), subscripts and
//! slices, attributes, f-strings, `yield` and `yield from`, walrus. Also `jump_if`, which
//! compiles a condition straight into a conditional jump.

use bytecode::{BinaryOp, CompareOp, Constant, Opcode};
use syntax::ast::{self, CmpOp, Expr, ExprContext, ExprKind, Operator, UnaryOp};

use super::{CResult, Compiler, Label, NameCtx};
use crate::fold;

/// Displays and calls beyond this many items are built incrementally (CPython's
/// STACK_USE_GUIDELINE), so the value stack stays small.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

pub(crate) fn binary_op(op: Operator) -> BinaryOp {
    match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatrixMultiply,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::Lshift,
        Operator::RShift => BinaryOp::Rshift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    }
}

pub(crate) fn inplace_op(op: Operator) -> BinaryOp {
    BinaryOp::from_arg(binary_op(op) as u32 + 13).unwrap_or(BinaryOp::InplaceAdd)
}

/// Whether an expression is a constant once folded.
pub(crate) fn is_const(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Constant { .. }) || fold::fold(e).is_some()
}

pub(crate) fn const_of(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(fold::literal(value)),
        _ => fold::fold(e),
    }
}

fn has_starred(elts: &[Expr]) -> bool {
    elts.iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
}

/// How a display is built: BUILD_x, its add and extend opcodes.
#[derive(Clone, Copy)]
pub(crate) struct Display {
    pub build: Opcode,
    pub add: Opcode,
    pub extend: Opcode,
    pub tuple: bool,
}

pub(crate) const LIST: Display = Display {
    build: Opcode::BuildList,
    add: Opcode::ListAppend,
    extend: Opcode::ListExtend,
    tuple: false,
};
pub(crate) const TUPLE: Display = Display {
    build: Opcode::BuildList,
    add: Opcode::ListAppend,
    extend: Opcode::ListExtend,
    tuple: true,
};
const SET: Display = Display {
    build: Opcode::BuildSet,
    add: Opcode::SetAdd,
    extend: Opcode::SetUpdate,
    tuple: false,
};

impl<'a> Compiler<'a> {
    /// Compiles `e`, attributing its instructions to it, then restores the location.
    pub fn expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.loc();
        let saved_node = self.current_node;
        self.set_loc(e.range);
        let r = self.expr_inner(e);
        self.restore_loc(saved);
        self.current_node = saved_node;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Constant { value, .. } => self.load_const(fold::literal(value)),
            ExprKind::Name { id, ctx } => self.name_op(id, name_ctx(*ctx)),
            ExprKind::BoolOp { op, values } => {
                let end = self.new_block();
                let jump = match op {
                    ast::BoolOp::And => Opcode::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Opcode::JumpIfTrueOrPop,
                };
                let (last, init) = values.split_last().expect("a BoolOp has values");
                for v in init {
                    self.expr(v)?;
                    self.emit_jump(jump, end);
                    self.next_block();
                }
                self.expr(last)?;
                self.use_block(end);
            }
            ExprKind::BinOp { left, op, right } => {
                if let Some(c) = fold::fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Opcode::BinaryOp, binary_op(*op) as u32);
            }
            ExprKind::UnaryOp { op, operand } => {
                if let Some(c) = fold::fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                if *op == UnaryOp::Not {
                    if let Some((inverted, left, right)) = inverted_compare(operand) {
                        self.check_compare(operand, left, &[inverted], std::slice::from_ref(right));
                        self.set_loc(operand.range);
                        self.expr(left)?;
                        self.compare_operand(right, inverted)?;
                        self.compare_op(inverted);
                        return Ok(());
                    }
                }
                self.expr(operand)?;
                self.emit0(match op {
                    UnaryOp::Invert => Opcode::UnaryInvert,
                    UnaryOp::Not => Opcode::UnaryNot,
                    UnaryOp::UAdd => Opcode::UnaryPositive,
                    UnaryOp::USub => Opcode::UnaryNegative,
                });
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.emit_jump_noline(Opcode::Jump, end);
                self.use_block(next);
                self.expr(orelse)?;
                self.use_block(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set { elts } => self.starunpack(elts, 0, SET)?,
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            } => self.starunpack(elts, 0, LIST)?,
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            } => {
                if let Some(c) = fold::fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.starunpack(elts, 0, TUPLE)?
            }
            ExprKind::List { .. } | ExprKind::Tuple { .. } => {
                // Store and Del contexts are targets; `assign` handles them.
                self.store_or_delete(e)?;
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e)?,
            ExprKind::Yield { value } => {
                self.check_yield(e)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit0(Opcode::YieldValue);
            }
            ExprKind::YieldFrom { value } => {
                self.check_yield(e)?;
                self.expr(value)?;
                self.emit0(Opcode::GetYieldFromIter);
                self.load_const(Constant::None);
                self.yield_from_loop();
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.check_compare(e, left, ops, comparators);
                self.compare(left, ops, comparators)?
            }
            ExprKind::Call { .. } => self.call(e)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut oparg = match *conversion {
                    115 => 1,
                    114 => 2,
                    97 => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    oparg |= 4;
                }
                self.emit(Opcode::FormatValue, oparg);
            }
            ExprKind::JoinedStr { values } => {
                if values.len() > STACK_USE_GUIDELINE {
                    self.load_const(Constant::Str("".into()));
                    let join = self.name_index("join");
                    self.emit(Opcode::LoadMethod, join);
                    self.emit(Opcode::BuildList, 0);
                    for v in values {
                        self.expr(v)?;
                        self.emit(Opcode::ListAppend, 1);
                    }
                    self.emit(Opcode::Call, 1);
                } else {
                    for v in values {
                        self.expr(v)?;
                    }
                    if values.len() != 1 {
                        self.emit(Opcode::BuildString, values.len() as u32);
                    }
                }
            }
            ExprKind::Attribute {
                value,
                attr,
                ctx: ExprContext::Load,
            } => {
                self.expr(value)?;
                let index = self.name_index(attr);
                self.emit(Opcode::LoadAttr, index);
            }
            ExprKind::Subscript {
                value,
                slice,
                ctx: ExprContext::Load,
            } => {
                if let Some(c) = fold::fold(e) {
                    self.load_const(c);
                    return Ok(());
                }
                self.check_subscript(e, value, slice);
                self.expr(value)?;
                self.expr(slice)?;
                self.emit0(Opcode::BinarySubscr);
            }
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => self.store_or_delete(e)?,
            ExprKind::Starred { ctx, .. } => {
                let msg = if *ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                };
                return Err(self.error_at(msg, e.range));
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Constant::None),
                    }
                }
                let mut n = 2;
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.emit(Opcode::BuildSlice, n);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Opcode::Copy, 1);
                self.store_target(target)?;
            }
        }
        Ok(())
    }

    fn check_yield(&self, e: &Expr) -> CResult {
        if self.ste().kind != crate::symtable::BlockKind::Function {
            return Err(self.error_at("'yield' outside function", e.range));
        }
        Ok(())
    }

    /// `SEND`/`YIELD_VALUE` loop of `yield from` (CPython's `compiler_add_yield_from`).
    pub fn yield_from_loop(&mut self) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_block(start);
        self.emit_jump(Opcode::Send, exit);
        self.use_block(resume);
        self.emit0(Opcode::YieldValue);
        self.emit_jump(Opcode::Jump, start);
        self.use_block(exit);
    }

    /// Builds a list, tuple or set display (`starunpack_helper`), `pushed` items already
    /// being on the stack.
    pub fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, d: Display) -> CResult {
        let n = elts.len();
        if n > 2 && elts.iter().all(is_const) {
            let items: Vec<Constant> = elts.iter().filter_map(const_of).collect();
            let folded = if d.build == Opcode::BuildSet {
                fold::frozenset(items)
            } else {
                Constant::Tuple(items.into())
            };
            self.emit(d.build, pushed);
            self.load_const(folded);
            self.emit(d.extend, 1);
            if d.tuple {
                self.emit0(Opcode::ListToTuple);
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        if !has_starred(elts) && !big {
            for e in elts {
                self.expr(e)?;
            }
            let count = n as u32 + pushed;
            if d.tuple {
                self.emit(Opcode::BuildTuple, count);
            } else {
                self.emit(d.build, count);
            }
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(d.build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &e.kind {
                if !built {
                    self.emit(d.build, i as u32 + pushed);
                    built = true;
                }
                self.expr(value)?;
                self.emit(d.extend, 1);
            } else {
                self.expr(e)?;
                if built {
                    self.emit(d.add, 1);
                }
            }
        }
        if d.tuple {
            self.emit0(Opcode::ListToTuple);
        }
        Ok(())
    }

    fn subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        let const_keys: Option<Vec<Constant>> =
            keys.iter().map(|k| k.as_ref().and_then(const_of)).collect();
        if let (true, false, Some(ks)) = (n > 1, big, const_keys) {
            for v in values {
                self.expr(v)?;
            }
            self.load_const(Constant::Tuple(ks.into()));
            self.emit(Opcode::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        if big {
            self.emit(Opcode::BuildMap, 0);
        }
        for (k, v) in keys.iter().zip(values) {
            if let Some(k) = k {
                self.expr(k)?;
            }
            self.expr(v)?;
            if big {
                self.emit(Opcode::MapAdd, 1);
            }
        }
        if !big {
            self.emit(Opcode::BuildMap, n as u32);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(&keys[i - elements..i], &values[i - elements..i])?;
                    if have_dict {
                        self.emit(Opcode::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BuildMap, 0);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(Opcode::DictUpdate, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(&keys[i - elements..=i], &values[i - elements..=i])?;
                if have_dict {
                    self.emit(Opcode::DictUpdate, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(&keys[n - elements..], &values[n - elements..])?;
            if have_dict {
                self.emit(Opcode::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BuildMap, 0);
        }
        Ok(())
    }

    pub fn compare_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.emit(Opcode::CompareOp, CompareOp::Eq as u32),
            CmpOp::NotEq => self.emit(Opcode::CompareOp, CompareOp::Ne as u32),
            CmpOp::Lt => self.emit(Opcode::CompareOp, CompareOp::Lt as u32),
            CmpOp::LtE => self.emit(Opcode::CompareOp, CompareOp::Le as u32),
            CmpOp::Gt => self.emit(Opcode::CompareOp, CompareOp::Gt as u32),
            CmpOp::GtE => self.emit(Opcode::CompareOp, CompareOp::Ge as u32),
            CmpOp::Is => self.emit(Opcode::IsOp, 0),
            CmpOp::IsNot => self.emit(Opcode::IsOp, 1),
            CmpOp::In => self.emit(Opcode::ContainsOp, 0),
            CmpOp::NotIn => self.emit(Opcode::ContainsOp, 1),
        }
    }

    /// The right operand of the last comparison: `in [1, 2]` becomes `in (1, 2)`.
    fn compare_operand(&mut self, e: &'a Expr, op: CmpOp) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            if let Some(c) = fold::fold_iter(e) {
                let saved = self.loc();
                self.set_loc(e.range);
                self.load_const(c);
                self.restore_loc(saved);
                return Ok(());
            }
            if let ExprKind::List { elts, .. } = &e.kind {
                if !has_starred(elts) {
                    let saved = self.loc();
                    self.set_loc(e.range);
                    let r = self.starunpack(elts, 0, TUPLE);
                    self.restore_loc(saved);
                    return r;
                }
            }
        }
        self.expr(e)
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        self.expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.compare_operand(&comparators[0], ops[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.expr(&comparators[i])?;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.compare_op(ops[i]);
            self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
            self.next_block();
        }
        self.compare_operand(&comparators[n], ops[n])?;
        self.compare_op(ops[n]);
        let end = self.new_block();
        self.emit_jump_noline(Opcode::Jump, end);
        self.use_block(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit0(Opcode::PopTop);
        self.use_block(end);
        Ok(())
    }

    /// Jumps to `next` if `e` is true (`cond`) or false (`!cond`), without building the
    /// boolean when it can (CPython's `compiler_jump_if`).
    pub fn jump_if(&mut self, e: &'a Expr, next: Label, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } if fold::fold(e).is_none() && inverted_compare(operand).is_none() => {
                return self.jump_if(operand, next, !cond);
            }
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == ast::BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                let (last, init) = values.split_last().expect("a BoolOp has values");
                for v in init {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, next, cond)?;
                if next2 != next {
                    self.use_block(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.emit_jump_noline(Opcode::Jump, end);
                self.use_block(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_block(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                self.check_compare(e, left, ops, comparators);
                self.set_loc(e.range);
                let n = ops.len() - 1;
                let cleanup = self.new_block();
                self.expr(left)?;
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::Copy, 2);
                    self.compare_op(ops[i]);
                    self.emit_jump(Opcode::PopJumpIfFalse, cleanup);
                }
                self.compare_operand(&comparators[n], ops[n])?;
                self.compare_op(ops[n]);
                let jump = if cond {
                    Opcode::PopJumpIfTrue
                } else {
                    Opcode::PopJumpIfFalse
                };
                self.emit_jump(jump, next);
                let end = self.new_block();
                self.emit_jump_noline(Opcode::Jump, end);
                self.use_block(cleanup);
                self.emit0(Opcode::PopTop);
                if !cond {
                    self.emit_jump_noline(Opcode::Jump, next);
                }
                self.use_block(end);
                // The comparison's location stays current (see below).
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        let jump = if cond {
            Opcode::PopJumpIfTrue
        } else {
            Opcode::PopJumpIfFalse
        };
        // CPython 3.11 attributes the jump after a comparison to the comparison, any other
        // test's jump to the enclosing statement or expression; and the comparison's
        // location stays current after it, until something sets another: so an
        // `assert n > 0` raises at `n > 0` (the traceback underlines it), a
        // comprehension's `if x > 0` lends its location to the append that follows.
        if matches!(e.kind, ExprKind::Compare { .. }) {
            self.set_loc(e.range);
        }
        self.emit_jump(jump, next);
        Ok(())
    }
}

/// `not a in b` is `a not in b` (and likewise `is`), as `ast_opt.c` rewrites it.
fn inverted_compare(operand: &Expr) -> Option<(CmpOp, &Expr, &Expr)> {
    let ExprKind::Compare {
        left,
        ops,
        comparators,
    } = &operand.kind
    else {
        return None;
    };
    if ops.len() != 1 {
        return None;
    }
    let inverted = match ops[0] {
        CmpOp::Is => CmpOp::IsNot,
        CmpOp::IsNot => CmpOp::Is,
        CmpOp::In => CmpOp::NotIn,
        CmpOp::NotIn => CmpOp::In,
        _ => return None,
    };
    Some((inverted, left, &comparators[0]))
}

pub(crate) fn name_ctx(ctx: ExprContext) -> NameCtx {
    match ctx {
        ExprContext::Load => NameCtx::Load,
        ExprContext::Store => NameCtx::Store,
        ExprContext::Del => NameCtx::Del,
    }
}
