//! Parses files with rattle's parser; the driver behind `scripts/parse-stdlib`.
//!
//! `parse_files dump FILE`: print the AST dump (as `ast.dump(..., indent=2,
//! include_attributes=True)`) or the rendered SyntaxError (stderr, exit 1).
//! `parse_files batch [--dump-dir DIR]`: read paths from stdin, one a line; parse each
//! (timing only the parse, not the reading), print `ok PATH`, `reject PATH: MESSAGE` or
//! `crash PATH`, and finally `total_parse_seconds S`. With `--dump-dir`, write each
//! accepted file's dump to DIR/<index>.txt (index = line number in the input, from 0).
use std::io::{BufRead, Write};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("dump") if args.len() == 3 => dump(&args[2]),
        Some("batch") => batch(
            args.get(2).map(String::as_str) == Some("--dump-dir"),
            args.get(3),
        ),
        _ => {
            eprintln!("usage: parse_files dump FILE | parse_files batch [--dump-dir DIR] < paths");
            std::process::exit(2);
        }
    }
}

/// The file decoded as python3 decodes source (BOM, coding cookie); undecodable files
/// fall back to lossy UTF-8 so the parser still sees them.
fn read(path: &str) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    Some(
        syntax::decode_source(&bytes, path)
            .unwrap_or_else(|_| String::from_utf8_lossy(&bytes).into_owned()),
    )
}

fn dump(path: &str) {
    let Some(source) = read(path) else {
        eprintln!("cannot read {}", path);
        std::process::exit(2);
    };
    match syntax::parse_module(&source) {
        Ok(m) => print!("{}", syntax::dump_module(&m, &source)),
        Err(e) => {
            eprint!("{}", e.render(path, &source));
            std::process::exit(1);
        }
    }
}

fn batch(dump_dir: bool, dir: Option<&String>) {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut total = Duration::ZERO;
    for (i, line) in stdin.lock().lines().enumerate() {
        let Ok(path) = line else { break };
        let Some(source) = read(&path) else {
            let _ = writeln!(out, "unreadable {}", path);
            continue;
        };
        let start = Instant::now();
        let result = std::panic::catch_unwind(|| syntax::parse_module(&source));
        total += start.elapsed();
        let _ = match result {
            Ok(Ok(m)) => {
                if let (true, Some(dir)) = (dump_dir, dir) {
                    let text = syntax::dump_module(&m, &source);
                    let _ = std::fs::write(format!("{}/{}.txt", dir, i), text);
                }
                writeln!(out, "ok {}", path)
            }
            Ok(Err(e)) => {
                let (line, _) = line_col(&source, e.start);
                writeln!(out, "reject {}:{}: {}", path, line, e)
            }
            Err(_) => writeln!(out, "crash {}", path),
        };
    }
    let _ = writeln!(out, "total_parse_seconds {:.6}", total.as_secs_f64());
}

fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let line = source.as_bytes()[..offset]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1;
    (line, 0)
}
