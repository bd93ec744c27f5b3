//! `repr()` of constants as python3 prints them, for the disassembler and for tests.

use bytecode::Constant;
use syntax::pyrepr::{bytes_repr, float_repr, imaginary_repr, str_repr};

pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".to_owned(),
        Constant::Bool(true) => "True".to_owned(),
        Constant::Bool(false) => "False".to_owned(),
        Constant::Ellipsis => "Ellipsis".to_owned(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { re, im } => {
            if *re == 0.0 && re.is_sign_positive() {
                imaginary_repr(*im)
            } else {
                let real = imaginary_repr(*re);
                let real = real.trim_end_matches('j');
                let imag = imaginary_repr(*im);
                let sign = if imag.starts_with('-') { "" } else { "+" };
                format!("({real}{sign}{imag})")
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            if items.is_empty() {
                return "frozenset()".to_owned();
            }
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(code) => bytecode::dis::code_repr(code),
    }
}
