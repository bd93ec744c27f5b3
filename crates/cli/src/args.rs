//! Command-line parsing with clap, shaped like python3's: everything after the program
//! (`-c CMD`, a file, or `-`) belongs to the program's `sys.argv`.

use std::ffi::OsString;

use clap::{Arg, ArgAction, Command};

/// Where the program text comes from, and the `sys.argv` it will see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Program {
    /// `-c CMD`: argv[0] is `-c`.
    Command { code: String, argv: Vec<String> },
    /// `FILE`: argv[0] is the path as given.
    File { path: OsString, argv: Vec<String> },
    /// `-`: the program is read from stdin; argv[0] is `-`.
    Stdin { argv: Vec<String> },
}

impl Program {
    /// The `sys.argv` the program sees.
    pub fn argv(&self) -> &[String] {
        match self {
            Program::Command { argv, .. }
            | Program::File { argv, .. }
            | Program::Stdin { argv } => argv,
        }
    }
}

/// What the user asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Run(Program),
    DumpAst(Program),
    Disassemble(Program),
    Repl,
}

fn command() -> Command {
    Command::new("rattle")
        .version(env!("CARGO_PKG_VERSION"))
        .about("A Python 3.11-subset interpreter whose memory management models CPython's")
        .override_usage("rattle [option] ... [-c cmd | file | -] [arg] ...")
        .arg(
            Arg::new("command")
                .short('c')
                .value_name("cmd")
                .help("program passed in as string (terminates option list)")
                .num_args(1)
                .allow_hyphen_values(true),
        )
        .arg(Arg::new("ast").long("ast").action(ArgAction::SetTrue).help(
            "print the program's AST (as python3's ast.dump with indent=2 and positions) and exit",
        ))
        .arg(
            Arg::new("dis")
                .long("dis")
                .action(ArgAction::SetTrue)
                .conflicts_with("ast")
                .help("print the program's bytecode (in python3's dis layout) and exit"),
        )
        .arg(
            Arg::new("args")
                .value_name("file | - ] [arg")
                .help("program read from script file (or - for stdin), then its arguments")
                .num_args(0..)
                .trailing_var_arg(true)
                .allow_hyphen_values(true)
                .value_parser(clap::value_parser!(OsString)),
        )
}

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Action, clap::Error> {
    let mut matches =
        command().try_get_matches_from(std::iter::once(OsString::from("rattle")).chain(args))?;
    let rest: Vec<OsString> = matches
        .remove_many::<OsString>("args")
        .map(Iterator::collect)
        .unwrap_or_default();
    let lossy = |items: &[OsString]| {
        items
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
    };
    let program = if let Some(code) = matches.remove_one::<String>("command") {
        let mut argv = vec!["-c".to_owned()];
        argv.extend(lossy(&rest));
        Some(Program::Command { code, argv })
    } else if let Some((first, others)) = rest.split_first() {
        if first == "-" {
            let mut argv = vec!["-".to_owned()];
            argv.extend(lossy(others));
            Some(Program::Stdin { argv })
        } else {
            Some(Program::File {
                path: first.clone(),
                argv: lossy(&rest),
            })
        }
    } else {
        None
    };
    let stdin = || Program::Stdin {
        argv: vec!["-".to_owned()],
    };
    Ok(if matches.get_flag("ast") {
        Action::DumpAst(program.unwrap_or_else(stdin))
    } else if matches.get_flag("dis") {
        Action::Disassemble(program.unwrap_or_else(stdin))
    } else {
        match program {
            Some(program) => Action::Run(program),
            None => Action::Repl,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Action {
        parse(args.iter().map(OsString::from)).expect("valid arguments")
    }

    #[test]
    fn script_arguments_belong_to_the_script() {
        let action = parse_strs(&["x.py", "-c", "--ast", "y"]);
        let argv = vec!["x.py", "-c", "--ast", "y"]
            .into_iter()
            .map(String::from)
            .collect();
        assert_eq!(
            action,
            Action::Run(Program::File {
                path: "x.py".into(),
                argv
            })
        );
    }

    #[test]
    fn command_takes_the_rest_as_argv() {
        let action = parse_strs(&["-c", "print(1)", "-x", "a"]);
        let argv = vec!["-c", "-x", "a"]
            .into_iter()
            .map(String::from)
            .collect();
        assert_eq!(
            action,
            Action::Run(Program::Command {
                code: "print(1)".into(),
                argv
            })
        );
    }

    #[test]
    fn dash_reads_stdin() {
        assert_eq!(
            parse_strs(&["-", "a"]),
            Action::Run(Program::Stdin {
                argv: vec!["-".into(), "a".into()]
            })
        );
    }

    #[test]
    fn ast_flag_before_file() {
        let action = parse_strs(&["--ast", "f.py"]);
        assert_eq!(
            action,
            Action::DumpAst(Program::File {
                path: "f.py".into(),
                argv: vec!["f.py".into()]
            })
        );
    }

    #[test]
    fn dis_flag_before_file() {
        let action = parse_strs(&["--dis", "f.py"]);
        assert_eq!(
            action,
            Action::Disassemble(Program::File {
                path: "f.py".into(),
                argv: vec!["f.py".into()]
            })
        );
        assert!(parse(["--dis", "--ast", "f.py"].map(OsString::from)).is_err());
    }

    #[test]
    fn no_arguments_is_the_repl() {
        assert_eq!(parse_strs(&[]), Action::Repl);
    }

    #[test]
    fn missing_command_is_a_usage_error() {
        let err = parse([OsString::from("-c")]).expect_err("-c needs a value");
        assert!(err.use_stderr());
    }
}
