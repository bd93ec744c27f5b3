//! `class` statements (CPython 3.11's `compiler_class`): the body becomes a code object run
//! by `__build_class__` with the class namespace as its locals; it stores `__module__` and
//! `__qualname__` first and returns the `__class__` cell (stored as `__classcell__`) when a
//! method uses `super()` or `__class__`, else None. Names inside are mangled with the class
//! name (`__x` → `_C__x`).

use bytecode::{Constant, Opcode};
use syntax::ast::{Stmt, StmtKind};

use super::{CResult, Compiler, NameCtx, UnitKind};

impl<'a> Compiler<'a> {
    pub fn class_def(&mut self, s: &'a Stmt) -> CResult {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
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
        let Some(block) = self.table.block_of(s) else {
            return Ok(());
        };
        let qualname = self.qualname(name, UnitKind::Class);
        self.enter_scope(block, name, qualname.clone(), first_line, UnitKind::Class);
        self.unit().private = Some(name.clone());
        self.set_loc(s.range);
        self.name_op("__name__", NameCtx::Load);
        self.name_op("__module__", NameCtx::Store);
        self.load_const(Constant::Str(qualname.as_str().into()));
        self.name_op("__qualname__", NameCtx::Store);
        self.compile_body(body)?;
        self.unset_loc();
        if self.ste().needs_class_closure {
            self.emit(Opcode::LoadClosure, 0);
            self.emit(Opcode::Copy, 1);
            self.name_op("__classcell__", NameCtx::Store);
        } else {
            self.load_const(Constant::None);
        }
        self.emit0(Opcode::ReturnValue);
        let code = self.exit_scope()?;
        self.set_loc(s.range);
        self.emit0(Opcode::PushNull);
        self.emit0(Opcode::LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(name.as_str().into()));
        self.check_keywords(keywords)?;
        self.call_helper(2, bases, keywords)?;
        for d in decorator_list.iter().rev() {
            let saved = self.loc();
            self.set_loc(d.range);
            self.emit(Opcode::Call, 0);
            self.restore_loc(saved);
        }
        self.name_op(name, NameCtx::Store);
        Ok(())
    }
}
