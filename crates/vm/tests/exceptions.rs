//! The builtin exception hierarchy (names and bases as CPython 3.11's), `str()`/`repr()` of
//! exception objects, `except`-style matching, and the exception payload's GC edges.

mod common;

use common::assert_clean_teardown;
use common::pyvalue::{parse, python3, show_err};
use vm::types::exception;
use vm::{ops, ExcKind, ObjPtr, Runtime};

#[test]
fn hierarchy_matches_python3() {
    let rt = Runtime::new().unwrap();
    let ours: Vec<String> = ExcKind::ALL
        .iter()
        .map(|k| {
            let t = rt.exc_type(*k).as_type().unwrap();
            let mro: Vec<String> = t
                .mro_tail()
                .iter()
                .map(|p| {
                    // SAFETY: the runtime keeps the builtin types alive until teardown.
                    unsafe { p.as_objref() }
                        .as_type()
                        .unwrap()
                        .name()
                        .to_string()
                })
                .collect();
            format!("{} {}", k.name(), mro.join(" "))
        })
        .collect();
    let script = format!(
        "import builtins\nfor n in {:?}:\n    print(n, ' '.join(c.__name__ for c in getattr(builtins, n).__mro__[1:]))",
        ExcKind::ALL.iter().map(|k| k.name()).collect::<Vec<_>>()
    );
    if let Some(want) = python3(&script) {
        assert_eq!(ours, want);
    }
    assert_clean_teardown(rt);
}

#[test]
fn str_and_repr_follow_cpython() {
    let rt = Runtime::new().unwrap();
    let cases = [
        (ExcKind::ValueError, "()", "", "ValueError()"),
        (ExcKind::ValueError, "('bad',)", "bad", "ValueError('bad')"),
        (
            ExcKind::ValueError,
            "(1, 'x')",
            "(1, 'x')",
            "ValueError(1, 'x')",
        ),
        (ExcKind::KeyError, "('a',)", "'a'", "KeyError('a')"),
        (ExcKind::KeyError, "()", "", "KeyError()"),
        (ExcKind::KeyError, "(1, 2)", "(1, 2)", "KeyError(1, 2)"),
        (
            ExcKind::StopIteration,
            "(None,)",
            "None",
            "StopIteration(None)",
        ),
        (
            ExcKind::ZeroDivisionError,
            "('division by zero',)",
            "division by zero",
            "ZeroDivisionError('division by zero')",
        ),
    ];
    for (kind, args, s, r) in cases {
        let args = parse(&rt, args);
        let e = rt.new_exception_with_args(rt.exc_type(kind), args).unwrap();
        assert_eq!(ops::str_string(&rt, &e).unwrap(), s);
        assert_eq!(ops::repr_string(&rt, &e).unwrap(), r);
    }
    assert_eq!(
        ops::repr_string(&rt, rt.exc_type(ExcKind::KeyError)).unwrap(),
        "<class 'KeyError'>"
    );
    assert_clean_teardown(rt);
}

#[test]
fn matching_follows_the_hierarchy() {
    let rt = Runtime::new().unwrap();
    let e = rt.new_err(ExcKind::KeyError, "k");
    assert!(e.matches(&rt, ExcKind::KeyError));
    assert!(e.matches(&rt, ExcKind::LookupError));
    assert!(e.matches(&rt, ExcKind::Exception));
    assert!(e.matches(&rt, ExcKind::BaseException));
    assert!(!e.matches(&rt, ExcKind::IndexError));
    assert!(!rt
        .new_err_empty(ExcKind::KeyboardInterrupt)
        .matches(&rt, ExcKind::Exception));
    assert!(rt
        .new_err_empty(ExcKind::RecursionError)
        .matches(&rt, ExcKind::RuntimeError));
    assert!(ops::isinstance(e.object(), &rt.types().object));
    let m = rt.memory_error();
    assert!(m.matches(&rt, ExcKind::MemoryError));
    drop((e, m));
    assert_clean_teardown(rt);
}

#[test]
fn exception_fields_are_traversed_and_cleared() {
    let rt = Runtime::new().unwrap();
    let a = rt.new_err(ExcKind::ValueError, "a").into_object();
    let b = rt.new_err(ExcKind::TypeError, "b").into_object();
    let tb = rt.new_list(vec![]).unwrap();
    let pa = exception::payload(&a).unwrap();
    // A cycle: a.__context__ = b, b.__cause__ = a; and a traceback stand-in.
    drop(pa.set_context(Some(b.clone())));
    drop(exception::payload(&b).unwrap().set_cause(Some(a.clone())));
    drop(pa.set_traceback(Some(tb.clone())));
    assert!(exception::payload(&b).unwrap().suppress_context());
    let mut seen: Vec<ObjPtr> = Vec::new();
    a.type_object().traverse(&a, &mut |p| seen.push(p));
    let args = pa.args().unwrap();
    assert_eq!(seen, vec![args.as_ptr(), tb.as_ptr(), b.as_ptr()]);
    drop(args);
    // tp_clear breaks the cycle, as the collector will.
    a.type_object().clear(&a);
    assert!(pa.context().is_none() && pa.args().is_none());
    drop((a, b, tb));
    assert_clean_teardown(rt);
}

#[test]
fn recursion_guard_raises_recursion_error() {
    let rt = Runtime::new().unwrap();
    // A list nested 5000 deep: repr hits the limit (1000) as CPython's does.
    let mut l = rt.new_list(vec![]).unwrap();
    for _ in 0..5000 {
        l = rt.new_list(vec![l]).unwrap();
    }
    let err = ops::repr_string(&rt, &l).unwrap_err();
    assert!(err.matches(&rt, ExcKind::RecursionError));
    assert_eq!(
        ops::str_string(&rt, err.object()).unwrap(),
        "maximum recursion depth exceeded while getting the repr of an object"
    );
    drop((err, l));
    assert_clean_teardown(rt);
}

#[test]
fn raise_and_except_helpers_follow_cpython() {
    let rt = Runtime::new().unwrap();
    let ve = rt.exc_type(ExcKind::ValueError).clone();
    // `raise ValueError` instantiates; `raise 5` is a TypeError.
    let e = ops::exception_to_raise(&rt, &ve);
    assert_eq!(ops::repr_string(&rt, e.object()).unwrap(), "ValueError()");
    let e5 = ops::exception_to_raise(&rt, &parse(&rt, "5"));
    assert_eq!(
        show_err(&rt, e5),
        "TypeError: exceptions must derive from BaseException"
    );
    let inst = rt.new_err(ExcKind::KeyError, "k").into_object();
    assert!(ops::exception_to_raise(&rt, &inst).object().is(&inst));
    // except matching: a class, a tuple (nested), a bad spec.
    let lookup = rt.exc_type(ExcKind::LookupError).clone();
    assert!(ops::exception_matches(&rt, &inst, &lookup).unwrap());
    assert!(!ops::exception_matches(&rt, &inst, &ve).unwrap());
    let nested = rt
        .new_tuple(vec![
            ve.clone(),
            rt.new_tuple(vec![lookup.clone()]).unwrap(),
        ])
        .unwrap();
    assert!(ops::exception_matches(&rt, &inst, &nested).unwrap());
    let bad = ops::exception_matches(&rt, &inst, &parse(&rt, "5")).unwrap_err();
    assert_eq!(
        show_err(&rt, bad),
        "TypeError: catching classes that do not inherit from BaseException is not allowed"
    );
    assert!(!ops::is_exception_type(&rt, &rt.types().int));
    drop((e, inst, nested, ve, lookup));
    assert_clean_teardown(rt);
}

#[test]
fn exception_attributes_follow_cpython() {
    let rt = Runtime::new().unwrap();
    let name = |s: &str| rt.intern(s).unwrap();
    let get = |o: &vm::ObjRef, n: &str| common::pyvalue::show(&rt, ops::get_attr(&rt, o, &name(n)));
    let e = rt
        .new_exception_with_args(rt.exc_type(ExcKind::StopIteration), parse(&rt, "(7, 8)"))
        .unwrap();
    assert_eq!(get(&e, "args"), "(7, 8)");
    assert_eq!(get(&e, "value"), "7");
    assert_eq!(get(&e, "__cause__"), "None");
    assert_eq!(get(&e, "__suppress_context__"), "False");
    assert_eq!(
        get(&e, "nope"),
        "AttributeError: 'StopIteration' object has no attribute 'nope'"
    );
    let s = rt
        .new_exception_with_args(rt.exc_type(ExcKind::SystemExit), parse(&rt, "()"))
        .unwrap();
    assert_eq!(get(&s, "code"), "None");
    assert_eq!(
        get(&s, "value"),
        "AttributeError: 'SystemExit' object has no attribute 'value'"
    );
    let cause = rt.new_err(ExcKind::ValueError, "c").into_object();
    ops::set_attr(&rt, &e, &name("__cause__"), cause.clone()).unwrap();
    assert_eq!(get(&e, "__suppress_context__"), "True");
    let bad = ops::set_attr(&rt, &e, &name("__cause__"), parse(&rt, "1")).unwrap_err();
    assert_eq!(
        show_err(&rt, bad),
        "TypeError: exception cause must be None or derive from BaseException"
    );
    ops::set_attr(&rt, &e, &name("args"), parse(&rt, "[1]")).unwrap();
    assert_eq!(ops::repr_string(&rt, &e).unwrap(), "StopIteration(1)");
    assert_eq!(
        get(&parse(&rt, "1"), "x"),
        "AttributeError: 'int' object has no attribute 'x'"
    );
    assert_eq!(
        common::pyvalue::show(&rt, ops::call(&rt, &parse(&rt, "1"), &[], None)),
        "TypeError: 'int' object is not callable"
    );
    drop((e, s, cause));
    assert_clean_teardown(rt);
}
