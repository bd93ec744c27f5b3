//! The syntax suites: `tests/syntax/ok` (programs rattle must parse; their AST dump must equal
//! python3's `ast.dump(..., indent=2, include_attributes=True)`) and `tests/syntax/errors`
//! (programs with one SyntaxError each; rattle's message must equal what python3 prints when
//! running the file). Both are snapshotted in `tests/syntax/snapshots`.

use testsuite::{
    first_difference, oracle, python_ast_dumps, python_run, snapshot_dir, stem, suite_files,
};

fn snapshot(name: &str, text: &str) {
    insta::with_settings!({
        snapshot_path => snapshot_dir("syntax"),
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name, text);
    });
}

fn read(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

#[test]
fn programs_parse_and_dump_like_python3() {
    let files = suite_files("syntax/ok");
    assert!(!files.is_empty(), "the suite has scripts");
    let oracle_dumps = oracle().map(|python| python_ast_dumps(python, &files));
    let mut mismatches = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dump = syntax::decode_source(&read(file), &name)
            .and_then(|text| {
                syntax::parse_module(&text).map(|module| syntax::dump_module(&module, &text))
            })
            .unwrap_or_else(|err| panic!("{name} must parse, got {err}"));
        if let Some(dumps) = &oracle_dumps {
            match &dumps[index] {
                Some(expected) if *expected != dump => {
                    mismatches.push(format!("{name}: {}", first_difference(expected, &dump)))
                }
                Some(_) => {}
                None => mismatches.push(format!(
                    "{name}: python3 cannot parse it; it does not belong in ok/"
                )),
            }
        }
        snapshot(&format!("ok__{}", stem(file)), &dump);
    }
    assert!(
        mismatches.is_empty(),
        "AST dumps differ from python3's:\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn syntax_errors_read_like_python3() {
    let files = suite_files("syntax/errors");
    assert!(!files.is_empty(), "the suite has scripts");
    let mut mismatches = Vec::new();
    for file in &files {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bytes = read(file);
        let err = match syntax::decode_source(&bytes, &name)
            .and_then(|text| syntax::parse_module(&text).map(|_| text))
        {
            Ok(_) => panic!("{name} must be rejected with a SyntaxError"),
            Err(err) => err,
        };
        let rendered = err.render(&name, &String::from_utf8_lossy(&bytes));
        if let Some(python) = oracle() {
            let expected = python_run(python, file);
            if expected.status != 1 || !expected.stdout.is_empty() {
                mismatches.push(format!(
                    "{name}: python3 exited {} with stdout {:?}",
                    expected.status, expected.stdout
                ));
            } else if expected.stderr != rendered {
                mismatches.push(format!(
                    "{name}: {}",
                    first_difference(&expected.stderr, &rendered)
                ));
            }
        }
        snapshot(&format!("error__{}", stem(file)), &rendered);
    }
    assert!(
        mismatches.is_empty(),
        "SyntaxErrors differ from python3's:\n{}",
        mismatches.join("\n")
    );
}

/// Syntax python3 accepts but rattle's subset leaves out (async/await, `match`, `except*`):
/// a clean SyntaxError saying so, never a crash. No oracle: python3 runs these.
#[test]
fn unsupported_syntax_is_reported_cleanly() {
    let files = suite_files("syntax/unsupported");
    assert!(!files.is_empty(), "the suite has scripts");
    for file in &files {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text =
            syntax::decode_source(&read(file), &name).unwrap_or_else(|err| panic!("{name}: {err}"));
        let err = match syntax::parse_module(&text) {
            Ok(_) => panic!("{name} must be rejected"),
            Err(err) => err,
        };
        let rendered = err.render(&name, &text);
        assert!(rendered.contains("not supported"), "{name}: {rendered}");
        snapshot(&format!("unsupported__{}", stem(file)), &rendered);
    }
}
