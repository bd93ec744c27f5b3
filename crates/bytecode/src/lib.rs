//! rattle's bytecode: what the compiler emits and the VM executes.
//!
//! - [`opcode`]: the one opcode table, each opcode documented with its operand and stack
//!   effect (Lua's `lopcodes.h` is the model), with CPython 3.11's names.
//! - [`instruction`]: the 4-byte encoding (8-bit opcode, 24-bit operand, `EXTENDED_ARG` for
//!   more) and its decoder.
//! - [`code`]: [`CodeObject`] — instructions, per-instruction source positions, constants,
//!   names, variable layout, exception table, maximum stack depth.
//! - [`dis`]: the disassembler behind `rattle --dis`.
#![forbid(unsafe_code)]

pub mod code;
pub mod dis;
pub mod instruction;
pub mod opcode;

pub use code::{flags, CodeObject, Constant, ExceptionTableEntry, Position};
pub use instruction::{decode, emit, Decoded, Instruction};
pub use opcode::{BinaryOp, CompareOp, Opcode};
