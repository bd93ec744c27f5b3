//! Helpers shared by the compiler's integration tests: compiling source, an independent
//! stack-discipline checker, python3 as an oracle, and source positions as python3 reports
//! them.
#![allow(dead_code)]

use std::process::Command;
use std::rc::Rc;

use bytecode::{decode, CodeObject, Constant, Opcode};

pub fn compile(source: &str) -> Result<Rc<CodeObject>, syntax::SyntaxError> {
    let module = syntax::parse_module(source).expect("test programs parse");
    compiler::compile_module(&module, source, "t.py")
}

pub fn dis(code: &CodeObject) -> String {
    bytecode::dis::disassemble(code, &compiler::repr::constant_repr)
}

/// Simulates the value stack along every edge of `code` (and of every nested code object):
/// each instruction must be reached with one depth, never negative, and the deepest point
/// must equal `max_stack`. Exception handlers start at their table depth, plus `lasti` if
/// pushed, plus the exception.
pub fn check_stack(code: &CodeObject) -> Result<(), String> {
    let decoded: Vec<_> = decode(&code.instructions).collect();
    let by_index: std::collections::HashMap<usize, usize> = decoded
        .iter()
        .enumerate()
        .map(|(n, d)| (d.index, n))
        .collect();
    let start_of = |index: u32| -> Option<usize> {
        // A jump may target an EXTENDED_ARG prefix; find the instruction it starts.
        decoded
            .iter()
            .position(|d| d.start == index as usize || d.index == index as usize)
    };
    let mut depth_at: Vec<Option<i32>> = vec![None; decoded.len()];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    for entry in &code.exception_table {
        let Some(t) = start_of(entry.target) else {
            return Err(format!(
                "{}: handler target {} is no instruction",
                code.name, entry.target
            ));
        };
        work.push((t, entry.depth as i32 + entry.push_lasti as i32 + 1));
    }
    let mut max = 0;
    while let Some((n, depth)) = work.pop() {
        if n >= decoded.len() {
            return Err(format!("{}: runs off the end", code.name));
        }
        match depth_at[n] {
            Some(d) if d == depth => continue,
            Some(d) => {
                return Err(format!(
                    "{}: instruction {} reached with depths {d} and {depth}",
                    code.name, decoded[n].index
                ))
            }
            None => depth_at[n] = Some(depth),
        }
        let d = decoded[n];
        if d.opcode.is_jump() {
            let after = depth + d.opcode.stack_effect(d.arg, true);
            if after < 0 {
                return Err(format!("{}: negative depth at {}", code.name, d.index));
            }
            max = max.max(after);
            let Some(t) = start_of(d.arg) else {
                return Err(format!(
                    "{}: jump to {} is no instruction",
                    code.name, d.arg
                ));
            };
            work.push((t, after));
        }
        if !d.opcode.is_terminator() {
            let after = depth + d.opcode.stack_effect(d.arg, false);
            if after < 0 {
                return Err(format!("{}: negative depth after {}", code.name, d.index));
            }
            max = max.max(after);
            work.push((n + 1, after));
        }
        max = max.max(depth);
    }
    // Every instruction covered by a handler has at least the handler's depth on the stack.
    for entry in &code.exception_table {
        for (n, d) in decoded.iter().enumerate() {
            if (entry.start as usize..entry.end as usize).contains(&d.index) {
                if let Some(depth) = depth_at[n] {
                    if depth < entry.depth as i32 {
                        return Err(format!(
                            "{}: instruction {} at depth {depth} under handler depth {}",
                            code.name, d.index, entry.depth
                        ));
                    }
                }
            }
        }
    }
    if max as u32 != code.max_stack {
        return Err(format!(
            "{}: simulated max depth {max} but max_stack {}",
            code.name, code.max_stack
        ));
    }
    if code.positions.len() != code.instructions.len() {
        return Err(format!("{}: positions do not match code units", code.name));
    }
    let _ = by_index;
    let _ = Opcode::Nop;
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            check_stack(inner)?;
        }
    }
    Ok(())
}

/// python3, if it is CPython 3.11 (the oracle); `None` otherwise.
pub fn python311() -> Option<&'static str> {
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .ok()?;
    (String::from_utf8_lossy(&out.stdout).trim() == "True").then_some("python3")
}

/// Runs python3 with `script`, feeding `input` on stdin; returns stdout.
pub fn run_python(script: &str, input: &str) -> String {
    use std::io::Write;
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(input.as_bytes())
        .expect("write to python3");
    let out = child.wait_with_output().expect("python3 finishes");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `(lineno, offset, end_lineno, end_offset)` as python3's SyntaxError reports a byte range:
/// 1-based lines, 1-based character offsets.
pub fn python_location(source: &str, start: usize, end: usize) -> (usize, usize, usize, usize) {
    let at = |offset: usize| {
        let offset = offset.min(source.len());
        let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line = source[..offset].matches('\n').count() + 1;
        (line, source[line_start..offset].chars().count() + 1)
    };
    let (l, c) = at(start);
    let (el, ec) = at(end);
    (l, c, el, ec)
}

const NO_ARG: &[Opcode] = &[
    Opcode::Nop,
    Opcode::PopTop,
    Opcode::PushNull,
    Opcode::UnaryPositive,
    Opcode::UnaryNegative,
    Opcode::UnaryNot,
    Opcode::UnaryInvert,
    Opcode::BinarySubscr,
    Opcode::StoreSubscr,
    Opcode::DeleteSubscr,
    Opcode::ListToTuple,
    Opcode::GetIter,
    Opcode::ReturnValue,
    Opcode::PushExcInfo,
    Opcode::PopExcept,
    Opcode::CheckExcMatch,
    Opcode::LoadAssertionError,
    Opcode::BeforeWith,
    Opcode::WithExceptStart,
    Opcode::ReturnGenerator,
    Opcode::GetYieldFromIter,
    Opcode::ImportStar,
    Opcode::LoadBuildClass,
    Opcode::SetupAnnotations,
    Opcode::PrintExpr,
];

/// rattle's disassembly in the normal form `PYTHON_NORMALIZER` prints for python3.
pub fn normalize(code: &CodeObject, out: &mut Vec<String>) {
    let mut decoded: Vec<_> = decode(&code.instructions).collect();
    // Drop the cell-parameter moves of the prologue (see the module comment).
    let mut i = 0;
    while i + 2 < decoded.len() {
        if decoded[i].opcode == Opcode::LoadFast
            && decoded[i + 1].opcode == Opcode::StoreDeref
            && decoded[i + 2].opcode == Opcode::DeleteFast
            && i > 0
            && decoded[i - 1].opcode == Opcode::MakeCell
        {
            decoded.drain(i..i + 3);
            continue;
        }
        i += 1;
    }
    let position = |unit: u32| decoded.iter().position(|d| d.index == unit as usize);
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map(|n| n.to_string())
            .unwrap_or_default()
    };
    let local = |i: u32| {
        code.varnames
            .get(i as usize)
            .or_else(|| code.deref_name(i as usize))
            .map(|n| n.to_string())
            .unwrap_or_default()
    };
    let constant = |i: u32| match code.constants.get(i as usize) {
        Some(Constant::Code(c)) => format!("code {}", c.name),
        Some(c) => compiler::repr::constant_repr(c),
        None => String::new(),
    };
    for (n, d) in decoded.iter().enumerate() {
        let arg = match d.opcode {
            op if NO_ARG.contains(&op) || op == Opcode::YieldValue => String::new(),
            op if op.is_jump() => position(d.arg).map_or("?".into(), |p| p.to_string()),
            Opcode::LoadConst | Opcode::KwNames => constant(d.arg),
            Opcode::LoadGlobal => {
                if d.arg & 1 == 1 {
                    format!("NULL + {}", name(d.arg >> 1))
                } else {
                    name(d.arg >> 1)
                }
            }
            Opcode::LoadName
            | Opcode::StoreName
            | Opcode::DeleteName
            | Opcode::LoadAttr
            | Opcode::StoreAttr
            | Opcode::DeleteAttr
            | Opcode::LoadMethod
            | Opcode::ImportName
            | Opcode::ImportFrom
            | Opcode::StoreGlobal
            | Opcode::DeleteGlobal => name(d.arg),
            Opcode::LoadFast
            | Opcode::StoreFast
            | Opcode::DeleteFast
            | Opcode::LoadDeref
            | Opcode::StoreDeref
            | Opcode::DeleteDeref
            | Opcode::LoadClosure
            | Opcode::MakeCell => local(d.arg),
            _ => d.arg.to_string(),
        };
        out.push(
            format!("{n} {} {arg}", d.opcode.name())
                .trim_end()
                .to_owned(),
        );
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            out.push(format!("-- {}", inner.name));
            normalize(inner, out);
        }
    }
}

/// python3 script: reads source on stdin, prints its normalized disassembly.
pub const PYTHON_NORMALIZER: &str = r#"
import sys, dis, re
def norm(co, out):
    ins = [i for i in dis.get_instructions(co) if i.opname not in ('RESUME', 'PRECALL', 'CACHE', 'EXTENDED_ARG')]
    idx = {i.offset: n for n, i in enumerate(ins)}
    for n, i in enumerate(ins):
        op = re.sub(r'POP_JUMP_(FORWARD|BACKWARD)_IF_', 'POP_JUMP_IF_', i.opname)
        if op in ('JUMP_FORWARD', 'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT'):
            op = 'JUMP'
        arg = i.arg
        if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
            arg = idx.get(i.argval, '?')
        elif i.opname in ('LOAD_CONST', 'KW_NAMES'):
            v = i.argval if i.opname == 'LOAD_CONST' else co.co_consts[i.arg]
            arg = 'code ' + v.co_name if hasattr(v, 'co_code') else repr(v)
        elif i.opname in ('LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR', 'LOAD_METHOD', 'IMPORT_NAME', 'IMPORT_FROM', 'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE', 'MAKE_CELL'):
            arg = i.argrepr
        out.append(f"{n} {op} {arg if arg is not None else ''}".rstrip())
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            out.append('-- ' + c.co_name)
            norm(c, out)
out = []
norm(compile(sys.stdin.read(), 't.py', 'exec'), out)
print('\n'.join(out))
"#;
