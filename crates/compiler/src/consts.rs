//! The constant pool of one code object (`co_consts`): equal constants are stored once.
//!
//! Equality here is CPython's `_PyCode_ConstantKey`: type-aware, so `1`, `1.0`, `True` and
//! `(1,)`/`(1.0,)` stay distinct, and floats compare by bits so `0.0` and `-0.0` do too.
//! Ints that fit in an `i64` are `Constant::Int`, bigger ones `Constant::BigInt`.

use std::collections::HashMap;
use std::rc::Rc;

use bytecode::Constant;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// A hashable identity for a constant.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<Key>),
    FrozenSet(Vec<Key>),
    /// Code objects are never shared: each has its own slot.
    Code(usize),
}

fn key(constant: &Constant, code_serial: usize) -> Key {
    match constant {
        Constant::None => Key::None,
        Constant::Bool(b) => Key::Bool(*b),
        Constant::Ellipsis => Key::Ellipsis,
        Constant::Int(i) => Key::Int(BigInt::from(*i)),
        Constant::BigInt(i) => Key::Int(i.clone()),
        Constant::Float(f) => Key::Float(f.to_bits()),
        Constant::Complex { re, im } => Key::Complex(re.to_bits(), im.to_bits()),
        Constant::Str(s) => Key::Str(s.clone()),
        Constant::Bytes(b) => Key::Bytes(b.clone()),
        Constant::Tuple(items) => Key::Tuple(items.iter().map(|c| key(c, code_serial)).collect()),
        Constant::FrozenSet(items) => {
            Key::FrozenSet(items.iter().map(|c| key(c, code_serial)).collect())
        }
        Constant::Code(_) => Key::Code(code_serial),
    }
}

/// An int constant in its canonical form.
pub fn int_constant(value: BigInt) -> Constant {
    match value.to_i64() {
        Some(i) => Constant::Int(i),
        None => Constant::BigInt(value),
    }
}

/// The constants of one code object under construction.
#[derive(Default)]
pub struct ConstantPool {
    constants: Vec<Constant>,
    index: HashMap<Key, u32>,
}

impl ConstantPool {
    /// The index of `constant`, adding it if no equal constant is there yet.
    pub fn add(&mut self, constant: Constant) -> u32 {
        let k = key(&constant, self.constants.len());
        if let Some(&i) = self.index.get(&k) {
            return i;
        }
        let i = self.constants.len() as u32;
        self.constants.push(constant);
        self.index.insert(k, i);
        i
    }

    /// Whether constant 0 exists yet (CPython puts a function's docstring-or-None first).
    pub fn is_empty(&self) -> bool {
        self.constants.is_empty()
    }

    pub fn get(&self, index: u32) -> Option<&Constant> {
        self.constants.get(index as usize)
    }

    pub fn into_vec(self) -> Vec<Constant> {
        self.constants
    }
}
