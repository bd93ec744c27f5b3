//! `cargo run -p compiler --example dis FILE`: prints rattle's disassembly of FILE.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dis FILE");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let module = match syntax::parse_module(&source) {
        Ok(m) => m,
        Err(e) => {
            eprint!("{}", e.render(&path, &source));
            std::process::exit(1);
        }
    };
    match compiler::compile_module(&module, &source, &path) {
        Ok(code) => print!(
            "{}",
            bytecode::dis::disassemble(&code, &compiler::repr::constant_repr)
        ),
        Err(e) => {
            eprint!("{}", e.render(&path, &source));
            std::process::exit(1);
        }
    }
}
