//! Post-parse checks that need the whole tree: the nesting limits that stand in for
//! CPython's parser stack (MemoryError) and compiler recursion limit (RecursionError).
//! Every walk here uses an explicit stack, so no input can overflow the native one.

use crate::ast::*;
use crate::error::{SyntaxError, SyntaxErrorKind};

/// Deepest expression nesting accepted. CPython 3.11 running a file raises
/// `RecursionError: maximum recursion depth exceeded during compilation` beyond this
/// (measured: 2,998 unary minus signs compile, 2,999 do not).
pub const MAX_EXPR_DEPTH: usize = 2999;

/// CPython's PEG parser gives up with a bare `MemoryError` when its stack (MAXSTACK 6000,
/// less what the statement around uses) overflows. Right-recursive constructs use it up:
/// measured with python3, 5,968 unary operators, or 2,984 `**` or `lambda:` levels, fail.
/// We charge each such nesting its measured cost and stop at the same total.
pub const MAX_PARSER_STACK: usize = 5968;

pub fn check_module(m: &Module) -> Result<(), SyntaxError> {
    let mut exprs: Vec<(&Expr, usize)> = Vec::new();
    let mut stmts: Vec<&Stmt> = m.body.iter().collect();
    while let Some(s) = stmts.pop() {
        stmt_children(s, &mut stmts, &mut exprs);
    }
    check_depth(exprs)
}

pub fn check_expr(e: &Expr) -> Result<(), SyntaxError> {
    check_depth(vec![(e, 1)])
}

fn message_only(kind: SyntaxErrorKind, msg: &str) -> SyntaxError {
    let mut e = SyntaxError::new(kind, msg, 0, 0);
    e.display = crate::error::ErrorDisplay::MessageOnly;
    e
}

/// What descending from `parent` into `child` costs on CPython's parser stack.
fn parser_cost(parent: &Expr, child: &Expr) -> usize {
    match &parent.kind {
        ExprKind::UnaryOp { .. } => 1,
        ExprKind::BinOp {
            op: Operator::Pow,
            right,
            ..
        } if std::ptr::eq(&**right, child) => 2,
        ExprKind::Lambda { body, .. } if std::ptr::eq(&**body, child) => 2,
        ExprKind::IfExp { orelse, .. } if std::ptr::eq(&**orelse, child) => 1,
        _ => 0,
    }
}

/// Walks every expression (explicit stack); the parser's MemoryError wins over the
/// compiler's RecursionError, as it comes first in CPython.
fn check_depth(roots: Vec<(&Expr, usize)>) -> Result<(), SyntaxError> {
    let mut stack: Vec<(&Expr, usize, usize)> = roots.into_iter().map(|(e, d)| (e, d, 0)).collect();
    let mut too_deep = false;
    while let Some((e, depth, cost)) = stack.pop() {
        if cost >= MAX_PARSER_STACK {
            return Err(message_only(SyntaxErrorKind::MemoryError, ""));
        }
        if depth > MAX_EXPR_DEPTH {
            too_deep = true;
        }
        for_each_child(e, |c| stack.push((c, depth + 1, cost + parser_cost(e, c))));
    }
    if too_deep {
        return Err(message_only(
            SyntaxErrorKind::RecursionError,
            "maximum recursion depth exceeded during compilation",
        ));
    }
    Ok(())
}

fn arguments_exprs<'a>(a: &'a Arguments, out: &mut Vec<(&'a Expr, usize)>) {
    for arg in a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.vararg)
        .chain(&a.kwonlyargs)
        .chain(&a.kwarg)
    {
        if let Some(ann) = &arg.annotation {
            out.push((ann, 1));
        }
    }
    for d in a.defaults.iter().chain(a.kw_defaults.iter().flatten()) {
        out.push((d, 1));
    }
}

fn stmt_children<'a>(s: &'a Stmt, stmts: &mut Vec<&'a Stmt>, exprs: &mut Vec<(&'a Expr, usize)>) {
    let mut e = |x: &'a Expr| exprs.push((x, 1));
    match &s.kind {
        StmtKind::FunctionDef {
            args,
            body,
            decorator_list,
            returns,
            ..
        } => {
            decorator_list.iter().for_each(&mut e);
            returns.iter().for_each(|x| e(x));
            stmts.extend(body);
            arguments_exprs(args, exprs);
        }
        StmtKind::ClassDef {
            bases,
            keywords,
            body,
            decorator_list,
            ..
        } => {
            decorator_list.iter().for_each(&mut e);
            bases.iter().for_each(&mut e);
            keywords.iter().for_each(|k| e(&k.value));
            stmts.extend(body);
        }
        StmtKind::Return { value } => value.iter().for_each(|x| e(x)),
        StmtKind::Delete { targets } => targets.iter().for_each(&mut e),
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(&mut e);
            e(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            e(target);
            e(value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            e(target);
            e(annotation);
            value.iter().for_each(|x| e(x));
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            e(target);
            e(iter);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            e(test);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        StmtKind::With { items, body } => {
            for i in items {
                e(&i.context_expr);
                i.optional_vars.iter().for_each(|x| e(x));
            }
            stmts.extend(body);
        }
        StmtKind::Raise { exc, cause } => {
            exc.iter().for_each(|x| e(x));
            cause.iter().for_each(|x| e(x));
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts.extend(body);
            for h in handlers {
                h.type_.iter().for_each(&mut e);
                stmts.extend(&h.body);
            }
            stmts.extend(orelse);
            stmts.extend(finalbody);
        }
        StmtKind::Assert { test, msg } => {
            e(test);
            msg.iter().for_each(|x| e(x));
        }
        StmtKind::Expr { value } => e(value),
        StmtKind::Import { .. }
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global { .. }
        | StmtKind::Nonlocal { .. }
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

/// Calls `f` on every direct child expression of `e` (lambda defaults included).
pub fn for_each_child<'a>(e: &'a Expr, mut f: impl FnMut(&'a Expr)) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::NamedExpr { target, value } => {
            f(target);
            f(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Lambda { args, body } => {
            let mut v = Vec::new();
            arguments_exprs(args, &mut v);
            v.into_iter().for_each(|(x, _)| f(x));
            f(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut f);
            values.iter().for_each(f);
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().for_each(f)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            for g in generators {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut f);
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            f(key);
            f(value);
            for g in generators {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut f);
            }
        }
        ExprKind::Yield { value } => value.iter().for_each(|x| f(x)),
        ExprKind::YieldFrom { value } => f(value),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter().for_each(&mut f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            f(value);
            format_spec.iter().for_each(|x| f(x));
        }
        ExprKind::JoinedStr { values } => values.iter().for_each(f),
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => f(value),
        ExprKind::Subscript { value, slice, .. } => {
            f(value);
            f(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            lower.iter().for_each(|x| f(x));
            upper.iter().for_each(|x| f(x));
            step.iter().for_each(|x| f(x));
        }
    }
}
