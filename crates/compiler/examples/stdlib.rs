//! `cargo run --release -p compiler --example stdlib [DIR]`: compiles every `.py` file under
//! DIR (default: python3's standard library, `/usr/lib/python3.11`) that rattle's parser
//! accepts, checking that compilation never panics and that every code object passes the
//! tests' independent stack-discipline check, and prints the counts. With `--oracle`, also
//! compares each file's normalized disassembly with python3's and counts the files that
//! are identical.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let oracle = args.iter().any(|a| a == "--oracle");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "/usr/lib/python3.11".to_owned());
    let (mut same, mut stack_errors) = (0, 0);
    let mut files = Vec::new();
    walk(Path::new(&dir), &mut files);
    files.sort();
    let (mut parsed, mut compiled, mut unparsed) = (0, 0, 0);
    let mut errors: std::collections::BTreeMap<String, usize> = Default::default();
    for path in &files {
        let Ok(source) = std::fs::read_to_string(path) else {
            unparsed += 1;
            continue;
        };
        let Ok(module) = syntax::parse_module(&source) else {
            unparsed += 1;
            continue;
        };
        parsed += 1;
        let name = path.display().to_string();
        match std::panic::catch_unwind(|| compiler::compile_module(&module, &source, &name)) {
            Ok(Ok(code)) => {
                compiled += 1;
                if let Err(e) = common::check_stack(&code) {
                    stack_errors += 1;
                    eprintln!("stack: {name}: {e}");
                }
                if oracle {
                    let mut ours = Vec::new();
                    common::normalize(&code, &mut ours);
                    let theirs = common::run_python(common::PYTHON_NORMALIZER, &source);
                    if ours.join("\n").trim() == theirs.trim() {
                        same += 1;
                    }
                }
            }
            Ok(Err(e)) => *errors.entry(e.msg.clone()).or_default() += 1,
            Err(_) => {
                eprintln!("PANIC compiling {name}");
                std::process::exit(1);
            }
        }
    }
    println!(
        "{} files: {unparsed} not parsed, {parsed} parsed, {compiled} compiled, {} refused",
        files.len(),
        parsed - compiled
    );
    println!("stack discipline violations: {stack_errors}");
    if oracle {
        println!("identical to python3's dis (normalized): {same} of {compiled}");
    }
    for (msg, n) in errors {
        println!("  {n:5}  {msg}");
    }
}
