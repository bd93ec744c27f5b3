//! Symbol tables: which block (module, function, lambda, comprehension, class) each name
//! belongs to and how it is reached — CPython 3.11's `Python/symtable.c`.
//!
//! Two passes, as CPython: the first walks the AST and records, per block, every name with
//! flags saying how it is used (bound, used, parameter, declared global or nonlocal, …);
//! the second (`analyze`) decides each name's scope: LOCAL, GLOBAL_EXPLICIT,
//! GLOBAL_IMPLICIT, FREE or CELL, passing the names bound in enclosing functions down and
//! the free names of nested blocks up. The errors CPython's symtable raises are raised here
//! with its messages and locations. Blocks are found again by the code generator through the
//! address of the AST node that opened them (the AST is borrowed, unchanged, for the whole
//! compilation).

use std::collections::{HashMap, HashSet};

use syntax::ast::*;
use syntax::SyntaxError;

/// Name flags, CPython's `DEF_*` values.
pub mod def {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const FREE: u32 = 32;
    pub const FREE_CLASS: u32 = 64;
    pub const IMPORT: u32 = 128;
    pub const ANNOT: u32 = 256;
    pub const COMP_ITER: u32 = 512;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// How a name is reached from its block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Module,
    Function,
    Class,
}

/// What kind of comprehension a function block is (its error messages name it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    /// Filled in by the analysis.
    pub scope: Scope,
}

/// One block's table (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub name: String,
    /// Names in first-seen order (CPython's dict order).
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameters, in order (`co_varnames` starts with them).
    pub varnames: Vec<String>,
    pub children: Vec<usize>,
    pub comprehension: Option<ComprehensionKind>,
    pub generator: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    /// Inside a function (CO_NESTED).
    pub nested: bool,
    /// A class whose methods use `super` or `__class__`.
    pub needs_class_closure: bool,
    /// Where the first `global`/`nonlocal` naming each name is (for errors).
    directives: HashMap<String, Range>,
    comp_iter_expr: u32,
    comp_iter_target: bool,
}

impl Block {
    fn new(kind: BlockKind, name: &str, nested: bool) -> Block {
        Block {
            kind,
            name: name.to_owned(),
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            comprehension: None,
            generator: false,
            varargs: false,
            varkeywords: false,
            nested,
            needs_class_closure: false,
            directives: HashMap::new(),
            comp_iter_expr: 0,
            comp_iter_target: false,
        }
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].flags)
    }

    /// The scope of `name`, if the block knows it.
    pub fn scope(&self, name: &str) -> Option<Scope> {
        self.index.get(name).map(|&i| self.symbols[i].scope)
    }

    /// Names with the given scope, sorted as CPython's `dictbytype` sorts them.
    pub fn sorted_names(&self, scope: Scope, skip_free_class: bool) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == scope && !(skip_free_class && s.flags & def::FREE_CLASS != 0))
            .map(|s| s.name.clone())
            .collect();
        names.sort();
        names
    }
}

/// All blocks of a module; block 0 is the module.
#[derive(Debug)]
pub struct SymbolTable {
    pub blocks: Vec<Block>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The block a `def`, `class`, lambda or comprehension opened.
    pub fn block_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// CPython's `_Py_Mangle`: inside class `C`, `__x` is `_C__x` (not dunder names, not
/// dotted names, not when the class name is all underscores).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_owned();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_owned();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_owned();
    }
    format!("_{stripped}{name}")
}

fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Builds and analyzes the symbol table of a module.
pub fn build(module: &Module) -> Result<SymbolTable, SyntaxError> {
    let mut builder = Builder {
        private: None,
        blocks: vec![Block::new(BlockKind::Module, "top", false)],
        by_node: HashMap::new(),
        stack: vec![0],
    };
    for stmt in &module.body {
        builder.visit_stmt(stmt)?;
    }
    let mut table = SymbolTable {
        blocks: builder.blocks,
        by_node: builder.by_node,
    };
    analyze(&mut table)?;
    Ok(table)
}

struct Builder {
    /// The enclosing class's name, for mangling `__private` names.
    private: Option<String>,
    blocks: Vec<Block>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
}

fn err(msg: String, range: Range) -> SyntaxError {
    SyntaxError::syntax(msg, range.start, range.end)
}

impl Builder {
    fn cur(&mut self) -> &mut Block {
        let top = *self.stack.last().expect("the module block is never popped");
        &mut self.blocks[top]
    }

    fn cur_ref(&self) -> &Block {
        &self.blocks[*self.stack.last().expect("the module block is never popped")]
    }

    fn enter(&mut self, kind: BlockKind, name: &str, key: usize) -> usize {
        let parent = self.cur_ref();
        let nested = parent.nested || parent.kind == BlockKind::Function;
        let id = self.blocks.len();
        self.blocks.push(Block::new(kind, name, nested));
        let parent_id = *self.stack.last().expect("module block");
        self.blocks[parent_id].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, range: Range) -> Result<(), SyntaxError> {
        let block = *self.stack.last().expect("module block");
        self.add_def_in(block, name, flag, range)
    }

    fn add_def_in(
        &mut self,
        block: usize,
        name: &str,
        flag: u32,
        range: Range,
    ) -> Result<(), SyntaxError> {
        let mangled = mangle(self.private.as_deref(), name);
        let name = mangled.as_str();
        let ste = &mut self.blocks[block];
        let mut val = ste.flags(name);
        if flag & def::PARAM != 0 && val & def::PARAM != 0 {
            return Err(err(
                format!("duplicate argument '{name}' in function definition"),
                range,
            ));
        }
        val |= flag;
        if ste.comp_iter_target {
            if val & (def::GLOBAL | def::NONLOCAL) != 0 {
                return Err(err(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    range,
                ));
            }
            val |= def::COMP_ITER;
        }
        match ste.index.get(name) {
            Some(&i) => ste.symbols[i].flags = val,
            None => {
                ste.index.insert(name.to_owned(), ste.symbols.len());
                ste.symbols.push(Symbol {
                    name: name.to_owned(),
                    flags: val,
                    scope: Scope::Local,
                });
            }
        }
        if flag & def::PARAM != 0 {
            ste.varnames.push(name.to_owned());
        }
        // A `global` declaration anywhere makes the name explicitly global in the module too.
        if flag & def::GLOBAL != 0 && block != 0 {
            let module = &mut self.blocks[0];
            match module.index.get(name) {
                Some(&i) => module.symbols[i].flags |= def::GLOBAL,
                None => {
                    module.index.insert(name.to_owned(), module.symbols.len());
                    module.symbols.push(Symbol {
                        name: name.to_owned(),
                        flags: def::GLOBAL,
                        scope: Scope::Local,
                    });
                }
            }
        }
        Ok(())
    }

    fn record_directive(&mut self, block: usize, name: &str, range: Range) {
        let mangled = mangle(self.private.as_deref(), name);
        self.blocks[block]
            .directives
            .entry(mangled)
            .or_insert(range);
    }

    /// The flags of `name` (mangled) in the current block.
    fn lookup(&self, name: &str) -> u32 {
        self.cur_ref().flags(&mangle(self.private.as_deref(), name))
    }

    fn visit_stmts(&mut self, stmts: &[Stmt]) -> Result<(), SyntaxError> {
        stmts.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => {
                self.add_def(name, def::LOCAL, s.range)?;
                self.visit_defaults(args)?;
                self.visit_annotations(args, returns.as_deref())?;
                for d in decorator_list {
                    self.visit_expr(d)?;
                }
                self.enter(BlockKind::Function, name, node_key(s));
                self.visit_params(args)?;
                self.visit_stmts(body)?;
                self.leave();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, def::LOCAL, s.range)?;
                for b in bases {
                    self.visit_expr(b)?;
                }
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                for d in decorator_list {
                    self.visit_expr(d)?;
                }
                self.enter(BlockKind::Class, name, node_key(s));
                let outer = self.private.replace(name.clone());
                let r = self.visit_stmts(body);
                self.private = outer;
                r?;
                self.leave();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.visit_expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(id);
                    if cur & (def::GLOBAL | def::NONLOCAL) != 0
                        && self.cur_ref().kind != BlockKind::Module
                        && *simple
                    {
                        let kind = if cur & def::GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(err(
                            format!("annotated name '{id}' can't be {kind}"),
                            s.range,
                        ));
                    }
                    if *simple {
                        self.add_def(id, def::ANNOT | def::LOCAL, target.range)?;
                    } else if value.is_some() {
                        self.add_def(id, def::LOCAL, target.range)?;
                    }
                } else {
                    self.visit_expr(target)?;
                }
                self.visit_expr(annotation)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                    }
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, def::LOCAL, h.range)?;
                    }
                    self.visit_stmts(&h.body)?;
                }
                self.visit_stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    self.visit_alias(alias)?;
                }
            }
            StmtKind::Global { names } => self.visit_declaration(s, names, true)?,
            StmtKind::Nonlocal { names } => self.visit_declaration(s, names, false)?,
            StmtKind::Expr { value } => self.visit_expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn visit_declaration(
        &mut self,
        s: &Stmt,
        names: &[String],
        global: bool,
    ) -> Result<(), SyntaxError> {
        let kind = if global { "global" } else { "nonlocal" };
        for name in names {
            let cur = self.lookup(name);
            if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                let msg = if cur & def::PARAM != 0 {
                    format!("name '{name}' is parameter and {kind}")
                } else if cur & def::USE != 0 {
                    format!("name '{name}' is used prior to {kind} declaration")
                } else if cur & def::ANNOT != 0 {
                    format!("annotated name '{name}' can't be {kind}")
                } else {
                    format!("name '{name}' is assigned to before {kind} declaration")
                };
                return Err(err(msg, s.range));
            }
            let flag = if global { def::GLOBAL } else { def::NONLOCAL };
            self.add_def(name, flag, s.range)?;
            let block = *self.stack.last().expect("module block");
            self.record_directive(block, name, s.range);
        }
        Ok(())
    }

    fn visit_alias(&mut self, alias: &Alias) -> Result<(), SyntaxError> {
        let stored = match &alias.asname {
            Some(asname) => asname.as_str(),
            None => alias.name.split('.').next().unwrap_or(&alias.name),
        };
        if stored == "*" {
            if self.cur_ref().kind != BlockKind::Module {
                return Err(err(
                    "import * only allowed at module level".to_owned(),
                    alias.range,
                ));
            }
            return Ok(());
        }
        self.add_def(stored, def::IMPORT, alias.range)
    }

    fn visit_defaults(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for d in &args.defaults {
            self.visit_expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    fn visit_annotations(
        &mut self,
        args: &Arguments,
        returns: Option<&Expr>,
    ) -> Result<(), SyntaxError> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.arg, def::PARAM, a.range)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg, def::PARAM, a.range)?;
            self.cur().varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg, def::PARAM, a.range)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                if self.cur_ref().comp_iter_expr > 0 {
                    return Err(err(
                        "assignment expression cannot be used in a comprehension iterable expression"
                            .to_owned(),
                        e.range,
                    ));
                }
                if self.cur_ref().comprehension.is_some() {
                    self.extend_namedexpr_scope(target)?;
                }
                self.visit_expr(value)?;
                self.visit_expr(target)?;
            }
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args)?;
                self.enter(BlockKind::Function, "lambda", node_key(e));
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.leave();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.visit_expr(k)?;
                }
                for v in values {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                for v in elts {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, generators, elt, None, ComprehensionKind::List)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, generators, elt, None, ComprehensionKind::Set)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, generators, elt, None, ComprehensionKind::Generator)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.visit_comprehension(e, generators, key, Some(value), ComprehensionKind::Dict)?
            }
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.mark_generator(e)?;
            }
            ExprKind::YieldFrom { value } => {
                self.visit_expr(value)?;
                self.mark_generator(e)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                for c in comparators {
                    self.visit_expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                for a in args {
                    self.visit_expr(a)?;
                }
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                if let Some(f) = format_spec {
                    self.visit_expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => {
                for v in values {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => {
                self.visit_expr(value)?
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    def::USE
                } else {
                    def::LOCAL
                };
                self.add_def(id, flag, e.range)?;
                if *ctx == ExprContext::Load
                    && self.cur_ref().kind == BlockKind::Function
                    && id == "super"
                {
                    self.add_def("__class__", def::USE, e.range)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        if let Some(kind) = self.cur_ref().comprehension {
            let what = match kind {
                ComprehensionKind::List => "list comprehension",
                ComprehensionKind::Set => "set comprehension",
                ComprehensionKind::Dict => "dict comprehension",
                ComprehensionKind::Generator => "generator expression",
            };
            return Err(err(format!("'yield' inside {what}"), e.range));
        }
        self.cur().generator = true;
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        kind: ComprehensionKind,
    ) -> Result<(), SyntaxError> {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        let name = match kind {
            ComprehensionKind::List => "listcomp",
            ComprehensionKind::Set => "setcomp",
            ComprehensionKind::Dict => "dictcomp",
            ComprehensionKind::Generator => "genexpr",
        };
        let id = self.enter(BlockKind::Function, name, node_key(e));
        self.blocks[id].comprehension = Some(kind);
        if kind == ComprehensionKind::Generator {
            self.blocks[id].generator = true;
        }
        self.add_def(".0", def::PARAM, outermost.iter.range)?;
        self.comprehension_target(&outermost.target)?;
        for cond in &outermost.ifs {
            self.visit_expr(cond)?;
        }
        for g in &generators[1..] {
            self.comprehension_target(&g.target)?;
            self.cur().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
        }
        if let Some(v) = value {
            self.visit_expr(elt)?;
            self.visit_expr(v)?;
        } else {
            self.visit_expr(elt)?;
        }
        self.leave();
        Ok(())
    }

    fn comprehension_target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        self.cur().comp_iter_target = true;
        let r = self.visit_expr(target);
        self.cur().comp_iter_target = false;
        r
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function or module.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        for i in (0..self.stack.len()).rev() {
            let block = self.stack[i];
            let ste = &self.blocks[block];
            if ste.comprehension.is_some() {
                if ste.flags(&mangle(self.private.as_deref(), id)) & def::COMP_ITER != 0 {
                    return Err(err(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{id}'"
                        ),
                        target.range,
                    ));
                }
                continue;
            }
            match ste.kind {
                BlockKind::Function => {
                    let flag = if ste.flags(&mangle(self.private.as_deref(), id)) & def::GLOBAL != 0
                    {
                        def::GLOBAL
                    } else {
                        def::NONLOCAL
                    };
                    self.add_def(id, flag, target.range)?;
                    let cur = *self.stack.last().expect("module block");
                    self.record_directive(cur, id, target.range);
                    return self.add_def_in(block, id, def::LOCAL, target.range);
                }
                BlockKind::Module => {
                    self.add_def(id, def::GLOBAL, target.range)?;
                    let cur = *self.stack.last().expect("module block");
                    self.record_directive(cur, id, target.range);
                    return self.add_def_in(block, id, def::GLOBAL, target.range);
                }
                BlockKind::Class => {
                    return Err(err(
                        "assignment expression within a comprehension cannot be used in a class body"
                            .to_owned(),
                        target.range,
                    ));
                }
            }
        }
        Ok(())
    }
}

/// CPython's `analyze_block` over the whole tree, with an explicit work list so deeply
/// nested functions do not recurse natively... (nesting of blocks is bounded by statement
/// nesting, 100 levels, so plain recursion is fine here).
fn analyze(table: &mut SymbolTable) -> Result<(), SyntaxError> {
    let mut free = HashSet::new();
    analyze_block(table, 0, None, &mut free, &HashSet::new())
}

fn analyze_block(
    table: &mut SymbolTable,
    id: usize,
    bound: Option<&HashSet<String>>,
    free: &mut HashSet<String>,
    global: &HashSet<String>,
) -> Result<(), SyntaxError> {
    let kind = table.blocks[id].kind;
    let mut local = HashSet::new();
    let mut scopes: HashMap<String, Scope> = HashMap::new();
    let mut newglobal = HashSet::new();
    let mut newfree = HashSet::new();
    let mut newbound = HashSet::new();
    let mut global_here = global.clone();
    let mut bound_here = bound.cloned();
    if kind == BlockKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let symbols: Vec<(String, u32)> = table.blocks[id]
        .symbols
        .iter()
        .map(|s| (s.name.clone(), s.flags))
        .collect();
    for (name, flags) in &symbols {
        let scope = analyze_name(
            &table.blocks[id],
            name,
            *flags,
            bound_here.as_mut(),
            &mut local,
            free,
            &mut global_here,
        )?;
        scopes.insert(name.clone(), scope);
    }
    if kind != BlockKind::Class {
        if kind == BlockKind::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound_here {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global_here.iter().cloned());
    } else {
        newbound.insert("__class__".to_owned());
    }
    let children = table.blocks[id].children.clone();
    for child in children {
        let mut child_free = newfree.clone();
        let child_bound = newbound.clone();
        let child_global = newglobal.clone();
        analyze_block(
            table,
            child,
            Some(&child_bound),
            &mut child_free,
            &child_global,
        )?;
        newfree.extend(child_free);
    }
    if kind == BlockKind::Function {
        for (name, scope) in scopes.iter_mut() {
            if *scope == Scope::Local && newfree.remove(name) {
                *scope = Scope::Cell;
            }
        }
    } else if kind == BlockKind::Class && newfree.remove("__class__") {
        table.blocks[id].needs_class_closure = true;
    }
    let block = &mut table.blocks[id];
    for symbol in block.symbols.iter_mut() {
        if let Some(scope) = scopes.get(&symbol.name) {
            symbol.scope = *scope;
        }
    }
    let class = kind == BlockKind::Class;
    let mut passthrough: Vec<&String> = newfree.iter().collect();
    passthrough.sort();
    for name in passthrough {
        if let Some(&i) = block.index.get(name.as_str()) {
            if class && block.symbols[i].flags & (def::BOUND | def::GLOBAL) != 0 {
                block.symbols[i].flags |= def::FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound {
            if !b.contains(name) {
                continue;
            }
        }
        block.index.insert(name.clone(), block.symbols.len());
        block.symbols.push(Symbol {
            name: name.clone(),
            flags: def::FREE,
            scope: Scope::Free,
        });
    }
    free.extend(newfree);
    Ok(())
}

fn analyze_name(
    ste: &Block,
    name: &str,
    flags: u32,
    bound: Option<&mut HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
) -> Result<Scope, SyntaxError> {
    let directive = || ste.directives.get(name).copied().unwrap_or_default();
    if flags & def::GLOBAL != 0 {
        if flags & def::NONLOCAL != 0 {
            return Err(err(
                format!("name '{name}' is nonlocal and global"),
                directive(),
            ));
        }
        global.insert(name.to_owned());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(Scope::GlobalExplicit);
    }
    if flags & def::NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(err(
                "nonlocal declaration not allowed at module level".to_owned(),
                directive(),
            ));
        };
        if !b.contains(name) {
            return Err(err(
                format!("no binding for nonlocal '{name}' found"),
                directive(),
            ));
        }
        free.insert(name.to_owned());
        return Ok(Scope::Free);
    }
    if flags & def::BOUND != 0 {
        local.insert(name.to_owned());
        global.remove(name);
        return Ok(Scope::Local);
    }
    if let Some(b) = &bound {
        if b.contains(name) {
            free.insert(name.to_owned());
            return Ok(Scope::Free);
        }
    }
    Ok(Scope::GlobalImplicit)
}
