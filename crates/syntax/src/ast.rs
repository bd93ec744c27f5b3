//! The abstract syntax tree, mirroring CPython 3.11's `Parser/Python.asdl`: the same node
//! names, fields and field order, so `dump` can print exactly what `ast.dump` prints and the
//! compiler can follow CPython's code generator node by node.
//!
//! Every expr, stmt, arg, keyword, alias and excepthandler carries its byte range
//! (`start..end`) in the source; line and column numbers are derived from offsets only when
//! shown (`dump`, error messages, tracebacks).
//!
//! Deep trees (a 3,000-level chain of binary operators is legal) are dropped without native
//! recursion: `Expr` has a `Drop` that flattens its children onto a heap stack.

/// A byte range in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

impl Range {
    pub fn new(start: usize, end: usize) -> Self {
        Range { start, end }
    }
}

/// `mod = Module(stmt* body, type_ignore* type_ignores)`; type_ignores are always empty.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Module {
    pub body: Vec<Stmt>,
}

/// A statement node.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub range: Range,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef {
        name: String,
        args: Box<Arguments>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
        returns: Option<Box<Expr>>,
    },
    ClassDef {
        name: String,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
    },
    Return {
        value: Option<Box<Expr>>,
    },
    Delete {
        targets: Vec<Expr>,
    },
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
    },
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Box<Expr>,
    },
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    For {
        target: Box<Expr>,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    Import {
        names: Vec<Alias>,
    },
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    Global {
        names: Vec<String>,
    },
    Nonlocal {
        names: Vec<String>,
    },
    Expr {
        value: Box<Expr>,
    },
    Pass,
    Break,
    Continue,
}

/// An expression node.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub range: Range,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `keys[i]` is `None` for a `**mapping` entry.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    YieldFrom {
        value: Box<Expr>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// `conversion` is -1 (none) or the code of `'s'`, `'r'`, `'a'` (115, 114, 97).
    FormattedValue {
        value: Box<Expr>,
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr {
        values: Vec<Expr>,
    },
    Constant {
        value: Constant,
        /// `Some("u")` for a `u'...'` literal (CPython's `kind`), else `None`.
        kind: Option<String>,
    },
    Attribute {
        value: Box<Expr>,
        attr: String,
        ctx: ExprContext,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: String,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// A constant's value. Ints keep their literal text so this crate needs no big integers.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    /// Digits in `radix` (10, 16, 8 or 2), without prefix or underscores.
    Int {
        radix: u32,
        digits: String,
    },
    Float(f64),
    /// An imaginary literal's imaginary part (`2j` is `Complex(2.0)`).
    Complex(f64),
    Str(String),
    Bytes(Vec<u8>),
    Ellipsis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// `comprehension(expr target, expr iter, expr* ifs, int is_async)`; is_async is always 0.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// `ExceptHandler(expr? type, identifier? name, stmt* body)`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub type_: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub range: Range,
}

/// `arguments(posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults)`.
/// `kw_defaults[i]` is `None` where keyword-only argument `i` has no default.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
}

/// `arg(identifier arg, expr? annotation)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub arg: String,
    pub annotation: Option<Box<Expr>>,
    pub range: Range,
}

/// `keyword(identifier? arg, expr value)`; `arg` is `None` for `**mapping`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Option<String>,
    pub value: Expr,
    pub range: Range,
}

/// `alias(identifier name, identifier? asname)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
    pub range: Range,
}

/// `withitem(expr context_expr, expr? optional_vars)`.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
}

impl Expr {
    pub fn new(kind: ExprKind, start: usize, end: usize) -> Self {
        Expr {
            kind,
            range: Range::new(start, end),
        }
    }

    /// A cheap stand-in left behind when a child is moved out (`Drop`, rewrites).
    fn placeholder() -> Self {
        Expr::new(
            ExprKind::Constant {
                value: Constant::None,
                kind: None,
            },
            0,
            0,
        )
    }

    /// Moves every direct child expression of `self` onto `out`, leaving placeholders.
    /// Only expression children matter for depth: statements nest at most 100 levels
    /// (the indentation limit) and lambdas' argument lists are shallow.
    fn take_children(&mut self, out: &mut Vec<Expr>) {
        fn take(b: &mut Box<Expr>, out: &mut Vec<Expr>) {
            if b.has_children() {
                out.push(std::mem::replace(&mut **b, Expr::placeholder()));
            }
        }
        fn take_opt(b: &mut Option<Box<Expr>>, out: &mut Vec<Expr>) {
            if let Some(b) = b {
                take(b, out);
            }
        }
        fn take_vec(v: &mut Vec<Expr>, out: &mut Vec<Expr>) {
            out.append(v);
        }
        fn take_gens(gens: &mut Vec<Comprehension>, out: &mut Vec<Expr>) {
            for g in gens.iter_mut() {
                out.push(std::mem::replace(&mut g.target, Expr::placeholder()));
                out.push(std::mem::replace(&mut g.iter, Expr::placeholder()));
                out.append(&mut g.ifs);
            }
        }
        match &mut self.kind {
            ExprKind::BoolOp { values, .. } => take_vec(values, out),
            ExprKind::NamedExpr { target, value } => {
                take(target, out);
                take(value, out);
            }
            ExprKind::BinOp { left, right, .. } => {
                take(left, out);
                take(right, out);
            }
            ExprKind::UnaryOp { operand, .. } => take(operand, out),
            ExprKind::Lambda { body, .. } => take(body, out),
            ExprKind::IfExp { test, body, orelse } => {
                take(test, out);
                take(body, out);
                take(orelse, out);
            }
            ExprKind::Dict { keys, values } => {
                out.extend(keys.drain(..).flatten());
                take_vec(values, out);
            }
            ExprKind::Set { elts } => take_vec(elts, out),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                take(elt, out);
                take_gens(generators, out);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                take(key, out);
                take(value, out);
                take_gens(generators, out);
            }
            ExprKind::Yield { value } => take_opt(value, out),
            ExprKind::YieldFrom { value } => take(value, out),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                take(left, out);
                take_vec(comparators, out);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                take(func, out);
                take_vec(args, out);
                for k in keywords.iter_mut() {
                    out.push(std::mem::replace(&mut k.value, Expr::placeholder()));
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                take(value, out);
                take_opt(format_spec, out);
            }
            ExprKind::JoinedStr { values } => take_vec(values, out),
            ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
            ExprKind::Attribute { value, .. }
            | ExprKind::Subscript { value, .. }
            | ExprKind::Starred { value, .. } => {
                take(value, out);
                if let ExprKind::Subscript { slice, .. } = &mut self.kind {
                    take(slice, out);
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => take_vec(elts, out),
            ExprKind::Slice { lower, upper, step } => {
                take_opt(lower, out);
                take_opt(upper, out);
                take_opt(step, out);
            }
        }
    }

    /// Whether dropping this node could recurse (it owns an expression child).
    fn has_children(&self) -> bool {
        !matches!(self.kind, ExprKind::Constant { .. } | ExprKind::Name { .. })
    }
}

impl Drop for Expr {
    fn drop(&mut self) {
        if !self.has_children() {
            return;
        }
        let mut stack = Vec::new();
        self.take_children(&mut stack);
        while let Some(mut e) = stack.pop() {
            e.take_children(&mut stack);
            // `e` now owns no deep expression children; dropping it recurses at most once.
        }
    }
}
pub mod build;
