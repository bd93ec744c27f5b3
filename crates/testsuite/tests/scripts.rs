//! The program suites: every `.py` directly under `tests/<area>/` (lang, types, errors, memory, limits and
//! the library areas: strings, format, lists, dicts, sets, numbers, modules, imports, builtins) runs
//! through the embedding API (`vm::run_captured_with`, named by its bare file name, as
//! `python3 x.py` run from the script's folder names it, with that folder as `sys.path[0]`,
//! as python3's; paths under the folder are shown relative to it in both outputs). For each script the exit status,
//! stdout and stderr are snapshotted as one text in `tests/<area>/snapshots/`; the run must
//! leave no heap block behind; and when python3 is CPython 3.11 the three must equal what
//! python3 gives (run with `PYTHONHASHSEED=0`, from the script's folder, by bare name).
//!
//! Each area is one test that runs all of its scripts and reports every failing one in a
//! single assertion message, so one broken feature does not hide the state of the others.
//! Scripts whose features do not work yet wait in `tests/pending/<area>/`: they run too,
//! are never asserted, and the test prints which of them pass now so they can be moved
//! (`cargo test -p testsuite --test scripts -- --nocapture` shows it).
//!
//! Each script runs on its own thread with a large stack (the nested evaluation a builtin
//! starts, reprs of deep containers and deallocation chains recurse in Rust before the
//! recursion limit stops them, as they do in C in CPython), and with a time limit, so a
//! hang or a panic is reported as that script's failure instead of stopping the suite.
//!
//! `RATTLE_SCRIPT_FILTER=substring` runs only the scripts whose `area/name.py` contains it.
//! `RATTLE_SCRIPT_TRACE=1` names each script on the process's stderr before it runs (not
//! captured by the test harness), so a run that takes the whole process down (an abort) says
//! where. A native stack overflow already names the script: its thread carries the name.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use testsuite::{
    file_name, first_difference, oracle, python_run_script, relative_to, script_dir, snapshot_dir,
    stem, suite_files, suite_files_if_any, Outcome,
};

/// Generous: the slowest scripts (deep recursion at a limit of 100,000) take well under a
/// second in a release build.
const TIME_LIMIT: Duration = Duration::from_secs(120);

/// Virtual reservation only; pages are touched as the stack grows.
const STACK_SIZE: usize = 1 << 30;

/// What one script did under rattle, or why it could not finish.
enum Run {
    Finished(vm::RunOutput),
    Panicked(String),
    TimedOut,
}

fn run_rattle(file: &Path) -> Run {
    let name = file_name(file);
    if std::env::var_os("RATTLE_SCRIPT_TRACE").is_some() {
        use std::io::Write;
        // Straight to the process's stderr: libtest captures only the print macros.
        let _ = writeln!(std::io::stderr(), "running {}", file.display());
    }
    let bytes = std::fs::read(file).unwrap_or_else(|err| panic!("{}: {err}", file.display()));
    // python3 decodes the file itself (PEP 263); a script here is always UTF-8.
    let source = String::from_utf8(bytes).unwrap_or_else(|_| panic!("{name} is not UTF-8"));
    // python3 runs from the script's folder, so its `sys.path[0]` is that folder.
    let dir = script_dir(file);
    let (send, receive) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(name.clone())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let result = std::panic::catch_unwind(|| {
                let config = vm::Config {
                    argv: vec![name.clone()],
                    sys_path0: Some(dir.to_string_lossy().into_owned()),
                    ..vm::Config::default()
                };
                let mut out = vm::run_captured_with(&source, &name, config);
                out.stdout = relative_to(&out.stdout, &dir);
                out.stderr = relative_to(&out.stderr, &dir);
                out
            });
            // The receiver may have given up (time limit); nothing to do then.
            let _ = send.send(result);
        });
    if let Err(err) = spawned {
        return Run::Panicked(format!("cannot spawn the script's thread: {err}"));
    }
    match receive.recv_timeout(TIME_LIMIT) {
        Ok(Ok(output)) => Run::Finished(output),
        Ok(Err(payload)) => Run::Panicked(panic_text(payload.as_ref())),
        // The thread is left running; the test process ends when the suite does.
        Err(_) => Run::TimedOut,
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic without a message".to_owned()
    }
}

/// The snapshot text: status, then stdout and stderr, each under its own header.
fn render(status: i32, stdout: &str, stderr: &str) -> String {
    format!("status: {status}\n--- stdout\n{stdout}--- stderr\n{stderr}")
}

/// Compares rattle's run with python3's; `None` when they agree.
fn compare(expected: &Outcome, output: &vm::RunOutput) -> Option<String> {
    if expected.stdout != output.stdout {
        // Output that stops early usually means an exception: say which.
        let raised = match output.stderr.lines().last() {
            Some(last) if expected.stderr != output.stderr => {
                format!("\n  rattle's stderr ends: {last}")
            }
            _ => String::new(),
        };
        return Some(format!(
            "stdout differs, {}{raised}",
            first_difference(&expected.stdout, &output.stdout)
        ));
    }
    if expected.stderr != output.stderr {
        return Some(format!(
            "stderr differs, {}",
            first_difference(&expected.stderr, &output.stderr)
        ));
    }
    if expected.status != output.status {
        return Some(format!(
            "exit status: python3 {}, rattle {}",
            expected.status, output.status
        ));
    }
    None
}

/// Runs one script and checks it against python3 and the leak check (not the snapshot):
/// the run's output when it finished, and the problems found.
fn check(file: &Path) -> (Option<vm::RunOutput>, Vec<String>) {
    let mut problems = Vec::new();
    let output = match run_rattle(file) {
        Run::Finished(output) => output,
        Run::Panicked(message) => return (None, vec![format!("rattle panicked: {message}")]),
        Run::TimedOut => return (None, vec![format!("no result within {TIME_LIMIT:?}")]),
    };
    if let Some(python) = oracle() {
        if let Some(diff) = compare(&python_run_script(python, file), &output) {
            problems.push(diff);
        }
    }
    if output.leaked_blocks != 0 {
        problems.push(format!(
            "{} heap blocks leaked at teardown",
            output.leaked_blocks
        ));
    }
    (Some(output), problems)
}

fn selected(area: &str, files: Vec<PathBuf>) -> Vec<PathBuf> {
    let filter = std::env::var("RATTLE_SCRIPT_FILTER").unwrap_or_default();
    files
        .into_iter()
        .filter(|file| format!("{area}/{}", file_name(file)).contains(&filter))
        .collect()
}

fn snapshot(area: &str, name: &str, text: &str) {
    insta::with_settings!({
        snapshot_path => snapshot_dir(area),
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, text);
    });
}

/// Runs an area's scripts: each must match python3, leak nothing and match its snapshot.
/// Then runs the area's pending scripts and says which of them pass now.
fn run_area(area: &str) {
    let files = selected(area, suite_files(area));
    let mut failures = Vec::new();
    for file in &files {
        let name = file_name(file);
        let (output, problems) = check(file);
        for problem in problems {
            failures.push(format!("{area}/{name}: {problem}"));
        }
        if let Some(output) = output {
            let text = render(output.status, &output.stdout, &output.stderr);
            // insta panics on a mismatch; catch it so every script still runs and reports.
            let snapshotted = std::panic::catch_unwind(|| snapshot(area, &stem(file), &text));
            if snapshotted.is_err() {
                failures.push(format!("{area}/{name}: output differs from its snapshot"));
            }
        }
    }
    report_pending(area);
    assert!(
        failures.is_empty(),
        "{} of {} scripts in tests/{area} fail:\n{}",
        failures
            .iter()
            .map(|f| f.split(':').next().unwrap_or_default())
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        files.len(),
        failures.join("\n")
    );
}

/// Pending scripts are not asserted: a script that passes now is announced so someone
/// moves it into its area (with its new snapshot).
fn report_pending(area: &str) {
    let pending_area = format!("pending/{area}");
    let files = selected(area, suite_files_if_any(&pending_area));
    if files.is_empty() || oracle().is_none() {
        return;
    }
    let mut now_passing = Vec::new();
    for file in &files {
        if let (Some(_), problems) = check(file) {
            if problems.is_empty() {
                now_passing.push(format!("tests/{pending_area}/{}", file_name(file)));
            }
        }
    }
    println!(
        "tests/{pending_area}: {} of {} pending scripts pass now{}{}",
        now_passing.len(),
        files.len(),
        if now_passing.is_empty() {
            ""
        } else {
            " (move them to their area):\n  "
        },
        now_passing.join("\n  ")
    );
}

#[test]
fn lang() {
    run_area("lang");
}

#[test]
fn types() {
    run_area("types");
}

#[test]
fn errors() {
    run_area("errors");
}

#[test]
fn memory() {
    run_area("memory");
}

#[test]
fn limits() {
    run_area("limits");
}

#[test]
fn strings() {
    run_area("strings");
}

#[test]
fn format() {
    run_area("format");
}

#[test]
fn lists() {
    run_area("lists");
}

#[test]
fn dicts() {
    run_area("dicts");
}

#[test]
fn sets() {
    run_area("sets");
}

#[test]
fn numbers() {
    run_area("numbers");
}

#[test]
fn modules() {
    run_area("modules");
}

#[test]
fn imports() {
    run_area("imports");
}

#[test]
fn builtins() {
    run_area("builtins");
}
