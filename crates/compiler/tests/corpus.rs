//! Compiles every program under `tests/syntax/ok/` (the grammar's corpus): compilation must
//! never panic; it may return an error for constructs not supported yet (classes). Every
//! compiled program's stack discipline is checked too.

mod common;

use std::path::Path;

#[test]
fn syntax_corpus_compiles_without_panics() {
    // Deeply nested expressions recurse in the compiler: give it the main thread's stack.
    let handle = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/syntax/ok");
            let mut compiled = 0;
            let mut errors = Vec::new();
            let mut entries: Vec<_> = std::fs::read_dir(&dir)
                .expect("tests/syntax/ok exists")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect();
            entries.sort();
            for path in entries {
                let Ok(source) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let Ok(module) = syntax::parse_module(&source) else {
                    continue;
                };
                match compiler::compile_module(&module, &source, "t.py") {
                    Ok(code) => {
                        if let Err(e) = common::check_stack(&code) {
                            panic!("{}: {e}", path.display());
                        }
                        compiled += 1;
                    }
                    Err(e) => errors.push(format!("{}: {}", path.display(), e.msg)),
                }
            }
            eprintln!("compiled {compiled}, errors {}: {errors:#?}", errors.len());
            assert!(compiled > 0);
        })
        .expect("spawn");
    handle.join().expect("no panic");
}
