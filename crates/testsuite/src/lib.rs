//! Shared machinery for the script suites under `tests/`: finding the scripts, asking
//! python3 (the oracle, when it is CPython 3.11) what it makes of them, and snapshot paths.
//!
//! Each suite is a folder of small Python files. A suite's test produces rattle's output
//! for every file, compares it with python3's when python3 is 3.11, and snapshots it with
//! insta into the suite's `snapshots/` folder, so the expected text lives beside the scripts.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The repository root (the workspace's `tests/` and `scripts/` live there).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the testsuite crate lives in crates/")
}

/// The `.py` files of a suite (`tests/<suite>/*.py`), sorted by name.
pub fn suite_files(suite: &str) -> Vec<PathBuf> {
    let dir = repo_root().join("tests").join(suite);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    files.sort();
    files
}

/// Where a suite's snapshots live: `tests/<suite>/snapshots`.
pub fn snapshot_dir(suite: &str) -> PathBuf {
    repo_root().join("tests").join(suite).join("snapshots")
}

/// The `.py` files of a suite folder that may not exist (`tests/pending/<area>`): empty if
/// the folder is missing.
pub fn suite_files_if_any(suite: &str) -> Vec<PathBuf> {
    if repo_root().join("tests").join(suite).is_dir() {
        suite_files(suite)
    } else {
        Vec::new()
    }
}

/// The file's bare name (`x.py`), the name rattle and python3 are given when a suite runs.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The file's name without `.py`, used as its snapshot name.
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `python3` when it is CPython 3.11 (the oracle), else `None`: comparisons are then skipped
/// and only the snapshots are checked. Setting `RATTLE_NO_ORACLE=1` skips them too.
pub fn oracle() -> Option<&'static str> {
    static ORACLE: OnceLock<Option<&'static str>> = OnceLock::new();
    *ORACLE.get_or_init(|| {
        if std::env::var_os("RATTLE_NO_ORACLE").is_some() {
            return None;
        }
        let out = Command::new("python3")
            .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
            .output()
            .ok()?;
        (String::from_utf8_lossy(&out.stdout).trim() == "True").then_some("python3")
    })
}

/// What python3 printed and returned for one run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

/// Runs `python3 <file>` with the file's absolute path, then replaces that path with the
/// bare file name in the output, since rattle's test runs name the file by its bare name.
pub fn python_run(python: &str, file: &Path) -> Outcome {
    let absolute = file.canonicalize().unwrap_or_else(|_| file.to_path_buf());
    let out = Command::new(python)
        .arg(&absolute)
        .output()
        .expect("python3 runs");
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let shown = absolute.to_string_lossy().into_owned();
    let clean = |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(&shown, &name);
    Outcome {
        stdout: clean(&out.stdout),
        stderr: clean(&out.stderr),
        status: out.status.code().unwrap_or(-1),
    }
}

/// The script's folder, absolute and resolved: `sys.path[0]` when python3 runs the script,
/// and what rattle's runs of the suites are given as `sys.path[0]`.
pub fn script_dir(file: &Path) -> PathBuf {
    let absolute = file.canonicalize().unwrap_or_else(|_| file.to_path_buf());
    absolute
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// Output with the script folder's absolute path (`dir`, plus its `/`) removed, so that
/// the modules a script imports from beside it are named relative to it
/// (`File "pkgs/m.py", line 3`): the same text in any checkout. Applied to python3's
/// output and rattle's alike; nothing else is rewritten.
pub fn relative_to(text: &str, dir: &Path) -> String {
    let prefix = format!("{}{}", dir.to_string_lossy(), std::path::MAIN_SEPARATOR);
    text.replace(&prefix, "")
}

/// Runs `python3 <bare name>` from the script's folder with `PYTHONHASHSEED=0` (set
/// iteration order is then reproducible). python3 (3.9 and later) makes the script's path
/// absolute before running it, so its tracebacks name the absolute path; that is replaced by
/// the bare name, which is what rattle's runs of the suites are given, and the paths of
/// modules beside the script are made relative ([`relative_to`]).
pub fn python_run_script(python: &str, file: &Path) -> Outcome {
    let absolute = file.canonicalize().unwrap_or_else(|_| file.to_path_buf());
    let dir = absolute.parent().unwrap_or_else(|| Path::new("."));
    let name = file_name(file);
    let out = Command::new(python)
        .arg(&name)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        // The suites' helper modules get no `__pycache__` folders.
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONWARNINGS")
        .env("PYTHONIOENCODING", "utf-8")
        .output()
        .expect("python3 runs");
    let shown = absolute.to_string_lossy().into_owned();
    let clean =
        |bytes: &[u8]| relative_to(&String::from_utf8_lossy(bytes).replace(&shown, &name), dir);
    Outcome {
        stdout: clean(&out.stdout),
        stderr: clean(&out.stderr),
        status: out.status.code().unwrap_or(-1),
    }
}

/// python3's `ast.dump(ast.parse(src), indent=2, include_attributes=True)` for each file,
/// from one python3 process (`None` for a file python3 cannot parse).
pub fn python_ast_dumps(python: &str, files: &[PathBuf]) -> Vec<Option<String>> {
    const SCRIPT: &str = r#"
import ast, sys
for path in sys.argv[1:]:
    try:
        text = ast.dump(ast.parse(open(path, 'rb').read()), indent=2, include_attributes=True) + "\n"
    except Exception as e:
        text = None
    if text is None:
        sys.stdout.write("-1\n")
    else:
        data = text.encode()
        sys.stdout.write("%d\n" % len(data))
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
    sys.stdout.flush()
"#;
    let out = Command::new(python)
        .arg("-c")
        .arg(SCRIPT)
        .args(files)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "python3 failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut dumps = Vec::with_capacity(files.len());
    let mut rest = out.stdout.as_slice();
    for _ in files {
        let newline = rest.iter().position(|&b| b == b'\n').expect("length line");
        let len: i64 = std::str::from_utf8(&rest[..newline])
            .expect("ascii")
            .parse()
            .expect("a length");
        rest = &rest[newline + 1..];
        if len < 0 {
            dumps.push(None);
        } else {
            let (text, tail) = rest.split_at(len as usize);
            dumps.push(Some(String::from_utf8_lossy(text).into_owned()));
            rest = tail;
        }
    }
    dumps
}

/// A readable report of where two texts first differ.
pub fn first_difference(expected: &str, actual: &str) -> String {
    for (number, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            return format!("line {}:\n  python3: {e}\n  rattle:  {a}", number + 1);
        }
    }
    format!(
        "line counts differ: python3 has {}, rattle has {}",
        expected.lines().count(),
        actual.lines().count()
    )
}
