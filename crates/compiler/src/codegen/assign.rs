//! Assignment in all its target forms (CPython 3.11's `compiler_visit_expr1` in Store/Del
//! context, `assignment_helper`, `compiler_augassign`, `compiler_annassign`): names by
//! scope, attributes, subscripts and slices, tuple/list unpacking with a starred target
//! (`UNPACK_EX`), chained assignment, augmented assignment with `COPY`/`SWAP`, annotated
//! assignment, and `del`.

use bytecode::{Constant, Opcode};
use syntax::ast::{Expr, ExprContext, ExprKind, Operator, Stmt};

use super::expr::{inplace_op, name_ctx};
use super::{CResult, Compiler, NameCtx};
use crate::symtable::BlockKind;

impl<'a> Compiler<'a> {
    /// Stores the value on top of the stack into `target`.
    pub fn store_target(&mut self, target: &'a Expr) -> CResult {
        self.expr(target)
    }

    /// A target expression in Store or Del context (reached from `expr`).
    pub fn store_or_delete(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(value)?;
                let index = self.name_index(attr);
                match ctx {
                    ExprContext::Del => self.emit(Opcode::DeleteAttr, index),
                    _ => self.emit(Opcode::StoreAttr, index),
                }
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.expr(value)?;
                self.expr(slice)?;
                match ctx {
                    ExprContext::Del => self.emit0(Opcode::DeleteSubscr),
                    _ => self.emit0(Opcode::StoreSubscr),
                }
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Del => {
                    for elt in elts {
                        self.expr(elt)?;
                    }
                }
                _ => self.unpack_assign(elts)?,
            },
            ExprKind::Name { id, ctx } => self.name_op(id, name_ctx(*ctx)),
            _ => {}
        }
        Ok(())
    }

    fn unpack_assign(&mut self, elts: &'a [Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { .. } = elt.kind {
                if seen_star {
                    return Err(self.error_at(
                        "multiple starred expressions in assignment",
                        self.current_range(),
                    ));
                }
                if i >= 1 << 8 || n - i - 1 >= (i32::MAX >> 8) as usize {
                    return Err(self.error_at(
                        "too many expressions in star-unpacking assignment",
                        self.current_range(),
                    ));
                }
                self.emit(Opcode::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UnpackSequence, n as u32);
        }
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(elt)?,
            }
        }
        Ok(())
    }

    pub fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        self.expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Opcode::Copy, 1);
            }
            self.expr(t)?;
        }
        Ok(())
    }

    pub fn aug_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        op: Operator,
        value: &'a Expr,
    ) -> CResult {
        let stmt_loc = self.loc();
        self.set_loc(target.range);
        let target_loc = self.loc();
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Opcode::Copy, 1);
                let mut pos = target_loc;
                pos.line = target_loc.end_line;
                self.restore_loc(pos);
                let index = self.name_index(attr);
                self.emit(Opcode::LoadAttr, index);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit0(Opcode::BinarySubscr);
            }
            ExprKind::Name { id, .. } => self.name_op(id, NameCtx::Load),
            _ => {
                return Err(self.error_at(
                    "'expression' is an illegal expression for augmented assignment",
                    s.range,
                ))
            }
        }
        self.restore_loc(stmt_loc);
        self.expr(value)?;
        self.emit(Opcode::BinaryOp, inplace_op(op) as u32);
        self.restore_loc(target_loc);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                let mut pos = target_loc;
                pos.line = target_loc.end_line;
                self.restore_loc(pos);
                self.emit(Opcode::Swap, 2);
                let index = self.name_index(attr);
                self.emit(Opcode::StoreAttr, index);
            }
            ExprKind::Subscript { .. } => {
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit0(Opcode::StoreSubscr);
            }
            ExprKind::Name { id, .. } => self.name_op(id, NameCtx::Store),
            _ => {}
        }
        self.restore_loc(stmt_loc);
        Ok(())
    }

    pub fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.expr(target)?;
        }
        let module_or_class = matches!(self.ste().kind, BlockKind::Module | BlockKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if simple && module_or_class {
                    self.expr(annotation)?;
                    let index = self.name_index("__annotations__");
                    self.emit(Opcode::LoadName, index);
                    let mangled = self.mangle(id);
                    self.load_const(Constant::Str(mangled.as_str().into()));
                    self.emit0(Opcode::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit0(Opcode::PopTop);
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit0(Opcode::PopTop);
                    self.check_ann_subscript(slice)?;
                }
            }
            _ => {}
        }
        if !simple && module_or_class {
            self.expr(annotation)?;
            self.emit0(Opcode::PopTop);
        }
        Ok(())
    }

    fn check_ann_subscript(&mut self, slice: &'a Expr) -> CResult {
        match &slice.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                    self.emit0(Opcode::PopTop);
                }
            }
            ExprKind::Tuple { elts, .. } => {
                for e in elts {
                    self.check_ann_subscript(e)?;
                }
            }
            _ => {
                self.expr(slice)?;
                self.emit0(Opcode::PopTop);
            }
        }
        Ok(())
    }

    /// The source range of the current location, for errors raised while compiling it.
    pub fn current_range(&self) -> syntax::ast::Range {
        self.current_node
    }
}
