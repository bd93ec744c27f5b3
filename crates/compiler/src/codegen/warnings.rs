//! The compiler's SyntaxWarnings, CPython 3.11's `check_compare`, `check_caller`,
//! `check_subscripter`, `check_index` and the tuple `assert`: code that runs but almost
//! certainly does not mean what it says. Each is recorded with the line of the construct
//! (`Compiler::warn`); the embedder prints them before the program runs.

use bytecode::Constant;
use syntax::ast::{CmpOp, Expr, ExprKind};

use super::Compiler;
use crate::fold;

/// CPython's `infer_type`: the type a display or a constant (after folding) evaluates to.
fn infer_type(e: &Expr) -> Option<&'static str> {
    infer_type_folded(e, fold::fold(e).as_ref())
}

/// [`infer_type`] of `e`, given what `e` folds to.
fn infer_type_folded(e: &Expr, folded: Option<&Constant>) -> Option<&'static str> {
    if let Some(c) = folded {
        return Some(constant_type(c));
    }
    Some(match &e.kind {
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        ExprKind::Slice { .. } => "slice",
        _ => return None,
    })
}

fn constant_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::Bool(_) => "bool",
        Constant::Ellipsis => "ellipsis",
        Constant::Int(_) | Constant::BigInt(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex { .. } => "complex",
        Constant::Str(_) => "str",
        Constant::Bytes(_) => "bytes",
        Constant::Tuple(_) => "tuple",
        Constant::FrozenSet(_) => "frozenset",
        Constant::Code(_) => "code",
    }
}

impl<'a> Compiler<'a> {
    /// `is` / `is not` with a literal operand (a constant other than None, True, False and
    /// `...`, after folding): one warning per comparison chain.
    pub(super) fn check_compare(
        &mut self,
        e: &Expr,
        left: &Expr,
        ops: &[CmpOp],
        comparators: &[Expr],
    ) {
        let is_arg = |x: &Expr| {
            !matches!(
                fold::fold(x),
                Some(c) if !matches!(c, Constant::None | Constant::Bool(_) | Constant::Ellipsis)
            )
        };
        let mut left_ok = is_arg(left);
        for (op, right) in ops.iter().zip(comparators) {
            let right_ok = is_arg(right);
            let message = match op {
                CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
                CmpOp::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
                _ => {
                    left_ok = right_ok;
                    continue;
                }
            };
            if !(left_ok && right_ok) {
                self.warn(e.range, message);
                return;
            }
            left_ok = right_ok;
        }
    }

    /// A call of a display or a literal: `[(1, 2) (3, 4)]`.
    pub(super) fn check_caller(&mut self, call: &Expr, func: &Expr) {
        let folded = fold::fold(func);
        let callable_literal = folded.is_some()
            || matches!(
                func.kind,
                ExprKind::Constant { .. }
                    | ExprKind::Tuple { .. }
                    | ExprKind::List { .. }
                    | ExprKind::ListComp { .. }
                    | ExprKind::Dict { .. }
                    | ExprKind::DictComp { .. }
                    | ExprKind::Set { .. }
                    | ExprKind::SetComp { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::JoinedStr { .. }
                    | ExprKind::FormattedValue { .. }
            );
        if let Some(ty) = infer_type_folded(func, folded.as_ref()).filter(|_| callable_literal) {
            let message = format!("'{ty}' object is not callable; perhaps you missed a comma?");
            self.warn(call.range, &message);
        }
    }

    /// A subscript (load) of a value that cannot be subscripted, or with an index of the
    /// wrong type for a sequence literal: `[1, 2] [0, 1]`, `(1, 2)["a"]`.
    pub(super) fn check_subscript(&mut self, e: &Expr, value: &Expr, slice: &Expr) {
        let folded = fold::fold(value);
        let not_subscriptable = match &folded {
            Some(c) => matches!(
                c,
                Constant::None
                    | Constant::Ellipsis
                    | Constant::Bool(_)
                    | Constant::Int(_)
                    | Constant::BigInt(_)
                    | Constant::Float(_)
                    | Constant::Complex { .. }
                    | Constant::FrozenSet(_)
            ),
            None => matches!(
                value.kind,
                ExprKind::Set { .. }
                    | ExprKind::SetComp { .. }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Lambda { .. }
            ),
        };
        let value_type = infer_type_folded(value, folded.as_ref());
        if not_subscriptable {
            if let Some(ty) = value_type {
                let message =
                    format!("'{ty}' object is not subscriptable; perhaps you missed a comma?");
                self.warn(e.range, &message);
            }
        }
        let Some(index_type) = infer_type(slice) else {
            return;
        };
        if matches!(index_type, "int" | "bool" | "slice") {
            return;
        }
        let sequence = match &folded {
            Some(c) => matches!(
                c,
                Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)
            ),
            None => matches!(
                value.kind,
                ExprKind::Tuple { .. }
                    | ExprKind::List { .. }
                    | ExprKind::ListComp { .. }
                    | ExprKind::JoinedStr { .. }
                    | ExprKind::FormattedValue { .. }
            ),
        };
        if let Some(ty) = value_type.filter(|_| sequence) {
            let message = format!(
                "{ty} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
            );
            self.warn(e.range, &message);
        }
    }

    /// `assert (test, "message")`: a non-empty tuple is always true.
    pub(super) fn check_assert(&mut self, test: &Expr) {
        if matches!(&test.kind, ExprKind::Tuple { elts, .. } if !elts.is_empty()) {
            let at = self.current_node;
            self.warn(at, "assertion is always true, perhaps remove parentheses?");
        }
    }
}
