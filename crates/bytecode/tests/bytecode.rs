//! The opcode table, the encoding and the disassembler, tested from outside the crate.

use std::collections::HashSet;
use std::rc::Rc;

use bytecode::dis::disassemble;
use bytecode::{
    decode, emit, BinaryOp, CodeObject, CompareOp, Constant, ExceptionTableEntry, Instruction,
    Opcode, Position,
};

#[test]
fn opcode_numbers_and_names_are_consistent() {
    let mut names = HashSet::new();
    for (number, opcode) in Opcode::ALL.iter().enumerate() {
        assert_eq!(*opcode as usize, number);
        assert_eq!(Opcode::from_u8(number as u8), Some(*opcode));
        assert!(
            names.insert(opcode.name()),
            "duplicate name {}",
            opcode.name()
        );
        assert!(opcode
            .name()
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '_'));
    }
    assert_eq!(Opcode::from_u8(Opcode::ALL.len() as u8), None);
    assert!(Opcode::ALL.len() < 256);
}

#[test]
fn instructions_are_four_bytes() {
    assert_eq!(std::mem::size_of::<Instruction>(), 4);
}

#[test]
fn small_operands_need_no_prefix() {
    let mut code = Vec::new();
    emit(&mut code, Opcode::LoadFast, 0);
    emit(&mut code, Opcode::LoadConst, Instruction::MAX_ARG);
    assert_eq!(code.len(), 2);
    let decoded: Vec<_> = decode(&code)
        .map(|d| (d.start, d.index, d.opcode, d.arg))
        .collect();
    assert_eq!(
        decoded,
        vec![
            (0, 0, Opcode::LoadFast, 0),
            (1, 1, Opcode::LoadConst, Instruction::MAX_ARG)
        ]
    );
}

#[test]
fn large_operands_get_an_extended_arg() {
    let mut code = Vec::new();
    emit(&mut code, Opcode::Nop, 0);
    emit(&mut code, Opcode::LoadConst, 0x1234_5678);
    emit(&mut code, Opcode::ReturnValue, 0);
    assert_eq!(code.len(), 4);
    assert_eq!(code[1].opcode(), Opcode::ExtendedArg);
    let decoded: Vec<_> = decode(&code)
        .map(|d| (d.start, d.index, d.opcode, d.arg))
        .collect();
    assert_eq!(
        decoded,
        vec![
            (0, 0, Opcode::Nop, 0),
            (1, 2, Opcode::LoadConst, 0x1234_5678),
            (3, 3, Opcode::ReturnValue, 0)
        ]
    );
}

#[test]
fn operators_follow_cpython_numbering() {
    assert_eq!(BinaryOp::from_arg(0), Some(BinaryOp::Add));
    assert_eq!(BinaryOp::from_arg(11).map(BinaryOp::symbol), Some("/"));
    assert_eq!(BinaryOp::from_arg(13).map(BinaryOp::symbol), Some("+="));
    assert_eq!(BinaryOp::InplaceXor.without_inplace(), BinaryOp::Xor);
    assert!(BinaryOp::InplacePower.is_inplace() && !BinaryOp::Power.is_inplace());
    assert_eq!(BinaryOp::from_arg(26), None);
    assert_eq!(CompareOp::from_arg(4).map(CompareOp::symbol), Some(">"));
    assert_eq!(CompareOp::from_arg(6), None);
}

#[test]
fn stack_effects_of_calls_and_builds() {
    // PUSH_NULL f a b CALL 2 → result: net +1 from four pushes and the call's -3.
    let program = [
        (Opcode::PushNull, 0),
        (Opcode::LoadFast, 0),
        (Opcode::LoadConst, 0),
        (Opcode::LoadConst, 1),
        (Opcode::Call, 2),
    ];
    let depth: i32 = program
        .iter()
        .map(|(op, arg)| op.stack_effect(*arg, false))
        .sum();
    assert_eq!(depth, 1);
    assert_eq!(Opcode::BuildMap.stack_effect(3, false), -5);
    assert_eq!(Opcode::UnpackEx.stack_effect(1 | (2 << 8), false), 3);
    assert_eq!(Opcode::ForIter.stack_effect(0, false), 1);
    assert_eq!(Opcode::ForIter.stack_effect(0, true), -1);
    assert_eq!(Opcode::JumpIfTrueOrPop.stack_effect(0, true), 0);
    assert_eq!(Opcode::MakeFunction.stack_effect(0x01 | 0x08, false), -2);
    assert_eq!(Opcode::LoadGlobal.stack_effect(3, false), 2);
}

fn position(line: u32) -> Position {
    Position {
        line,
        end_line: line,
        col: 0,
        end_col: 1,
    }
}

fn sample() -> CodeObject {
    // def f(a):
    //     for x in a:
    //         if x: return x
    let mut instructions = Vec::new();
    let mut positions = Vec::new();
    for (op, arg, line) in [
        (Opcode::LoadFast, 0, 2),
        (Opcode::GetIter, 0, 2),
        (Opcode::ForIter, 8, 2),
        (Opcode::StoreFast, 1, 2),
        (Opcode::LoadFast, 1, 3),
        (Opcode::PopJumpIfFalse, 2, 3),
        (Opcode::LoadFast, 1, 3),
        (Opcode::ReturnValue, 0, 3),
        (Opcode::LoadConst, 0, 2),
        (Opcode::ReturnValue, 0, 2),
    ] {
        emit(&mut instructions, op, arg);
        positions.push(position(line));
    }
    CodeObject {
        name: "f".into(),
        qualname: "f".into(),
        filename: "x.py".into(),
        first_line: 1,
        flags: bytecode::flags::OPTIMIZED | bytecode::flags::NEWLOCALS,
        arg_count: 1,
        posonly_arg_count: 0,
        kwonly_arg_count: 0,
        instructions,
        positions,
        constants: vec![Constant::None],
        names: vec![],
        varnames: vec![Rc::from("a"), Rc::from("x")],
        cellvars: vec![],
        freevars: vec![],
        exception_table: vec![ExceptionTableEntry {
            start: 4,
            end: 6,
            target: 9,
            depth: 1,
            push_lasti: true,
        }],
        max_stack: 2,
    }
}

#[test]
fn exception_table_lookup() {
    let code = sample();
    assert_eq!(code.handler_for(3), None);
    assert_eq!(code.handler_for(4).map(|e| e.target), Some(9));
    assert_eq!(code.handler_for(5).map(|e| e.target), Some(9));
    assert_eq!(code.handler_for(6), None);
}

#[test]
fn lines_of_instructions() {
    let mut code = sample();
    assert_eq!(code.line_of(0), Some(2));
    assert_eq!(code.line_of(6), Some(3));
    code.positions[7] = Position::NONE;
    assert_eq!(
        code.line_of(7),
        Some(3),
        "a position-less instruction keeps the last line"
    );
    code.positions.clear();
    assert_eq!(code.line_of(0), None);
}

#[test]
fn disassembly_has_cpythons_layout() {
    let repr = |c: &Constant| match c {
        Constant::None => "None".to_owned(),
        other => format!("{other:?}"),
    };
    let text = disassemble(&sample(), &repr);
    let expected = "  2           0 LOAD_FAST                0 (a)
              1 GET_ITER
        >>    2 FOR_ITER                 8 (to 8)
              3 STORE_FAST               1 (x)

  3           4 LOAD_FAST                1 (x)
              5 POP_JUMP_IF_FALSE        2 (to 2)
              6 LOAD_FAST                1 (x)
              7 RETURN_VALUE

  2     >>    8 LOAD_CONST               0 (None)
        >>    9 RETURN_VALUE
ExceptionTable:
  4 to 6 -> 9 [1] lasti
";
    assert_eq!(text, expected);
}

#[test]
fn nested_code_objects_follow_their_parent() {
    let mut outer = sample();
    outer.name = "<module>".into();
    let mut inner = sample();
    inner.name = "g".into();
    inner.first_line = 7;
    outer.constants.push(Constant::Code(Rc::new(inner)));
    outer.instructions[8] = Instruction::new(Opcode::LoadConst, 1);
    let text = disassemble(&outer, &|c: &Constant| format!("{c:?}"));
    assert!(text.contains("LOAD_CONST               1 (<code object g, file \"x.py\", line 7>)"));
    assert!(text.contains(
        "\nDisassembly of <code object g, file \"x.py\", line 7>:\n  2           0 LOAD_FAST"
    ));
}
