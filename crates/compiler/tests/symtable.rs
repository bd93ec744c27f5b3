//! Symbol tables: the scope of every name in a set of programs compared with python3's
//! `symtable` module, and every symtable/compile error's message and location compared with
//! what python3's `compile()` reports.

mod common;

use common::{compile, python311, python_location, run_python};
use compiler::symtable::{self, Scope};

/// `(source, message, (lineno, offset, end_lineno, end_offset))` as python3 3.11 reports.
const ERRORS: &[(&str, &str, (usize, usize, usize, usize))] = &[
    (
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        (2, 5, 2, 15),
    ),
    (
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
        (2, 5, 2, 13),
    ),
    (
        "def f(x):\n    nonlocal x\n",
        "name 'x' is parameter and nonlocal",
        (2, 5, 2, 15),
    ),
    (
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
        "name 'x' is nonlocal and global",
        (4, 9, 4, 17),
    ),
    (
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        (1, 1, 1, 11),
    ),
    (
        "def f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
        (3, 5, 3, 13),
    ),
    (
        "def f():\n    x = 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        (3, 5, 3, 13),
    ),
    (
        "def f():\n    y = 1\n    def g():\n        y = 2\n        nonlocal y\n",
        "name 'y' is assigned to before nonlocal declaration",
        (5, 9, 5, 19),
    ),
    (
        "def f():\n    y = 1\n    def g():\n        print(y)\n        nonlocal y\n",
        "name 'y' is used prior to nonlocal declaration",
        (5, 9, 5, 19),
    ),
    (
        "def f(a, b, a):\n    pass\n",
        "duplicate argument 'a' in function definition",
        (1, 13, 1, 14),
    ),
    (
        "lambda a, a: 1\n",
        "duplicate argument 'a' in function definition",
        (1, 11, 1, 12),
    ),
    ("yield 1\n", "'yield' outside function", (1, 1, 1, 8)),
    (
        "x = [(y := 1) for z in range(3) if (w := z) for q in (v := [1])]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        (1, 55, 1, 63),
    ),
    (
        "x = [y for y in (z := [1])]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        (1, 18, 1, 26),
    ),
    (
        "x = [i := 0 for i in range(3)]\n",
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        (1, 6, 1, 7),
    ),
    (
        "x = [[(j := 1) for i in range(2)] for j in range(2)]\n",
        "assignment expression cannot rebind comprehension iteration variable 'j'",
        (1, 8, 1, 9),
    ),
    ("return 1\n", "'return' outside function", (1, 1, 1, 9)),
    (
        "for x in y:\n    pass\nbreak\n",
        "'break' outside loop",
        (3, 1, 3, 6),
    ),
    (
        "continue\n",
        "'continue' not properly in loop",
        (1, 1, 1, 9),
    ),
    (
        "x = [(yield) for y in z]\n",
        "'yield' inside list comprehension",
        (1, 7, 1, 12),
    ),
    (
        "def f():\n    x: int = 1\n    global x\n",
        "annotated name 'x' can't be global",
        (3, 5, 3, 13),
    ),
    (
        "def f():\n    global x\n    x: int = 1\n",
        "annotated name 'x' can't be global",
        (3, 5, 3, 15),
    ),
    (
        "f(a=1, b=2, a=3)\n",
        "keyword argument repeated: a",
        (1, 13, 1, 16),
    ),
    (
        "def f():\n    from m import *\n",
        "import * only allowed at module level",
        (2, 19, 2, 20),
    ),
    (
        "a, *b, *c = d\n",
        "multiple starred expressions in assignment",
        (1, 1, 1, 10),
    ),
    (
        "*a = b\n",
        "starred assignment target must be in a list or tuple",
        (1, 1, 1, 3),
    ),
    (
        "print(*a if b else c)\nx = *a\n",
        "can't use starred expression here",
        (2, 5, 2, 7),
    ),
];

fn error_of(source: &str) -> Option<(String, (usize, usize, usize, usize))> {
    let module = match syntax::parse_module(source) {
        Ok(m) => m,
        Err(e) => return Some((e.msg.clone(), python_location(source, e.start, e.end))),
    };
    match compiler::compile_module(&module, source, "t.py") {
        Ok(_) => None,
        Err(e) => Some((e.msg.clone(), python_location(source, e.start, e.end))),
    }
}

#[test]
fn errors_have_cpython_messages_and_locations() {
    for (source, msg, location) in ERRORS {
        let got = error_of(source);
        assert_eq!(
            got,
            Some((msg.to_string(), *location)),
            "source: {source:?}"
        );
    }
}

#[test]
fn errors_match_python3() {
    if python311().is_none() {
        eprintln!("python3 is not CPython 3.11: oracle comparison skipped");
        return;
    }
    let input: String = ERRORS.iter().map(|(s, _, _)| format!("{s}\0")).collect();
    let out = run_python(
        "import sys\nfor src in sys.stdin.read().split('\\0')[:-1]:\n    try:\n        compile(src, 't.py', 'exec'); print(None)\n    except SyntaxError as e:\n        print(repr((e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))))",
        &input,
    );
    for ((source, _, _), theirs) in ERRORS.iter().zip(out.lines()) {
        let ours = match error_of(source) {
            Some((msg, l)) => format!("({msg:?}, {l:?})").replace('"', "'"),
            None => "None".to_owned(),
        };
        assert_eq!(ours, theirs.replace('"', "'"), "source: {source:?}");
    }
}

const PROGRAMS: &[&str] = &[
    "x = 1\ndef f(a):\n    b = a\n    def g():\n        return a + c\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n        def h():\n            return x\n    global y\n    y = 2\n",
    "def f(n):\n    return [i * n for i in range(n) if (last := i)]\n",
    "def f():\n    g = lambda y: y + z\n    z = 1\n    return (k for k in g)\n",
    "[y for x in a for y in x]\n{k: v for k, v in d}\n",
    "def outer():\n    v = 1\n    class C:\n        v = 2\n        def m(self):\n            return v, super()\n    return C\n",
    "def f(*args, **kw):\n    def g(a=args):\n        return kw\n    return g\n",
    "import os.path\nfrom m import a as b\ndef f():\n    import sys\n    return sys, os\n",
];

fn scope_name(scope: Scope) -> &'static str {
    match scope {
        Scope::Local => "LOCAL",
        Scope::GlobalExplicit => "GLOBAL_EXPLICIT",
        Scope::GlobalImplicit => "GLOBAL_IMPLICIT",
        Scope::Free => "FREE",
        Scope::Cell => "CELL",
    }
}

fn our_scopes(source: &str) -> String {
    let module = syntax::parse_module(source).unwrap();
    let table = symtable::build(&module).unwrap();
    let mut out = Vec::new();
    let mut stack = vec![0usize];
    while let Some(id) = stack.pop() {
        let block = &table.blocks[id];
        let mut syms: Vec<String> = block
            .symbols
            .iter()
            .map(|s| format!("{}={}", s.name, scope_name(s.scope)))
            .collect();
        syms.sort();
        out.push(format!("{}: {}", block.name, syms.join(" ")));
        stack.extend(block.children.iter().rev());
    }
    out.join("\n")
}

const PYTHON_SCOPES: &str = r#"
import sys, symtable
names = {1: 'LOCAL', 2: 'GLOBAL_EXPLICIT', 3: 'GLOBAL_IMPLICIT', 4: 'FREE', 5: 'CELL'}
def walk(t, out):
    syms = sorted(f"{s.get_name()}={names[s._Symbol__scope]}" for s in t.get_symbols())
    out.append(f"{t.get_name()}: {' '.join(syms)}")
    for c in t.get_children():
        walk(c, out)
for src in sys.stdin.read().split('\0')[:-1]:
    out = []
    walk(symtable.symtable(src, 't.py', 'exec'), out)
    print('\n'.join(out))
    print('\0')
"#;

#[test]
fn scopes_match_python3() {
    if python311().is_none() {
        eprintln!("python3 is not CPython 3.11: oracle comparison skipped");
        return;
    }
    let input: String = PROGRAMS.iter().map(|s| format!("{s}\0")).collect();
    let out = run_python(PYTHON_SCOPES, &input);
    let theirs: Vec<&str> = out.split("\0\n").collect();
    for (source, theirs) in PROGRAMS.iter().zip(theirs) {
        assert_eq!(our_scopes(source), theirs.trim(), "source: {source:?}");
    }
}

#[test]
fn scopes_of_closures() {
    let s = our_scopes(PROGRAMS[0]);
    assert!(s.contains("f: a=CELL b=LOCAL g=LOCAL"), "{s}");
    assert!(s.contains("g: a=FREE c=GLOBAL_IMPLICIT"), "{s}");
    let code = compile(PROGRAMS[0]).unwrap();
    let bytecode::Constant::Code(f) = &code.constants[1] else {
        panic!("f is constant 1");
    };
    assert_eq!(&*f.cellvars[0], "a");
}
