//! Traceback objects (`traceback_here` builds the chain as `PyTraceBack_Here`) and their
//! text (`format_exception`), compared with what python3 prints for the same program.

mod common;

use std::rc::Rc;

use bytecode::CodeObject;
use common::assert_clean_teardown;
use vm::types::{exception, traceback as tbtype};
use vm::{ops, ExcKind, Runtime};

fn compile(source: &str, filename: &str) -> Rc<CodeObject> {
    let module = syntax::parse_module(source).expect("test source parses");
    compiler::compile_module(&module, source, filename).expect("test source compiles")
}

/// The index of the first instruction whose position starts at (`line`, `col`).
fn instr_at(code: &CodeObject, line: u32, col: u32) -> u32 {
    let i = code
        .positions
        .iter()
        .position(|p| p.line == line && p.col == col)
        .unwrap_or_else(|| panic!("no instruction at {line}:{col} in {}", code.name));
    i as u32
}

fn attr(rt: &Runtime, obj: &vm::ObjRef, name: &str) -> vm::PyResult<vm::ObjRef> {
    ops::get_attr(rt, obj, &rt.new_str(name).unwrap())
}

#[test]
fn traceback_here_prepends_entries() {
    let rt = Runtime::new().unwrap();
    let code = compile("x = 1\ny = 2 + None\n", "t.py");
    let exc = rt
        .new_exception(rt.exc_type(ExcKind::TypeError), vec![])
        .unwrap();
    let inner = instr_at(&code, 2, 4);
    vm::traceback::traceback_here(&rt, &exc, &code, inner).unwrap();
    vm::traceback::traceback_here(&rt, &exc, &code, 0).unwrap();
    let head = exception::payload(&exc).unwrap().traceback().unwrap();
    let h = tbtype::payload(&head).unwrap();
    assert_eq!(h.lineno(), 1);
    let next = h.next().unwrap();
    assert_eq!(tbtype::payload(&next).unwrap().lineno(), 2);
    assert!(tbtype::payload(&next).unwrap().next().is_none());
    // Python-visible attributes.
    let lineno = attr(&rt, &next, "tb_lineno").unwrap();
    assert_eq!(ops::repr_string(&rt, &lineno).unwrap(), "2");
    assert!(attr(&rt, &next, "tb_next").unwrap().is(rt.none()));
    assert!(attr(&rt, &head, "tb_next").unwrap().is(&next));
    let lasti = attr(&rt, &next, "tb_lasti").unwrap();
    assert_eq!(
        ops::repr_string(&rt, &lasti).unwrap(),
        (inner * 2).to_string()
    );
    assert_eq!(attr(&rt, &exc, "__traceback__").unwrap().id(), head.id());
    // tb_next assignment: type check and loop check, as tb_next_set.
    let name = rt.new_str("tb_next").unwrap();
    let err = ops::set_attr(&rt, &next, &name, rt.new_int(3).unwrap()).unwrap_err();
    assert_eq!(
        ops::str_string(&rt, err.object()).unwrap(),
        "expected traceback object, got 'int'"
    );
    drop(err);
    let err = ops::set_attr(&rt, &next, &name, head.clone()).unwrap_err();
    assert!(err.matches(&rt, ExcKind::ValueError));
    ops::set_attr(&rt, &head, &name, rt.none().clone()).unwrap();
    assert!(tbtype::payload(&head).unwrap().next().is_none());
    drop((head, next, lineno, lasti, name, err, exc));
    assert_clean_teardown(rt);
}

#[test]
fn traceback_cycle_is_cleared_by_tp_clear() {
    // exc -> tb; tb_next chain; a cycle through the collector's edges: tb is tracked.
    let rt = Runtime::new().unwrap();
    let code = compile("1 / 0\n", "t.py");
    let exc = rt
        .new_exception(rt.exc_type(ExcKind::ZeroDivisionError), vec![])
        .unwrap();
    vm::traceback::traceback_here(&rt, &exc, &code, 0).unwrap();
    let tb = exception::payload(&exc).unwrap().traceback().unwrap();
    let mut edges = Vec::new();
    tb.type_object().traverse(&tb, &mut |p| edges.push(p));
    assert!(edges.is_empty());
    assert!(rt.gc_generation_objects(0).iter().any(|o| o.is(&tb)));
    drop((tb, exc));
    assert_clean_teardown(rt);
}
