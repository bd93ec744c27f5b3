//! The disassembler behind `rattle --dis`: CPython 3.11's `dis.dis` layout (line column,
//! jump-target marks, offset, name, operand, and what the operand means), with instruction
//! indices as offsets, then the exception table, then each nested code object in turn.

use std::fmt::Write;

use crate::code::{CodeObject, Constant};
use crate::instruction::decode;
use crate::opcode::{BinaryOp, CompareOp, Opcode};

/// Disassembles `code` and, after it, every code object among its constants, depth first.
pub fn disassemble(code: &CodeObject, constant_repr: &dyn Fn(&Constant) -> String) -> String {
    let mut out = String::new();
    let mut pending = vec![code];
    let mut first = true;
    while let Some(code) = pending.pop() {
        if !first {
            let _ = writeln!(out, "\nDisassembly of {}:", code_repr(code));
        }
        first = false;
        disassemble_one(code, constant_repr, &mut out);
        // Reverse so nested code objects come out in constant order.
        for constant in code.constants.iter().rev() {
            if let Constant::Code(inner) = constant {
                pending.push(inner);
            }
        }
    }
    out
}

/// `<code object f, file "x.py", line 2>` (CPython adds an address; code objects are not heap
/// objects in rattle, so there is none to show).
pub fn code_repr(code: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.name, code.filename, code.first_line
    )
}

fn disassemble_one(
    code: &CodeObject,
    constant_repr: &dyn Fn(&Constant) -> String,
    out: &mut String,
) {
    let decoded: Vec<_> = decode(&code.instructions).collect();
    let targets: std::collections::HashSet<u32> = decoded
        .iter()
        .filter(|d| d.opcode.is_jump())
        .map(|d| d.arg)
        .chain(code.exception_table.iter().map(|entry| entry.target))
        .collect();
    let max_line = code.positions.iter().map(|p| p.line).max().unwrap_or(0);
    let line_width = if max_line >= 1000 {
        max_line.to_string().len()
    } else {
        3
    };
    let offset_width = if code.instructions.len() >= 10000 {
        code.instructions.len().to_string().len()
    } else {
        4
    };
    let mut last_line = None;
    for (n, instruction) in decoded.iter().enumerate() {
        let line = code
            .positions
            .get(instruction.index)
            .filter(|p| !p.is_none())
            .map(|p| p.line);
        let starts_line = line.is_some() && line != last_line;
        if starts_line {
            if n > 0 {
                out.push('\n');
            }
            last_line = line;
        }
        let mut fields = Vec::with_capacity(6);
        fields.push(match (starts_line, line) {
            (true, Some(line)) => format!("{line:>line_width$}"),
            _ => " ".repeat(line_width),
        });
        fields.push("   ".to_owned());
        fields.push(
            if targets.contains(&(instruction.index as u32)) {
                ">>"
            } else {
                "  "
            }
            .to_owned(),
        );
        fields.push(format!("{:>offset_width$}", instruction.index));
        fields.push(format!("{:<20}", instruction.opcode.name()));
        if instruction.opcode != Opcode::ExtendedArg && has_arg(instruction.opcode) {
            fields.push(format!("{:>5}", instruction.arg));
            if let Some(meaning) =
                argument_meaning(code, instruction.opcode, instruction.arg, constant_repr)
            {
                fields.push(format!("({meaning})"));
            }
        }
        let _ = writeln!(out, "{}", fields.join(" ").trim_end());
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for entry in &code.exception_table {
            let lasti = if entry.push_lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{lasti}",
                entry.start, entry.end, entry.target, entry.depth
            );
        }
    }
}

fn has_arg(opcode: Opcode) -> bool {
    !matches!(
        opcode,
        Opcode::Nop
            | Opcode::PopTop
            | Opcode::PushNull
            | Opcode::UnaryPositive
            | Opcode::UnaryNegative
            | Opcode::UnaryNot
            | Opcode::UnaryInvert
            | Opcode::BinarySubscr
            | Opcode::StoreSubscr
            | Opcode::DeleteSubscr
            | Opcode::ListToTuple
            | Opcode::GetIter
            | Opcode::ReturnValue
            | Opcode::PushExcInfo
            | Opcode::PopExcept
            | Opcode::CheckExcMatch
            | Opcode::LoadAssertionError
            | Opcode::BeforeWith
            | Opcode::WithExceptStart
            | Opcode::ReturnGenerator
            | Opcode::YieldValue
            | Opcode::GetYieldFromIter
            | Opcode::ImportStar
            | Opcode::LoadBuildClass
            | Opcode::SetupAnnotations
            | Opcode::PrintExpr
    )
}

/// What `dis` shows in parentheses after the operand.
fn argument_meaning(
    code: &CodeObject,
    opcode: Opcode,
    arg: u32,
    constant_repr: &dyn Fn(&Constant) -> String,
) -> Option<String> {
    let index = arg as usize;
    let name = |i: usize| code.names.get(i).map(|n| n.to_string());
    match opcode {
        Opcode::LoadConst | Opcode::KwNames => code.constants.get(index).map(|c| match c {
            Constant::Code(inner) => code_repr(inner),
            other => constant_repr(other),
        }),
        Opcode::LoadFast | Opcode::StoreFast | Opcode::DeleteFast => {
            code.varnames.get(index).map(|n| n.to_string())
        }
        Opcode::LoadDeref
        | Opcode::StoreDeref
        | Opcode::DeleteDeref
        | Opcode::LoadClosure
        | Opcode::LoadClassderef
        | Opcode::MakeCell => code
            .deref_name(index)
            .or_else(|| code.varnames.get(index))
            .map(|n| n.to_string()),
        Opcode::LoadGlobal => name(index >> 1).map(|n| {
            if arg & 1 == 1 {
                format!("NULL + {n}")
            } else {
                n
            }
        }),
        Opcode::LoadName
        | Opcode::StoreName
        | Opcode::DeleteName
        | Opcode::StoreGlobal
        | Opcode::DeleteGlobal
        | Opcode::LoadAttr
        | Opcode::StoreAttr
        | Opcode::DeleteAttr
        | Opcode::LoadMethod
        | Opcode::ImportName
        | Opcode::ImportFrom => name(index),
        Opcode::BinaryOp => BinaryOp::from_arg(arg).map(|op| op.symbol().to_owned()),
        Opcode::CompareOp => CompareOp::from_arg(arg).map(|op| op.symbol().to_owned()),
        Opcode::IsOp => Some(if arg == 0 { "is" } else { "is not" }.to_owned()),
        Opcode::ContainsOp => Some(if arg == 0 { "in" } else { "not in" }.to_owned()),
        Opcode::FormatValue => {
            let conversion = ["", "str", "repr", "ascii"]
                .get((arg & 3) as usize)
                .copied()
                .unwrap_or("");
            let spec = if arg & 4 != 0 { "with format" } else { "" };
            let parts: Vec<&str> = [conversion, spec]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Opcode::MakeFunction => {
            const FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];
            let set: Vec<&str> = (0..4)
                .filter(|bit| arg & (1 << bit) != 0)
                .map(|bit| FLAGS[bit])
                .collect();
            (!set.is_empty()).then(|| set.join(", "))
        }
        _ if opcode.is_jump() => Some(format!("to {arg}")),
        _ => None,
    }
}
