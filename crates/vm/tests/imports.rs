//! Imports of source modules and packages through the eval loop: a temporary folder of
//! modules, a main script run with the real `builtins` and `sys` modules, and its output
//! compared with `python3 -B main.py` run in the same folder.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use vm::types::{dict, module};
use vm::{ObjRef, Runtime, StdioMode};

/// A fresh folder holding `files` (path, text).
fn folder(tag: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rattle-imports-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

/// Runs `dir/main.py` as `__main__`, returning (stdout, stderr) and asserting a clean
/// teardown (module dicts cleared and cycles broken first, as the embedding API does).
fn run_main(dir: &Path) -> (String, String) {
    let main = dir.join("main.py");
    let main_s = main.to_string_lossy().into_owned();
    let source = std::fs::read_to_string(&main).unwrap();
    let rt = Runtime::new().unwrap();
    rt.set_stdio_mode(StdioMode::Capture);
    let sys = vm::new_sys_module(&rt, std::slice::from_ref(&main_s)).unwrap();
    let builtins = vm::new_builtins_module(&rt).unwrap();
    let m = rt.new_module("__main__").unwrap();
    let globals = module::payload(&m).unwrap().dict().unwrap();
    dict::dict_setitem(
        &rt,
        &globals,
        rt.intern("__builtins__").unwrap(),
        builtins.clone(),
    )
    .unwrap();
    dict::dict_setitem(
        &rt,
        &globals,
        rt.intern("__file__").unwrap(),
        rt.new_str(&main_s).unwrap(),
    )
    .unwrap();
    vm::import::register_module(&rt, "__main__", &m).unwrap();
    let code = syntax::parse_module(&source)
        .and_then(|ast| compiler::compile_module(&ast, &source, &main_s))
        .unwrap();
    match vm::eval::run_module_code(&rt, code, &globals) {
        Ok(v) => drop(v),
        Err(e) => {
            let text = vm::traceback::format_exception(&rt, e.object());
            rt.write_stderr(&text).unwrap();
        }
    }
    let out = rt.take_captured();
    // Shut down as the embedding API does: clear every module's dict, then break cycles.
    let mods: Vec<ObjRef> = rt
        .sys_modules()
        .and_then(|r| dict::payload(&r).map(|d| d.items().into_iter().map(|(_, v)| v).collect()))
        .unwrap_or_default();
    for md in &mods {
        if let Some(d) = module::payload(md).and_then(|p| p.dict()) {
            d.type_object().clear(&d);
        }
    }
    drop((mods, globals, m, builtins, sys));
    for g in 0..vm::NUM_GENERATIONS {
        let objs = rt.gc_generation_objects(g);
        for o in &objs {
            o.type_object().clear(o);
        }
    }
    common::assert_clean_teardown(rt);
    out
}

/// python3's (stdout, stderr) for `dir/main.py`, when python3 is CPython 3.11.
fn python3_main(dir: &Path) -> Option<(String, String)> {
    common::pyvalue::python3("pass")?;
    let out = Command::new("python3")
        .arg("-B")
        .arg(dir.join("main.py"))
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .output()
        .ok()?;
    Some((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

#[test]
fn modules_packages_and_import_errors() {
    let dir = folder(
        "basic",
        &[
            (
                "main.py",
                "import sys\n\
                 import mod_a\n\
                 print(mod_a.x, mod_a.__name__, mod_a.__file__ == sys.path[0] + '/mod_a.py')\n\
                 import mod_a as again\n\
                 print(again is mod_a, mod_a.__package__ == '', mod_a.__cached__)\n\
                 from mod_a import x, f as g\n\
                 print(x, g(2))\n\
                 import pkg.sub\n\
                 print(pkg.sub.y, pkg.__name__, pkg.sub.__package__, pkg.__package__)\n\
                 print(pkg.__path__ == [sys.path[0] + '/pkg'])\n\
                 from pkg import sub, other\n\
                 print(sub.y, other.z, sys.modules['pkg.other'] is other)\n\
                 import pkg.deep.leaf as leaf\n\
                 print(leaf.name, pkg.deep.leaf is leaf)\n\
                 def show(code):\n\
                 \x20   try:\n\
                 \x20       exec_import(code)\n\
                 \x20   except BaseException as e:\n\
                 \x20       print(type(e).__name__ + ':', e)\n\
                 def exec_import(code):\n\
                 \x20   if code == 1:\n\
                 \x20       import nope\n\
                 \x20   elif code == 2:\n\
                 \x20       from mod_a import nothing\n\
                 \x20   elif code == 3:\n\
                 \x20       import mod_a.nothing\n\
                 \x20   elif code == 4:\n\
                 \x20       import fails\n\
                 \x20   elif code == 5:\n\
                 \x20       import circ_a\n\
                 \x20   elif code == 6:\n\
                 \x20       from pkg import missing\n\
                 \x20   elif code == 7:\n\
                 \x20       import pkg.nope\n\
                 for i in range(1, 8):\n\
                 \x20   show(i)\n\
                 print('fails' in sys.modules, 'circ_a' in sys.modules, 'circ_b' in sys.modules)\n\
                 import mod_a\n\
                 print(mod_a.loads)\n",
            ),
            (
                "mod_a.py",
                "print('loading mod_a', __name__)\nx = 42\nloads = 1\ndef f(v):\n    return v * x\n",
            ),
            ("pkg/__init__.py", "print('init pkg', __name__)\n"),
            ("pkg/sub.py", "y = 'sub-y'\n"),
            ("pkg/other.py", "z = 'other-z'\n"),
            ("pkg/deep/__init__.py", ""),
            ("pkg/deep/leaf.py", "name = __name__\n"),
            ("fails.py", "print('running fails')\n1 / 0\n"),
            ("circ_a.py", "import circ_b\ndefined_late = 1\n"),
            ("circ_b.py", "from circ_a import defined_late\n"),
        ],
    );
    let ours = run_main(&dir);
    if let Some(want) = python3_main(&dir) {
        assert_eq!(ours.1, want.1);
        assert_eq!(ours.0, want.0);
    }
    assert!(ours.0.contains("loading mod_a mod_a"), "{}", ours.0);
    let _ = std::fs::remove_dir_all(&dir);
}
