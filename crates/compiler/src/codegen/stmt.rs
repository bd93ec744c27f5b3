//! Statements (CPython 3.11's `compiler_visit_stmt` and `compiler_body`): dispatch to the
//! construct files, plus the simple statements — expression statements, imports, `pass`,
//! `global`/`nonlocal` (which emit nothing), `del`, and classes (not supported yet).

use bytecode::{Constant, Opcode};
use syntax::ast::{Expr, Stmt, StmtKind};

use super::expr::is_const;
use super::function::docstring;
use super::{CResult, Compiler, NameCtx};

/// Whether a body contains an annotated assignment outside nested scopes (`find_ann`).
fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            find_ann(body)
                || find_ann(orelse)
                || find_ann(finalbody)
                || handlers.iter().any(|h| find_ann(&h.body))
        }
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    /// A module or class body: `SETUP_ANNOTATIONS` if needed, the docstring, statements.
    pub fn compile_body(&mut self, body: &'a [Stmt]) -> CResult {
        if let Some(first) = body.first() {
            self.set_loc(first.range);
        }
        if find_ann(body) {
            self.emit0(Opcode::SetupAnnotations);
        }
        let mut start = 0;
        if let (Some(_), false) = (docstring(body), self.interactive && self.units.len() == 1) {
            if let StmtKind::Expr { value } = &body[0].kind {
                self.set_loc(body[0].range);
                self.expr(value)?;
                self.name_op("__doc__", NameCtx::Store);
                start = 1;
            }
        }
        for s in &body[start..] {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_loc(s.range);
        match &s.kind {
            StmtKind::FunctionDef { .. } => self.function_def(s)?,
            StmtKind::ClassDef { .. } => self.class_def(s)?,
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref())?,
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => self.assign(targets, value)?,
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_stmt(s, target, iter, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse)?,
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse)?,
            StmtKind::With { items, body } => self.with_stmt(s, items, 0, body)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RaiseVarargs, n);
                self.next_block();
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(s, body, handlers, orelse)?;
                } else {
                    self.try_finally(s, body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_deref())?,
            StmtKind::Import { names } => {
                for alias in names {
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    let index = self.unit().name(&alias.name);
                    self.emit(Opcode::ImportName, index);
                    match &alias.asname {
                        Some(asname) => self.import_as(&alias.name, asname),
                        None => {
                            let first = alias.name.split('.').next().unwrap_or(&alias.name);
                            self.name_op(first, NameCtx::Store);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Constant::Int(*level as i64));
                let fromlist: Vec<Constant> = names
                    .iter()
                    .map(|a| Constant::Str(a.name.as_str().into()))
                    .collect();
                self.load_const(Constant::Tuple(fromlist.into()));
                let index = self.unit().name(module.as_deref().unwrap_or(""));
                self.emit(Opcode::ImportName, index);
                if names.first().is_some_and(|a| a.name == "*") {
                    self.emit0(Opcode::ImportStar);
                } else {
                    for alias in names {
                        let index = self.unit().name(&alias.name);
                        self.emit(Opcode::ImportFrom, index);
                        let store = alias.asname.as_deref().unwrap_or(&alias.name);
                        self.name_op(store, NameCtx::Store);
                    }
                    self.emit0(Opcode::PopTop);
                }
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            StmtKind::Expr { value } => self.expr_stmt(value)?,
            StmtKind::Pass => self.emit0(Opcode::Nop),
            StmtKind::Break => self.break_stmt(s)?,
            StmtKind::Continue => self.continue_stmt(s)?,
        }
        Ok(())
    }

    fn expr_stmt(&mut self, value: &'a Expr) -> CResult {
        if self.interactive && self.units.len() == 1 {
            self.expr(value)?;
            self.emit0(Opcode::PrintExpr);
            return Ok(());
        }
        if is_const(value) {
            self.emit0(Opcode::Nop);
            return Ok(());
        }
        self.expr(value)?;
        self.emit_noline(Opcode::PopTop, 0);
        Ok(())
    }

    /// `import a.b.c as d` binds `d` to the submodule `a.b.c`.
    fn import_as(&mut self, name: &str, asname: &str) {
        let mut parts = name.split('.');
        parts.next();
        let attrs: Vec<&str> = parts.collect();
        if !attrs.is_empty() {
            for (i, attr) in attrs.iter().enumerate() {
                let index = self.unit().name(attr);
                self.emit(Opcode::ImportFrom, index);
                if i + 1 < attrs.len() {
                    self.emit(Opcode::Swap, 2);
                    self.emit0(Opcode::PopTop);
                }
            }
            self.name_op(asname, NameCtx::Store);
            self.emit0(Opcode::PopTop);
            return;
        }
        self.name_op(asname, NameCtx::Store);
    }
}
