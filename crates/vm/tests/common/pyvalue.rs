//! Test helpers: build objects from Python literal text (ints of any size, floats including
//! `inf`/`nan`, strs, tuples, lists, None, True, False) and render a result the way the
//! oracle scripts print it (`repr` or `TypeName: message`), and run python3 as the oracle.

#![allow(dead_code)]

use std::process::Command;

use vm::ops;
use vm::{ObjRef, PyResult, Runtime};

/// Parses one literal; panics on malformed test data.
pub fn parse(rt: &Runtime, text: &str) -> ObjRef {
    let mut p = Parser {
        s: text.as_bytes(),
        i: 0,
    };
    let v = p.value(rt);
    assert_eq!(p.i, p.s.len(), "trailing text in {text:?}");
    v
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i] == b' ' {
            self.i += 1;
        }
    }

    fn value(&mut self, rt: &Runtime) -> ObjRef {
        self.ws();
        let Some(&c) = self.s.get(self.i) else {
            panic!("bad literal {:?}", String::from_utf8_lossy(self.s))
        };
        let v = match c {
            b'(' | b'[' => {
                let close = if c == b'(' { b')' } else { b']' };
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.s[self.i] == close {
                        self.i += 1;
                        break;
                    }
                    items.push(self.value(rt));
                    self.ws();
                    if self.s[self.i] == b',' {
                        self.i += 1;
                    }
                }
                if c == b'(' {
                    rt.new_tuple(items).unwrap()
                } else {
                    rt.new_list(items).unwrap()
                }
            }
            b'\'' | b'"' => {
                let start = self.i + 1;
                let mut j = start;
                while self.s[j] != c {
                    j += 1;
                }
                self.i = j + 1;
                let text = std::str::from_utf8(&self.s[start..j]).unwrap();
                rt.new_str(text).unwrap()
            }
            _ => {
                let start = self.i;
                while self.i < self.s.len() && !b",)] ".contains(&self.s[self.i]) {
                    self.i += 1;
                }
                let tok = std::str::from_utf8(&self.s[start..self.i]).unwrap();
                match tok {
                    "None" => rt.none().clone(),
                    "True" => rt.bool_obj(true).clone(),
                    "False" => rt.bool_obj(false).clone(),
                    "inf" => rt.new_float(f64::INFINITY).unwrap(),
                    "-inf" => rt.new_float(f64::NEG_INFINITY).unwrap(),
                    "nan" => rt.new_float(f64::NAN).unwrap(),
                    t if t.contains(['.', 'e']) => rt.new_float(t.parse().unwrap()).unwrap(),
                    t => rt
                        .new_int_big(t.parse::<num_bigint::BigInt>().unwrap())
                        .unwrap(),
                }
            }
        };
        v
    }
}

/// `repr(result)` or `TypeName: message`, as the oracle scripts print.
pub fn show(rt: &Runtime, r: PyResult<ObjRef>) -> String {
    match r {
        Ok(v) => ops::repr_string(rt, &v).unwrap_or_else(|e| show_err(rt, e)),
        Err(e) => show_err(rt, e),
    }
}

pub fn show_err(rt: &Runtime, e: vm::PyErr) -> String {
    let name = e.object().type_object().name().to_string();
    let msg = ops::str_string(rt, e.object()).unwrap_or_default();
    format!("{name}: {msg}")
}

/// Runs `script` under python3 with PYTHONHASHSEED=0 and returns its stdout lines, or `None`
/// (the test then only checks what it can) when python3 is missing or not CPython 3.11.
pub fn python3(script: &str) -> Option<Vec<String>> {
    let version = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .ok()?;
    if String::from_utf8_lossy(&version.stdout).trim() != "True" {
        eprintln!("python3 is not CPython 3.11: oracle comparison skipped");
        return None;
    }
    let out = Command::new("python3")
        .env("PYTHONHASHSEED", "0")
        .args(["-c", script])
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "oracle script failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8(out.stdout)
            .ok()?
            .lines()
            .map(str::to_string)
            .collect(),
    )
}
