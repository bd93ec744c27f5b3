//! Instruction encoding: four bytes per instruction, the opcode and a 24-bit operand.
//!
//! Four bytes rather than CPython's two: nearly every operand (local slots, constants,
//! names, jump targets) fits in 24 bits, so the eval loop decodes one word and almost never
//! meets an `EXTENDED_ARG`. An operand of 2^24 or more is encoded as `EXTENDED_ARG hi`
//! followed by the instruction with the low 24 bits, as CPython does with its prefixes.

use crate::opcode::Opcode;

/// One encoded instruction. The opcode field is typed, so decoding never fails.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(C, align(4))]
pub struct Instruction {
    opcode: Opcode,
    arg: [u8; 3],
}

impl Instruction {
    /// The largest operand one instruction holds without an `EXTENDED_ARG` prefix.
    pub const MAX_ARG: u32 = (1 << 24) - 1;

    /// An instruction with an operand of at most [`Instruction::MAX_ARG`]; larger operands are
    /// truncated to 24 bits (use [`emit`] to encode any operand).
    pub fn new(opcode: Opcode, arg: u32) -> Instruction {
        let [lo, mid, hi, _] = arg.to_le_bytes();
        Instruction {
            opcode,
            arg: [lo, mid, hi],
        }
    }

    #[inline(always)]
    pub fn opcode(self) -> Opcode {
        self.opcode
    }

    /// The 24-bit operand of this instruction alone (without any `EXTENDED_ARG` prefix).
    /// Read as one little-endian word shifted down, which compiles to a load and a shift.
    #[inline(always)]
    pub fn arg(self) -> u32 {
        let [lo, mid, hi] = self.arg;
        u32::from_le_bytes([self.opcode as u8, lo, mid, hi]) >> 8
    }
}

impl std::fmt::Debug for Instruction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.opcode.name(), self.arg())
    }
}

/// How many instructions `emit` writes for an operand: 1, or 2 with an `EXTENDED_ARG`.
pub fn encoded_len(arg: u32) -> usize {
    if arg > Instruction::MAX_ARG {
        2
    } else {
        1
    }
}

/// Appends `opcode arg`, prefixed by `EXTENDED_ARG` if the operand needs more than 24 bits.
pub fn emit(code: &mut Vec<Instruction>, opcode: Opcode, arg: u32) {
    if arg > Instruction::MAX_ARG {
        code.push(Instruction::new(Opcode::ExtendedArg, arg >> 24));
    }
    code.push(Instruction::new(opcode, arg & Instruction::MAX_ARG));
}

/// A decoded instruction: where it starts (its first prefix), its opcode and full operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// Index of the first code unit (the `EXTENDED_ARG` prefix, if any).
    pub start: usize,
    /// Index of the instruction itself (what jumps and the positions table refer to).
    pub index: usize,
    pub opcode: Opcode,
    pub arg: u32,
}

/// Walks `code`, folding `EXTENDED_ARG` prefixes into the operand of the instruction they
/// precede. A trailing prefix with nothing after it is ignored.
pub fn decode(code: &[Instruction]) -> impl Iterator<Item = Decoded> + '_ {
    let mut index = 0;
    std::iter::from_fn(move || {
        let start = index;
        let mut extended: u32 = 0;
        while let Some(instruction) = code.get(index) {
            index += 1;
            if instruction.opcode() == Opcode::ExtendedArg {
                extended = (extended << 24) | instruction.arg();
                continue;
            }
            let arg = (extended << 24) | instruction.arg();
            return Some(Decoded {
                start,
                index: index - 1,
                opcode: instruction.opcode(),
                arg,
            });
        }
        None
    })
}
