//! The builtin exception hierarchy (names and bases as CPython 3.11's), `str()`/`repr()` of
//! exception objects, `except`-style matching, and the exception payload's GC edges.

mod common;

use common::assert_clean_teardown;
use common::pyvalue::{parse, python3};
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
