//! Constant folding: what folds and what does not, checked against python3's `co_consts`
//! (and against our own expectations when python3 is not 3.11).

mod common;

use bytecode::Constant;
use common::{compile, python311, run_python};

/// `(expression, co_consts of "x = expression" as python3 3.11 prints it)`.
const CASES: &[(&str, &str)] = &[
    ("10**20", "(100000000000000000000, None)"),
    ("2**64", "(18446744073709551616, None)"),
    ("2**100", "(2, 100, None)"),
    ("2**1000", "(2, 1000, None)"),
    ("1<<200", "(1, 200, None)"),
    ("1<<100", "(1267650600228229401496703205376, None)"),
    ("'a' + '_b'", "('a_b', None)"),
    ("'ab' * 3", "('ababab', None)"),
    ("'ab' * 2049", "('ab', 2049, None)"),
    ("(1,) * 257", "((1,), 257, None)"),
    ("1/0", "(1, 0, None)"),
    ("1 % 0", "(1, 0, None)"),
    ("'%s' % 1", "('%s', 1, None)"),
    ("-(2**63)", "(-9223372036854775808, None)"),
    ("~True", "(-2, None)"),
    ("-True", "(-1, None)"),
    ("not 1", "(False, None)"),
    ("(1, 2)[0]", "(1, None)"),
    ("'abc'[-1]", "('c', None)"),
    ("'abc'[5]", "('abc', 5, None)"),
    ("b'a'[0]", "(97, None)"),
    ("2+3j", "((2+3j), None)"),
    ("1.5 // 0.5", "(3.0, None)"),
    ("-1.5 // 0.5", "(-3.0, None)"),
    ("1.5 % -0.5", "(-0.0, None)"),
    ("5 % -3", "(-1, None)"),
    ("-7 // 2", "(-4, None)"),
    ("2 ** -1", "(0.5, None)"),
    ("0 ** -1", "(0, -1, None)"),
    ("3 / 2", "(1.5, None)"),
    ("1e308 * 10", "(inf, None)"),
    ("(1, 2) + (3,)", "((1, 2, 3), None)"),
    ("1 - True", "(0, None)"),
    ("True & False", "(False, None)"),
    ("True | False", "(True, None)"),
    ("True ^ True", "(False, None)"),
    ("True + True", "(2, None)"),
    ("True & 3", "(1, None)"),
    ("(1, (2, 3))", "((1, (2, 3)), None)"),
    (
        "(1, 1.0, True, 0.0, -0.0)",
        "((1, 1.0, True, 0.0, -0.0), None)",
    ),
    ("[1, 1.0, True]", "((1, 1.0, True), None)"),
    ("y in [1, 2]", "((1, 2), None)"),
    ("y in {1, 2}", "(frozenset({1, 2}), None)"),
    ("{1, True, 1.0}", "(frozenset({1}), None)"),
    ("0xffffffffffffffffff", "(4722366482869645213695, None)"),
];

fn consts_repr(constants: &[Constant]) -> String {
    let parts: Vec<String> = constants
        .iter()
        .map(compiler::repr::constant_repr)
        .collect();
    if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    }
}

#[test]
fn folding_matches_expectations() {
    for (expr, expected) in CASES {
        let code = compile(&format!("x = {expr}\n")).unwrap();
        assert_eq!(consts_repr(&code.constants), *expected, "x = {expr}");
    }
}

#[test]
fn folding_matches_python3() {
    if python311().is_none() {
        eprintln!("python3 is not CPython 3.11: oracle comparison skipped");
        return;
    }
    let input: String = CASES.iter().map(|(e, _)| format!("x = {e}\0")).collect();
    let out = run_python(
        "import sys\nfor src in sys.stdin.read().split('\\0')[:-1]:\n    print(compile(src + '\\n', 't', 'exec').co_consts)",
        &input,
    );
    for ((expr, _), theirs) in CASES.iter().zip(out.lines()) {
        let code = compile(&format!("x = {expr}\n")).unwrap();
        assert_eq!(consts_repr(&code.constants), theirs, "x = {expr}");
    }
}

#[test]
fn equal_constants_are_shared_and_distinct_types_are_not() {
    let code = compile("a = 1\nb = 1\nc = 1.0\nd = True\ne = 'x'\nf = 'x'\n").unwrap();
    assert_eq!(consts_repr(&code.constants), "(1, 1.0, True, 'x', None)");
}
