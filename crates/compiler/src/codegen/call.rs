//! Calls, in CPython 3.11's convention: `PUSH_NULL; callable; args…; [KW_NAMES k]; CALL n`,
//! method calls as `obj; LOAD_METHOD name; args…; CALL n`, and calls with `*args` or
//! `**kwargs` as `CALL_FUNCTION_EX` over a tuple built with `LIST_EXTEND` and a dict built
//! with `DICT_MERGE` (CPython's `compiler_call`, `maybe_optimize_method_call`,
//! `compiler_call_helper`).

use bytecode::{Constant, Opcode};
use syntax::ast::{Expr, ExprContext, ExprKind, Keyword};

use super::expr::{STACK_USE_GUIDELINE, TUPLE};
use super::{CResult, Compiler};

fn has_starred(args: &[Expr]) -> bool {
    args.iter()
        .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
}

impl<'a> Compiler<'a> {
    pub fn call(&mut self, e: &'a Expr) -> CResult {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &e.kind
        else {
            return Ok(());
        };
        self.check_keywords(keywords)?;
        if self.method_call(func, args, keywords)? {
            return Ok(());
        }
        self.check_caller(e, func);
        let saved = self.loc();
        self.set_loc(func.range);
        self.emit0(Opcode::PushNull);
        self.restore_loc(saved);
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// `obj.m(args)` without `*`/`**`: LOAD_METHOD saves creating a bound method.
    fn method_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<bool> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        else {
            return Ok(false);
        };
        if has_starred(args)
            || keywords.iter().any(|k| k.arg.is_none())
            || args.len() + keywords.len() >= STACK_USE_GUIDELINE
        {
            return Ok(false);
        }
        self.expr(value)?;
        let saved = self.loc();
        let func_pos = self.lines.position(func.range);
        self.restore_loc(func_pos);
        let index = self.name_index(attr);
        self.emit(Opcode::LoadMethod, index);
        for a in args {
            self.expr(a)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        self.kw_names(keywords);
        self.restore_loc(saved);
        self.emit(Opcode::Call, (args.len() + keywords.len()) as u32);
        Ok(true)
    }

    /// CPython's `validate_keywords`.
    pub fn check_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if keywords[i + 1..]
                .iter()
                .any(|o| o.arg.as_ref() == Some(name))
            {
                let other = keywords[i + 1..]
                    .iter()
                    .find(|o| o.arg.as_ref() == Some(name))
                    .map_or(k.range, |o| o.range);
                return Err(self.error_at(&format!("keyword argument repeated: {name}"), other));
            }
        }
        Ok(())
    }

    fn kw_names(&mut self, keywords: &[Keyword]) {
        if keywords.is_empty() {
            return;
        }
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Constant::Str(k.arg.as_deref().unwrap_or("").into()))
            .collect();
        let index = self.add_const(Constant::Tuple(names.into()));
        self.emit(Opcode::KwNames, index);
    }

    /// The arguments and the call, `pushed` arguments being on the stack already.
    pub fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        let simple = !has_starred(args)
            && keywords.iter().all(|k| k.arg.is_some())
            && args.len() + keywords.len() < STACK_USE_GUIDELINE;
        if simple {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.kw_names(keywords);
            self.emit(Opcode::Call, pushed + (args.len() + keywords.len()) as u32);
            return Ok(());
        }
        // Positional arguments as one tuple.
        match args {
            [Expr {
                kind: ExprKind::Starred { value, .. },
                ..
            }] if pushed == 0 => self.expr(value)?,
            _ => self.starunpack(args, pushed, TUPLE)?,
        }
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut seen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if seen > 0 {
                        self.subkwargs(&keywords[i - seen..i])?;
                        if have_dict {
                            self.emit(Opcode::DictMerge, 1);
                        }
                        have_dict = true;
                        seen = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Opcode::DictMerge, 1);
                } else {
                    seen += 1;
                }
            }
            if seen > 0 {
                self.subkwargs(&keywords[keywords.len() - seen..])?;
                if have_dict {
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        self.emit(Opcode::CallFunctionEx, !keywords.is_empty() as u32);
        Ok(())
    }

    /// A dict of named keyword arguments (`compiler_subkwargs`).
    fn subkwargs(&mut self, keywords: &'a [Keyword]) -> CResult {
        let n = keywords.len();
        if n > 1 {
            for k in keywords {
                self.expr(&k.value)?;
            }
            let names: Vec<Constant> = keywords
                .iter()
                .map(|k| Constant::Str(k.arg.as_deref().unwrap_or("").into()))
                .collect();
            self.load_const(Constant::Tuple(names.into()));
            self.emit(Opcode::BuildConstKeyMap, n as u32);
        } else {
            for k in keywords {
                self.load_const(Constant::Str(k.arg.as_deref().unwrap_or("").into()));
                self.expr(&k.value)?;
            }
            self.emit(Opcode::BuildMap, n as u32);
        }
        Ok(())
    }
}
