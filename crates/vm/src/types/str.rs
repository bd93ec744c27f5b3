//! `str`: one block holding the header, the string's sizes, its cached hash and state, and
//! its UTF-8 bytes inline plus a NUL, so an ASCII string of length L asks for 48 + L + 1
//! bytes, exactly CPython 3.11's compact ASCII object. (Non-ASCII strings differ: CPython
//! stores 1, 2 or 4 bytes per code point after a 72-byte header; we store UTF-8, so indexing
//! a non-ASCII string walks it, while ASCII strings index in O(1).)
//!
//! Behaviour: CPython's repr (from `pyfmt`), the SipHash-1-3 hash of `siphash.rs` (cached),
//! code-point order comparison, `+` and `*` with CPython's errors (MemoryError rather than an
//! abort for absurd sizes), `in` as substring search, indexing and slicing by code point,
//! iteration. The empty string and the one-character Latin-1 strings are shared, as CPython's
//! `unicode_empty` and `unicode_latin1[]` are, so `'abc'[0] is 'a'`.

use std::cell::Cell;

use bytecode::CompareOp;

use crate::errors::PyResult;
use crate::heap::AllocError;
use crate::object::{ObjRef, Payload, VarPayload};
use crate::ops;
use crate::protocol::ProtocolSlots;
use crate::runtime::{with_state, Runtime};
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::{int, iter, slice};

const STATE_INTERNED: u64 = 1;
const STATE_ASCII: u64 = 2;

/// Largest string we build, in bytes; beyond it MemoryError (CPython's allocation would
/// fail; a Rust allocation failure would abort).
pub const MAX_STR_BYTES: usize = 1 << 32;

/// The fixed part (32 bytes after the header).
pub struct StrPayload {
    /// Bytes of UTF-8, without the NUL.
    byte_len: usize,
    /// Code points (`len()` in Python).
    char_len: usize,
    /// Cached `hash()`, -1 until computed.
    hash: Cell<isize>,
    /// Interned / ASCII bits (CPython's `state` field).
    state: Cell<u64>,
}

impl Payload for StrPayload {}

impl VarPayload for StrPayload {
    type Item = u8;

    fn item_count(&self) -> usize {
        self.byte_len + 1
    }

    fn before_release(&mut self, items: &[u8]) {
        if self.state.get() & STATE_INTERNED != 0 {
            if let Ok(s) = std::str::from_utf8(&items[..self.byte_len]) {
                with_state(|st| st.interned.remove(s));
            }
        }
    }
}

impl StrPayload {
    /// Length in code points.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn byte_len(&self) -> usize {
        self.byte_len
    }

    pub fn is_ascii(&self) -> bool {
        self.state.get() & STATE_ASCII != 0
    }

    pub fn is_interned(&self) -> bool {
        self.state.get() & STATE_INTERNED != 0
    }

    pub(crate) fn set_interned(&self) {
        self.state.set(self.state.get() | STATE_INTERNED);
    }

    /// The cached hash, if computed.
    pub fn cached_hash(&self) -> Option<isize> {
        let h = self.hash.get();
        (h != -1).then_some(h)
    }

    pub fn set_cached_hash(&self, h: isize) {
        self.hash.set(h);
    }
}

impl Runtime {
    /// A new (not interned, not shared) str object.
    pub fn new_str(&self, s: &str) -> Result<ObjRef, AllocError> {
        let ascii = s.is_ascii();
        let char_len = if ascii { s.len() } else { s.chars().count() };
        self.new_str_from_parts(&[s], char_len, ascii)
    }

    /// A new str made of `parts` in order, whose code-point count and ASCII-ness the
    /// caller knows (concatenation and slicing do), so the text is neither scanned nor
    /// built in a Rust string first.
    pub(crate) fn new_str_from_parts(
        &self,
        parts: &[&str],
        char_len: usize,
        ascii: bool,
    ) -> Result<ObjRef, AllocError> {
        let byte_len = parts.iter().map(|p| p.len()).sum();
        self.alloc_str(byte_len, char_len, ascii, |bytes| {
            let mut at = 0;
            for p in parts {
                if let Some(dst) = bytes.get_mut(at..at + p.len()) {
                    dst.copy_from_slice(p.as_bytes());
                }
                at += p.len();
            }
        })
    }

    /// A new str of `byte_len` bytes written by `fill` (which must write valid UTF-8 of
    /// `char_len` code points, ASCII when `ascii`): the one place a str block is made.
    fn alloc_str(
        &self,
        byte_len: usize,
        char_len: usize,
        ascii: bool,
        fill: impl FnOnce(&mut [u8]),
    ) -> Result<ObjRef, AllocError> {
        let payload = StrPayload {
            byte_len,
            char_len,
            hash: Cell::new(-1),
            state: Cell::new(if ascii { STATE_ASCII } else { 0 }),
        };
        self.alloc_var_bytes(&self.types().str_, payload, fill)
    }

    /// `str(v)` of a word-sized int, its digits written straight into the new object
    /// (what `long_to_decimal_string` does; never shared, as CPython's result is not).
    pub(crate) fn new_str_from_i64(&self, v: i64) -> Result<ObjRef, AllocError> {
        // 20 digits for |i64::MIN| plus the sign.
        let mut buf = [0u8; 21];
        let mut at = buf.len();
        let mut u = v.unsigned_abs();
        loop {
            at -= 1;
            if let Some(d) = buf.get_mut(at) {
                *d = b'0' + (u % 10) as u8;
            }
            u /= 10;
            if u == 0 {
                break;
            }
        }
        if v < 0 {
            at -= 1;
            if let Some(d) = buf.get_mut(at) {
                *d = b'-';
            }
        }
        let digits = buf.get(at..).unwrap_or_default();
        self.alloc_str(digits.len(), digits.len(), true, |bytes| {
            if let Some(dst) = bytes.get_mut(..digits.len()) {
                dst.copy_from_slice(digits);
            }
        })
    }

    /// [`Runtime::str_result`] for text made of `parts`, with known length and ASCII-ness.
    pub(crate) fn str_result_from_parts(
        &self,
        parts: &[&str],
        char_len: usize,
        ascii: bool,
    ) -> Result<ObjRef, AllocError> {
        if char_len > 1 {
            return self.new_str_from_parts(parts, char_len, ascii);
        }
        let c = parts.iter().find_map(|p| p.chars().next());
        match c {
            None => self.latin1_char(None),
            Some(c) if (c as u32) < 256 => self.latin1_char(Some(c as u8)),
            Some(_) => self.new_str_from_parts(parts, char_len, ascii),
        }
    }

    /// A str result of an operation: the shared `''` or one-character Latin-1 string when
    /// `s` is one of those (as CPython's results are), else a new object.
    pub fn str_result(&self, s: &str) -> Result<ObjRef, AllocError> {
        let ascii = s.is_ascii();
        let char_len = if ascii { s.len() } else { s.chars().count() };
        self.str_result_from_parts(&[s], char_len, ascii)
    }

    /// The shared `''` (`None`) or one-character string `chr(c)`.
    fn latin1_char(&self, c: Option<u8>) -> Result<ObjRef, AllocError> {
        let idx = c.map_or(256, usize::from);
        let cache = &self.singletons().latin1;
        if let Some(Some(s)) = cache.borrow().get(idx) {
            return Ok(s.clone());
        }
        let text = c.map(|b| char::from(b).to_string()).unwrap_or_default();
        // Shared with the interning table, so `sys.intern('a') is 'abc'[0]` as in CPython.
        let s = self.intern_obj(self.new_str(&text)?);
        if let Some(slot) = cache.borrow_mut().get_mut(idx) {
            *slot = Some(s.clone());
        }
        Ok(s)
    }
}

/// The contents of a str object.
pub fn as_str(obj: &ObjRef) -> Option<&str> {
    let (p, bytes) = obj.downcast_var::<StrPayload>()?;
    let bytes = &bytes[..p.byte_len];
    // SAFETY: the bytes were copied from a &str at construction and are never modified.
    Some(unsafe { std::str::from_utf8_unchecked(bytes) })
}

/// A str's contents, whether it is ASCII, and its length in code points.
pub(crate) fn text(obj: &ObjRef) -> Option<(&str, bool, usize)> {
    let p = payload(obj)?;
    Some((as_str(obj)?, p.is_ascii(), p.char_len()))
}

fn payload(obj: &ObjRef) -> Option<&StrPayload> {
    obj.downcast_var::<StrPayload>().map(|(p, _)| p)
}

/// `hash(s)`, computed once and cached.
pub fn str_hash_value(obj: &ObjRef) -> i64 {
    let Some(p) = payload(obj) else { return 0 };
    if let Some(h) = p.cached_hash() {
        return h as i64;
    }
    let h = crate::siphash::hash_str(as_str(obj).unwrap_or(""));
    p.set_cached_hash(h as isize);
    h
}

fn str_hash(_: &Runtime, obj: &ObjRef) -> PyResult<i64> {
    Ok(str_hash_value(obj))
}

fn str_repr(_: &Runtime, obj: &ObjRef) -> PyResult<String> {
    Ok(pyfmt::str_repr(as_str(obj).unwrap_or("")))
}

fn str_str(_: &Runtime, obj: &ObjRef) -> PyResult<String> {
    Ok(as_str(obj).unwrap_or("").to_string())
}

fn str_len(_: &Runtime, obj: &ObjRef) -> PyResult<usize> {
    Ok(payload(obj).map_or(0, StrPayload::char_len))
}

/// `str.__sizeof__`: CPython's compact layout — 48 + length + 1 for ASCII, else 72 plus
/// 1, 2 or 4 bytes per code point (by the widest) plus the terminator.
fn str_sizeof(_: &Runtime, obj: &ObjRef) -> usize {
    let s = as_str(obj).unwrap_or("");
    let n = s.chars().count();
    if s.is_ascii() {
        return 48 + n + 1;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let width = if max < 256 {
        1
    } else if max < 65536 {
        2
    } else {
        4
    };
    72 + (n + 1) * width
}

fn str_richcompare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    match (as_str(a), as_str(b)) {
        // UTF-8 byte order is code-point order.
        (Some(x), Some(y)) => Ok(rt.new_bool(int::ordering_result(x.cmp(y), op))),
        _ => Ok(rt.not_implemented().clone()),
    }
}

pub(crate) fn str_concat(rt: &Runtime, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (as_str(a), as_str(b)) else {
        return Err(rt.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            ops::type_name(b)
        )));
    };
    if y.is_empty() && a.type_ref().is(&rt.types().str_) {
        return Ok(a.clone());
    }
    if x.is_empty() && b.type_ref().is(&rt.types().str_) {
        return Ok(b.clone());
    }
    if x.len() + y.len() > MAX_STR_BYTES {
        return Err(rt.memory_error());
    }
    let (Some(pa), Some(pb)) = (payload(a), payload(b)) else {
        return Ok(rt.str_result(&[x, y].concat())?);
    };
    Ok(rt.str_result_from_parts(
        &[x, y],
        pa.char_len() + pb.char_len(),
        pa.is_ascii() && pb.is_ascii(),
    )?)
}

fn str_repeat(rt: &Runtime, a: &ObjRef, n: isize) -> PyResult<ObjRef> {
    let x = as_str(a).unwrap_or("");
    if n <= 0 || x.is_empty() {
        return Ok(rt.str_result("")?);
    }
    if n == 1 && a.type_ref().is(&rt.types().str_) {
        return Ok(a.clone());
    }
    let chars = payload(a).map_or(0, StrPayload::char_len);
    if chars
        .checked_mul(n as usize)
        .is_none_or(|t| t > isize::MAX as usize)
    {
        return Err(rt.overflow_error("repeated string is too long"));
    }
    let total = x.len().checked_mul(n as usize);
    let Some(total) = total.filter(|&t| t <= MAX_STR_BYTES) else {
        return Err(rt.memory_error());
    };
    let ascii = payload(a).is_some_and(StrPayload::is_ascii);
    // One copy of `x`, then doubling copies of what is written (as CPython's `_PyBytes_Repeat`).
    Ok(rt.alloc_str(total, chars * n as usize, ascii, |bytes| {
        let Some(dst) = bytes.get_mut(..total) else {
            return;
        };
        if let Some(first) = dst.get_mut(..x.len()) {
            first.copy_from_slice(x.as_bytes());
        }
        let mut done = x.len();
        while done < total {
            let k = done.min(total - done);
            dst.copy_within(..k, done);
            done += k;
        }
    })?)
}

/// `a + b` of two exact strs and `str * int` / `int * str` with an exact word-sized int:
/// what the number protocol would reach after both number slots declined (str's `%` slot
/// and int's slot do for these operands), without walking it. `None` for anything else.
#[inline]
pub(crate) fn binary_fast(
    rt: &Runtime,
    a: &ObjRef,
    b: &ObjRef,
    op: bytecode::BinaryOp,
) -> Option<PyResult<ObjRef>> {
    let str_type = &rt.types().str_;
    let count = |v: &ObjRef| {
        rt.types()
            .exact
            .int
            .payload(v)
            .and_then(int::IntPayload::to_i64)
    };
    match op.without_inplace() {
        bytecode::BinaryOp::Add if a.type_ref().is(str_type) && b.type_ref().is(str_type) => {
            Some(str_concat(rt, a, b))
        }
        bytecode::BinaryOp::Multiply => {
            if a.type_ref().is(str_type) {
                Some(str_repeat(rt, a, count(b)? as isize))
            } else if b.type_ref().is(str_type) {
                Some(str_repeat(rt, b, count(a)? as isize))
            } else {
                None
            }
        }
        _ => None,
    }
}

fn str_contains(rt: &Runtime, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    match as_str(b) {
        Some(needle) => Ok(as_str(a).unwrap_or("").contains(needle)),
        None => Err(rt.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            ops::type_name(b)
        ))),
    }
}

/// The byte offset of code point `i` (O(1) for ASCII).
pub(crate) fn byte_offset(s: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        return i;
    }
    s.char_indices().nth(i).map_or(s.len(), |(o, _)| o)
}

fn str_getitem(rt: &Runtime, a: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
    let s = as_str(a).unwrap_or("");
    let p = payload(a);
    let n = p.map_or(0, StrPayload::char_len);
    let ascii = p.is_some_and(StrPayload::is_ascii);
    if slice::payload(key).is_some() {
        let (start, _, step, len) = slice::indices(rt, key, n)?;
        if len == 0 {
            return Ok(rt.str_result("")?);
        }
        if step == 1 {
            if len == n && a.type_ref().is(&rt.types().str_) {
                return Ok(a.clone());
            }
            let from = byte_offset(s, ascii, start as usize);
            let to = byte_offset(s, ascii, start as usize + len);
            let part = &s[from..to];
            let part_ascii = ascii || part.is_ascii();
            return Ok(rt.str_result_from_parts(&[part], len, part_ascii)?);
        }
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::new();
        let mut i = start;
        for _ in 0..len {
            if let Some(c) = chars.get(i as usize) {
                out.push(*c);
            }
            i += step;
        }
        return Ok(rt.str_result(&out)?);
    }
    let Some(i) = ops::index_value(rt, key)? else {
        return Err(rt.type_error(format!(
            "string indices must be integers, not '{}'",
            ops::type_name(key)
        )));
    };
    match slice::normalize_index(i, n) {
        Some(i) => {
            let from = byte_offset(s, ascii, i);
            let c = s[from..]
                .chars()
                .next()
                .map(String::from)
                .unwrap_or_default();
            Ok(rt.str_result(&c)?)
        }
        None => Err(slice::index_error(rt, "string index out of range")),
    }
}

fn str_iter(rt: &Runtime, a: &ObjRef) -> PyResult<ObjRef> {
    iter::new_seq_iter(rt, a, iter::SeqKind::Str)
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::var::<StrPayload>("str", TypeFlags::BASETYPE)
        .with_methods(crate::types::str_methods::METHODS)
        .with_proto(ProtocolSlots {
            new: Some(crate::types::typecall::str_new),
            repr: Some(str_repr),
            str: Some(str_str),
            hash: Some(str_hash),
            richcompare: Some(str_richcompare),
            number: Some(crate::types::str_format::str_number),
            concat: Some(str_concat),
            repeat: Some(str_repeat),
            contains: Some(str_contains),
            len: Some(str_len),
            getitem: Some(str_getitem),
            iter: Some(str_iter),
            sizeof: Some(str_sizeof),
            ..ProtocolSlots::default()
        })
}

/// The `i`th code point of a str as a (shared when Latin-1) one-character string.
pub(crate) fn char_at(rt: &Runtime, a: &ObjRef, i: usize) -> PyResult<Option<ObjRef>> {
    let s = as_str(a).unwrap_or("");
    let ascii = payload(a).is_some_and(StrPayload::is_ascii);
    if i >= payload(a).map_or(0, StrPayload::char_len) {
        return Ok(None);
    }
    let from = byte_offset(s, ascii, i);
    let c = s[from..]
        .chars()
        .next()
        .map(String::from)
        .unwrap_or_default();
    Ok(Some(rt.str_result(&c)?))
}
