//! `cargo run --release -p compiler --example stdlib [DIR]`: compiles every `.py` file under
//! DIR (default: python3's standard library, `/usr/lib/python3.11`) that rattle's parser
//! accepts, checking that compilation never panics, and prints the counts.

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
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/usr/lib/python3.11".to_owned());
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
            Ok(Ok(_)) => compiled += 1,
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
    for (msg, n) in errors {
        println!("  {n:5}  {msg}");
    }
}
