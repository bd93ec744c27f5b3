//! Constant folding, as CPython 3.11's `Python/ast_opt.c` does it: unary and binary
//! operators on constants, subscripts of constants, tuples of constants, and `in` tests and
//! `for` loops over list/set displays of constants (which become tuple/frozenset constants).
//!
//! The AST is not rewritten (the symbol table finds blocks by node address); instead the
//! code generator asks [`fold`] whether an expression would have become a constant. An
//! operation that would raise (`1/0`, `-"a"`) is left alone, and so is one whose result would
//! be too big to keep in the code object, with CPython's limits: ints of more than 128 bits
//! from `*`, `**` and `<<`, collections of more than 256 items, strings of more than 4096
//! characters and nested collections of more than 1024 items in total. Where computing a
//! result exactly as CPython would needs machinery we do not have here (complex division and
//! powers, int/float conversions beyond 2**53), we simply do not fold: the VM computes it.

use std::rc::Rc;

use bytecode::Constant;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use syntax::ast::{self, Expr, ExprKind, Operator, UnaryOp};

use crate::consts::int_constant;

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// A folded value while folding (ints as big ints, strings as Rust strings).
#[derive(Clone, Debug)]
enum V {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<V>),
    FrozenSet(Vec<V>),
}

/// The constant `e` folds to, if CPython's AST optimizer would make it one.
pub fn fold(e: &Expr) -> Option<Constant> {
    value(e).map(|v| to_constant(&v))
}

/// A literal's value (ints parsed from their digits).
pub fn literal(c: &ast::Constant) -> Constant {
    to_constant(&literal_value(c))
}

/// The constant an iterable display folds to in `for x in [...]` and `x in [...]`:
/// a list of constants becomes a tuple, a set of constants a frozenset.
pub fn fold_iter(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::List { elts, .. } => const_items(elts).map(|items| to_constant(&V::Tuple(items))),
        ExprKind::Set { elts } => {
            const_items(elts).map(|items| to_constant(&V::FrozenSet(dedup(items))))
        }
        _ => None,
    }
}

fn const_items(elts: &[Expr]) -> Option<Vec<V>> {
    elts.iter().map(value).collect()
}

fn literal_value(c: &ast::Constant) -> V {
    match c {
        ast::Constant::None => V::None,
        ast::Constant::Bool(b) => V::Bool(*b),
        ast::Constant::Int { radix, digits } => {
            V::Int(BigInt::parse_bytes(digits.as_bytes(), *radix).unwrap_or_else(BigInt::zero))
        }
        ast::Constant::Float(f) => V::Float(*f),
        ast::Constant::Complex(im) => V::Complex(0.0, *im),
        ast::Constant::Str(s) => V::Str(s.clone()),
        ast::Constant::Bytes(b) => V::Bytes(b.clone()),
        ast::Constant::Ellipsis => V::Ellipsis,
    }
}

fn to_constant(v: &V) -> Constant {
    match v {
        V::None => Constant::None,
        V::Bool(b) => Constant::Bool(*b),
        V::Ellipsis => Constant::Ellipsis,
        V::Int(i) => int_constant(i.clone()),
        V::Float(f) => Constant::Float(*f),
        V::Complex(re, im) => Constant::Complex { re: *re, im: *im },
        V::Str(s) => Constant::Str(Rc::from(s.as_str())),
        V::Bytes(b) => Constant::Bytes(Rc::from(b.as_slice())),
        V::Tuple(items) => Constant::Tuple(items.iter().map(to_constant).collect()),
        V::FrozenSet(items) => Constant::FrozenSet(items.iter().map(to_constant).collect()),
    }
}

fn value(e: &Expr) -> Option<V> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(literal_value(value)),
        ExprKind::UnaryOp { op, operand } => unary(*op, &value(operand)?),
        ExprKind::BinOp { left, op, right } => {
            let l = value(left)?;
            let r = value(right)?;
            binary(*op, l, r)
        }
        ExprKind::Tuple {
            elts,
            ctx: ast::ExprContext::Load,
        } => const_items(elts).map(V::Tuple),
        ExprKind::Subscript {
            value: container,
            slice,
            ctx: ast::ExprContext::Load,
        } => subscript(&value(container)?, &value(slice)?),
        _ => None,
    }
}

/// Python truthiness of a constant.
fn truthy(v: &V) -> bool {
    match v {
        V::None => false,
        V::Bool(b) => *b,
        V::Ellipsis => true,
        V::Int(i) => !i.is_zero(),
        V::Float(f) => *f != 0.0,
        V::Complex(re, im) => *re != 0.0 || *im != 0.0,
        V::Str(s) => !s.is_empty(),
        V::Bytes(b) => !b.is_empty(),
        V::Tuple(items) | V::FrozenSet(items) => !items.is_empty(),
    }
}

/// Bools take part in arithmetic as the ints 0 and 1.
fn as_int(v: &V) -> Option<BigInt> {
    match v {
        V::Int(i) => Some(i.clone()),
        V::Bool(b) => Some(BigInt::from(*b as u8)),
        _ => None,
    }
}

/// An int converted to float, when the conversion is exact (else we do not fold).
fn exact_float(i: &BigInt) -> Option<f64> {
    let f = i.to_f64()?;
    (f.abs() <= 9_007_199_254_740_992.0).then_some(f)
}

fn as_float(v: &V) -> Option<f64> {
    match v {
        V::Float(f) => Some(*f),
        _ => exact_float(&as_int(v)?),
    }
}

fn unary(op: UnaryOp, v: &V) -> Option<V> {
    match op {
        UnaryOp::Not => Some(V::Bool(!truthy(v))),
        UnaryOp::USub => match v {
            V::Float(f) => Some(V::Float(-f)),
            V::Complex(re, im) => Some(V::Complex(-re, -im)),
            _ => Some(V::Int(-as_int(v)?)),
        },
        UnaryOp::UAdd => match v {
            V::Float(_) | V::Complex(..) => Some(v.clone()),
            _ => Some(V::Int(as_int(v)?)),
        },
        UnaryOp::Invert => Some(V::Int(!as_int(v)?)),
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn binary(op: Operator, l: V, r: V) -> Option<V> {
    // bool's own `&`, `|`, `^` (bool_and/bool_or/bool_xor): two bools give a bool.
    if let (V::Bool(a), V::Bool(b)) = (&l, &r) {
        match op {
            Operator::BitAnd => return Some(V::Bool(a & b)),
            Operator::BitOr => return Some(V::Bool(a | b)),
            Operator::BitXor => return Some(V::Bool(a ^ b)),
            _ => {}
        }
    }
    // Integer (and bool) arithmetic.
    if let (Some(a), Some(b)) = (as_int(&l), as_int(&r)) {
        return int_binary(op, &a, &b);
    }
    match op {
        Operator::Add => match (l, r) {
            (V::Str(a), V::Str(b)) => Some(V::Str(a + &b)),
            (V::Bytes(mut a), V::Bytes(b)) => {
                a.extend(b);
                Some(V::Bytes(a))
            }
            (V::Tuple(mut a), V::Tuple(b)) => {
                a.extend(b);
                Some(V::Tuple(a))
            }
            (l, r) => numeric(op, &l, &r),
        },
        Operator::Mult => {
            let is_seq = |v: &V| matches!(v, V::Tuple(_) | V::Str(_) | V::Bytes(_));
            match (as_int(&l), as_int(&r)) {
                (Some(n), None) if is_seq(&r) => repeat(&n, r),
                (None, Some(n)) if is_seq(&l) => repeat(&n, l),
                _ => numeric(op, &l, &r),
            }
        }
        // `"%s" % x` is string formatting: never folded.
        Operator::Mod if matches!(l, V::Str(_) | V::Bytes(_)) => None,
        _ => numeric(op, &l, &r),
    }
}

/// `seq * n` with CPython's `safe_multiply` limits.
fn repeat(n: &BigInt, seq: V) -> Option<V> {
    let size = match &seq {
        V::Tuple(items) | V::FrozenSet(items) => items.len(),
        V::Str(s) => s.chars().count(),
        V::Bytes(b) => b.len(),
        _ => return None,
    };
    let n = n.to_i64()?;
    if size > 0 {
        if n < 0 {
            return None;
        }
        let n = n as usize;
        match &seq {
            V::Tuple(_) | V::FrozenSet(_) => {
                if n > MAX_COLLECTION_SIZE / size {
                    return None;
                }
                if n > 0 && !within_complexity(&seq, MAX_TOTAL_ITEMS / n) {
                    return None;
                }
            }
            _ => {
                if n > MAX_STR_SIZE / size {
                    return None;
                }
            }
        }
    }
    let n = n.max(0) as usize;
    match seq {
        V::Tuple(items) => Some(V::Tuple(
            items
                .iter()
                .cloned()
                .cycle()
                .take(items.len() * n)
                .collect(),
        )),
        V::Str(s) => Some(V::Str(s.repeat(n))),
        V::Bytes(b) => Some(V::Bytes(b.repeat(n))),
        // A frozenset cannot be repeated: TypeError at run time.
        _ => None,
    }
}

/// CPython's `check_complexity`: at most `limit` items counting nested tuples' contents.
fn within_complexity(v: &V, limit: usize) -> bool {
    fn count(v: &V, limit: &mut isize) {
        if let V::Tuple(items) | V::FrozenSet(items) = v {
            *limit -= items.len() as isize;
            for item in items {
                if *limit < 0 {
                    return;
                }
                count(item, limit);
            }
        }
    }
    let mut limit = limit as isize;
    count(v, &mut limit);
    limit >= 0
}

fn int_binary(op: Operator, a: &BigInt, b: &BigInt) -> Option<V> {
    let int = |i: BigInt| Some(V::Int(i));
    match op {
        Operator::Add => int(a + b),
        Operator::Sub => int(a - b),
        Operator::Mult => {
            if !a.is_zero() && !b.is_zero() && bits(a) + bits(b) > MAX_INT_SIZE {
                return None;
            }
            int(a * b)
        }
        Operator::FloorDiv => (!b.is_zero()).then(|| V::Int(a.div_floor(b))),
        Operator::Mod => (!b.is_zero()).then(|| V::Int(a.mod_floor(b))),
        Operator::Div => {
            if b.is_zero() {
                return None;
            }
            Some(V::Float(exact_float(a)? / exact_float(b)?))
        }
        Operator::Pow => {
            if b.is_negative() {
                if a.is_zero() {
                    return None;
                }
                return float_pow(exact_float(a)?, exact_float(b)?).map(V::Float);
            }
            if !a.is_zero() && !b.is_zero() {
                let exponent = b.to_u64()?;
                if bits(a) > MAX_INT_SIZE / exponent {
                    return None;
                }
            }
            let exponent = b.to_u32()?;
            int(num_traits::pow::pow(a.clone(), exponent as usize))
        }
        Operator::LShift => {
            if b.is_negative() {
                return None;
            }
            let shift = b.to_u64()?;
            if bits(a) > MAX_INT_SIZE || shift > MAX_INT_SIZE || bits(a) + shift > MAX_INT_SIZE {
                return None;
            }
            int(a << shift as usize)
        }
        Operator::RShift => {
            if b.is_negative() {
                return None;
            }
            match b.to_u64() {
                Some(shift) if shift < 1 << 20 => int(a >> shift as usize),
                _ => int(if a.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }),
            }
        }
        Operator::BitOr => int(a | b),
        Operator::BitXor => int(a ^ b),
        Operator::BitAnd => int(a & b),
        Operator::MatMult => None,
    }
}

/// Float (and simple complex) arithmetic with Python's semantics.
fn numeric(op: Operator, l: &V, r: &V) -> Option<V> {
    if matches!(l, V::Complex(..)) || matches!(r, V::Complex(..)) {
        let (a, b) = (as_complex(l)?, as_complex(r)?);
        return match op {
            Operator::Add => Some(V::Complex(a.0 + b.0, a.1 + b.1)),
            Operator::Sub => Some(V::Complex(a.0 - b.0, a.1 - b.1)),
            Operator::Mult => Some(V::Complex(a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)),
            _ => None,
        };
    }
    let (a, b) = (as_float(l)?, as_float(r)?);
    match op {
        Operator::Add => Some(V::Float(a + b)),
        Operator::Sub => Some(V::Float(a - b)),
        Operator::Mult => Some(V::Float(a * b)),
        Operator::Div => (b != 0.0).then(|| V::Float(a / b)),
        Operator::Mod => float_divmod(a, b).map(|(_, m)| V::Float(m)),
        Operator::FloorDiv => float_divmod(a, b).map(|(d, _)| V::Float(d)),
        Operator::Pow => float_pow(a, b).map(V::Float),
        _ => None,
    }
}

fn as_complex(v: &V) -> Option<(f64, f64)> {
    match v {
        V::Complex(re, im) => Some((*re, *im)),
        _ => Some((as_float(v)?, 0.0)),
    }
}

/// CPython's `float_divmod`.
fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0_f64.copysign(vx / wx)
    };
    Some((floordiv, m))
}

/// Float powers we can compute exactly as CPython's `float_pow`; the special cases
/// (negative base with a fractional exponent gives a complex, overflow raises, 0 to a
/// negative power raises) are left to the VM.
fn float_pow(a: f64, b: f64) -> Option<f64> {
    if !a.is_finite() || !b.is_finite() {
        return None;
    }
    if a == 0.0 && b < 0.0 {
        return None;
    }
    if a < 0.0 && b.fract() != 0.0 {
        return None;
    }
    let r = a.powf(b);
    r.is_finite().then_some(r)
}

fn subscript(container: &V, index: &V) -> Option<V> {
    let i = as_int(index)?;
    let pick = |len: usize| -> Option<usize> {
        let len = len as i64;
        let mut i = i.to_i64()?;
        if i < 0 {
            i += len;
        }
        (0..len).contains(&i).then_some(i as usize)
    };
    match container {
        V::Str(s) => {
            let n = pick(s.chars().count())?;
            s.chars().nth(n).map(|c| V::Str(c.to_string()))
        }
        V::Bytes(b) => Some(V::Int(BigInt::from(b[pick(b.len())?]))),
        V::Tuple(items) => Some(items[pick(items.len())?].clone()),
        _ => None,
    }
}

/// A frozenset's items: later items equal (as Python compares) to an earlier one dropped.
fn dedup(items: Vec<V>) -> Vec<V> {
    let mut out: Vec<V> = Vec::new();
    for item in items {
        if !out.iter().any(|o| py_eq(o, &item)) {
            out.push(item);
        }
    }
    out
}

fn py_eq(a: &V, b: &V) -> bool {
    match (a, b) {
        (V::None, V::None) | (V::Ellipsis, V::Ellipsis) => true,
        (V::Str(x), V::Str(y)) => x == y,
        (V::Bytes(x), V::Bytes(y)) => x == y,
        (V::Tuple(x), V::Tuple(y)) | (V::FrozenSet(x), V::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q))
        }
        _ => {
            if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
                return x == y;
            }
            match (as_complex_any(a), as_complex_any(b)) {
                (Some(x), Some(y)) => x == y,
                _ => false,
            }
        }
    }
}

fn as_complex_any(v: &V) -> Option<(f64, f64)> {
    match v {
        V::Complex(re, im) => Some((*re, *im)),
        V::Float(f) => Some((*f, 0.0)),
        V::Int(_) | V::Bool(_) => Some((as_int(v)?.to_f64()?, 0.0)),
        _ => None,
    }
}

fn from_constant(c: &Constant) -> Option<V> {
    Some(match c {
        Constant::None => V::None,
        Constant::Bool(b) => V::Bool(*b),
        Constant::Ellipsis => V::Ellipsis,
        Constant::Int(i) => V::Int(BigInt::from(*i)),
        Constant::BigInt(i) => V::Int(i.clone()),
        Constant::Float(f) => V::Float(*f),
        Constant::Complex { re, im } => V::Complex(*re, *im),
        Constant::Str(s) => V::Str(s.to_string()),
        Constant::Bytes(b) => V::Bytes(b.to_vec()),
        Constant::Tuple(items) => V::Tuple(items.iter().map(from_constant).collect::<Option<_>>()?),
        Constant::FrozenSet(items) => {
            V::FrozenSet(items.iter().map(from_constant).collect::<Option<_>>()?)
        }
        Constant::Code(_) => return None,
    })
}

/// A frozenset constant of `items`, later items equal to earlier ones dropped.
pub fn frozenset(items: Vec<Constant>) -> Constant {
    match items.iter().map(from_constant).collect::<Option<Vec<V>>>() {
        Some(values) => to_constant(&V::FrozenSet(dedup(values))),
        None => Constant::FrozenSet(items.into()),
    }
}
