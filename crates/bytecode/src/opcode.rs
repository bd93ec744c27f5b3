//! The opcode table: every instruction the VM executes, with its operand and stack effect.
//!
//! The set follows CPython 3.11's (same names and, mostly, the same stack discipline, so a
//! reader can put `rattle --dis` beside `python3 -m dis`), without 3.11's specialized and
//! cache instructions (`RESUME`, `PRECALL`, `CACHE`, the `*_ADAPTIVE` family): rattle's eval
//! loop keeps its inline caches beside the code instead of inside it. Jumps take an absolute
//! instruction index, so there are no forward/backward twins.
//!
//! Notation in the docs: `arg` is the operand; stacks are written bottom → top, `…` is the
//! untouched rest; `NULL` is the marker `PUSH_NULL` pushes below a callable that is not a
//! method.

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $text:literal, )*) => {
        /// One operation of the VM. `#[repr(u8)]`: the low byte of an encoded instruction.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Opcode {
            /// Every opcode, in numbering order (`ALL[op as usize] == op`).
            pub const ALL: &'static [Opcode] = &[ $( Opcode::$name, )* ];

            /// CPython's spelling, as the disassembler prints it.
            pub fn name(self) -> &'static str {
                match self { $( Opcode::$name => $text, )* }
            }
        }
    };
}

opcodes! {
    // --- Stack manipulation -------------------------------------------------------------
    /// No operand. `… → …`. Does nothing (keeps a line number alive for tracing).
    Nop = "NOP",
    /// No operand. `… a → …`.
    PopTop = "POP_TOP",
    /// No operand. `… → … NULL`: marks a plain call (no `self`) below the callable.
    PushNull = "PUSH_NULL",
    /// `arg` = i ≥ 1. `… x … (i-1 items) → … x … x`: pushes a copy of the i-th item from the top.
    Copy = "COPY",
    /// `arg` = i ≥ 2. Swaps the top with the i-th item from the top.
    Swap = "SWAP",

    // --- Unary and binary operators -----------------------------------------------------
    /// No operand. `… a → … +a`.
    UnaryPositive = "UNARY_POSITIVE",
    /// No operand. `… a → … -a`.
    UnaryNegative = "UNARY_NEGATIVE",
    /// No operand. `… a → … not a`.
    UnaryNot = "UNARY_NOT",
    /// No operand. `… a → … ~a`.
    UnaryInvert = "UNARY_INVERT",
    /// `arg` = a [`BinaryOp`](crate::BinaryOp) (plain or in-place). `… a b → … (a op b)`.
    BinaryOp = "BINARY_OP",
    /// `arg` = a [`CompareOp`](crate::CompareOp). `… a b → … (a op b)`.
    CompareOp = "COMPARE_OP",
    /// `arg` = 0 for `is`, 1 for `is not`. `… a b → … bool`.
    IsOp = "IS_OP",
    /// `arg` = 0 for `in`, 1 for `not in`. `… a b → … bool` (tests `a in b`).
    ContainsOp = "CONTAINS_OP",

    // --- Subscripts and slices -----------------------------------------------------------
    /// No operand. `… container key → … container[key]`.
    BinarySubscr = "BINARY_SUBSCR",
    /// No operand. `… value container key → …` (`container[key] = value`).
    StoreSubscr = "STORE_SUBSCR",
    /// No operand. `… container key → …` (`del container[key]`).
    DeleteSubscr = "DELETE_SUBSCR",
    /// `arg` = 2 or 3. `… start stop [step] → … slice`.
    BuildSlice = "BUILD_SLICE",

    // --- Names ---------------------------------------------------------------------------
    /// `arg` = index into `constants`. `… → … constant`.
    LoadConst = "LOAD_CONST",
    /// `arg` = index into `varnames` (a local slot). `… → … value`; UnboundLocalError if empty.
    LoadFast = "LOAD_FAST",
    /// `arg` = local slot. `… value → …`.
    StoreFast = "STORE_FAST",
    /// `arg` = local slot. `… → …`; empties the slot (UnboundLocalError if already empty).
    DeleteFast = "DELETE_FAST",
    /// `arg` = index into `names`. `… → … value`, looked up in locals, globals, builtins
    /// (module and class bodies).
    LoadName = "LOAD_NAME",
    /// `arg` = index into `names`. `… value → …`, stored in the frame's locals mapping.
    StoreName = "STORE_NAME",
    /// `arg` = index into `names`. `… → …`.
    DeleteName = "DELETE_NAME",
    /// `arg` = (index into `names`) << 1 | push_null. `… → … [NULL] value`, from globals then
    /// builtins.
    LoadGlobal = "LOAD_GLOBAL",
    /// `arg` = index into `names`. `… value → …`.
    StoreGlobal = "STORE_GLOBAL",
    /// `arg` = index into `names`. `… → …`.
    DeleteGlobal = "DELETE_GLOBAL",
    /// `arg` = cell/free slot (cells after the locals). `… → … cell` (to build a closure).
    LoadClosure = "LOAD_CLOSURE",
    /// `arg` = cell/free slot. `… → … value` read through the cell.
    LoadDeref = "LOAD_DEREF",
    /// `arg` = cell/free slot. `… value → …` written through the cell.
    StoreDeref = "STORE_DEREF",
    /// `arg` = cell/free slot. `… → …`: empties the cell.
    DeleteDeref = "DELETE_DEREF",
    /// `arg` = cell/free slot. `… → … value`: class bodies look in their locals first.
    LoadClassderef = "LOAD_CLASSDEREF",
    /// `arg` = cell slot. `… → …`: wraps the slot's current value (a parameter) in a new cell.
    MakeCell = "MAKE_CELL",
    /// `arg` = n. `… → …`: copies the function's n closure cells into the free slots.
    CopyFreeVars = "COPY_FREE_VARS",

    // --- Attributes ----------------------------------------------------------------------
    /// `arg` = index into `names`. `… obj → … obj.name`.
    LoadAttr = "LOAD_ATTR",
    /// `arg` = index into `names`. `… value obj → …` (`obj.name = value`).
    StoreAttr = "STORE_ATTR",
    /// `arg` = index into `names`. `… obj → …` (`del obj.name`).
    DeleteAttr = "DELETE_ATTR",
    /// `arg` = index into `names`. `… obj → … meth obj` for a method found on the type
    /// (saves the bound-method object), else `… NULL obj.name`.
    LoadMethod = "LOAD_METHOD",

    // --- Building containers -------------------------------------------------------------
    /// `arg` = n. `… x1 … xn → … (x1, …, xn)`.
    BuildTuple = "BUILD_TUPLE",
    /// `arg` = n. `… x1 … xn → … [x1, …, xn]`.
    BuildList = "BUILD_LIST",
    /// `arg` = n. `… x1 … xn → … {x1, …, xn}`.
    BuildSet = "BUILD_SET",
    /// `arg` = n. `… k1 v1 … kn vn → … {k1: v1, …}`.
    BuildMap = "BUILD_MAP",
    /// `arg` = n. `… v1 … vn keys → … dict` (`keys` is a constant tuple of n keys).
    BuildConstKeyMap = "BUILD_CONST_KEY_MAP",
    /// `arg` = n. `… s1 … sn → … s1+…+sn` (f-strings).
    BuildString = "BUILD_STRING",
    /// `arg` = i. `… list … (i-1 items) x → … list …` after `list.append(x)` (comprehensions).
    ListAppend = "LIST_APPEND",
    /// `arg` = i. `… set … x → … set …` after `set.add(x)`.
    SetAdd = "SET_ADD",
    /// `arg` = i. `… dict … k v → … dict …` after `dict[k] = v`.
    MapAdd = "MAP_ADD",
    /// `arg` = i. `… list … iterable → … list …` after `list.extend(iterable)` (`[*a]`).
    ListExtend = "LIST_EXTEND",
    /// `arg` = i. `… set … iterable → … set …` after `set.update(iterable)` (`{*a}`).
    SetUpdate = "SET_UPDATE",
    /// `arg` = i. `… dict … mapping → … dict …` after `dict.update(mapping)` (`{**a}`).
    DictUpdate = "DICT_UPDATE",
    /// `arg` = i. Like `DICT_UPDATE` but a repeated key is a TypeError (`f(**a, **b)`).
    DictMerge = "DICT_MERGE",
    /// No operand. `… list → … tuple(list)`.
    ListToTuple = "LIST_TO_TUPLE",
    /// `arg` = n. `… seq → … xn … x1`: unpacks exactly n items, last pushed first.
    UnpackSequence = "UNPACK_SEQUENCE",
    /// `arg` = before | after << 8. `… seq → … after-items list before-items` (`a, *b, c = seq`).
    UnpackEx = "UNPACK_EX",
    /// `arg` = conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`) | 4 if a format spec is on the
    /// stack. `… value [spec] → … str`.
    FormatValue = "FORMAT_VALUE",

    // --- Control flow --------------------------------------------------------------------
    /// `arg` = target instruction. Unconditional jump (checks for Ctrl-C when it goes back).
    Jump = "JUMP",
    /// `arg` = target. `… cond → …`; jumps if cond is false.
    PopJumpIfFalse = "POP_JUMP_IF_FALSE",
    /// `arg` = target. `… cond → …`; jumps if cond is true.
    PopJumpIfTrue = "POP_JUMP_IF_TRUE",
    /// `arg` = target. `… x → …`; jumps if x is None.
    PopJumpIfNone = "POP_JUMP_IF_NONE",
    /// `arg` = target. `… x → …`; jumps if x is not None.
    PopJumpIfNotNone = "POP_JUMP_IF_NOT_NONE",
    /// `arg` = target. `… x → … x` and jumps if x is false, else `… x → …` (`and`).
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP",
    /// `arg` = target. `… x → … x` and jumps if x is true, else `… x → …` (`or`).
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP",
    /// No operand. `… iterable → … iter(iterable)`.
    GetIter = "GET_ITER",
    /// `arg` = target. `… it → … it next(it)`, or on exhaustion `… it → …` and jump.
    ForIter = "FOR_ITER",

    // --- Functions and calls -------------------------------------------------------------
    /// `arg` = flags: 0x01 defaults tuple, 0x02 kw-defaults dict, 0x04 annotations tuple,
    /// 0x08 closure tuple. `… [closure] [annotations] [kwdefaults] [defaults] code → … function`.
    MakeFunction = "MAKE_FUNCTION",
    /// `arg` = index into `constants` of a tuple of keyword names for the next `CALL`.
    /// No stack effect.
    KwNames = "KW_NAMES",
    /// `arg` = n arguments (keyword arguments last, named by a preceding `KW_NAMES`).
    /// `… NULL|meth callable|self a1 … an → … result`.
    Call = "CALL",
    /// `arg` = 1 if a keyword dict is present. `… NULL|x callable args-tuple [kwargs] → … result`.
    CallFunctionEx = "CALL_FUNCTION_EX",
    /// No operand. `… value → (frame popped)`: returns value to the caller.
    ReturnValue = "RETURN_VALUE",

    // --- Exceptions ----------------------------------------------------------------------
    /// `arg` = 0 (bare `raise`), 1 (`raise exc`) or 2 (`raise exc from cause`).
    /// `… [exc [cause]] → (unwinds)`.
    RaiseVarargs = "RAISE_VARARGS",
    /// `arg` = 1 if `lasti` is below the exception (sets the frame's last instruction).
    /// `… [lasti] exc → (unwinds)`: re-raises exc.
    Reraise = "RERAISE",
    /// No operand. `… exc → … prev-exc exc`: makes exc the exception being handled.
    PushExcInfo = "PUSH_EXC_INFO",
    /// No operand. `… prev-exc → …`: restores the exception being handled.
    PopExcept = "POP_EXCEPT",
    /// No operand. `… exc type → … exc bool`: does `except type` match exc?
    CheckExcMatch = "CHECK_EXC_MATCH",
    /// No operand. `… → … AssertionError` (the class, for `assert`).
    LoadAssertionError = "LOAD_ASSERTION_ERROR",
    /// No operand. `… mgr → … exit-method enter-result` (`with`).
    BeforeWith = "BEFORE_WITH",
    /// No operand. `… exit lasti prev-exc exc → … exit lasti prev-exc exc result` (calls
    /// `exit(type, exc, tb)` while unwinding out of a `with` body).
    WithExceptStart = "WITH_EXCEPT_START",

    // --- Generators ----------------------------------------------------------------------
    /// No operand. First instruction of a generator function: creates the generator object
    /// owning this frame and returns it. Stack effect +1: when the generator is first
    /// resumed, the frame continues here with the sent value (`None`) pushed, which the
    /// `POP_TOP` after it discards.
    ReturnGenerator = "RETURN_GENERATOR",
    /// No operand. `… value → … sent`: suspends the frame, handing value to the caller.
    YieldValue = "YIELD_VALUE",
    /// `arg` = target. `… receiver value → … receiver result`, or on StopIteration
    /// `… receiver value → … value` and jump (`yield from`).
    Send = "SEND",
    /// No operand. `… iterable → … iterator` for `yield from`.
    GetYieldFromIter = "GET_YIELD_FROM_ITER",

    // --- Modules and classes -------------------------------------------------------------
    /// `arg` = index into `names`. `… level fromlist → … module`.
    ImportName = "IMPORT_NAME",
    /// `arg` = index into `names`. `… module → … module module.name`.
    ImportFrom = "IMPORT_FROM",
    /// No operand. `… module → …`: `from module import *` into the frame's locals.
    ImportStar = "IMPORT_STAR",
    /// No operand. `… → … __build_class__`.
    LoadBuildClass = "LOAD_BUILD_CLASS",
    /// No operand. `… → …`: creates `__annotations__` in the frame's locals if missing.
    SetupAnnotations = "SETUP_ANNOTATIONS",
    /// No operand. `… value → …`: the REPL's echo of an expression statement.
    PrintExpr = "PRINT_EXPR",

    /// `arg` = the next instruction's operand bits above 24: `EXTENDED_ARG` prefixes an
    /// instruction whose operand does not fit in 24 bits. No stack effect.
    ExtendedArg = "EXTENDED_ARG",

    // --- Superinstructions ----------------------------------------------------------------
    // Never emitted by the compiler and never disassembled: the VM writes them into its own
    // decoded copy of a code's instructions, in place of the first of a pair. Each does its
    // own instruction, then the next one (which stays in the code unchanged, so a jump to
    // it still works), reading only that one's operand, and skips it: one dispatch instead
    // of two.
    /// `LOAD_FAST arg`, then the next instruction (a `LOAD_FAST`).
    LoadFastLoadFast = "LOAD_FAST__LOAD_FAST",
    /// `LOAD_FAST arg`, then the next instruction (a `LOAD_CONST`).
    LoadFastLoadConst = "LOAD_FAST__LOAD_CONST",
    /// `STORE_FAST arg`, then the next instruction (a `LOAD_FAST`).
    StoreFastLoadFast = "STORE_FAST__LOAD_FAST",
    // Operand fusion: a `BINARY_OP` or `COMPARE_OP` whose operands are a local and a
    // constant, or two locals. When both operands are of a kind the fast paths cover (words,
    // floats, strs), the operator reads them where they lie and only its result is pushed
    // (CPython 3.11 gets the same from `LOAD_FAST__LOAD_CONST` + `BINARY_OP_ADD_INT` & co.);
    // otherwise the instruction is just the pair superinstruction of its first two.
    /// `LOAD_FAST arg`, `LOAD_CONST k`, `BINARY_OP op`.
    LoadFastLoadConstBinaryOp = "LOAD_FAST__LOAD_CONST__BINARY_OP",
    /// `LOAD_FAST arg`, `LOAD_FAST b`, `BINARY_OP op`.
    LoadFastLoadFastBinaryOp = "LOAD_FAST__LOAD_FAST__BINARY_OP",
    /// `LOAD_FAST arg`, `LOAD_CONST k`, `COMPARE_OP op`, `POP_JUMP_IF_FALSE/TRUE target`.
    LoadFastLoadConstCompareOp = "LOAD_FAST__LOAD_CONST__COMPARE_OP",
    /// `LOAD_FAST arg`, `LOAD_FAST b`, `COMPARE_OP op`, `POP_JUMP_IF_FALSE/TRUE target`.
    LoadFastLoadFastCompareOp = "LOAD_FAST__LOAD_FAST__COMPARE_OP",
}

impl Opcode {
    /// Decodes an opcode number; `None` for numbers no opcode has.
    pub fn from_u8(byte: u8) -> Option<Opcode> {
        Opcode::ALL.get(byte as usize).copied()
    }

    /// Whether the operand is an instruction index (a jump target).
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Opcode::Jump
                | Opcode::PopJumpIfFalse
                | Opcode::PopJumpIfTrue
                | Opcode::PopJumpIfNone
                | Opcode::PopJumpIfNotNone
                | Opcode::JumpIfFalseOrPop
                | Opcode::JumpIfTrueOrPop
                | Opcode::ForIter
                | Opcode::Send
        )
    }

    /// Whether the instruction never continues to the next one.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::Jump | Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise
        )
    }

    /// Net change in stack depth, on the fall-through path (`jump == false`) or on the
    /// jump path (`jump == true`). The compiler uses it to compute `max_stack`.
    pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        let n = arg as i32;
        match self {
            Opcode::Nop | Opcode::ExtendedArg | Opcode::KwNames | Opcode::Jump => 0,
            Opcode::MakeCell | Opcode::CopyFreeVars | Opcode::SetupAnnotations => 0,
            Opcode::PopTop | Opcode::PrintExpr => -1,
            Opcode::PushNull | Opcode::Copy => 1,
            Opcode::Swap => 0,
            Opcode::UnaryPositive
            | Opcode::UnaryNegative
            | Opcode::UnaryNot
            | Opcode::UnaryInvert => 0,
            Opcode::BinaryOp | Opcode::CompareOp | Opcode::IsOp | Opcode::ContainsOp => -1,
            Opcode::BinarySubscr => -1,
            Opcode::StoreSubscr => -3,
            Opcode::DeleteSubscr => -2,
            Opcode::BuildSlice => 1 - n,
            Opcode::LoadConst | Opcode::LoadFast | Opcode::LoadName | Opcode::LoadClosure => 1,
            Opcode::LoadDeref | Opcode::LoadClassderef => 1,
            Opcode::StoreFast | Opcode::StoreName | Opcode::StoreGlobal | Opcode::StoreDeref => -1,
            Opcode::DeleteFast
            | Opcode::DeleteName
            | Opcode::DeleteGlobal
            | Opcode::DeleteDeref => 0,
            Opcode::LoadGlobal => 1 + (n & 1),
            Opcode::LoadAttr => 0,
            Opcode::StoreAttr => -2,
            Opcode::DeleteAttr => -1,
            Opcode::LoadMethod => 1,
            Opcode::BuildTuple | Opcode::BuildList | Opcode::BuildSet | Opcode::BuildString => {
                1 - n
            }
            Opcode::BuildMap => 1 - 2 * n,
            Opcode::BuildConstKeyMap => -n,
            Opcode::ListAppend | Opcode::SetAdd | Opcode::ListExtend | Opcode::SetUpdate => -1,
            Opcode::DictUpdate | Opcode::DictMerge => -1,
            Opcode::MapAdd => -2,
            Opcode::ListToTuple => 0,
            Opcode::UnpackSequence => n - 1,
            Opcode::UnpackEx => (n & 0xff) + (n >> 8),
            Opcode::FormatValue => {
                if n & 0x04 != 0 {
                    -1
                } else {
                    0
                }
            }
            Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => -1,
            Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => -1,
            Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            Opcode::GetIter | Opcode::GetYieldFromIter => 0,
            Opcode::ForIter => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            Opcode::MakeFunction => {
                -((n & 0x01 != 0) as i32
                    + (n & 0x02 != 0) as i32
                    + (n & 0x04 != 0) as i32
                    + (n & 0x08 != 0) as i32)
            }
            Opcode::Call => -1 - n,
            Opcode::CallFunctionEx => -2 - (n & 1),
            Opcode::ReturnValue => -1,
            Opcode::RaiseVarargs => -n,
            Opcode::Reraise => -1,
            Opcode::PushExcInfo => 1,
            Opcode::PopExcept => -1,
            Opcode::CheckExcMatch => 0,
            Opcode::LoadAssertionError | Opcode::LoadBuildClass => 1,
            Opcode::BeforeWith => 1,
            Opcode::WithExceptStart => 1,
            Opcode::ReturnGenerator => 1,
            Opcode::YieldValue => 0,
            Opcode::Send => {
                if jump {
                    -1
                } else {
                    0
                }
            }
            Opcode::ImportName => -1,
            Opcode::ImportFrom => 1,
            Opcode::ImportStar => -1,
            Opcode::LoadFastLoadFast
            | Opcode::LoadFastLoadConst
            | Opcode::LoadFastLoadConstBinaryOp
            | Opcode::LoadFastLoadFastBinaryOp
            | Opcode::LoadFastLoadConstCompareOp
            | Opcode::LoadFastLoadFastCompareOp => 2,
            Opcode::StoreFastLoadFast => 0,
        }
    }

    /// The superinstruction that does `self` and then `next` (see the table's last group).
    pub fn superinstruction(self, next: Opcode) -> Option<Opcode> {
        Some(match (self, next) {
            (Opcode::LoadFast, Opcode::LoadFast) => Opcode::LoadFastLoadFast,
            (Opcode::LoadFast, Opcode::LoadConst) => Opcode::LoadFastLoadConst,
            (Opcode::StoreFast, Opcode::LoadFast) => Opcode::StoreFastLoadFast,
            _ => return None,
        })
    }

    /// The operand-fusing superinstruction for the run of instructions starting with
    /// `ops[0]` (a local and a constant or two locals, then `BINARY_OP`, or `COMPARE_OP`
    /// and a conditional jump), if the run is one.
    pub fn operand_fusion(ops: &[Opcode]) -> Option<Opcode> {
        use Opcode::{BinaryOp, CompareOp, LoadConst, LoadFast, PopJumpIfFalse, PopJumpIfTrue};
        Some(match ops {
            [LoadFast, LoadConst, BinaryOp, ..] => Opcode::LoadFastLoadConstBinaryOp,
            [LoadFast, LoadFast, BinaryOp, ..] => Opcode::LoadFastLoadFastBinaryOp,
            [LoadFast, LoadConst, CompareOp, PopJumpIfFalse | PopJumpIfTrue, ..] => {
                Opcode::LoadFastLoadConstCompareOp
            }
            [LoadFast, LoadFast, CompareOp, PopJumpIfFalse | PopJumpIfTrue, ..] => {
                Opcode::LoadFastLoadFastCompareOp
            }
            _ => return None,
        })
    }
}

/// The operand of `BINARY_OP`, numbered as CPython 3.11's `NB_*` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinaryOp {
    Add,
    And,
    FloorDivide,
    Lshift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    Rshift,
    Subtract,
    TrueDivide,
    Xor,
    InplaceAdd,
    InplaceAnd,
    InplaceFloorDivide,
    InplaceLshift,
    InplaceMatrixMultiply,
    InplaceMultiply,
    InplaceRemainder,
    InplaceOr,
    InplacePower,
    InplaceRshift,
    InplaceSubtract,
    InplaceTrueDivide,
    InplaceXor,
}

impl BinaryOp {
    const ALL: [BinaryOp; 26] = [
        BinaryOp::Add,
        BinaryOp::And,
        BinaryOp::FloorDivide,
        BinaryOp::Lshift,
        BinaryOp::MatrixMultiply,
        BinaryOp::Multiply,
        BinaryOp::Remainder,
        BinaryOp::Or,
        BinaryOp::Power,
        BinaryOp::Rshift,
        BinaryOp::Subtract,
        BinaryOp::TrueDivide,
        BinaryOp::Xor,
        BinaryOp::InplaceAdd,
        BinaryOp::InplaceAnd,
        BinaryOp::InplaceFloorDivide,
        BinaryOp::InplaceLshift,
        BinaryOp::InplaceMatrixMultiply,
        BinaryOp::InplaceMultiply,
        BinaryOp::InplaceRemainder,
        BinaryOp::InplaceOr,
        BinaryOp::InplacePower,
        BinaryOp::InplaceRshift,
        BinaryOp::InplaceSubtract,
        BinaryOp::InplaceTrueDivide,
        BinaryOp::InplaceXor,
    ];

    pub fn from_arg(arg: u32) -> Option<BinaryOp> {
        BinaryOp::ALL.get(arg as usize).copied()
    }

    /// The operator as written (`+`, `//=`, …), as `dis` shows it.
    pub fn symbol(self) -> &'static str {
        const SYMBOLS: [&str; 26] = [
            "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=",
            "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
        ];
        SYMBOLS[self as usize]
    }

    /// The in-place form's plain operator (`+=` → `+`); a plain operator maps to itself.
    pub fn without_inplace(self) -> BinaryOp {
        let index = self as usize;
        if index >= 13 {
            BinaryOp::ALL[index - 13]
        } else {
            self
        }
    }

    pub fn is_inplace(self) -> bool {
        self as usize >= 13
    }
}

/// The operand of `COMPARE_OP`, numbered as CPython's `Py_LT` … `Py_GE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        [
            CompareOp::Lt,
            CompareOp::Le,
            CompareOp::Eq,
            CompareOp::Ne,
            CompareOp::Gt,
            CompareOp::Ge,
        ]
        .get(arg as usize)
        .copied()
    }

    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
}
