//! Control flow (CPython 3.11's `compiler_if`, `compiler_while`, `compiler_for`,
//! `compiler_break`/`continue`/`return` with `compiler_unwind_fblock`, `compiler_try_except`,
//! `compiler_try_finally`, `compiler_with`, `compiler_assert`).
//!
//! Exceptions use 3.11's zero-cost scheme: `SETUP_FINALLY`/`SETUP_CLEANUP`/`SETUP_WITH`
//! pseudo-instructions mark where a handler starts to cover code and `POP_BLOCK` where it
//! stops; assembly turns them into the exception table. A `finally` body is compiled once
//! for the normal exit, once for the exceptional one, and again on every `return`, `break`
//! or `continue` that leaves it (the frame-block stack says what each exit must undo).

use bytecode::{Constant, Opcode};
use syntax::ast::{ExceptHandler, Expr, Stmt, WithItem};

use super::expr::const_of;
use super::{CResult, Compiler, FBlock, Op};
use crate::symtable::BlockKind;

impl<'a> Compiler<'a> {
    pub fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_block();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_block()
        };
        self.jump_if(test, next, false)?;
        self.stmts(body)?;
        if !orelse.is_empty() {
            self.emit_jump_noline(Opcode::Jump, end);
            self.use_block(next);
            self.stmts(orelse)?;
        }
        self.use_block(end);
        Ok(())
    }

    pub fn while_stmt(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let top = self.new_block();
        let body_block = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_block(top);
        self.push_fblock(FBlock::WhileLoop { top, exit: end }, s.range)?;
        self.jump_if(test, anchor, false)?;
        self.use_block(body_block);
        self.stmts(body)?;
        self.set_loc(s.range);
        self.jump_if(test, body_block, true)?;
        self.pop_fblock();
        self.use_block(anchor);
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }

    pub fn for_stmt(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_block();
        let body_block = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(
            FBlock::ForLoop {
                top: start,
                exit: end,
            },
            s.range,
        )?;
        self.iterable(iter)?;
        self.emit0(Opcode::GetIter);
        self.use_block(start);
        self.emit_jump(Opcode::ForIter, cleanup);
        self.use_block(body_block);
        self.expr(target)?;
        self.stmts(body)?;
        self.emit_jump_noline(Opcode::Jump, start);
        self.use_block(cleanup);
        self.pop_fblock();
        self.stmts(orelse)?;
        self.use_block(end);
        Ok(())
    }

    pub fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        if self.ste().kind != BlockKind::Function {
            return Err(self.error_at("'return' outside function", s.range));
        }
        let constant = value.and_then(const_of);
        let preserve_tos = value.is_some() && constant.is_none();
        match value {
            Some(v) if preserve_tos => self.expr(v)?,
            Some(v) => {
                self.set_loc(v.range);
                self.emit0(Opcode::Nop);
            }
            None => {}
        }
        let same_line = value.is_some_and(|v| {
            self.lines.line_col(v.range.start).0 == self.lines.line_col(s.range.start).0
        });
        if !same_line {
            self.set_loc(s.range);
            self.emit0(Opcode::Nop);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        if !preserve_tos {
            self.load_const(constant.unwrap_or(Constant::None));
        }
        self.emit0(Opcode::ReturnValue);
        self.next_block();
        Ok(())
    }

    pub fn break_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.emit0(Opcode::Nop);
        let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error_at("'break' outside loop", s.range));
        };
        self.unwind_fblock(&loop_block, false)?;
        let exit = match loop_block {
            FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } => exit,
            _ => return Ok(()),
        };
        self.emit_jump(Opcode::Jump, exit);
        self.next_block();
        Ok(())
    }

    pub fn continue_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.emit0(Opcode::Nop);
        let Some(loop_block) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error_at("'continue' not properly in loop", s.range));
        };
        let top = match loop_block {
            FBlock::WhileLoop { top, .. } | FBlock::ForLoop { top, .. } => top,
            _ => return Ok(()),
        };
        self.emit_jump(Opcode::Jump, top);
        self.next_block();
        Ok(())
    }

    /// Undoes every frame block up to the innermost loop (when `stop_at_loop`), which is
    /// returned, or all of them (for `return`). The blocks stay on the stack afterwards.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.unit_ref().fblocks.last().cloned() else {
            return Ok(None);
        };
        if stop_at_loop && matches!(top, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
            return Ok(Some(top));
        }
        let popped = self.unit().fblocks.pop().expect("checked above");
        let r = self
            .unwind_fblock(&popped, preserve_tos)
            .and_then(|()| self.unwind_fblock_stack(preserve_tos, stop_at_loop));
        self.unit().fblocks.push(popped);
        r
    }

    fn unwind_fblock(&mut self, fblock: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match fblock {
            FBlock::WhileLoop { .. } | FBlock::ExceptionHandler => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit0(Opcode::PopTop);
            }
            FBlock::TryExcept => self.emit_pop_block(),
            FBlock::FinallyTry { body } => {
                self.emit_pop_block();
                if preserve_tos {
                    self.push_fblock(FBlock::PopValue, self.current_range())?;
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit0(Opcode::PopTop);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit_pop_block();
                self.emit0(Opcode::PopExcept);
            }
            FBlock::With { range } => {
                self.set_loc(*range);
                self.emit_pop_block();
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
                self.emit0(Opcode::PopTop);
                self.unset_loc();
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit_pop_block();
                }
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit_pop_block();
                self.emit0(Opcode::PopExcept);
                if let Some(name) = name {
                    self.load_const(Constant::None);
                    self.name_op(name, super::NameCtx::Store);
                    self.name_op(name, super::NameCtx::Del);
                }
            }
        }
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::Call, 2);
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`: the cleanup handler of an exception handler.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::Copy, 3);
        self.emit0(Opcode::PopExcept);
        self.emit(Opcode::Reraise, 1);
    }

    pub fn try_finally(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        let body_block = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.emit_setup(Op::SetupFinally, end);
        self.use_block(body_block);
        self.push_fblock(FBlock::FinallyTry { body: finalbody }, s.range)?;
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(s, body, handlers, orelse)?;
        }
        self.unset_loc();
        self.emit_pop_block();
        self.pop_fblock();
        self.stmts(finalbody)?;
        self.emit_jump_noline(Opcode::Jump, exit);
        // The exceptional path.
        self.use_block(end);
        self.unset_loc();
        self.emit_setup(Op::SetupCleanup, cleanup);
        self.emit0(Opcode::PushExcInfo);
        self.push_fblock(FBlock::FinallyEnd, s.range)?;
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::Reraise, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        Ok(())
    }

    pub fn try_except(
        &mut self,
        s: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let body_block = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.emit_setup(Op::SetupFinally, except);
        self.use_block(body_block);
        self.push_fblock(FBlock::TryExcept, s.range)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.unset_loc();
        self.emit_pop_block();
        self.stmts(orelse)?;
        self.emit_jump_noline(Opcode::Jump, end);
        self.use_block(except);
        self.unset_loc();
        self.emit_setup(Op::SetupCleanup, cleanup);
        self.emit0(Opcode::PushExcInfo);
        self.push_fblock(FBlock::ExceptionHandler, s.range)?;
        for (i, handler) in handlers.iter().enumerate() {
            self.set_loc(handler.range);
            if handler.type_.is_none() && i + 1 < handlers.len() {
                return Err(self.error_at("default 'except:' must be last", handler.range));
            }
            except = self.new_block();
            if let Some(t) = &handler.type_ {
                self.expr(t)?;
                self.emit0(Opcode::CheckExcMatch);
                self.emit_jump(Opcode::PopJumpIfFalse, except);
            }
            if let Some(name) = &handler.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.name_op(name, super::NameCtx::Store);
                self.emit_setup(Op::SetupCleanup, cleanup_end);
                self.use_block(cleanup_body);
                self.push_fblock(FBlock::HandlerCleanup { name: Some(name) }, handler.range)?;
                self.stmts(&handler.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.emit_pop_block();
                self.emit_pop_block();
                self.emit0(Opcode::PopExcept);
                self.load_const(Constant::None);
                self.name_op(name, super::NameCtx::Store);
                self.name_op(name, super::NameCtx::Del);
                self.emit_jump(Opcode::Jump, end);
                self.use_block(cleanup_end);
                self.unset_loc();
                self.load_const(Constant::None);
                self.name_op(name, super::NameCtx::Store);
                self.name_op(name, super::NameCtx::Del);
                self.emit(Opcode::Reraise, 1);
            } else {
                let cleanup_body = self.new_block();
                self.emit0(Opcode::PopTop);
                self.use_block(cleanup_body);
                self.push_fblock(FBlock::HandlerCleanup { name: None }, handler.range)?;
                self.stmts(&handler.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.emit_pop_block();
                self.emit0(Opcode::PopExcept);
                self.emit_jump(Opcode::Jump, end);
            }
            self.use_block(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.emit(Opcode::Reraise, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(end);
        Ok(())
    }

    pub fn with_stmt(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        pos: usize,
        body: &'a [Stmt],
    ) -> CResult {
        let Some(item) = items.get(pos) else {
            return self.stmts(body);
        };
        let body_block = self.new_block();
        let final_block = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.expr(&item.context_expr)?;
        self.emit0(Opcode::BeforeWith);
        self.emit_setup(Op::SetupWith, final_block);
        self.use_block(body_block);
        self.push_fblock(FBlock::With { range: s.range }, s.range)?;
        match &item.optional_vars {
            Some(v) => self.expr(v)?,
            None => self.emit0(Opcode::PopTop),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, items, pos + 1, body)?;
        }
        self.unset_loc();
        self.emit_pop_block();
        self.pop_fblock();
        self.set_loc(s.range);
        self.call_exit_with_nones();
        self.emit0(Opcode::PopTop);
        self.emit_jump(Opcode::Jump, exit);
        // The exceptional path.
        self.use_block(final_block);
        self.emit_setup(Op::SetupCleanup, cleanup);
        self.emit0(Opcode::PushExcInfo);
        self.emit0(Opcode::WithExceptStart);
        self.unset_loc();
        let suppress = self.new_block();
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 2);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(suppress);
        self.emit0(Opcode::PopTop);
        self.emit_pop_block();
        self.emit0(Opcode::PopExcept);
        self.emit0(Opcode::PopTop);
        self.emit0(Opcode::PopTop);
        self.use_block(exit);
        Ok(())
    }

    pub fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        self.check_assert(test);
        let end = self.new_block();
        self.jump_if(test, end, true)?;
        self.emit0(Opcode::LoadAssertionError);
        if let Some(m) = msg {
            self.expr(m)?;
            self.emit(Opcode::Call, 0);
        }
        self.emit(Opcode::RaiseVarargs, 1);
        self.use_block(end);
        Ok(())
    }
}
