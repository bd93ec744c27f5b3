//! Traceback objects (`traceback_here` builds the chain as `PyTraceBack_Here`) and their
//! text (`format_exception`), compared with what python3 prints for the same program.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::rc::Rc;

use bytecode::{CodeObject, Constant};
use common::assert_clean_teardown;
use vm::types::{exception, traceback as tbtype};
use vm::{ops, ExcKind, ObjRef, Runtime};

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

// ---------------------------------------------------------------------------------------
// The oracle: python3 runs a script; a driver reports the exceptions it ended with (types,
// args, cause/context links, and for each traceback entry the code object and the
// position of the failing instruction). The test rebuilds the same exceptions with
// `traceback_here` over rattle's compiled code and compares `format_exception` with
// python3's stderr, byte for byte.
// ---------------------------------------------------------------------------------------

const DRIVER: &str = r#"
import sys
path = sys.argv[1]
src = open(path, encoding="utf-8").read()
code = compile(src, path, "exec")
import builtins
g = {"__name__": "__main__", "__doc__": None, "__package__": None, "__loader__": None,
     "__spec__": None, "__annotations__": {}, "__builtins__": builtins, "__file__": path,
     "__cached__": None}
try:
    exec(code, g)
except BaseException as e:
    top = e
else:
    raise SystemExit("the script did not raise")
order, todo = [], [top]
while todo:
    x = todo.pop()
    if x is None or any(x is y for y in order):
        continue
    order.append(x)
    todo += [x.__cause__, x.__context__]
idx = lambda x: -1 if x is None else [i for i, y in enumerate(order) if y is x][0]
hexes = lambda names: " ".join(n.encode().hex() for n in names)
print("GLOBALS", hexes(g))
print("BUILTINS", hexes(vars(builtins)))
for x in order:
    print("EXC", type(x).__name__, idx(x.__cause__), idx(x.__context__), int(x.__suppress_context__))
    for a in x.args:
        if isinstance(a, str):
            print("ARG s", a.encode().hex())
        elif isinstance(a, int):
            print("ARG i", a)
        else:
            raise SystemExit("unsupported exception argument")
    tb = x.__traceback__
    while tb is not None:
        c = tb.tb_frame.f_code
        if c.co_filename == path:
            pos = list(c.co_positions())[tb.tb_lasti // 2]
            print("TB", c.co_name, c.co_firstlineno, *[-1 if p is None else p for p in pos])
        tb = tb.tb_next
"#;

struct OracleExc {
    kind: String,
    cause: i64,
    context: i64,
    suppress: bool,
    args: Vec<OracleArg>,
    /// (co_name, co_firstlineno, line, end_line, col, end_col), outermost first.
    entries: Vec<(String, u32, i64, i64, i64, i64)>,
}

enum OracleArg {
    Str(String),
    Int(i64),
}

fn python3_is_311() -> bool {
    Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "True")
}

fn unhex(s: &str) -> String {
    let bytes: Vec<u8> = (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    String::from_utf8(bytes).unwrap()
}

/// Writes `source` to a fresh file named `name` and returns its path.
fn write_script(name: &str, source: &str) -> String {
    let dir: PathBuf =
        std::env::temp_dir().join(format!("rattle-tb-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, source).unwrap();
    path.to_str().unwrap().to_string()
}

/// What the driver reports: the exceptions, and the names of the script's globals and of
/// the builtins (for NameError suggestions).
struct Report {
    excs: Vec<OracleExc>,
    globals: Vec<String>,
    builtins: Vec<String>,
}

/// python3's stderr for `python3 path`, and the driver's report.
fn oracle(path: &str) -> (String, Report) {
    let run = Command::new("python3").arg(path).output().unwrap();
    let stderr = String::from_utf8(run.stderr).unwrap();
    let rep = Command::new("python3")
        .args(["-c", DRIVER, path])
        .output()
        .unwrap();
    assert!(
        rep.status.success(),
        "driver failed: {}",
        String::from_utf8_lossy(&rep.stderr)
    );
    let mut excs: Vec<OracleExc> = Vec::new();
    let (mut globals, mut builtins) = (Vec::new(), Vec::new());
    for line in String::from_utf8(rep.stdout).unwrap().lines() {
        let f: Vec<&str> = line.split(' ').collect();
        match f[0] {
            "GLOBALS" => globals = f[1..].iter().map(|h| unhex(h)).collect(),
            "BUILTINS" => builtins = f[1..].iter().map(|h| unhex(h)).collect(),
            "EXC" => excs.push(OracleExc {
                kind: f[1].to_string(),
                cause: f[2].parse().unwrap(),
                context: f[3].parse().unwrap(),
                suppress: f[4] == "1",
                args: Vec::new(),
                entries: Vec::new(),
            }),
            "ARG" => {
                let a = match f[1] {
                    "s" => OracleArg::Str(unhex(f.get(2).copied().unwrap_or(""))),
                    _ => OracleArg::Int(f[2].parse().unwrap()),
                };
                excs.last_mut().unwrap().args.push(a);
            }
            "TB" => excs.last_mut().unwrap().entries.push((
                f[1].to_string(),
                f[2].parse().unwrap(),
                f[3].parse().unwrap(),
                f[4].parse().unwrap(),
                f[5].parse().unwrap(),
                f[6].parse().unwrap(),
            )),
            _ => panic!("bad driver line {line:?}"),
        }
    }
    let report = Report {
        excs,
        globals,
        builtins,
    };
    (stderr, report)
}

/// A dict with `names` as keys (values None), in order.
fn names_dict(rt: &Runtime, names: &[String]) -> ObjRef {
    let d = rt.new_dict().unwrap();
    for n in names {
        let k = rt.new_str(n).unwrap();
        vm::types::dict::dict_setitem(rt, &d, k, rt.none().clone()).unwrap();
    }
    d
}

/// The code object named `name` whose first line is `first_line`, searched through the
/// nested code constants.
fn find_code(code: &Rc<CodeObject>, name: &str, first_line: u32) -> Option<Rc<CodeObject>> {
    if &*code.name == name && (code.first_line == first_line || name == "<module>") {
        return Some(code.clone());
    }
    code.constants.iter().find_map(|c| match c {
        Constant::Code(inner) => find_code(inner, name, first_line),
        _ => None,
    })
}

fn exc_kind(name: &str) -> ExcKind {
    *ExcKind::ALL
        .iter()
        .find(|k| k.name() == name)
        .unwrap_or_else(|| panic!("no builtin exception {name}"))
}

/// Rebuilds the oracle's exceptions over rattle's code for `source` and formats the top one.
fn rattle_text(rt: &Runtime, path: &str, source: &str, report: &Report) -> String {
    let excs = &report.excs;
    let module = compile(source, path);
    let globals = names_dict(rt, &report.globals);
    let builtins = names_dict(rt, &report.builtins);
    let key = rt.new_str("__builtins__").unwrap();
    vm::types::dict::dict_setitem(rt, &globals, key, builtins).unwrap();
    let objs: Vec<ObjRef> = excs
        .iter()
        .map(|e| {
            let args = e
                .args
                .iter()
                .map(|a| match a {
                    OracleArg::Str(s) => rt.new_str(s).unwrap(),
                    OracleArg::Int(i) => rt.new_int(*i).unwrap(),
                })
                .collect();
            rt.new_exception(rt.exc_type(exc_kind(&e.kind)), args)
                .unwrap()
        })
        .collect();
    for (e, obj) in excs.iter().zip(&objs) {
        let p = exception::payload(obj).unwrap();
        let link = |i: i64| usize::try_from(i).ok().map(|i| objs[i].clone());
        drop(p.set_context(link(e.context)));
        drop(p.set_cause(link(e.cause)));
        p.set_suppress_context(e.suppress);
        // Innermost first, as the exception unwinds.
        for (name, first, line, end_line, col, end_col) in e.entries.iter().rev() {
            let code = find_code(&module, name, *first)
                .unwrap_or_else(|| panic!("no code object {name} at line {first}"));
            let lasti = code
                .positions
                .iter()
                .position(|p| {
                    let (l, el) = (i64::from(p.line), i64::from(p.end_line));
                    let (c, ec) = if p.col == u32::MAX {
                        (-1, -1)
                    } else {
                        (i64::from(p.col), i64::from(p.end_col))
                    };
                    (l, el, c, ec) == (*line, *end_line, *col, *end_col)
                })
                .unwrap_or_else(|| {
                    panic!("no instruction of {name} at {line}:{col}-{end_line}:{end_col}")
                });
            vm::traceback::traceback_here_frame(rt, obj, &code, lasti as u32, &globals, None)
                .unwrap();
        }
    }
    vm::traceback::format_exception(rt, &objs[0])
}

/// Runs `source` under python3 and checks that rattle formats the same exception alike.
fn check(name: &str, source: &str) {
    if !python3_is_311() {
        eprintln!("python3 is not CPython 3.11: oracle comparison skipped");
        return;
    }
    let path = write_script(name, source);
    let (want, report) = oracle(&path);
    let rt = Runtime::new().unwrap();
    let got = rattle_text(&rt, &path, source, &report);
    assert_eq!(got, want, "traceback of {name} differs from python3's");
    // The same text when the source is registered rather than read from disk.
    rt.linecache_register(&path, Rc::from(source));
    let again = rattle_text(&rt, &path, source, &report);
    assert_eq!(again, want);
    assert_clean_teardown(rt);
}

#[test]
fn call_chain_across_functions() {
    check(
        "calls",
        "def inner(x):\n    return x.missing\n\ndef outer(x):\n    y = inner(x)\n    return y\n\nouter(1)\n",
    );
}

#[test]
fn binop_carets() {
    check("binop_none", "x = 1\ny = x + None\n");
    check("binop_floordiv", "a = 1\nb = 0\nprint(a // b)\n");
    check("binop_parens", "a = 1\nb = None\nx = (a) + b\n");
    check("binop_parens_glued", "a = 1\nb = None\nx = ((a))+b\n");
    check("binop_glued_right", "a = 1\nb = None\nx = a+(b)\n");
    check(
        "binop_nested",
        "def f(a, b, c):\n    return a * b + c\nf(1, 2, 'x')\n",
    );
    check("binop_spaces", "a = 1\nb = None\nx = a  **   b   \n");
    check("binop_whole_line", "a = 1\nb = 0\na / b\n");
}

#[test]
fn subscript_carets() {
    check("sub_key", "d = {}\nv = d['k']\n");
    check("sub_double", "x = [[1]]\ny = x[1][2]\n");
    check("sub_inner", "x = [[1]]\ny = x[0][2]\n");
    check("sub_spaces", "d = {}\nx = d [ 'k' ] + 1\n");
    check("sub_whole_line", "d = {1: 2}\nd[3]\n");
}

#[test]
fn calls_spanning_the_line_have_no_carets() {
    check("call_line", "def f():\n    raise ValueError('bad')\nf()\n");
    check(
        "call_trailing_ws",
        "def f():\n    raise ValueError('bad')\nf()   \n",
    );
    check("call_part", "def f():\n    raise ValueError\nx = f()\n");
}

#[test]
fn multi_line_expressions() {
    check(
        "multiline_call",
        "def f(a, b):\n    return a / b\nx = f(\n    1,\n    0)\n",
    );
    check(
        "multiline_whole",
        "def f(a, b):\n    return a / b\nf(\n    1,\n    0)\n",
    );
    check("multiline_binop", "a = 1\nx = (a +\n     None)\n");
    check(
        "multiline_non_ascii",
        "def f(x):\n    1/0\ny = 'é' + f(\n  1)\n",
    );
}

#[test]
fn non_ascii_source() {
    check("non_ascii", "s = '日本語'; y = s + 1\n");
    check("wide_subscript", "y = ['日本語'][5]\n");
    check("wide_dict", "y = {'日本': 1}['日本語']\n");
    check("fullwidth", "y = 'ＡＢ' + 1\n");
    check("wide_whole_line", "def f(x):\n    1/0\nf('日本')\n");
    check("wide_trailing_ws", "def f(x):\n    1/0\nf('日本')  \n");
    check(
        "wide_multiline_ws",
        "def f(x):\n    1/0\nz = '日本' + f(   \n  1)\n",
    );
    check(
        "latin_multiline_ws",
        "def f(x):\n    1/0\nz = 'é' + f(   \n  1)\n",
    );
    check("non_ascii_name", "café = {}\nx = café['clé']\n");
    check(
        "non_ascii_call",
        "def g():\n    return 1 / 0\nz = 'éé' + str(g())\n",
    );
}

#[test]
fn chained_exceptions() {
    check(
        "context",
        "try:\n    {}['a']\nexcept KeyError:\n    raise ValueError('while handling')\n",
    );
    check(
        "cause",
        "def f():\n    try:\n        1/0\n    except ZeroDivisionError as e:\n        raise RuntimeError('wrapped') from e\nf()\n",
    );
    check(
        "from_none",
        "try:\n    {}['a']\nexcept KeyError:\n    raise ValueError('hidden') from None\n",
    );
    check(
        "three_deep",
        "try:\n    try:\n        1/0\n    except Exception as e:\n        raise KeyError('k') from e\nexcept KeyError:\n    raise TypeError()\n",
    );
}

#[test]
fn recursion_repeats() {
    check(
        "recurse",
        "def f(n):\n    if n == 0:\n        return 1 / 0\n    return f(n - 1)\nf(50)\n",
    );
    check(
        "recurse_four",
        "def f(n):\n    if n == 0:\n        return 1 / 0\n    return f(n - 1)\nf(4)\n",
    );
    check(
        "recurse_five",
        "def f(n):\n    if n == 0:\n        return 1 / 0\n    return f(n - 1)\nf(5)\n",
    );
    check(
        "mutual",
        "def f(n):\n    return g(n)\ndef g(n):\n    return 1 / n if n == 0 else f(n - 1)\nf(6)\n",
    );
}

#[test]
fn exception_messages() {
    check("empty_message", "raise ValueError\n");
    check("key_error_repr", "d = {}\nd['a b']\n");
    check("key_error_int", "d = {}\nd[5]\n");
    check("several_args", "raise ValueError('a', 2)\n");
    check("indented_tabs", "if True:\n\tx = None\n\tx.y\n");
}

#[test]
fn name_error_suggestions() {
    check("suggest_global", "total = 1\nprint(totl)\n");
    check("suggest_none", "name = 1\nprint(nmae)\n");
    check("suggest_builtin", "pritn(1)\n");
    check(
        "suggest_local",
        "def f():\n    value = 1\n    return valeu\nf()\n",
    );
    check("suggest_case", "Total = 1\ntotal\n");
    check("suggest_tie", "abcd = 1\nabce = 1\nabcf\n");
    check(
        "suggest_free",
        "def f():\n    def g():\n        return xy\n    g()\n    xy = 1\nf()\n",
    );
    check(
        "suggest_long",
        "a_very_long_variable_name_here = 1\na_very_long_variable_name_hera\n",
    );
    // UnboundLocalError carries no name in CPython: no suggestion.
    check(
        "suggest_unbound",
        "def f():\n    print(valu)\n    valu = 1\nvalue = 2\nf()\n",
    );
}

#[test]
fn attribute_error_suggestions() {
    check("attr_method", "x = []\nx.appendd(1)\n");
    check("attr_str", "s = 'abc'\nprint(s.uper())\n");
    check("attr_type", "int.frm_bytes\n");
    check("attr_none_close", "x = 5\nx.nothing\n");
    check("attr_dict", "d = {}\nd.iterms()\n");
    // A failed assignment or deletion records no object: no suggestion.
    check("attr_store", "x = 5\nx.reall = 1\n");
    check("attr_delete", "x = []\ndel x.appendd\n");
}

#[test]
fn anchors_alone() {
    use vm::traceback::extract_anchors;
    let a = extract_anchors("a // b").unwrap();
    assert_eq!((a.left, a.right, a.primary, a.secondary), (2, 4, '~', '^'));
    let a = extract_anchors("(a) + b").unwrap();
    assert_eq!((a.left, a.right), (4, 5));
    let a = extract_anchors("x[1][2]").unwrap();
    assert_eq!((a.left, a.right), (4, 7));
    let a = extract_anchors("d [ 'k' ]").unwrap();
    assert_eq!((a.left, a.right), (2, 9));
    // Byte offsets: the caller converts them to characters.
    let a = extract_anchors("'é' + 1").unwrap();
    assert_eq!((a.left, a.right), (5, 6));
    assert!(extract_anchors("f(x)").is_none());
    assert!(extract_anchors("a + b; c").is_none());
    assert!(extract_anchors("a +").is_none());
    assert!(extract_anchors("x = a + b").is_none());
}

#[test]
fn linecache_sources() {
    let rt = Runtime::new().unwrap();
    rt.linecache_register("/nonexistent/dir/m.py", Rc::from("a = 1\r\n  b = 2\rc\n"));
    assert_eq!(
        rt.linecache_lookup("/nonexistent/dir/m.py", 2).as_deref(),
        Some("  b = 2")
    );
    assert_eq!(
        rt.linecache_lookup("/nonexistent/dir/m.py", 3).as_deref(),
        Some("c")
    );
    assert_eq!(rt.linecache_lookup("/nonexistent/dir/m.py", 4), None);
    assert_eq!(rt.linecache_lookup("/nonexistent/dir/m.py", 0), None);
    assert_eq!(rt.linecache_lookup("/nonexistent/dir/other.py", 1), None);
    // Pseudo-files never have lines, registered or not.
    rt.linecache_register("<string>", Rc::from("x = 1\n"));
    assert_eq!(rt.linecache_lookup("<string>", 1), None);
    // A file on disk is read once and kept.
    let path = write_script("linecache", "first\nsecond\n");
    assert_eq!(rt.linecache_lookup(&path, 2).as_deref(), Some("second"));
    std::fs::write(&path, "changed\n").unwrap();
    assert_eq!(rt.linecache_lookup(&path, 1).as_deref(), Some("first"));
    assert_clean_teardown(rt);
}

#[test]
fn east_asian_width_table_matches_unicodedata() {
    if !python3_is_311() {
        return;
    }
    let out = Command::new("python3")
        .args([
            "-c",
            "import unicodedata as u\nprint(''.join('1' if u.east_asian_width(chr(c)) in 'WF' else '0' for c in range(0x110000)))",
        ])
        .output()
        .unwrap();
    let want = String::from_utf8(out.stdout).unwrap();
    let got: String = (0..0x110000u32)
        .map(|c| match char::from_u32(c) {
            Some(ch) if vm::east_asian_width::is_wide(ch) => '1',
            Some(_) => '0',
            // Surrogates: python3 says N (narrow).
            None => '0',
        })
        .collect();
    assert_eq!(got, want.trim_end());
}

#[test]
fn print_exception_writes_stderr() {
    let rt = Runtime::new().unwrap();
    rt.set_stdio_mode(vm::StdioMode::Capture);
    rt.write_stdout("before\n").unwrap();
    let code = compile("x = 1 / 0\n", "<string>");
    let exc = rt
        .new_exception(
            rt.exc_type(ExcKind::ZeroDivisionError),
            vec![rt.new_str("division by zero").unwrap()],
        )
        .unwrap();
    vm::traceback::traceback_here(&rt, &exc, &code, instr_at(&code, 1, 4)).unwrap();
    vm::traceback::print_exception(&rt, &exc).unwrap();
    let (out, err) = rt.take_captured();
    assert_eq!(out, "before\n");
    // python3 -c 'x = 1 / 0' prints no source line for <string>.
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n"
    );
    drop(exc);
    assert_clean_teardown(rt);
}
