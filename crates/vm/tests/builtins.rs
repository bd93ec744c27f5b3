//! The builtins module, type calls, the sys module, stdio capture and imports: each case
//! calls a builtin through `vm::ops::call` with Rust-made arguments and compares the result
//! (`repr`, or `Type: message`) with what python3 prints for the same call.

mod common;

use common::assert_clean_teardown;
use common::pyvalue::{parse, python3, show};
use vm::{ops, ObjRef, PyResult, Runtime, StdioMode};

/// One call: `f(args..., kw=...)`, its result optionally passed through `wrap` (e.g.
/// `list` for an iterator). An argument `@name` is the builtin `name`.
struct Case {
    f: &'static str,
    args: &'static [&'static str],
    kw: &'static [(&'static str, &'static str)],
    wrap: Option<&'static str>,
}

const fn c(f: &'static str, args: &'static [&'static str]) -> Case {
    Case {
        f,
        args,
        kw: &[],
        wrap: None,
    }
}

const fn ck(
    f: &'static str,
    args: &'static [&'static str],
    kw: &'static [(&'static str, &'static str)],
) -> Case {
    Case {
        f,
        args,
        kw,
        wrap: None,
    }
}

const fn cw(f: &'static str, args: &'static [&'static str], wrap: &'static str) -> Case {
    Case {
        f,
        args,
        kw: &[],
        wrap: Some(wrap),
    }
}

fn builtin(rt: &Runtime, m: &ObjRef, name: &str) -> ObjRef {
    ops::get_attr(rt, m, &rt.new_str(name).unwrap()).unwrap()
}

/// A literal, `@name` (a builtin), or a tuple holding some `@name`s.
fn arg(rt: &Runtime, m: &ObjRef, text: &str) -> ObjRef {
    let text = text.trim();
    if let Some(name) = text.strip_prefix('@') {
        return builtin(rt, m, name);
    }
    if text.contains('@') {
        let inner = &text[1..text.len() - 1];
        let (mut depth, mut start, mut items) = (0, 0, Vec::new());
        for (i, ch) in inner.char_indices() {
            match ch {
                '(' | '[' => depth += 1,
                ')' | ']' => depth -= 1,
                ',' if depth == 0 => {
                    items.push(arg(rt, m, &inner[start..i]));
                    start = i + 1;
                }
                _ => {}
            }
        }
        if !inner[start..].trim().is_empty() {
            items.push(arg(rt, m, &inner[start..]));
        }
        return rt.new_tuple(items).unwrap();
    }
    parse(rt, text)
}

fn run_case(rt: &Runtime, m: &ObjRef, case: &Case) -> PyResult<ObjRef> {
    let f = builtin(rt, m, case.f);
    let mut args: Vec<ObjRef> = case.args.iter().map(|a| arg(rt, m, a)).collect();
    let kwnames = if case.kw.is_empty() {
        None
    } else {
        let names = case
            .kw
            .iter()
            .map(|(n, _)| rt.new_str(n).unwrap())
            .collect();
        args.extend(case.kw.iter().map(|(_, v)| arg(rt, m, v)));
        Some(rt.new_tuple(names).unwrap())
    };
    let r = ops::call(rt, &f, &args, kwnames.as_ref())?;
    match case.wrap {
        Some(w) => ops::call(rt, &builtin(rt, m, w), &[r], None),
        None => Ok(r),
    }
}

fn python_expr(case: &Case) -> String {
    let lit = |a: &str| match a {
        "inf" | "nan" => format!("float('{a}')"),
        _ => a.replace('@', ""),
    };
    let mut parts: Vec<String> = case.args.iter().map(|a| lit(a)).collect();
    parts.extend(case.kw.iter().map(|(n, v)| format!("{n}={}", lit(v))));
    let call = format!("{}({})", case.f, parts.join(", "));
    match case.wrap {
        Some(w) => format!("{w}({call})"),
        None => call,
    }
}

/// Runs every case in one runtime and compares with one python3 process.
fn check(cases: &[Case]) {
    let rt = Runtime::new().unwrap();
    let m = vm::new_builtins_module(&rt).unwrap();
    let ours: Vec<String> = cases
        .iter()
        .map(|case| show(&rt, run_case(&rt, &m, case)))
        .collect();
    let mut script = String::from(
        "def show(f):\n    try:\n        print(repr(f()))\n    except Exception as e:\n        print(f'{type(e).__name__}: {e}')\n",
    );
    for case in cases {
        script.push_str(&format!("show(lambda: {})\n", python_expr(case)));
    }
    if let Some(want) = python3(&script) {
        for (i, case) in cases.iter().enumerate() {
            assert_eq!(ours[i], want[i], "{}", python_expr(case));
        }
    }
    drop(m);
    assert_clean_teardown(rt);
}

#[test]
fn type_calls() {
    check(&[
        c("int", &[]),
        c("int", &["'  42 '"]),
        c("int", &["'ff'", "16"]),
        ck("int", &["'ff'"], &[("base", "16")]),
        c("int", &["'0x1f'", "0"]),
        c("int", &["3.99"]),
        c("int", &["-3.99"]),
        c("int", &["True"]),
        c("int", &["'x'"]),
        c("int", &["3", "16"]),
        c("int", &["'z'", "37"]),
        c("int", &["'z'", "1"]),
        c("int", &["1", "2", "3"]),
        ck("int", &[], &[("x", "3")]),
        ck("int", &[], &[("base", "16")]),
        c("int", &["[1]"]),
        c("int", &["inf"]),
        c("float", &[]),
        c("float", &["' 1.5 '"]),
        c("float", &["'nan'"]),
        c("float", &["7"]),
        c("float", &["'x'"]),
        c("float", &["1", "2"]),
        ck("float", &[], &[("x", "1")]),
        c("str", &[]),
        c("str", &["[1, 'a']"]),
        c("str", &["1.0"]),
        c("str", &["1", "2", "3", "4"]),
        ck("str", &[], &[("b", "1")]),
        ck("str", &[], &[("object", "5")]),
        c("bool", &[]),
        c("bool", &["[]"]),
        c("bool", &["'a'"]),
        c("bool", &["1", "2"]),
        c("list", &[]),
        c("list", &["'abc'"]),
        c("list", &["(1, 2)"]),
        c("list", &["1"]),
        c("list", &["1", "2"]),
        ck("list", &[], &[("x", "1")]),
        c("tuple", &["[1, 2]"]),
        c("tuple", &["''"]),
        c("tuple", &["1", "2"]),
        cw("range", &["1000000000000"], "list"),
        cw("range", &["1000000000000"], "tuple"),
        cw("range", &["1000000000000"], "sorted"),
        cw("range", &["100000000000000000000"], "list"),
        cw("range", &["5"], "list"),
        c("dict", &[]),
        c("dict", &["[(1, 2), ['a', 'b']]"]),
        ck("dict", &["[(1, 2)]"], &[("x", "3"), ("y", "4")]),
        c("dict", &["1"]),
        c("dict", &["[1]"]),
        c("dict", &["[(1, 2, 3)]"]),
        c("dict", &["1", "2"]),
        c("set", &["[3, 1, 2, 3]"]),
        c("set", &["1", "2"]),
        ck("set", &[], &[("x", "1")]),
        c("frozenset", &["(10, 5, 100)"]),
        c("frozenset", &["1", "2"]),
        c("range", &["5"]),
        c("range", &["1", "10", "3"]),
        c("range", &[]),
        c("range", &["1", "2", "3", "4"]),
        ck("range", &[], &[("x", "1")]),
        c("range", &["1.5"]),
        c("range", &["1", "2", "0"]),
        c("slice", &["1", "2", "3"]),
        cw("slice", &["1", "2"], "repr"),
        c("slice", &["3"]),
        c("slice", &["1", "2"]),
        c("slice", &[]),
        c("object", &["1"]),
        ck("object", &[], &[("x", "1")]),
        c("type", &["1"]),
        c("type", &["@int"]),
        c("type", &[]),
        c("type", &["1", "2"]),
        c("ValueError", &["'m'", "2"]),
        c("KeyError", &["'k'"]),
        ck("ValueError", &[], &[("x", "1")]),
        c("StopIteration", &[]),
        c("OSError", &["2", "'m'"]),
        cw("OSError", &["13", "'m'", "'f'"], "str"),
        cw("OSError", &["13", "'m'", "'f'", "None", "'g'"], "str"),
        cw("OSError", &["99", "'m'"], "str"),
        cw("OSError", &["'m'"], "str"),
        c("PermissionError", &["2", "'m'"]),
        cw("type", &["None"], "type"),
    ]);
}

#[test]
fn object_builtins() {
    check(&[
        c("len", &["[1, 2, 3]"]),
        c("len", &["'héllo'"]),
        c("len", &["1"]),
        c("len", &[]),
        c("len", &["1", "2"]),
        ck("len", &[], &[("obj", "1")]),
        c("repr", &["\"a'b\""]),
        c("repr", &[]),
        c("ascii", &["'é€😀'"]),
        c("ascii", &["['ü']"]),
        c("isinstance", &["1", "@int"]),
        c("isinstance", &["True", "@int"]),
        c("isinstance", &["1", "(@str, (@float, @int))"]),
        c("isinstance", &["1", "(@int, 1)"]),
        c("isinstance", &["1", "(@str, 1)"]),
        c("isinstance", &["1", "1"]),
        c("isinstance", &["1"]),
        c("issubclass", &["@bool", "@int"]),
        c("issubclass", &["@KeyError", "(@ValueError, @LookupError)"]),
        c("issubclass", &["1", "@int"]),
        c("issubclass", &["@int", "1"]),
        c("issubclass", &["1", "()"]),
        c("hash", &["1"]),
        c("hash", &["-1"]),
        c("hash", &["1.5"]),
        c("hash", &["(1, 2)"]),
        c("hash", &["[]"]),
        c("callable", &["@len"]),
        c("callable", &["@int"]),
        c("callable", &["1"]),
        c("getattr", &["1", "'nope'", "5"]),
        c("getattr", &["1", "'nope'"]),
        c("getattr", &["1", "2"]),
        c("getattr", &["1"]),
        c("hasattr", &["[]", "'append'"]),
        c("hasattr", &["[]", "'nope'"]),
        c("setattr", &["1", "'x'", "2"]),
        c("setattr", &["1", "2"]),
        c("delattr", &["1"]),
        c("chr", &["65"]),
        c("chr", &["8364"]),
        c("chr", &["-1"]),
        c("chr", &["1114112"]),
        c("chr", &["'a'"]),
        c("chr", &["100000000000000000000"]),
        c("ord", &["'a'"]),
        c("ord", &["'€'"]),
        c("ord", &["'ab'"]),
        c("ord", &["''"]),
        c("ord", &["1"]),
        c("hex", &["255"]),
        c("hex", &["-255"]),
        c("oct", &["8"]),
        c("bin", &["-5"]),
        c("bin", &["0"]),
        c("hex", &["1.5"]),
        c("format", &["1234.5678", "'.2f'"]),
        c("format", &["255", "'#x'"]),
        c("format", &["'ab'", "'>5'"]),
        c("format", &["True"]),
        c("format", &["True", "'d'"]),
        c("format", &["[1]"]),
        c("format", &["[1]", "'x'"]),
        c("format", &["1", "2"]),
        c("format", &["1", "'q'"]),
        c("format", &[]),
        c("getattr", &["@int", "'__name__'"]),
        c("getattr", &["@KeyError", "'__mro__'"]),
        c("getattr", &["@bool", "'__bases__'"]),
        c("getattr", &["@object", "'__base__'"]),
        c("getattr", &["@ValueError", "'__module__'"]),
        c("getattr", &["@int", "'foo'"]),
        c("setattr", &["@int", "'foo'", "1"]),
        c("__import__", &[]),
        c("__import__", &["'nope'"]),
        c("__import__", &["1"]),
        c("__import__", &["''"]),
        ck("__import__", &["'nope'"], &[("level", "-1")]),
    ]);
}

#[test]
fn numeric_builtins() {
    check(&[
        c("abs", &["-5"]),
        c("abs", &["-2.5"]),
        c("abs", &["'a'"]),
        c("abs", &[]),
        c("divmod", &["7", "-2"]),
        c("divmod", &["7.5", "2"]),
        c("divmod", &["1", "0"]),
        c("divmod", &["1"]),
        c("pow", &["2", "10"]),
        c("pow", &["2", "-1"]),
        c("pow", &["3", "4", "5"]),
        c("pow", &["3", "-1", "7"]),
        ck("pow", &["2"], &[("exp", "3"), ("mod", "None")]),
        c("pow", &["1"]),
        c("pow", &[]),
        c("pow", &["1", "2", "3", "4"]),
        c("round", &["2.5"]),
        c("round", &["3.5"]),
        c("round", &["-0.5"]),
        c("round", &["2.675", "2"]),
        c("round", &["1234", "-2"]),
        c("round", &["1250", "-2"]),
        c("round", &["7", "None"]),
        c("round", &["True"]),
        c("round", &["1.5", "1.0"]),
        c("round", &["inf"]),
        c("round", &["nan"]),
        c("round", &["'a'"]),
        c("round", &[]),
        c("round", &["1", "2", "3"]),
        ck("round", &["1.5"], &[("number", "2")]),
        ck("round", &[], &[("x", "1")]),
        c("sum", &["[1, 2, 3]"]),
        c("sum", &["[1, 2.5]"]),
        c("sum", &["[9223372036854775807, 1]"]),
        c("sum", &["[[1], [2]]", "[]"]),
        c("sum", &["['a']", "''"]),
        c("sum", &["1"]),
        c("sum", &[]),
        ck("sum", &["[1]"], &[("start", "10")]),
        c("sum", &["[1, 'a']"]),
        c("min", &["[3, 1, 2]"]),
        c("min", &["3", "1", "2"]),
        c("max", &["'abc'"]),
        c("max", &["[1, 1.0]"]),
        c("min", &["[1.0, 1]"]),
        ck("max", &["['aa', 'b', 'cc']"], &[("key", "@len")]),
        ck("min", &["[]"], &[("default", "'none'")]),
        ck("min", &["1", "2"], &[("default", "0")]),
        c("min", &["[]"]),
        c("max", &["[]"]),
        c("min", &[]),
        c("max", &["1"]),
        ck("min", &["1", "2"], &[("x", "1")]),
        ck(
            "min",
            &["[]"],
            &[("default", "1"), ("key", "None"), ("x", "2")],
        ),
        c("max", &["[1, 'a']"]),
    ]);
}

#[test]
fn iterator_builtins() {
    check(&[
        cw("enumerate", &["'ab'"], "list"),
        cw("enumerate", &["'ab'", "5"], "list"),
        cw("enumerate", &["'ab'", "9223372036854775807"], "list"),
        cw("enumerate", &["'ab'", "-1"], "list"),
        c("enumerate", &[]),
        ck("enumerate", &[], &[("x", "1")]),
        c("enumerate", &["[]", "1", "2"]),
        c("enumerate", &["[]", "1.5"]),
        cw("zip", &["'abc'", "[1, 2]"], "list"),
        cw("zip", &[], "list"),
        Case {
            f: "zip",
            args: &["'ab'", "[1, 2, 3]"],
            kw: &[("strict", "True")],
            wrap: Some("list"),
        },
        Case {
            f: "zip",
            args: &["'abc'", "[1, 2]"],
            kw: &[("strict", "True")],
            wrap: Some("list"),
        },
        Case {
            f: "zip",
            args: &["'ab'", "[1, 2]", "[1]"],
            kw: &[("strict", "True")],
            wrap: Some("list"),
        },
        ck("zip", &[], &[("x", "1")]),
        cw("map", &["@abs", "[-1, 2, -3]"], "list"),
        cw("map", &["@pow", "[2, 3]", "[3, 2, 1]"], "list"),
        c("map", &["@len"]),
        cw("map", &["@len", "[1]"], "list"),
        cw("filter", &["None", "[0, 1, '', 'a']"], "list"),
        cw("filter", &["@len", "['', 'a', [], [0]]"], "list"),
        c("filter", &["1"]),
        cw("reversed", &["[1, 2, 3]"], "list"),
        cw("reversed", &["'abc'"], "list"),
        cw("reversed", &["(1, 2)"], "tuple"),
        c("reversed", &["1"]),
        c("reversed", &[]),
        c("iter", &["1"]),
        c("iter", &[]),
        c("iter", &["1", "2"]),
        c("next", &["[]"]),
        c("next", &[]),
        c("any", &["[0, '', 1]"]),
        c("any", &["[]"]),
        c("all", &["[1, 'a']"]),
        c("all", &["[1, 0]"]),
        c("all", &["1"]),
        c("any", &[]),
        c("sorted", &["[3, 1, 2]"]),
        c("sorted", &["'hello'"]),
        c("sorted", &["[2.5, -1.0, 3.0]"]),
        c("sorted", &["[3, 1.5, True]"]),
        c("sorted", &["[(2, 'b'), (1, 'z'), (2, 'a')]"]),
        ck("sorted", &["['bb', 'a', 'ccc', 'dd']"], &[("key", "@len")]),
        ck(
            "sorted",
            &["['bb', 'a', 'ccc', 'dd']"],
            &[("key", "@len"), ("reverse", "True")],
        ),
        ck("sorted", &["[1, 2]"], &[("reverse", "None")]),
        ck("sorted", &["[]"], &[("x", "1")]),
        c("sorted", &["[1, 'a']"]),
        c("sorted", &[]),
        c("sorted", &["1", "2"]),
    ]);
}

/// A stable sort of many keys with duplicates, checked against python3's `sorted`.
#[test]
fn sorted_is_stable_on_large_input() {
    let rt = Runtime::new().unwrap();
    let m = vm::new_builtins_module(&rt).unwrap();
    // Many equal first items: the tuples' order, and a reverse sort of many duplicates.
    let n = 1000i64;
    let items: Vec<ObjRef> = (0..n)
        .map(|i| {
            rt.new_tuple(vec![
                rt.new_int((i * 7919) % 17).unwrap(),
                rt.new_int(i).unwrap(),
            ])
            .unwrap()
        })
        .collect();
    let list = rt.new_list(items).unwrap();
    let sorted = builtin(&rt, &m, "sorted");
    let first = ops::call(&rt, &sorted, &[list.clone()], None).unwrap();
    let got = ops::repr_string(&rt, &first).unwrap();
    let script = format!(
        "print(repr(sorted([((i * 7919) % 17, i) for i in range({n})])))\n\
         print(repr(sorted([(i * 7919) % 1009 for i in range({n})], reverse=True)))"
    );
    let keys: Vec<ObjRef> = (0..n)
        .map(|i| rt.new_int((i * 7919) % 1009).unwrap())
        .collect();
    let kl = rt.new_list(keys).unwrap();
    let rev = ops::call(
        &rt,
        &sorted,
        &[kl, rt.bool_obj(true).clone()],
        Some(&rt.new_tuple(vec![rt.new_str("reverse").unwrap()]).unwrap()),
    )
    .unwrap();
    let got_rev = ops::repr_string(&rt, &rev).unwrap();
    if let Some(want) = python3(&script) {
        assert_eq!(got, want[0]);
        assert_eq!(got_rev, want[1]);
    }
    drop((first, rev, list, sorted, m));
    assert_clean_teardown(rt);
}

#[test]
fn print_writes_to_captured_stdout_and_stderr() {
    let rt = Runtime::new().unwrap();
    rt.set_stdio_mode(StdioMode::Capture);
    let sys = vm::new_sys_module(&rt, &["prog".to_string()]).unwrap();
    let m = vm::new_builtins_module(&rt).unwrap();
    let print = builtin(&rt, &m, "print");
    let stderr = ops::get_attr(&rt, &sys, &rt.new_str("stderr").unwrap()).unwrap();
    let kw = |names: &[&str]| {
        let v = names.iter().map(|n| rt.new_str(n).unwrap()).collect();
        rt.new_tuple(v).unwrap()
    };
    let s = |t: &str| rt.new_str(t).unwrap();
    ops::call(
        &rt,
        &print,
        &[parse(&rt, "1"), s("a"), parse(&rt, "[2, 'b']")],
        None,
    )
    .unwrap();
    ops::call(&rt, &print, &[], None).unwrap();
    ops::call(
        &rt,
        &print,
        &[parse(&rt, "1"), parse(&rt, "2"), s("-"), s("!\n")],
        Some(&kw(&["sep", "end"])),
    )
    .unwrap();
    ops::call(
        &rt,
        &print,
        &[s("err"), stderr.clone(), rt.bool_obj(true).clone()],
        Some(&kw(&["file", "flush"])),
    )
    .unwrap();
    ops::call(
        &rt,
        &print,
        &[parse(&rt, "1"), rt.none().clone(), rt.none().clone()],
        Some(&kw(&["sep", "end"])),
    )
    .unwrap();
    let write = ops::get_attr(&rt, &stderr, &s("write")).unwrap();
    let n = ops::call(&rt, &write, &[s("é\n")], None).unwrap();
    let errs: Vec<String> = [
        ops::call(&rt, &print, &[s("x"), s("y")], Some(&kw(&["x"]))),
        ops::call(&rt, &print, &[parse(&rt, "1")], Some(&kw(&["sep"]))),
        ops::call(&rt, &print, &[parse(&rt, "1")], Some(&kw(&["end"]))),
    ]
    .into_iter()
    .map(|r| show(&rt, r))
    .collect();
    let (out, err) = rt.take_captured();
    let script = "import sys\n\
        print(1, 'a', [2, 'b'])\nprint()\nprint(1, 2, sep='-', end='!\\n')\n\
        print('err', file=sys.stderr, flush=True)\nprint(1, sep=None, end=None)\n\
        n = sys.stderr.write('é\\n')\nsys.stderr.flush()\n\
        def show(f):\n    try: f()\n    except Exception as e: sys.stdout.write(f'{type(e).__name__}: {e}\\n')\n\
        show(lambda: print('y', x='x'))\nshow(lambda: print(sep=1))\nshow(lambda: print(end=1))\n\
        sys.stdout.write(repr(n) + '\\n')";
    if let Some(want) = python3(&format!(
        "import io, sys\nout, err = io.StringIO(), io.StringIO()\nsys.stdout, sys.stderr = out, err\n\
         exec({script:?})\nsys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__\n\
         print(repr(out.getvalue()))\nprint(repr(err.getvalue()))"
    )) {
        let ours_out = format!("{out}{}\n{}\n", errs.join("\n"), ops::repr_string(&rt, &n).unwrap());
        let py = |s: &str| -> String {
            // The oracle prints repr()s of the two captured texts.
            s.to_string()
        };
        assert_eq!(
            ops::repr_string(&rt, &rt.new_str(&ours_out).unwrap()).unwrap(),
            py(&want[0])
        );
        assert_eq!(
            ops::repr_string(&rt, &rt.new_str(&err).unwrap()).unwrap(),
            py(&want[1])
        );
    }
    let r = ops::repr_string(&rt, &stderr).unwrap();
    assert_eq!(
        r,
        "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>"
    );
    drop((print, stderr, write, n, m, sys));
    assert_clean_teardown(rt);
}

fn sys_call(rt: &Runtime, sys: &ObjRef, name: &str, args: &[ObjRef]) -> PyResult<ObjRef> {
    let f = ops::get_attr(rt, sys, &rt.new_str(name).unwrap()).unwrap();
    ops::call(rt, &f, args, None)
}

#[test]
fn sys_module_functions() {
    let rt = Runtime::new().unwrap();
    let sys = vm::new_sys_module(&rt, &["script.py".to_string(), "a".to_string()]).unwrap();
    let attr = |n: &str| {
        let v = ops::get_attr(&rt, &sys, &rt.new_str(n).unwrap()).unwrap();
        ops::repr_string(&rt, &v).unwrap()
    };
    assert_eq!(attr("argv"), "['script.py', 'a']");
    assert_eq!(attr("maxsize"), "9223372036854775807");
    assert_eq!(attr("byteorder"), "'little'");
    assert_eq!(attr("platform"), "'linux'");
    if let Some(want) = python3(
        "import sys\nfor n in ('version_info', 'float_info', 'int_info', 'hash_info', 'maxunicode'):\n    print(repr(getattr(sys, n)))",
    ) {
        let ours: Vec<String> = ["version_info", "float_info", "int_info", "hash_info", "maxunicode"]
            .iter()
            .map(|n| attr(n))
            .collect();
        assert_eq!(ours, want);
    }
    assert_eq!(attr("__name__"), "'sys'");
    assert_eq!(
        ops::repr_string(&rt, &sys).unwrap(),
        "<module 'sys' (built-in)>"
    );
    // A fresh object held by one local and by the argument slice: 2, as CPython's local.
    let x = rt.new_object().unwrap();
    let n = sys_call(&rt, &sys, "getrefcount", &[x.clone()]).unwrap();
    assert_eq!(ops::repr_string(&rt, &n).unwrap(), "2");
    let s = |t: &str| rt.new_str(t).unwrap();
    let i = |v: i64| rt.new_int(v).unwrap();
    // sys.intern returns the interned equal string.
    let a = sys_call(&rt, &sys, "intern", &[s("hello world")]).unwrap();
    let b = sys_call(&rt, &sys, "intern", &[s("hello world")]).unwrap();
    assert!(a.is(&b));
    let results: Vec<String> = vec![
        sys_call(&rt, &sys, "intern", &[i(1)]),
        sys_call(&rt, &sys, "getrefcount", &[]),
        sys_call(&rt, &sys, "setrecursionlimit", &[i(0)]),
        sys_call(
            &rt,
            &sys,
            "setrecursionlimit",
            &[rt.new_float(1.5).unwrap()],
        ),
        sys_call(&rt, &sys, "setrecursionlimit", &[i(50)]),
        sys_call(&rt, &sys, "getrecursionlimit", &[]),
        sys_call(&rt, &sys, "set_int_max_str_digits", &[i(5)]),
        sys_call(&rt, &sys, "set_int_max_str_digits", &[i(5000)]),
        sys_call(&rt, &sys, "get_int_max_str_digits", &[]),
        sys_call(&rt, &sys, "getsizeof", &[i(1)]),
        sys_call(&rt, &sys, "getsizeof", &[]),
        sys_call(&rt, &sys, "getsizeof", &[i(1), i(2), i(3)]),
        sys_call(&rt, &sys, "exit", &[i(1), i(2)]),
        sys_call(&rt, &sys, "exit", &[s("bye")]),
    ]
    .into_iter()
    .map(|r| show(&rt, r))
    .collect();
    let script = "import sys\n\
        def show(f):\n    try: print(repr(f()))\n    except BaseException as e: print(f'{type(e).__name__}: {e}')\n\
        show(lambda: sys.intern(1))\nshow(lambda: sys.getrefcount())\n\
        show(lambda: sys.setrecursionlimit(0))\nshow(lambda: sys.setrecursionlimit(1.5))\n\
        show(lambda: sys.setrecursionlimit(50))\nshow(lambda: sys.getrecursionlimit())\n\
        show(lambda: sys.set_int_max_str_digits(5))\nshow(lambda: sys.set_int_max_str_digits(5000))\n\
        show(lambda: sys.get_int_max_str_digits())\nshow(lambda: sys.getsizeof(1))\n\
        show(lambda: sys.getsizeof())\nshow(lambda: sys.getsizeof(1, 2, 3))\n\
        show(lambda: sys.exit(1, 2))\nshow(lambda: sys.exit('bye'))";
    if let Some(want) = python3(script) {
        assert_eq!(results, want);
    }
    assert_eq!(rt.recursion_limit(), 50);
    // getallocatedblocks counts live blocks; _debugmallocstats writes the pymalloc dump.
    let blocks = sys_call(&rt, &sys, "getallocatedblocks", &[]).unwrap();
    assert!(vm::types::int::as_i64(&blocks).unwrap() > 300);
    rt.set_stdio_mode(StdioMode::Capture);
    sys_call(&rt, &sys, "_debugmallocstats", &[]).unwrap();
    let (_, err) = rt.take_captured();
    assert!(
        err.starts_with("Small block threshold = 512, in 32 size classes."),
        "{err}"
    );
    drop((x, n, a, b, blocks, sys));
    assert_clean_teardown(rt);
}

#[test]
fn imports_of_builtin_modules() {
    let rt = Runtime::new().unwrap();
    let sys = vm::new_sys_module(&rt, &[String::new()]).unwrap();
    let bi = vm::new_builtins_module(&rt).unwrap();
    let s = |t: &str| rt.new_str(t).unwrap();
    let none = rt.none().clone();
    let m = vm::import_name(&rt, &s("sys"), &none, 0).unwrap();
    assert!(m.is(&sys));
    let m2 = vm::import_name(&rt, &s("builtins"), &none, 0).unwrap();
    assert!(m2.is(&bi));
    let argv = vm::import_from(&rt, &sys, &s("argv")).unwrap();
    assert_eq!(ops::repr_string(&rt, &argv).unwrap(), "['']");
    let modules = ops::get_attr(&rt, &sys, &s("modules")).unwrap();
    let reg = rt.sys_modules().unwrap();
    assert!(modules.is(&reg));
    let errs: Vec<String> = vec![
        vm::import_name(&rt, &s("os"), &none, 0),
        vm::import_name(&rt, &s("sys.bar"), &none, 0),
        vm::import_name(&rt, &s("foo.bar"), &none, 0),
        vm::import_from(&rt, &sys, &s("foo")),
        vm::import_name(&rt, &s("x"), &none, 1),
    ]
    .into_iter()
    .map(|r| show(&rt, r))
    .collect();
    let script = "def show(f):\n    try: print(repr(f()))\n    except BaseException as e: print(f'{type(e).__name__}: {e}')\n\
        def imp(s):\n    exec(s, {'__name__': '__main__'})\n\
        show(lambda: imp('import os_nope'))\nshow(lambda: imp('import sys.bar'))\n\
        show(lambda: imp('import foo.bar'))\nshow(lambda: imp('from sys import foo'))\n\
        show(lambda: imp('from .x import y'))";
    if let Some(want) = python3(script) {
        let want: Vec<String> = want
            .into_iter()
            .map(|l| l.replace("os_nope", "os"))
            .collect();
        assert_eq!(errs, want);
    }
    drop((m, m2, argv, modules, reg, bi, sys, none));
    assert_clean_teardown(rt);
}

/// The library's iterator types report exactly the references they hold to
/// `tp_traverse`, and `tp_clear` drops them.
#[test]
fn iterator_types_traverse_and_clear_their_references() {
    let rt = Runtime::new().unwrap();
    let m = vm::new_builtins_module(&rt).unwrap();
    let edges = |o: &ObjRef| {
        let mut seen = Vec::new();
        o.type_object()
            .traverse(o, &mut |p: vm::ObjPtr| seen.push(p.addr()));
        seen
    };
    let l = rt.new_list(vec![rt.new_int(1).unwrap()]).unwrap();
    let t = rt.new_tuple(vec![rt.new_int(2).unwrap()]).unwrap();
    let len = builtin(&rt, &m, "len");
    let call =
        |name: &str, args: &[ObjRef]| ops::call(&rt, &builtin(&rt, &m, name), args, None).unwrap();
    let objs = [
        call("enumerate", &[l.clone()]),
        call("zip", &[l.clone(), t.clone()]),
        call("map", &[len.clone(), l.clone()]),
        call("filter", &[len.clone(), t.clone()]),
        call("reversed", &[l.clone()]),
        call("iter", &[len.clone(), t.clone()]),
    ];
    for o in &objs {
        assert!(o.gc_is_tracked(), "{} is tracked", o.type_object().name());
        let e = edges(o);
        let name = o.type_object().name().to_string();
        match name.as_str() {
            // Iterators over the list/tuple are new objects: check the count of edges and
            // that the function or sequence held directly is among them.
            "enumerate" => assert_eq!(e.len(), 1),
            "zip" => assert_eq!(e.len(), 2),
            "map" | "filter" => {
                assert_eq!(e.len(), 2);
                assert!(e.contains(&len.id()));
            }
            "reversed" => assert_eq!(e, vec![l.id()]),
            "callable_iterator" => assert_eq!(e, vec![len.id(), t.id()]),
            other => panic!("unexpected type {other}"),
        }
        o.type_object().clear(o);
        assert!(edges(o).is_empty(), "{name} cleared");
    }
    // After clear, nothing but our own handles holds the list and the tuple.
    assert_eq!(l.refcount(), 1);
    assert_eq!(t.refcount(), 1);
    drop((objs, l, t, len, m));
    assert_clean_teardown(rt);
}
