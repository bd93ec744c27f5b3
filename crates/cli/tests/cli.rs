//! The `rattle` binary as a user meets it: arguments, messages and exit statuses, compared
//! with python3's where python3 has the same behaviour.

use std::path::Path;
use std::process::{Command, Output};

fn rattle(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rattle"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("rattle runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("rattle-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn version_and_help_go_to_stdout() {
    let dir = scratch_dir("version");
    let out = rattle(&["--version"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        format!("rattle {}\n", env!("CARGO_PKG_VERSION"))
    );
    let out = rattle(&["--help"], &dir);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("rattle [option] ... [-c cmd | file | -] [arg] ..."));
}

#[test]
fn missing_file_reads_like_python3() {
    let dir = scratch_dir("missing");
    let out = rattle(&["no_such_file.py"], &dir);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    let expected_path = dir.join("no_such_file.py");
    assert_eq!(
        stderr,
        format!(
            "rattle: can't open file '{}': [Errno 2] No such file or directory\n",
            expected_path.display()
        )
    );
    if let Some(python) = testsuite::oracle() {
        let py = Command::new(python)
            .arg("no_such_file.py")
            .current_dir(&dir)
            .output()
            .expect("python3 runs");
        assert_eq!(py.status.code(), Some(2));
        let py_stderr = text(&py.stderr);
        // python3 names itself by its full path; compare from the first ": ".
        let tail = |s: &str| {
            s.split_once(": ")
                .map(|(_, rest)| rest.to_owned())
                .unwrap_or_default()
        };
        assert_eq!(tail(&stderr), tail(&py_stderr));
    }
}

#[test]
fn missing_command_argument_is_a_usage_error() {
    let out = rattle(&["-c"], &scratch_dir("usage"));
    assert_eq!(out.status.code(), Some(2));
    assert!(!out.stderr.is_empty());
}

#[test]
fn ast_dump_matches_python3() {
    let dir = scratch_dir("ast");
    let source = "def f(a, *, b=1):\n    return a + b\n\nprint(f(1, b=2))\n";
    std::fs::write(dir.join("prog.py"), source).expect("write");
    let out = rattle(&["--ast", "prog.py"], &dir);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    let dump = text(&out.stdout);
    assert!(dump.starts_with("Module(\n"));
    if let Some(python) = testsuite::oracle() {
        let expected = testsuite::python_ast_dumps(python, &[dir.join("prog.py")]);
        assert_eq!(expected[0].as_deref(), Some(dump.as_str()));
    }
}

#[test]
fn syntax_error_in_file_reads_like_python3() {
    let dir = scratch_dir("syntaxerror");
    std::fs::write(dir.join("bad.py"), "x = 1\nif x\n    pass\n").expect("write");
    let out = rattle(&["bad.py"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.ends_with("SyntaxError: expected ':'\n"),
        "got {stderr}"
    );
    assert!(stderr.contains(&format!(
        "File \"{}\", line 2",
        dir.join("bad.py").display()
    )));
    if let Some(python) = testsuite::oracle() {
        let py = Command::new(python)
            .arg("bad.py")
            .current_dir(&dir)
            .output()
            .expect("python3 runs");
        assert_eq!(text(&py.stderr), stderr);
    }
}

#[test]
fn syntax_error_in_command_reads_like_python3() {
    let dir = scratch_dir("command");
    let out = rattle(&["-c", "f() = 1"], &dir);
    assert_eq!(out.status.code(), Some(1));
    if let Some(python) = testsuite::oracle() {
        let py = Command::new(python)
            .args(["-c", "f() = 1"])
            .current_dir(&dir)
            .output()
            .expect("python3 runs");
        assert_eq!(text(&out.stderr), text(&py.stderr));
    }
}

#[test]
fn dis_prints_every_code_object() {
    let dir = scratch_dir("dis");
    std::fs::write(
        dir.join("f.py"),
        "def f(a, b=2):\n    return a + b\nprint(f(1))\n",
    )
    .expect("write script");
    let out = rattle(&["--dis", "f.py"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let dis = text(&out.stdout);
    assert!(
        dis.contains("MAKE_FUNCTION            1 (defaults)"),
        "{dis}"
    );
    assert!(
        dis.contains("Disassembly of <code object f, file "),
        "{dis}"
    );
    assert!(dis.contains("BINARY_OP                0 (+)"), "{dis}");
}

#[test]
fn dis_reports_compile_errors_like_python3() {
    let dir = scratch_dir("dis-error");
    std::fs::write(dir.join("bad.py"), "x = 1\nnonlocal x\n").expect("write script");
    let out = rattle(&["--dis", "bad.py"], &dir);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.ends_with("SyntaxError: name 'x' is assigned to before nonlocal declaration\n"),
        "{stderr}"
    );
    assert!(stderr.contains("line 2"), "{stderr}");
}

/// Runs the same command line under rattle and (when it is the oracle) python3, with the
/// same stdin, and checks status, stdout and stderr are equal; returns rattle's output.
fn same_as_python3(dir: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let run = |program: &std::ffi::OsStr| {
        let mut child = Command::new(program)
            .args(args)
            .current_dir(dir)
            .env("PYTHONHASHSEED", "0")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("program starts");
        let mut input = child.stdin.take().expect("stdin piped");
        input.write_all(stdin.as_bytes()).expect("write stdin");
        drop(input);
        child.wait_with_output().expect("program ends")
    };
    let ours = run(env!("CARGO_BIN_EXE_rattle").as_ref());
    if let Some(python) = testsuite::oracle() {
        let theirs = run(python.as_ref());
        assert_eq!(
            (ours.status.code(), text(&ours.stdout), text(&ours.stderr)),
            (
                theirs.status.code(),
                text(&theirs.stdout),
                text(&theirs.stderr)
            ),
            "rattle vs python3 for {args:?}"
        );
    }
    ours
}

#[test]
fn script_runs_with_its_argv_and_output() {
    let dir = scratch_dir("run");
    std::fs::write(
        dir.join("prog.py"),
        "import sys\ndef f(n):\n    return n * 2\nprint(sys.argv, f(21))\n",
    )
    .expect("write");
    let out = same_as_python3(&dir, &["prog.py", "a", "-c"], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "['prog.py', 'a', '-c'] 42\n");
}

#[test]
fn uncaught_exception_prints_a_traceback_and_exits_1() {
    let dir = scratch_dir("uncaught");
    std::fs::write(
        dir.join("boom.py"),
        "print('before')\ndef f(x):\n    return 1 / x\nf(0)\n",
    )
    .expect("write");
    let out = same_as_python3(&dir, &["boom.py"], "");
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("Traceback (most recent call last):\n"),
        "{stderr}"
    );
    assert!(stderr.contains("           ~~^~~\n"), "{stderr}");
    assert!(
        stderr.ends_with("ZeroDivisionError: division by zero\n"),
        "{stderr}"
    );
    assert_eq!(text(&out.stdout), "before\n");
}

#[test]
fn command_and_stdin_programs() {
    let dir = scratch_dir("cmd-stdin");
    let out = same_as_python3(&dir, &["-c", "import sys; print(sys.argv); 1/0", "x"], "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "['-c', 'x']\n");
    let out = same_as_python3(&dir, &["-", "y"], "import sys\nprint(sys.argv, __file__)\n");
    assert_eq!(text(&out.stdout), "['-', 'y'] <stdin>\n");
}

#[test]
fn system_exit_sets_the_status() {
    let dir = scratch_dir("exit");
    let out = same_as_python3(&dir, &["-c", "import sys; print('out'); sys.exit(3)"], "");
    assert_eq!(out.status.code(), Some(3));
    let out = same_as_python3(&dir, &["-c", "import sys; sys.exit('bye')"], "");
    assert_eq!(
        (out.status.code(), text(&out.stderr)),
        (Some(1), "bye\n".into())
    );
    let out = same_as_python3(&dir, &["-c", "raise SystemExit"], "");
    assert_eq!(out.status.code(), Some(0));
}

/// Starts `program loop.py`, waits for its first line, sends SIGINT, and returns
/// (signal that ended it, status code, stdout, stderr).
fn interrupt(
    program: &std::ffi::OsStr,
    dir: &Path,
    script: &str,
) -> (Option<i32>, Option<i32>, String, String) {
    use std::io::{BufRead, Read};
    use std::os::unix::process::ExitStatusExt;
    let mut child = Command::new(program)
        .arg(script)
        .current_dir(dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("program starts");
    let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout piped"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("first line");
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("rest of stdout");
    let out = child.wait_with_output().expect("program ends");
    (
        out.status.signal(),
        out.status.code(),
        first + &rest,
        text(&out.stderr),
    )
}

#[test]
fn ctrl_c_is_a_keyboard_interrupt() {
    let dir = scratch_dir("sigint");
    std::fs::write(
        dir.join("spin.py"),
        "print('start', flush=True)\nwhile True:\n    pass\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("caught.py"),
        "def f():\n    return 1\ntry:\n    print('start', flush=True)\n    while True:\n        f()\nexcept KeyboardInterrupt:\n    print('caught')\n",
    )
    .expect("write");
    let rattle = env!("CARGO_BIN_EXE_rattle").as_ref();
    let spin = interrupt(rattle, &dir, "spin.py");
    // Uncaught: the traceback, then death by SIGINT as python3 does.
    assert_eq!(spin.0, Some(2), "{spin:?}");
    assert!(spin.3.ends_with("KeyboardInterrupt\n"), "{spin:?}");
    let caught = interrupt(rattle, &dir, "caught.py");
    assert_eq!((caught.1, caught.2.as_str()), (Some(0), "start\ncaught\n"));
    if let Some(python) = testsuite::oracle() {
        // Where the interrupt lands (which line the traceback quotes) is a race in
        // python3, so only the outcome is compared.
        let py = interrupt(python.as_ref(), &dir, "spin.py");
        assert_eq!(spin.0, py.0);
        assert!(py.3.ends_with("KeyboardInterrupt\n"), "{py:?}");
        let py = interrupt(python.as_ref(), &dir, "caught.py");
        assert_eq!(caught, py);
    }
}
