//! The embedding API as an embedder uses it (`docs/embedding.md`): run source, capture
//! output, get python3's exit status, tear down with nothing leaked.

use vm::{run_captured, Config, Interpreter, StdioMode};

#[test]
fn captured_run_reports_status_output_and_no_leaks() {
    let out = run_captured(
        "import sys\nprint(sum(range(10)), sys.argv)\nprint('warn', file=sys.stderr)\n",
        "prog.py",
        vec!["prog.py".into(), "x".into()],
    );
    assert_eq!(out.status, 0);
    assert_eq!(out.stdout, "45 ['prog.py', 'x']\n");
    assert_eq!(out.stderr, "warn\n");
    assert_eq!(out.leaked_blocks, 0);
}

#[test]
fn uncaught_exception_quotes_the_registered_source() {
    // No file of that name exists: the lines come from the registered source.
    let out = run_captured(
        "def f(d):\n    return d['k']\nf({})\n",
        "not_on_disk.py",
        vec![],
    );
    assert_eq!(out.status, 1);
    assert_eq!(
        out.stderr,
        "Traceback (most recent call last):\n  File \"not_on_disk.py\", line 3, in <module>\n    f({})\n  File \"not_on_disk.py\", line 2, in f\n    return d['k']\n           ~^^^^^\nKeyError: 'k'\n"
    );
    assert_eq!(out.leaked_blocks, 0);
}

#[test]
fn syntax_errors_and_system_exit_give_python3_statuses() {
    let out = run_captured("x = (1,\n", "bad.py", vec![]);
    assert_eq!(out.status, 1);
    assert!(
        out.stderr.ends_with("SyntaxError: '(' was never closed\n"),
        "{}",
        out.stderr
    );
    let out = run_captured("import sys\nsys.exit(7)\n", "e.py", vec![]);
    assert_eq!((out.status, out.stderr.as_str()), (7, ""));
    let out = run_captured("raise SystemExit('bye')\n", "e.py", vec![]);
    assert_eq!((out.status, out.stderr.as_str()), (1, "bye\n"));
    assert_eq!(out.leaked_blocks, 0);
}

#[test]
fn cycles_left_by_the_program_are_not_leaks() {
    // A self-containing list, a function whose globals hold it, a closure cycle: CPython's
    // final collection frees them; so must shutdown here.
    let out = run_captured(
        "a = [1]\na.append(a)\nd = {}\nd['d'] = d\ndef outer():\n    def inner():\n        return inner\n    return inner\ng = outer()\nprint(a, d)\n",
        "cycles.py",
        vec![],
    );
    assert_eq!(out.stdout, "[1, [...]] {'d': {...}}\n");
    assert_eq!(out.leaked_blocks, 0);
}

#[test]
fn one_interpreter_runs_several_sources() {
    let mut interp = Interpreter::new(Config {
        stdio: StdioMode::Capture,
        ..Config::default()
    })
    .expect("interpreter");
    assert_eq!(interp.run_source("x = 40\nprint(x + 2)\n", "a.py"), 0);
    assert_eq!(interp.run_source("print(x)\n", "b.py"), 1);
    let (stdout, stderr) = interp.take_output();
    assert_eq!(stdout, "42\n");
    assert!(
        stderr.ends_with("NameError: name 'x' is not defined\n"),
        "{stderr}"
    );
    assert_eq!(interp.finish().leaked_blocks, 0);
}

#[test]
fn complex_is_outside_the_subset_with_a_clear_error() {
    let out = run_captured("complex(1, 2)\n", "c.py", vec![]);
    assert_eq!(out.status, 1);
    assert!(
        out.stderr
            .ends_with("NotImplementedError: complex numbers are not supported yet\n"),
        "{}",
        out.stderr
    );
    assert_eq!(out.leaked_blocks, 0);
}
