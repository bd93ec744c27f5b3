//! `def` and `lambda` (CPython 3.11's `compiler_function`, `compiler_lambda`,
//! `compiler_make_closure`): decorators, the defaults tuple, the keyword-only defaults
//! dict, the annotations tuple, the nested code object with its qualified name, and the
//! closure tuple of cells (`LOAD_CLOSURE`… `BUILD_TUPLE`, `MAKE_FUNCTION 0x08`).

use std::rc::Rc;

use bytecode::{CodeObject, Constant, Opcode};
use syntax::ast::{Arguments, Expr, ExprKind, Stmt, StmtKind};

use super::{CResult, Compiler, NameCtx, UnitKind};
use crate::symtable::Scope;

/// A body's docstring: its first statement, if that is a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    let StmtKind::Expr { value } = &body.first()?.kind else {
        return None;
    };
    match &value.kind {
        ExprKind::Constant {
            value: syntax::ast::Constant::Str(s),
            ..
        } => Some(s),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// The qualified name of a new unit (`compiler_set_qualname`).
    pub fn qualname(&self, name: &str, kind: UnitKind) -> String {
        // units[0] is the module: names directly inside it are not qualified.
        if self.units.len() < 2 {
            return name.to_owned();
        }
        let parent = self.unit_ref();
        if matches!(kind, UnitKind::Function | UnitKind::Class) {
            let mangled = self.mangle(name);
            if self.table.blocks[parent.block].scope(&mangled) == Some(Scope::GlobalExplicit) {
                return name.to_owned();
            }
        }
        match parent.kind {
            UnitKind::Function | UnitKind::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    pub fn function_def(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::FunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
        } = &s.kind
        else {
            return Ok(());
        };
        for d in decorator_list {
            self.expr(d)?;
        }
        let first_line = match decorator_list.first() {
            Some(d) => self.lines.line_col(d.range.start).0,
            None => self.lines.line_col(s.range.start).0,
        };
        let mut flags = self.default_arguments(args)?;
        if self.annotations(args, returns.as_deref())? {
            flags |= 0x04;
        }
        let Some(block) = self.table.block_of(s) else {
            return Ok(());
        };
        let qualname = self.qualname(name, UnitKind::Function);
        self.enter_scope(block, name, qualname, first_line, UnitKind::Function);
        let doc = docstring(body);
        self.add_const(match doc {
            Some(d) => Constant::Str(d.into()),
            None => Constant::None,
        });
        self.set_arg_counts(args);
        let start = doc.is_some() as usize;
        for stmt in &body[start..] {
            self.stmt(stmt)?;
        }
        let code = self.exit_scope()?;
        self.make_closure(code, flags)?;
        for d in decorator_list.iter().rev() {
            let saved = self.loc();
            self.set_loc(d.range);
            self.emit(Opcode::Call, 0);
            self.restore_loc(saved);
        }
        self.name_op(name, NameCtx::Store);
        Ok(())
    }

    pub fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        let flags = self.default_arguments(args)?;
        let Some(block) = self.table.block_of(e) else {
            return Ok(());
        };
        let qualname = self.qualname("<lambda>", UnitKind::Lambda);
        let first_line = self.lines.line_col(e.range.start).0;
        self.enter_scope(block, "<lambda>", qualname, first_line, UnitKind::Lambda);
        self.add_const(Constant::None);
        self.set_arg_counts(args);
        self.expr(body)?;
        self.emit0(Opcode::ReturnValue);
        let code = self.exit_scope()?;
        self.make_closure(code, flags)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let unit = self.unit();
        unit.posonly_arg_count = args.posonlyargs.len() as u32;
        unit.arg_count = (args.posonlyargs.len() + args.args.len()) as u32;
        unit.kwonly_arg_count = args.kwonlyargs.len() as u32;
    }

    /// Defaults tuple and keyword-only defaults dict; returns the MAKE_FUNCTION flags.
    fn default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Opcode::BuildTuple, args.defaults.len() as u32);
            flags |= 0x01;
        }
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                keys.push(Constant::Str(self.mangle(&arg.arg).as_str().into()));
                self.expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys.into()));
            self.emit(Opcode::BuildConstKeyMap, n);
            flags |= 0x02;
        }
        Ok(flags)
    }

    /// The annotations tuple `('x', ann, …, 'return', ann)`; whether there is one.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut len = 0;
        let ordered = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in ordered {
            if let Some(ann) = &a.annotation {
                self.annotation(&a.arg, ann)?;
                len += 2;
            }
        }
        if let Some(r) = returns {
            self.annotation("return", r)?;
            len += 2;
        }
        if len > 0 {
            self.emit(Opcode::BuildTuple, len);
        }
        Ok(len > 0)
    }

    fn annotation(&mut self, name: &str, ann: &'a Expr) -> CResult {
        let mangled = self.mangle(name);
        self.load_const(Constant::Str(mangled.as_str().into()));
        if let ExprKind::Starred { value, .. } = &ann.kind {
            self.expr(value)?;
            self.emit(Opcode::UnpackSequence, 1);
        } else {
            self.expr(ann)?;
        }
        Ok(())
    }

    /// Pushes the function object for `code`, with its closure if it has free variables.
    pub fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: u32) -> CResult {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let unit = self.unit_ref();
                let cell = unit.cellvars.iter().position(|c| **c == **name);
                let slot = match (self.ste().scope(name), cell) {
                    (Some(Scope::Cell), Some(i)) => i,
                    _ => match unit.freevars.iter().position(|f| **f == **name) {
                        Some(i) => unit.cellvars.len() + i,
                        None => cell.unwrap_or(0),
                    },
                };
                self.emit(Opcode::LoadClosure, slot as u32);
            }
            self.emit(Opcode::BuildTuple, code.freevars.len() as u32);
            flags |= 0x08;
        }
        self.load_const(Constant::Code(code));
        self.emit(Opcode::MakeFunction, flags);
        Ok(())
    }
}
