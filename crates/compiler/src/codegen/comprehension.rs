//! List, set and dict comprehensions and generator expressions (CPython 3.11's
//! `compiler_comprehension`): each is a nested function taking the iterator of its first
//! `for` as the argument `.0`; that first iterable is evaluated in the enclosing scope.

use bytecode::Opcode;
use syntax::ast::{Comprehension, Expr, ExprKind};

use super::{CResult, Compiler, UnitKind};
use crate::fold;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    List,
    Set,
    Dict,
    Generator,
}

impl<'a> Compiler<'a> {
    pub fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, name, generators, elt, value) = match &e.kind {
            ExprKind::ListComp { elt, generators } => {
                (Kind::List, "<listcomp>", generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                (Kind::Set, "<setcomp>", generators, elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                (Kind::Generator, "<genexpr>", generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (Kind::Dict, "<dictcomp>", generators, key, Some(&**value)),
            _ => return Ok(()),
        };
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        let Some(block) = self.table.block_of(e) else {
            return Ok(());
        };
        let qualname = self.qualname(name, UnitKind::Comprehension);
        let first_line = self.lines.line_col(e.range.start).0;
        self.enter_scope(block, name, qualname, first_line, UnitKind::Comprehension);
        // `.0` is a positional parameter (CPython's co_argcount is 1).
        self.unit().arg_count = 1;
        self.set_loc(e.range);
        match kind {
            Kind::List => self.emit(Opcode::BuildList, 0),
            Kind::Set => self.emit(Opcode::BuildSet, 0),
            Kind::Dict => self.emit(Opcode::BuildMap, 0),
            Kind::Generator => {}
        }
        self.comprehension_generator(generators, 0, 0, elt, value, kind)?;
        if kind != Kind::Generator {
            self.emit0(Opcode::ReturnValue);
        }
        let code = self.exit_scope()?;
        self.make_closure(code, 0)?;
        self.iterable(&outermost.iter)?;
        self.emit0(Opcode::GetIter);
        self.emit(Opcode::Call, 0);
        Ok(())
    }

    /// An iterable of `for`: a display of constants becomes a tuple or frozenset constant,
    /// a list display a tuple (`fold_iter`).
    pub fn iterable(&mut self, iter: &'a Expr) -> CResult {
        if let Some(c) = fold::fold_iter(iter) {
            let saved = self.loc();
            self.set_loc(iter.range);
            self.load_const(c);
            self.restore_loc(saved);
            return Ok(());
        }
        if let ExprKind::List { elts, .. } = &iter.kind {
            if !elts
                .iter()
                .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
            {
                let saved = self.loc();
                self.set_loc(iter.range);
                let r = self.starunpack(elts, 0, super::expr::TUPLE);
                self.restore_loc(saved);
                return r;
            }
        }
        self.expr(iter)
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: Kind,
    ) -> CResult {
        let gen = &generators[index];
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        if index == 0 {
            self.emit(Opcode::LoadFast, 0);
        } else {
            let single = match &gen.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. }
                    if fold::fold_iter(&gen.iter).is_none() && fold::fold(&gen.iter).is_none() =>
                {
                    match elts.as_slice() {
                        [only] if !matches!(only.kind, ExprKind::Starred { .. }) => Some(only),
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(only) = single {
                self.expr(only)?;
                start = None;
            } else {
                self.iterable(&gen.iter)?;
                self.emit0(Opcode::GetIter);
            }
        }
        if let Some(start) = start {
            depth += 1;
            self.use_block(start);
            self.emit_jump(Opcode::ForIter, anchor);
        }
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, value, kind)?;
        } else {
            match kind {
                Kind::Generator => {
                    self.expr(elt)?;
                    self.emit0(Opcode::YieldValue);
                    self.emit0(Opcode::PopTop);
                }
                Kind::List => {
                    self.expr(elt)?;
                    self.emit(Opcode::ListAppend, depth + 1);
                }
                Kind::Set => {
                    self.expr(elt)?;
                    self.emit(Opcode::SetAdd, depth + 1);
                }
                Kind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Opcode::MapAdd, depth + 1);
                }
            }
        }
        self.use_block(if_cleanup);
        if let Some(start) = start {
            self.emit_jump(Opcode::Jump, start);
            self.use_block(anchor);
        }
        Ok(())
    }
}
