//! Prints a module exactly as python3's
//! `ast.dump(ast.parse(src), indent=2, include_attributes=True)` does, so python3 is an
//! oracle for every node and every span.
//!
//! This follows CPython 3.11's `Lib/ast.py` `dump`: fields in ASDL order, `None`-valued
//! optional fields omitted, a node printed on one line only when all its values are
//! "simple" (scalars, empty lists, field-less nodes) and there are at most three of them,
//! then the attributes `lineno`, `col_offset`, `end_lineno`, `end_col_offset` (columns are
//! UTF-8 byte offsets within the line, as CPython counts them).

use crate::ast::*;
use crate::pyrepr;

/// `ast.dump(ast.parse(source), indent=2, include_attributes=True)` plus a newline.
pub fn dump_module(module: &Module, source: &str) -> String {
    let d = Dumper::new(source);
    let body = d.stmts(&module.body, 1);
    let (mut text, _) = d.node(
        "Module",
        vec![("body", Some(body)), ("type_ignores", Some(empty_list()))],
        None,
        0,
    );
    text.push('\n');
    text
}

/// `ast.dump` of a single expression (eval mode), wrapped as `Expression(body=...)`.
pub fn dump_expression(expr: &Expr, source: &str) -> String {
    let d = Dumper::new(source);
    let (mut text, _) = d.node("Expression", vec![("body", Some(d.expr(expr, 1)))], None, 0);
    text.push('\n');
    text
}

type Formatted = (String, bool);

fn empty_list() -> Formatted {
    ("[]".into(), true)
}

fn simple(s: impl Into<String>) -> Formatted {
    (s.into(), true)
}

struct Dumper {
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
}

impl Dumper {
    fn new(source: &str) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Dumper { line_starts }
    }

    /// (lineno, col_offset) of a byte offset; CPython counts `\r\n` and lone `\r` lines
    /// after its newline translation, and the lexer hands us offsets into the original
    /// text, so only `\n` separates lines here.
    fn position(&self, offset: usize) -> (usize, usize) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line + 1, offset - self.line_starts[line])
    }

    /// `Name(field=value, ..., lineno=.., ...)` following `ast.dump`'s layout rule.
    /// `level` is the caller's level; children must have been formatted at `level + 1`.
    fn node(
        &self,
        name: &str,
        fields: Vec<(&str, Option<Formatted>)>,
        range: Option<Range>,
        level: usize,
    ) -> Formatted {
        let level = level + 1;
        let mut args = Vec::new();
        let mut allsimple = true;
        for (field, value) in fields {
            if let Some((text, is_simple)) = value {
                allsimple &= is_simple;
                args.push(format!("{}={}", field, text));
            }
        }
        if let Some(range) = range {
            let (l1, c1) = self.position(range.start);
            let (l2, c2) = self.position(range.end);
            args.push(format!("lineno={}", l1));
            args.push(format!("col_offset={}", c1));
            args.push(format!("end_lineno={}", l2));
            args.push(format!("end_col_offset={}", c2));
        }
        if allsimple && args.len() <= 3 {
            let empty = args.is_empty();
            return (format!("{}({})", name, args.join(", ")), empty);
        }
        let indent = "  ".repeat(level);
        let sep = format!(",\n{}", indent);
        (format!("{}(\n{}{})", name, indent, args.join(&sep)), false)
    }

    /// A list; `level` is the level its elements are formatted at (caller's level + 1).
    fn list<T>(
        &self,
        items: &[T],
        level: usize,
        mut f: impl FnMut(&T, usize) -> Formatted,
    ) -> Formatted {
        if items.is_empty() {
            return empty_list();
        }
        let indent = "  ".repeat(level);
        let sep = format!(",\n{}", indent);
        let parts: Vec<String> = items.iter().map(|x| f(x, level).0).collect();
        (format!("[\n{}{}]", indent, parts.join(&sep)), false)
    }

    fn exprs(&self, items: &[Expr], level: usize) -> Formatted {
        self.list(items, level + 1, |e, l| self.expr(e, l))
    }

    fn stmts(&self, items: &[Stmt], level: usize) -> Formatted {
        self.list(items, level + 1, |s, l| self.stmt(s, l))
    }

    fn opt_expr(&self, e: &Option<Box<Expr>>, level: usize) -> Option<Formatted> {
        e.as_ref().map(|e| self.expr(e, level + 1))
    }

    fn name_list(&self, names: &[String], level: usize) -> Formatted {
        self.list(names, level + 1, |n, _| simple(pyrepr::str_repr(n)))
    }

    fn stmt(&self, s: &Stmt, level: usize) -> Formatted {
        let l = level + 1;
        let e = |x: &Expr| Some(self.expr(x, l));
        let (name, fields): (&str, Vec<(&str, Option<Formatted>)>) = match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => (
                "FunctionDef",
                vec![
                    ("name", Some(simple(pyrepr::str_repr(name)))),
                    ("args", Some(self.arguments(args, l))),
                    ("body", Some(self.stmts(body, l))),
                    ("decorator_list", Some(self.exprs(decorator_list, l))),
                    ("returns", self.opt_expr(returns, level)),
                ],
            ),
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => (
                "ClassDef",
                vec![
                    ("name", Some(simple(pyrepr::str_repr(name)))),
                    ("bases", Some(self.exprs(bases, l))),
                    (
                        "keywords",
                        Some(self.list(keywords, l + 1, |k, kl| self.keyword(k, kl))),
                    ),
                    ("body", Some(self.stmts(body, l))),
                    ("decorator_list", Some(self.exprs(decorator_list, l))),
                ],
            ),
            StmtKind::Return { value } => ("Return", vec![("value", self.opt_expr(value, level))]),
            StmtKind::Delete { targets } => {
                ("Delete", vec![("targets", Some(self.exprs(targets, l)))])
            }
            StmtKind::Assign { targets, value } => (
                "Assign",
                vec![
                    ("targets", Some(self.exprs(targets, l))),
                    ("value", e(value)),
                ],
            ),
            StmtKind::AugAssign { target, op, value } => (
                "AugAssign",
                vec![
                    ("target", e(target)),
                    ("op", Some(simple(format!("{}()", operator_name(*op))))),
                    ("value", e(value)),
                ],
            ),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple: is_simple,
            } => (
                "AnnAssign",
                vec![
                    ("target", e(target)),
                    ("annotation", e(annotation)),
                    ("value", self.opt_expr(value, level)),
                    ("simple", Some(simple(if *is_simple { "1" } else { "0" }))),
                ],
            ),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => (
                "For",
                vec![
                    ("target", e(target)),
                    ("iter", e(iter)),
                    ("body", Some(self.stmts(body, l))),
                    ("orelse", Some(self.stmts(orelse, l))),
                ],
            ),
            StmtKind::While { test, body, orelse } => (
                "While",
                vec![
                    ("test", e(test)),
                    ("body", Some(self.stmts(body, l))),
                    ("orelse", Some(self.stmts(orelse, l))),
                ],
            ),
            StmtKind::If { test, body, orelse } => (
                "If",
                vec![
                    ("test", e(test)),
                    ("body", Some(self.stmts(body, l))),
                    ("orelse", Some(self.stmts(orelse, l))),
                ],
            ),
            StmtKind::With { items, body } => (
                "With",
                vec![
                    (
                        "items",
                        Some(self.list(items, l + 1, |w, wl| {
                            self.node(
                                "withitem",
                                vec![
                                    ("context_expr", Some(self.expr(&w.context_expr, wl + 1))),
                                    ("optional_vars", self.opt_expr(&w.optional_vars, wl)),
                                ],
                                None,
                                wl,
                            )
                        })),
                    ),
                    ("body", Some(self.stmts(body, l))),
                ],
            ),
            StmtKind::Raise { exc, cause } => (
                "Raise",
                vec![
                    ("exc", self.opt_expr(exc, level)),
                    ("cause", self.opt_expr(cause, level)),
                ],
            ),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => (
                "Try",
                vec![
                    ("body", Some(self.stmts(body, l))),
                    (
                        "handlers",
                        Some(self.list(handlers, l + 1, |h, hl| {
                            self.node(
                                "ExceptHandler",
                                vec![
                                    ("type", h.type_.as_ref().map(|t| self.expr(t, hl + 1))),
                                    ("name", h.name.as_ref().map(|n| simple(pyrepr::str_repr(n)))),
                                    ("body", Some(self.stmts(&h.body, hl + 1))),
                                ],
                                Some(h.range),
                                hl,
                            )
                        })),
                    ),
                    ("orelse", Some(self.stmts(orelse, l))),
                    ("finalbody", Some(self.stmts(finalbody, l))),
                ],
            ),
            StmtKind::Assert { test, msg } => (
                "Assert",
                vec![("test", e(test)), ("msg", self.opt_expr(msg, level))],
            ),
            StmtKind::Import { names } => ("Import", vec![("names", Some(self.aliases(names, l)))]),
            StmtKind::ImportFrom {
                module,
                names,
                level: dots,
            } => (
                "ImportFrom",
                vec![
                    (
                        "module",
                        module.as_ref().map(|m| simple(pyrepr::str_repr(m))),
                    ),
                    ("names", Some(self.aliases(names, l))),
                    ("level", Some(simple(dots.to_string()))),
                ],
            ),
            StmtKind::Global { names } => {
                ("Global", vec![("names", Some(self.name_list(names, l)))])
            }
            StmtKind::Nonlocal { names } => {
                ("Nonlocal", vec![("names", Some(self.name_list(names, l)))])
            }
            StmtKind::Expr { value } => ("Expr", vec![("value", e(value))]),
            StmtKind::Pass => ("Pass", vec![]),
            StmtKind::Break => ("Break", vec![]),
            StmtKind::Continue => ("Continue", vec![]),
        };
        self.node(name, fields, Some(s.range), level)
    }

    fn aliases(&self, names: &[Alias], level: usize) -> Formatted {
        self.list(names, level + 1, |a, al| {
            self.node(
                "alias",
                vec![
                    ("name", Some(simple(pyrepr::str_repr(&a.name)))),
                    (
                        "asname",
                        a.asname.as_ref().map(|n| simple(pyrepr::str_repr(n))),
                    ),
                ],
                Some(a.range),
                al,
            )
        })
    }

    fn keyword(&self, k: &Keyword, level: usize) -> Formatted {
        self.node(
            "keyword",
            vec![
                ("arg", k.arg.as_ref().map(|n| simple(pyrepr::str_repr(n)))),
                ("value", Some(self.expr(&k.value, level + 1))),
            ],
            Some(k.range),
            level,
        )
    }

    fn arg(&self, a: &Arg, level: usize) -> Formatted {
        self.node(
            "arg",
            vec![
                ("arg", Some(simple(pyrepr::str_repr(&a.arg)))),
                ("annotation", self.opt_expr(&a.annotation, level)),
            ],
            Some(a.range),
            level,
        )
    }

    fn arguments(&self, a: &Arguments, level: usize) -> Formatted {
        let l = level + 1;
        let args = |v: &[Arg]| Some(self.list(v, l + 1, |a, al| self.arg(a, al)));
        self.node(
            "arguments",
            vec![
                ("posonlyargs", args(&a.posonlyargs)),
                ("args", args(&a.args)),
                ("vararg", a.vararg.as_ref().map(|v| self.arg(v, l))),
                ("kwonlyargs", args(&a.kwonlyargs)),
                (
                    "kw_defaults",
                    Some(self.list(&a.kw_defaults, l + 1, |d, dl| match d {
                        Some(d) => self.expr(d, dl),
                        None => simple("None"),
                    })),
                ),
                ("kwarg", a.kwarg.as_ref().map(|v| self.arg(v, l))),
                ("defaults", Some(self.exprs(&a.defaults, l))),
            ],
            None,
            level,
        )
    }

    fn comprehensions(&self, gens: &[Comprehension], level: usize) -> Formatted {
        self.list(gens, level + 1, |g, gl| {
            self.node(
                "comprehension",
                vec![
                    ("target", Some(self.expr(&g.target, gl + 1))),
                    ("iter", Some(self.expr(&g.iter, gl + 1))),
                    ("ifs", Some(self.exprs(&g.ifs, gl + 1))),
                    ("is_async", Some(simple("0"))),
                ],
                None,
                gl,
            )
        })
    }

    fn expr(&self, x: &Expr, level: usize) -> Formatted {
        let l = level + 1;
        let e = |x: &Expr| Some(self.expr(x, l));
        let ctx = |c: &ExprContext| {
            Some(simple(match c {
                ExprContext::Load => "Load()",
                ExprContext::Store => "Store()",
                ExprContext::Del => "Del()",
            }))
        };
        let (name, fields): (&str, Vec<(&str, Option<Formatted>)>) = match &x.kind {
            ExprKind::BoolOp { op, values } => (
                "BoolOp",
                vec![
                    (
                        "op",
                        Some(simple(match op {
                            BoolOp::And => "And()",
                            BoolOp::Or => "Or()",
                        })),
                    ),
                    ("values", Some(self.exprs(values, l))),
                ],
            ),
            ExprKind::NamedExpr { target, value } => (
                "NamedExpr",
                vec![("target", e(target)), ("value", e(value))],
            ),
            ExprKind::BinOp { left, op, right } => (
                "BinOp",
                vec![
                    ("left", e(left)),
                    ("op", Some(simple(format!("{}()", operator_name(*op))))),
                    ("right", e(right)),
                ],
            ),
            ExprKind::UnaryOp { op, operand } => (
                "UnaryOp",
                vec![
                    (
                        "op",
                        Some(simple(match op {
                            UnaryOp::Invert => "Invert()",
                            UnaryOp::Not => "Not()",
                            UnaryOp::UAdd => "UAdd()",
                            UnaryOp::USub => "USub()",
                        })),
                    ),
                    ("operand", e(operand)),
                ],
            ),
            ExprKind::Lambda { args, body } => (
                "Lambda",
                vec![("args", Some(self.arguments(args, l))), ("body", e(body))],
            ),
            ExprKind::IfExp { test, body, orelse } => (
                "IfExp",
                vec![("test", e(test)), ("body", e(body)), ("orelse", e(orelse))],
            ),
            ExprKind::Dict { keys, values } => (
                "Dict",
                vec![
                    (
                        "keys",
                        Some(self.list(keys, l + 1, |k, kl| match k {
                            Some(k) => self.expr(k, kl),
                            None => simple("None"),
                        })),
                    ),
                    ("values", Some(self.exprs(values, l))),
                ],
            ),
            ExprKind::Set { elts } => ("Set", vec![("elts", Some(self.exprs(elts, l)))]),
            ExprKind::ListComp { elt, generators } => (
                "ListComp",
                vec![
                    ("elt", e(elt)),
                    ("generators", Some(self.comprehensions(generators, l))),
                ],
            ),
            ExprKind::SetComp { elt, generators } => (
                "SetComp",
                vec![
                    ("elt", e(elt)),
                    ("generators", Some(self.comprehensions(generators, l))),
                ],
            ),
            ExprKind::GeneratorExp { elt, generators } => (
                "GeneratorExp",
                vec![
                    ("elt", e(elt)),
                    ("generators", Some(self.comprehensions(generators, l))),
                ],
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                "DictComp",
                vec![
                    ("key", e(key)),
                    ("value", e(value)),
                    ("generators", Some(self.comprehensions(generators, l))),
                ],
            ),
            ExprKind::Yield { value } => ("Yield", vec![("value", self.opt_expr(value, level))]),
            ExprKind::YieldFrom { value } => ("YieldFrom", vec![("value", e(value))]),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => (
                "Compare",
                vec![
                    ("left", e(left)),
                    (
                        "ops",
                        Some(
                            self.list(ops, l + 1, |op, _| simple(format!("{}()", cmpop_name(*op)))),
                        ),
                    ),
                    ("comparators", Some(self.exprs(comparators, l))),
                ],
            ),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => (
                "Call",
                vec![
                    ("func", e(func)),
                    ("args", Some(self.exprs(args, l))),
                    (
                        "keywords",
                        Some(self.list(keywords, l + 1, |k, kl| self.keyword(k, kl))),
                    ),
                ],
            ),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => (
                "FormattedValue",
                vec![
                    ("value", e(value)),
                    ("conversion", Some(simple(conversion.to_string()))),
                    ("format_spec", self.opt_expr(format_spec, level)),
                ],
            ),
            ExprKind::JoinedStr { values } => {
                ("JoinedStr", vec![("values", Some(self.exprs(values, l)))])
            }
            ExprKind::Constant { value, kind } => (
                "Constant",
                vec![
                    ("value", Some(simple(constant_repr(value)))),
                    ("kind", kind.as_ref().map(|k| simple(pyrepr::str_repr(k)))),
                ],
            ),
            ExprKind::Attribute {
                value,
                attr,
                ctx: c,
            } => (
                "Attribute",
                vec![
                    ("value", e(value)),
                    ("attr", Some(simple(pyrepr::str_repr(attr)))),
                    ("ctx", ctx(c)),
                ],
            ),
            ExprKind::Subscript {
                value,
                slice,
                ctx: c,
            } => (
                "Subscript",
                vec![("value", e(value)), ("slice", e(slice)), ("ctx", ctx(c))],
            ),
            ExprKind::Starred { value, ctx: c } => {
                ("Starred", vec![("value", e(value)), ("ctx", ctx(c))])
            }
            ExprKind::Name { id, ctx: c } => (
                "Name",
                vec![("id", Some(simple(pyrepr::str_repr(id)))), ("ctx", ctx(c))],
            ),
            ExprKind::List { elts, ctx: c } => (
                "List",
                vec![("elts", Some(self.exprs(elts, l))), ("ctx", ctx(c))],
            ),
            ExprKind::Tuple { elts, ctx: c } => (
                "Tuple",
                vec![("elts", Some(self.exprs(elts, l))), ("ctx", ctx(c))],
            ),
            ExprKind::Slice { lower, upper, step } => (
                "Slice",
                vec![
                    ("lower", self.opt_expr(lower, level)),
                    ("upper", self.opt_expr(upper, level)),
                    ("step", self.opt_expr(step, level)),
                ],
            ),
        };
        self.node(name, fields, Some(x.range), level)
    }
}

/// Python's `repr` of a constant value.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int { radix, digits } => pyrepr::int_to_decimal(*radix, digits),
        Constant::Float(f) => pyrepr::float_repr(*f),
        Constant::Complex(f) => pyrepr::imaginary_repr(*f),
        Constant::Str(s) => pyrepr::str_repr(s),
        Constant::Bytes(b) => pyrepr::bytes_repr(b),
        Constant::Ellipsis => "Ellipsis".into(),
    }
}

pub fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

pub fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}
