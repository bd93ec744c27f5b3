//! The code generator's core: the compiler unit (one per code object being built), its
//! basic blocks and labels, emitting instructions with source positions, name resolution
//! into LOAD_FAST/DEREF/GLOBAL/NAME, and the frame-block stack that `break`, `continue` and
//! `return` unwind — CPython 3.11's `compiler_unit`, `compiler_nameop` and `fblockinfo`.
//!
//! The constructs themselves live beside this file: `stmt`, `expr`, `assign`, `call`,
//! `comprehension`, `function`, `control`; `assemble` turns a finished unit into a
//! [`CodeObject`].

mod assemble;
mod assign;
mod call;
mod class;
mod comprehension;
mod control;
mod expr;
mod function;
mod stmt;
mod warnings;

use std::collections::HashMap;
use std::rc::Rc;

use bytecode::{CodeObject, Constant, Opcode, Position};
use syntax::ast::{Range, Stmt};
use syntax::SyntaxError;

use crate::consts::ConstantPool;
use crate::symtable::{Block as SymBlock, BlockKind, Scope, SymbolTable};

/// A basic block's id; jumps name their target block.
pub(crate) type Label = usize;

/// An instruction before assembly: a real opcode or one of CPython's pseudo-instructions
/// that set up and tear down exception handlers (they become the exception table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    Real(Opcode),
    /// Handler entered with the exception pushed (`try`).
    SetupFinally,
    /// Handler entered with `lasti` and the exception pushed (cleanup of handlers).
    SetupCleanup,
    /// As `SetupCleanup`, for a `with` body (the enter result is already on the stack).
    SetupWith,
    PopBlock,
}

impl Op {
    fn is_block_push(self) -> bool {
        matches!(self, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Instr {
    pub op: Op,
    pub arg: u32,
    pub target: Option<Label>,
    pub pos: Position,
}

#[derive(Clone, Debug, Default)]
pub(crate) struct BasicBlock {
    pub instrs: Vec<Instr>,
}

/// What `break`/`continue`/`return` must undo when leaving a construct.
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    WhileLoop {
        top: Label,
        exit: Label,
    },
    ForLoop {
        top: Label,
        exit: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'a [Stmt],
    },
    FinallyEnd,
    With {
        range: Range,
    },
    /// An `except` body; `name` is the `as` name to unbind.
    HandlerCleanup {
        name: Option<&'a str>,
    },
    PopValue,
    ExceptionHandler,
}

/// CPython's limit on statically nested blocks.
const MAX_BLOCKS: usize = 20;

/// What kind of body a unit compiles (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// One code object under construction.
pub(crate) struct Unit<'a> {
    pub block: usize,
    pub kind: UnitKind,
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub blocks: Vec<BasicBlock>,
    /// Blocks in the order they are laid out.
    pub layout: Vec<Label>,
    pub current: Label,
    pub consts: ConstantPool,
    pub names: Vec<String>,
    names_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    varnames_index: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: Position,
    /// Inside a class body or method, for `__private` name mangling.
    pub private: Option<String>,
}

/// Turns byte offsets into 1-based lines and byte columns.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        ((line + 1) as u32, (offset - self.starts[line]) as u32)
    }

    pub fn position(&self, range: Range) -> Position {
        let (line, col) = self.line_col(range.start);
        let (end_line, end_col) = self.line_col(range.end);
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }
}

pub(crate) struct Compiler<'a> {
    pub table: &'a SymbolTable,
    pub lines: LineIndex,
    pub filename: Rc<str>,
    pub units: Vec<Unit<'a>>,
    /// The node being compiled, for the location of compile errors.
    pub current_node: Range,
    /// REPL mode: expression statements print their value.
    pub interactive: bool,
    /// The SyntaxWarnings found, in compile order.
    pub warnings: Vec<crate::CompileWarning>,
}

/// Compile-time errors are SyntaxErrors at the current location.
pub(crate) type CResult<T = ()> = Result<T, SyntaxError>;

impl<'a> Compiler<'a> {
    pub fn new(table: &'a SymbolTable, source: &str, filename: &str) -> Compiler<'a> {
        Compiler {
            table,
            lines: LineIndex::new(source),
            filename: Rc::from(filename),
            units: Vec::new(),
            current_node: Range::default(),
            interactive: false,
            warnings: Vec::new(),
        }
    }

    /// Records a SyntaxWarning at the start of `range` (CPython's `compiler_warn`).
    pub fn warn(&mut self, range: Range, message: &str) {
        let (line, _) = self.lines.line_col(range.start);
        self.warnings.push(crate::CompileWarning {
            line,
            message: message.to_owned(),
        });
    }

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is open while compiling")
    }

    pub fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is open while compiling")
    }

    pub fn ste(&self) -> &'a SymBlock {
        &self.table.blocks[self.unit_ref().block]
    }

    pub fn enter_scope(
        &mut self,
        block: usize,
        name: &str,
        qualname: String,
        first_line: u32,
        kind: UnitKind,
    ) {
        let ste = &self.table.blocks[block];
        let mut cellvars = ste.sorted_names(Scope::Cell, false);
        if ste.needs_class_closure {
            cellvars.insert(0, "__class__".to_owned());
        }
        let mut freevars: Vec<String> = ste
            .symbols
            .iter()
            .filter(|s| s.scope == Scope::Free || s.flags & crate::symtable::def::FREE_CLASS != 0)
            .map(|s| s.name.clone())
            .collect();
        freevars.sort();
        let private = self.units.last().and_then(|u| u.private.clone());
        let mut unit = Unit {
            block,
            kind,
            name: name.to_owned(),
            qualname,
            first_line,
            blocks: vec![BasicBlock::default()],
            layout: vec![0],
            current: 0,
            consts: ConstantPool::default(),
            names: Vec::new(),
            names_index: HashMap::new(),
            varnames: Vec::new(),
            varnames_index: HashMap::new(),
            cellvars,
            freevars,
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            fblocks: Vec::new(),
            loc: Position {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
            },
            private,
        };
        for p in &ste.varnames {
            unit.varname(p);
        }
        self.units.push(unit);
    }

    /// Finishes the innermost unit into a code object.
    pub fn exit_scope(&mut self) -> CResult<Rc<CodeObject>> {
        // Falling off the end returns None (with no line of its own).
        let returns = {
            let unit = self.unit_ref();
            unit.blocks[unit.current]
                .instrs
                .last()
                .is_some_and(|i| i.op == Op::Real(Opcode::ReturnValue))
        };
        if !returns {
            self.unset_loc();
            self.load_const(Constant::None);
            self.emit_noline(Opcode::ReturnValue, 0);
        }
        let unit = self.units.pop().expect("a unit is open while compiling");
        let ste = &self.table.blocks[unit.block];
        Ok(Rc::new(assemble::assemble(unit, ste, &self.filename)))
    }

    // --- Blocks and emission -------------------------------------------------------------

    pub fn new_block(&mut self) -> Label {
        let unit = self.unit();
        unit.blocks.push(BasicBlock::default());
        unit.blocks.len() - 1
    }

    /// Makes `label` the current block, laid out after the previous one.
    pub fn use_block(&mut self, label: Label) {
        let unit = self.unit();
        unit.layout.push(label);
        unit.current = label;
    }

    /// Starts a fresh block (after a terminator, CPython's `NEXT_BLOCK`).
    pub fn next_block(&mut self) {
        let b = self.new_block();
        self.use_block(b);
    }

    fn push_instr(&mut self, op: Op, arg: u32, target: Option<Label>, pos: Position) {
        let unit = self.unit();
        let current = unit.current;
        unit.blocks[current].instrs.push(Instr {
            op,
            arg,
            target,
            pos,
        });
        // A jump or exit ends its basic block (CPython's blocks never continue past one).
        if let Op::Real(opcode) = op {
            if opcode.is_jump() || opcode.is_terminator() {
                self.next_block();
            }
        }
    }

    pub fn emit(&mut self, opcode: Opcode, arg: u32) {
        let pos = self.unit_ref().loc;
        self.push_instr(Op::Real(opcode), arg, None, pos);
    }

    pub fn emit0(&mut self, opcode: Opcode) {
        self.emit(opcode, 0);
    }

    /// An instruction with no source position (CPython's `UNSET_LOC`/`_NOLINE`).
    pub fn emit_noline(&mut self, opcode: Opcode, arg: u32) {
        self.push_instr(Op::Real(opcode), arg, None, Position::NONE);
    }

    pub fn emit_jump(&mut self, opcode: Opcode, target: Label) {
        let pos = self.unit_ref().loc;
        self.push_instr(Op::Real(opcode), 0, Some(target), pos);
    }

    pub fn emit_jump_noline(&mut self, opcode: Opcode, target: Label) {
        self.push_instr(Op::Real(opcode), 0, Some(target), Position::NONE);
    }

    pub fn emit_setup(&mut self, op: Op, target: Label) {
        let pos = self.unit_ref().loc;
        self.push_instr(op, 0, Some(target), pos);
    }

    pub fn emit_pop_block(&mut self) {
        let pos = self.unit_ref().loc;
        self.push_instr(Op::PopBlock, 0, None, pos);
    }

    pub fn load_const(&mut self, constant: Constant) {
        let index = self.unit().consts.add(constant);
        self.emit(Opcode::LoadConst, index);
    }

    pub fn add_const(&mut self, constant: Constant) -> u32 {
        self.unit().consts.add(constant)
    }

    pub fn set_loc(&mut self, range: Range) {
        self.current_node = range;
        let pos = self.lines.position(range);
        self.unit().loc = pos;
    }

    pub fn loc(&self) -> Position {
        self.unit_ref().loc
    }

    pub fn restore_loc(&mut self, pos: Position) {
        self.unit().loc = pos;
    }

    pub fn unset_loc(&mut self) {
        self.unit().loc = Position::NONE;
    }

    /// A SyntaxError at the current statement or expression.
    pub fn error_at(&self, msg: &str, range: Range) -> SyntaxError {
        SyntaxError::syntax(msg, range.start, range.end)
    }

    // --- Names ---------------------------------------------------------------------------

    pub fn name_index(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        self.unit().name(&mangled)
    }

    /// CPython's `_Py_Mangle`: `__x` inside class `C` is `_C__x`.
    pub fn mangle(&self, name: &str) -> String {
        crate::symtable::mangle(self.unit_ref().private.as_deref(), name)
    }

    /// Loads, stores or deletes a name according to its scope.
    pub fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let mangled = self.mangle(name);
        let ste = self.ste();
        let scope = ste.scope(&mangled);
        let function = ste.kind == BlockKind::Function;
        let class = ste.kind == BlockKind::Class;
        enum Kind {
            Fast,
            Deref(u32),
            Global,
            Name,
        }
        let kind = match scope {
            Some(Scope::Free) => {
                let index = self.unit_ref().freevars.iter().position(|n| *n == mangled);
                match index {
                    Some(i) => Kind::Deref((self.unit_ref().cellvars.len() + i) as u32),
                    None => Kind::Name,
                }
            }
            Some(Scope::Cell) => {
                match self.unit_ref().cellvars.iter().position(|n| *n == mangled) {
                    Some(i) => Kind::Deref(i as u32),
                    None => Kind::Name,
                }
            }
            Some(Scope::Local) if function => Kind::Fast,
            Some(Scope::GlobalImplicit) | None if function => Kind::Global,
            Some(Scope::GlobalExplicit) => Kind::Global,
            _ => Kind::Name,
        };
        match kind {
            Kind::Fast => {
                let slot = self.unit().varname(&mangled);
                let op = match ctx {
                    NameCtx::Load => Opcode::LoadFast,
                    NameCtx::Store => Opcode::StoreFast,
                    NameCtx::Del => Opcode::DeleteFast,
                };
                self.emit(op, slot);
            }
            Kind::Deref(slot) => {
                let op = match ctx {
                    NameCtx::Load if class => Opcode::LoadClassderef,
                    NameCtx::Load => Opcode::LoadDeref,
                    NameCtx::Store => Opcode::StoreDeref,
                    NameCtx::Del => Opcode::DeleteDeref,
                };
                self.emit(op, slot);
            }
            Kind::Global => {
                let index = self.unit().name(&mangled);
                match ctx {
                    NameCtx::Load => self.emit(Opcode::LoadGlobal, index << 1),
                    NameCtx::Store => self.emit(Opcode::StoreGlobal, index),
                    NameCtx::Del => self.emit(Opcode::DeleteGlobal, index),
                }
            }
            Kind::Name => {
                let index = self.unit().name(&mangled);
                let op = match ctx {
                    NameCtx::Load => Opcode::LoadName,
                    NameCtx::Store => Opcode::StoreName,
                    NameCtx::Del => Opcode::DeleteName,
                };
                self.emit(op, index);
            }
        }
    }

    // --- Frame blocks --------------------------------------------------------------------

    pub fn push_fblock(&mut self, fblock: FBlock<'a>, range: Range) -> CResult {
        if self.unit_ref().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error_at("too many statically nested blocks", range));
        }
        self.unit().fblocks.push(fblock);
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

impl<'a> Unit<'a> {
    pub fn name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.names_index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_owned());
        self.names_index.insert(name.to_owned(), i);
        i
    }

    pub fn varname(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.varnames_index.get(name) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(name.to_owned());
        self.varnames_index.insert(name.to_owned(), i);
        i
    }
}

/// Compiles a parsed module into its code object.
pub(crate) fn compile_module(
    module: &syntax::ast::Module,
    source: &str,
    filename: &str,
    interactive: bool,
) -> CResult<(Rc<CodeObject>, Vec<crate::CompileWarning>)> {
    let table = crate::symtable::build(module)?;
    let mut c = Compiler::new(&table, source, filename);
    c.interactive = interactive;
    c.enter_scope(0, "<module>", "<module>".to_owned(), 1, UnitKind::Module);
    c.compile_body(&module.body)?;
    let code = c.exit_scope()?;
    Ok((code, c.warnings))
}
