//! Code objects: the compiler's output and the VM's input — instructions with their source
//! positions, constants, names, the local/cell/free variable layout and the exception table.
//!
//! A code object is plain Rust data (no heap objects of the VM): the VM turns constants into
//! objects when it loads the code, interning identifier-like strings as it goes.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::instruction::Instruction;

/// A constant operand of `LOAD_CONST` (and of `KW_NAMES`, `BUILD_CONST_KEY_MAP`).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    /// An int that fits in a machine word.
    Int(i64),
    /// An int that does not (`10**20` after folding, `0xffff_ffff_ffff_ffff_ff`).
    BigInt(BigInt),
    Float(f64),
    /// A complex number (`2j`, and `1+2j` after folding).
    Complex {
        re: f64,
        im: f64,
    },
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    /// `x in {1, 2, 3}` is folded to a frozenset constant, as CPython does.
    FrozenSet(Rc<[Constant]>),
    /// A nested function, lambda, comprehension or class body.
    Code(Rc<CodeObject>),
}

/// Where an instruction came from, for tracebacks. Lines are 1-based; columns are UTF-8 byte
/// offsets within their line, as CPython's `co_positions()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

impl Position {
    /// For instructions with no source of their own (CPython's `None` positions).
    pub const NONE: Position = Position {
        line: 0,
        end_line: 0,
        col: u32::MAX,
        end_col: u32::MAX,
    };

    pub fn is_none(self) -> bool {
        self.line == 0
    }
}

/// One row of the exception table (CPython 3.11's "zero-cost" exception handling): an
/// exception raised by an instruction in `start..end` pops the value stack to `depth`,
/// pushes the instruction index too if `push_lasti`, pushes the exception and jumps to
/// `target`. Rows are sorted by `start` and do not overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// `co_flags` bits, CPython's values.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
}

/// A compiled body: a module, function, lambda, comprehension or class body.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`: the function's name, `<module>`, `<lambda>`, `<listcomp>`, …
    pub name: Rc<str>,
    /// `co_qualname`: `f.<locals>.g`, `C.method`.
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    /// Bit set of [`flags`].
    pub flags: u32,
    /// Positional parameters, including positional-only ones.
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub instructions: Vec<Instruction>,
    /// One position per code unit (`EXTENDED_ARG` prefixes share their instruction's).
    pub positions: Vec<Position>,
    pub constants: Vec<Constant>,
    /// Global, attribute and imported names (`co_names`).
    pub names: Vec<Rc<str>>,
    /// Local variables, parameters first (`co_varnames`); local slots index this.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner functions (`co_cellvars`); cell slots follow the locals.
    pub cellvars: Vec<Rc<str>>,
    /// Variables of enclosing functions (`co_freevars`); free slots follow the cells.
    pub freevars: Vec<Rc<str>>,
    pub exception_table: Vec<ExceptionTableEntry>,
    /// Deepest the value stack gets, so a frame allocates its stack once.
    pub max_stack: u32,
}

impl CodeObject {
    /// Slots a frame needs for locals, cells and free variables together.
    pub fn frame_slots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// The name of a cell-or-free slot, numbered after the locals (`LOAD_DEREF`'s operand
    /// minus the number of locals).
    pub fn deref_name(&self, slot: usize) -> Option<&Rc<str>> {
        let cell = slot.checked_sub(self.varnames.len())?;
        self.cellvars
            .get(cell)
            .or_else(|| self.freevars.get(cell - self.cellvars.len()))
    }

    /// The handler for an exception raised at instruction `index`, if any.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        let row = self
            .exception_table
            .partition_point(|entry| entry.end <= index);
        self.exception_table
            .get(row)
            .filter(|entry| entry.start <= index)
    }

    /// The line an instruction belongs to (the last known line for position-less ones).
    pub fn line_of(&self, index: usize) -> Option<u32> {
        let last = self.positions.len().checked_sub(1)?;
        self.positions[..=index.min(last)]
            .iter()
            .rev()
            .find(|position| !position.is_none())
            .map(|position| position.line)
    }
}
