//! Node builders called from the grammar's actions, and the checks CPython's parser makes
//! while building: assignment/deletion targets, argument and parameter order, starred and
//! walrus placement. Each check raises CPython 3.11's message over CPython's span.

use super::*;
use crate::error::SyntaxError;
use crate::token::{StrLiteral, Tok};
use lalrpop_util::ParseError;

/// What the single public grammar entry returns, chosen by the synthetic first token.
pub enum Top {
    Module(Vec<Stmt>),
    Interactive(Vec<Stmt>),
    Expression(Expr),
}

/// The error type of grammar actions.
pub type Lx = ParseError<usize, Tok, SyntaxError>;

fn err(msg: impl Into<String>, start: usize, end: usize) -> Lx {
    ParseError::User {
        error: SyntaxError::syntax(msg, start, end),
    }
}

fn err_at(msg: impl Into<String>, e: &Expr) -> Lx {
    err(msg, e.range.start, e.range.end)
}

/// One item of a call's argument list, before order checks.
pub enum ArgItem {
    /// `x` or `*x` (the latter as a `Starred`).
    Positional(Expr),
    /// A bare generator expression `f(x for x in y)`.
    Generator(Expr),
    /// `k=v`; `k` is an expression so `f(a.b=1)` gets CPython's message. The range is the
    /// keyword's; for a non-name `k` it is `k`'s start to the `=`'s end instead.
    Keyword(Expr, Expr, Range),
    /// `**m`.
    DoubleStar(Expr, Range),
}

/// One item of a parameter list, before order checks.
pub enum ParamItem {
    Param(Arg, Option<Expr>),
    Slash(Range),
    Star(Option<Arg>, Range),
    DoubleStar(Arg, Range),
}

/// Which statement a target belongs to: CPython words the error by it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Targets {
    Star,
    For,
    Del,
}

pub fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        kind,
        range: Range::new(l, r),
    }
}

pub fn constant(value: Constant, l: usize, r: usize) -> Expr {
    Expr::new(ExprKind::Constant { value, kind: None }, l, r)
}

pub fn expr_stmt(e: Expr, l: usize, r: usize) -> Stmt {
    stmt(StmtKind::Expr { value: Box::new(e) }, l, r)
}

pub fn tuple_or_single(mut v: Vec<Expr>, comma: bool, l: usize, r: usize) -> Expr {
    if v.len() == 1 && !comma {
        if let Some(e) = v.pop() {
            return e;
        }
    }
    Expr::new(
        ExprKind::Tuple {
            elts: v,
            ctx: ExprContext::Load,
        },
        l,
        r,
    )
}

/// `( ... )`: a group (the inner expression, its own span) or a tuple (parentheses
/// included in the span).
pub fn paren(mut v: Vec<Expr>, comma: bool, l: usize, r: usize) -> Result<Expr, Lx> {
    if v.len() == 1 && !comma {
        if let Some(e) = v.pop() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                return Err(err_at("cannot use starred expression here", &e));
            }
            return Ok(e);
        }
    }
    Ok(Expr::new(
        ExprKind::Tuple {
            elts: v,
            ctx: ExprContext::Load,
        },
        l,
        r,
    ))
}

pub fn bin_op(left: Expr, op: Operator, right: Expr, l: usize, r: usize) -> Expr {
    Expr::new(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        l,
        r,
    )
}

pub fn unary(op: UnaryOp, operand: Expr, l: usize, r: usize) -> Expr {
    Expr::new(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        },
        l,
        r,
    )
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    Expr::new(ExprKind::BoolOp { op, values }, l, r)
}

pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    Expr::new(
        ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        },
        l,
        r,
    )
}

pub fn dict(entries: Vec<(Option<Expr>, Expr)>, l: usize, r: usize) -> Expr {
    let (keys, values) = entries.into_iter().unzip();
    Expr::new(ExprKind::Dict { keys, values }, l, r)
}

pub fn named_expr(mut target: Expr, value: Expr, l: usize, r: usize) -> Result<Expr, Lx> {
    match &mut target.kind {
        ExprKind::Name { ctx, .. } => *ctx = ExprContext::Store,
        _ => {
            return Err(err_at(
                format!(
                    "cannot use assignment expressions with {}",
                    expr_name(&target)
                ),
                &target,
            ))
        }
    }
    Ok(Expr::new(
        ExprKind::NamedExpr {
            target: Box::new(target),
            value: Box::new(value),
        },
        l,
        r,
    ))
}

/// CPython's `_PyPegen_get_expr_name`: how an expression is named in target errors.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a
/// target, if any.
pub fn invalid_target(e: &Expr, kind: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        ExprKind::Starred { value, .. } => {
            if kind == Targets::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } if kind == Targets::For => {
            if ops.first() == Some(&CmpOp::In) {
                invalid_target(left, kind)
            } else {
                None
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Sets `ctx` on a valid target and its elements.
fn set_ctx(e: &mut Expr, new: ExprContext) {
    // Targets nest only through parentheses/brackets (at most 200 deep), so recursion is
    // bounded.
    match &mut e.kind {
        ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
            *ctx = new;
            for x in elts {
                set_ctx(x, new);
            }
        }
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            set_ctx(value, new);
        }
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        _ => {}
    }
}

/// Checks `e` as an assignment/for target and marks it Store.
pub fn store_target(mut e: Expr, kind: Targets) -> Result<Expr, Lx> {
    // CPython's compiler (not its parser) rejects a bare starred target; rattle does it
    // here so no later pass has to.
    if kind != Targets::Del && matches!(e.kind, ExprKind::Starred { .. }) {
        return Err(err_at(
            "starred assignment target must be in a list or tuple",
            &e,
        ));
    }
    if let Some(bad) = invalid_target(&e, kind) {
        let msg = if kind == Targets::Del {
            format!("cannot delete {}", expr_name(bad))
        } else {
            format!("cannot assign to {}", expr_name(bad))
        };
        return Err(err_at(msg, bad));
    }
    set_ctx(
        &mut e,
        if kind == Targets::Del {
            ExprContext::Del
        } else {
            ExprContext::Store
        },
    );
    Ok(e)
}

pub fn delete(targets: Vec<Expr>, l: usize, r: usize) -> Result<Stmt, Lx> {
    let targets = targets
        .into_iter()
        .map(|t| store_target(t, Targets::Del))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(stmt(StmtKind::Delete { targets }, l, r))
}

/// Whether `e` is a `bitwise_or` in CPython's grammar (what may follow `=` for the
/// "Maybe you meant '=='" hint).
fn starts_with_bitwise_or(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple { elts, .. }
            if elts.first().map(|f| f.range.start) == Some(e.range.start) =>
        {
            elts.first().is_some_and(starts_with_bitwise_or)
        }
        ExprKind::BoolOp { values, .. } => values.first().is_some_and(starts_with_bitwise_or),
        ExprKind::Compare { .. } => true,
        ExprKind::IfExp { body, .. } => starts_with_bitwise_or(body),
        ExprKind::UnaryOp {
            op: UnaryOp::Not, ..
        } => false,
        ExprKind::Lambda { .. }
        | ExprKind::Starred { .. }
        | ExprKind::Yield { .. }
        | ExprKind::YieldFrom { .. } => false,
        _ => true,
    }
}

/// `first = rest[0] = ... = value`; each part comes with whether it is a bare
/// (unparenthesized) yield expression.
pub fn assign(
    first: (Expr, bool),
    rest: Vec<(Expr, bool)>,
    l: usize,
    r: usize,
) -> Result<Stmt, Lx> {
    // CPython's invalid_assignment: after valid targets, a bare yield expression meeting
    // `=` (a parenthesized one is "cannot assign to yield expression", below).
    let parts = std::iter::once(&first).chain(&rest);
    for (t, bare) in parts.take(rest.len()) {
        if *bare {
            return Err(err_at("assignment to yield expression not possible", t));
        }
        if invalid_target(t, Targets::Star).is_some() {
            break;
        }
    }
    let first = first.0;
    let mut rest: Vec<Expr> = rest.into_iter().map(|(e, _)| e).collect();
    let value = match rest.pop() {
        Some(v) => v,
        None => return Ok(expr_stmt(first, l, r)),
    };
    // CPython's invalid_named_expression: `f() = 1` gets the "here. Maybe you meant '=='"
    // hint when the whole first target is invalid and a single bitwise_or follows.
    // For an unparenthesized tuple target it is its last element that meets the `=`.
    let candidate = match &first.kind {
        ExprKind::Tuple { elts, .. }
            if elts.first().map(|e| e.range.start) == Some(first.range.start) =>
        {
            elts.last().unwrap_or(&first)
        }
        _ => &first,
    };
    let hinted = rest.is_empty()
        && !matches!(
            candidate.kind,
            ExprKind::List { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Constant {
                    value: Constant::Bool(_) | Constant::None,
                    ..
                }
        )
        && invalid_target(candidate, Targets::Star).is_some_and(|bad| std::ptr::eq(bad, candidate))
        && starts_with_bitwise_or(&value);
    if hinted {
        return Err(err_at(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(candidate)
            ),
            candidate,
        ));
    }
    let mut targets = Vec::with_capacity(rest.len() + 1);
    for t in std::iter::once(first).chain(rest) {
        targets.push(store_target(t, Targets::Star)?);
    }
    Ok(stmt(
        StmtKind::Assign {
            targets,
            value: Box::new(value),
        },
        l,
        r,
    ))
}

pub fn aug_assign(
    mut target: Expr,
    op: Operator,
    value: Expr,
    l: usize,
    r: usize,
) -> Result<Stmt, Lx> {
    match &mut target.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = ExprContext::Store,
        _ => {
            return Err(err_at(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&target)
                ),
                &target,
            ))
        }
    }
    Ok(stmt(
        StmtKind::AugAssign {
            target: Box::new(target),
            op,
            value: Box::new(value),
        },
        l,
        r,
    ))
}

pub fn ann_assign(
    mut target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> Result<Stmt, Lx> {
    let simple = match &mut target.kind {
        // `(x): int` is not "simple": the statement then starts before the name.
        ExprKind::Name { ctx, .. } => {
            *ctx = ExprContext::Store;
            target.range.start == l
        }
        ExprKind::Attribute { ctx, .. } | ExprKind::Subscript { ctx, .. } => {
            *ctx = ExprContext::Store;
            false
        }
        ExprKind::Tuple { elts, .. } => {
            let (s, e) = elts
                .first()
                .map_or((l, r), |x| (x.range.start, x.range.end));
            return Err(err("only single target (not tuple) can be annotated", s, e));
        }
        ExprKind::List { .. } => {
            return Err(err_at(
                "only single target (not list) can be annotated",
                &target,
            ))
        }
        _ => return Err(err_at("illegal target for annotation", &target)),
    };
    Ok(stmt(
        StmtKind::AnnAssign {
            target: Box::new(target),
            annotation: Box::new(annotation),
            value: value.map(Box::new),
            simple,
        },
        l,
        r,
    ))
}

pub fn comprehension(target: Expr, iter: Expr, ifs: Vec<Expr>) -> Result<Comprehension, Lx> {
    Ok(Comprehension {
        target: store_target(target, Targets::For)?,
        iter,
        ifs,
    })
}

/// A suite's statements and the end of its last real token (trailing `;` included,
/// NEWLINE/DEDENT excluded): CPython ends compound statements there.
pub struct Block {
    pub body: Vec<Stmt>,
    pub end: usize,
}

pub fn join_blocks(blocks: Vec<Block>) -> Block {
    let end = blocks.last().map_or(0, |b| b.end);
    Block {
        body: blocks.into_iter().flat_map(|b| b.body).collect(),
        end,
    }
}

/// A body with an optional `else:` block: (body, orelse, end).
pub fn body_else(body: Block, orelse: Option<Block>) -> (Vec<Stmt>, Vec<Stmt>, usize) {
    match orelse {
        Some(o) => (body.body, o.body, o.end),
        None => (body.body, Vec::new(), body.end),
    }
}

pub fn if_stmt(
    l: usize,
    test: Expr,
    body: Block,
    elifs: Vec<(usize, Expr, Block)>,
    orelse: Option<Block>,
) -> Stmt {
    // Build the elif chain from the innermost out; every link ends where the chain does.
    let mut end = orelse.as_ref().map(|o| o.end);
    let mut orelse = orelse.map(|o| o.body).unwrap_or_default();
    for (el, etest, ebody) in elifs.into_iter().rev() {
        let r = *end.get_or_insert(ebody.end);
        orelse = vec![stmt(
            StmtKind::If {
                test: Box::new(etest),
                body: ebody.body,
                orelse,
            },
            el,
            r,
        )];
    }
    let r = end.unwrap_or(body.end);
    let body = body.body;
    stmt(
        StmtKind::If {
            test: Box::new(test),
            body,
            orelse,
        },
        l,
        r,
    )
}

pub fn handler(type_: Option<Expr>, name: Option<String>, body: Block, l: usize) -> ExceptHandler {
    ExceptHandler {
        type_,
        name,
        body: body.body,
        range: Range::new(l, body.end),
    }
}

pub fn with_stmt(items: Vec<(Expr, Option<Expr>)>, body: Block, l: usize) -> Result<Stmt, Lx> {
    let (r, body) = (body.end, body.body);
    let mut out = Vec::with_capacity(items.len());
    for (context_expr, vars) in items {
        let optional_vars = match vars {
            Some(v) => Some(Box::new(store_target(v, Targets::Star)?)),
            None => None,
        };
        out.push(WithItem {
            context_expr,
            optional_vars,
        });
    }
    Ok(stmt(StmtKind::With { items: out, body }, l, r))
}

/// Sorts a call's argument items into `args` and `keywords`, with CPython's order rules.
/// `close` is where CPython reports order errors: the closing parenthesis (its last
/// token read when it gives up).
fn split_arguments(items: Vec<ArgItem>, close: usize) -> Result<(Vec<Expr>, Vec<Keyword>), Lx> {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            ArgItem::Positional(e) => {
                let starred = matches!(e.kind, ExprKind::Starred { .. });
                if seen_double_star {
                    let msg = if starred {
                        "iterable argument unpacking follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument unpacking"
                    };
                    let at = if starred { e.range.start } else { close };
                    return Err(err(msg, at, at));
                }
                if seen_keyword && !starred {
                    return Err(err(
                        "positional argument follows keyword argument",
                        close,
                        close,
                    ));
                }
                args.push(e);
            }
            ArgItem::Generator(e) => {
                if n > 1 {
                    return Err(err_at("Generator expression must be parenthesized", &e));
                }
                args.push(e);
            }
            ArgItem::Keyword(k, value, range) => {
                let arg = match &k.kind {
                    ExprKind::Name { id, .. } => id.clone(),
                    ExprKind::Constant {
                        value: Constant::Bool(_) | Constant::None,
                        ..
                    } => return Err(err_at(format!("cannot assign to {}", expr_name(&k)), &k)),
                    _ => {
                        return Err(err(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            k.range.start,
                            range.end,
                        ))
                    }
                };
                seen_keyword = true;
                keywords.push(Keyword {
                    arg: Some(arg),
                    value,
                    range,
                });
            }
            ArgItem::DoubleStar(value, range) => {
                seen_double_star = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    range,
                });
            }
        }
    }
    Ok((args, keywords))
}

pub fn call(func: Expr, lpar: usize, items: Vec<ArgItem>, l: usize, r: usize) -> Result<Expr, Lx> {
    let mut items = items;
    // A sole generator argument takes the call's parentheses as its span.
    if items.len() == 1 {
        if let Some(ArgItem::Generator(g)) = items.first_mut() {
            g.range = Range::new(lpar, r);
        }
    }
    let (args, keywords) = split_arguments(items, r.saturating_sub(1))?;
    Ok(Expr::new(
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
        l,
        r,
    ))
}

pub fn class_def(
    decorator_list: Vec<Expr>,
    l: usize,
    name: String,
    items: Vec<ArgItem>,
    body: Block,
) -> Result<Stmt, Lx> {
    let close = body.body.first().map_or(l, |s| s.range.start);
    let (bases, keywords) = split_arguments(items, close)?;
    let (r, body) = (body.end, body.body);
    Ok(stmt(
        StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        },
        l,
        r,
    ))
}

/// Builds `arguments` from a parameter item list, with CPython's order checks.
pub fn arguments(items: Vec<ParamItem>, is_lambda: bool) -> Result<Arguments, Lx> {
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut star: Option<Range> = None; // `*` or `*args` seen
    let mut bare_star = false;
    let mut seen_kwarg = false;
    let mut names: Vec<String> = Vec::new();
    let mut prev_end = 0;
    let count = items.len();
    for (i, item) in items.into_iter().enumerate() {
        if seen_kwarg {
            let (s, e) = match &item {
                ParamItem::Param(p, _) => (p.range.start, p.range.end),
                ParamItem::Slash(r) | ParamItem::Star(_, r) | ParamItem::DoubleStar(_, r) => {
                    (r.start, r.end)
                }
            };
            let _ = (s, e);
            return Err(err("arguments cannot follow var-keyword argument", s, e));
        }
        match item {
            ParamItem::Param(p, default) => {
                names.push(p.arg.clone());
                prev_end = p.range.end;
                if star.is_some() {
                    a.kwonlyargs.push(p);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => a.defaults.push(d),
                        None => {
                            if !a.defaults.is_empty() {
                                return Err(err(
                                    "non-default argument follows default argument",
                                    p.range.start,
                                    p.range.end,
                                ));
                            }
                        }
                    }
                    a.args.push(p);
                }
            }
            ParamItem::Slash(r) => {
                if seen_slash {
                    return Err(err("/ may appear only once", r.start, r.end));
                }
                if star.is_some() {
                    return Err(err("/ must be ahead of *", r.start, r.end));
                }
                if a.args.is_empty() {
                    return Err(err("at least one argument must precede /", r.start, r.end));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            ParamItem::Star(p, r) => {
                if star.is_some() {
                    return Err(err("* argument may appear only once", r.start, r.end));
                }
                star = Some(r);
                match p {
                    Some(p) => {
                        prev_end = p.range.end;
                        a.vararg = Some(p);
                    }
                    None => {
                        bare_star = true;
                        // `def f(*):` / `def f(*, **k):` — a bare star needs a named
                        // parameter after it.
                        if i + 1 == count {
                            return Err(err("named arguments must follow bare *", r.start, r.end));
                        }
                    }
                }
            }
            ParamItem::DoubleStar(p, _) => {
                if bare_star && a.kwonlyargs.is_empty() {
                    if let Some(r) = star {
                        return Err(err("named arguments must follow bare *", r.start, r.end));
                    }
                }
                prev_end = p.range.end;
                seen_kwarg = true;
                a.kwarg = Some(p);
            }
        }
    }
    let _ = (prev_end, is_lambda, names);
    Ok(a)
}

pub fn func_def(
    decorator_list: Vec<Expr>,
    l: usize,
    name: String,
    params: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Block,
) -> Result<Stmt, Lx> {
    let args = arguments(params, false)?;
    let (r, body) = (body.end, body.body);
    Ok(stmt(
        StmtKind::FunctionDef {
            name,
            args: Box::new(args),
            body,
            decorator_list,
            returns: returns.map(Box::new),
        },
        l,
        r,
    ))
}

pub fn lambda(params: Vec<ParamItem>, body: Expr, l: usize, r: usize) -> Result<Expr, Lx> {
    let args = arguments(params, true)?;
    Ok(Expr::new(
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
        l,
        r,
    ))
}

/// Adjacent string literals: one `Constant` or, with any f-string, a `JoinedStr`.
pub fn strings(pieces: Vec<(usize, StrLiteral, usize)>, l: usize, r: usize) -> Result<Expr, Lx> {
    crate::fstring::concatenate(pieces, l, r).map_err(|error| ParseError::User { error })
}
