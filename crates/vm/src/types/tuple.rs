//! `tuple`: GC head + header + length + the items inline, so an n-tuple asks for
//! 40 + 8n bytes as in CPython (a 2-tuple is a 64-byte block). Tracked at creation; `()` is
//! the shared, never-tracked singleton. Items are released LAST TO FIRST and visited last to
//! first. Tuples have no `tp_clear` (immutable: cycles through them break elsewhere).
//!
//! Behaviour: repr `(1,)` / `(1, 2)` with the recursion guard, CPython 3.11's xxHash-based
//! `tuplehash`, lexicographic comparison (first unequal pair decides), `+`, `*`, `in`,
//! indexing and slicing, iteration; methods `index` and `count` (searching shared with list's).

use bytecode::CompareOp;

use crate::errors::PyResult;
use crate::heap::AllocError;
use crate::object::{ObjPtr, ObjRef, Payload, VarPayload};
use crate::ops;
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{MethodDef, TypeFlags, TypeSpec};
use crate::types::{iter, list_methods, slice};

/// Largest tuple or list we build, in items; beyond it MemoryError (2 GiB of pointers).
pub const MAX_ITEMS: usize = 1 << 28;

/// `ob_size`; the items follow inline.
pub struct TuplePayload {
    pub(crate) len: usize,
}

impl Payload for TuplePayload {}

impl TuplePayload {
    pub(crate) fn new(len: usize) -> TuplePayload {
        TuplePayload { len }
    }
}

impl VarPayload for TuplePayload {
    type Item = ObjRef;

    fn item_count(&self) -> usize {
        self.len
    }
}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(items) = items(obj) {
        for it in items.iter().rev() {
            visit(it.as_ptr());
        }
    }
}

impl Runtime {
    /// A tuple of `items` (the shared `()` when empty).
    pub fn new_tuple(&self, items: Vec<ObjRef>) -> Result<ObjRef, AllocError> {
        self.new_tuple_from(items.into_iter())
    }

    /// A tuple of the items an exact-size iterator gives (e.g. drained from the eval
    /// loop's stack, with no vector in between).
    pub fn new_tuple_from(
        &self,
        items: impl ExactSizeIterator<Item = ObjRef>,
    ) -> Result<ObjRef, AllocError> {
        if items.len() == 0 {
            return Ok(self.empty_tuple().clone());
        }
        let t = self.alloc_var(
            &self.types().tuple,
            TuplePayload { len: items.len() },
            items,
        )?;
        t.gc_track();
        Ok(t)
    }
}

/// The items of a tuple, borrowed (tuples never change after construction).
pub fn items(obj: &ObjRef) -> Option<&[ObjRef]> {
    obj.downcast_var::<TuplePayload>().map(|(_, items)| items)
}

/// `repr()` of a sequence of items between `open` and `close` (shared by list and tuple).
pub(crate) fn repr_items(
    rt: &Runtime,
    items: &[ObjRef],
    open: &str,
    close: &str,
) -> PyResult<String> {
    let mut s = String::from(open);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&ops::repr_string(rt, it)?);
    }
    s.push_str(close);
    Ok(s)
}

fn tuple_repr(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let its = items(obj).unwrap_or(&[]);
    if its.is_empty() {
        return Ok("()".into());
    }
    if ops::repr_enter(rt, obj) {
        return Ok("(...)".into());
    }
    let r = if its.len() == 1 {
        repr_items(rt, its, "(", ",)")
    } else {
        repr_items(rt, its, "(", ")")
    };
    ops::repr_leave(rt, obj);
    r
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.11's `tuplehash` (xxHash's round over the items' hashes).
pub fn tuple_hash_of(rt: &Runtime, items: &[ObjRef]) -> PyResult<i64> {
    let mut acc = XXPRIME_5;
    for it in items {
        let lane = ops::hash(rt, it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

fn tuple_hash(rt: &Runtime, obj: &ObjRef) -> PyResult<i64> {
    let its = items(obj).unwrap_or(&[]);
    // CPython's tuplehash has no recursion check (deep nesting hashes fine there).
    tuple_hash_of(rt, its)
}

/// Lexicographic comparison of two item sequences (`list_richcompare`/`tuplerichcompare`):
/// the first index whose items differ decides; else the lengths.
pub(crate) fn compare_sequences(
    rt: &Runtime,
    a: &[ObjRef],
    b: &[ObjRef],
    op: CompareOp,
) -> PyResult<ObjRef> {
    if a.len() != b.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(rt.new_bool(op == CompareOp::Ne));
    }
    for (x, y) in a.iter().zip(b.iter()) {
        if !ops::eq(rt, x, y)? {
            return match op {
                CompareOp::Eq => Ok(rt.new_bool(false)),
                CompareOp::Ne => Ok(rt.new_bool(true)),
                _ => ops::compare(rt, x, y, op),
            };
        }
    }
    Ok(rt.new_bool(crate::types::int::ordering_result(
        a.len().cmp(&b.len()),
        op,
    )))
}

fn tuple_richcompare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    match (items(a), items(b)) {
        (Some(x), Some(y)) => compare_sequences(rt, x, y, op),
        _ => Ok(rt.not_implemented().clone()),
    }
}

fn tuple_concat(rt: &Runtime, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (items(a), items(b)) else {
        return Err(rt.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            ops::type_name(b)
        )));
    };
    if y.is_empty() && a.type_ref().is(&rt.types().tuple) {
        return Ok(a.clone());
    }
    if x.is_empty() && b.type_ref().is(&rt.types().tuple) {
        return Ok(b.clone());
    }
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    Ok(rt.new_tuple(v)?)
}

/// The items of `seq * n`, or MemoryError for absurd sizes.
pub(crate) fn repeat_items(rt: &Runtime, its: &[ObjRef], n: isize) -> PyResult<Vec<ObjRef>> {
    if n <= 0 || its.is_empty() {
        return Ok(Vec::new());
    }
    match its.len().checked_mul(n as usize) {
        Some(total) if total <= MAX_ITEMS => {
            let mut v = Vec::with_capacity(total);
            for _ in 0..n {
                v.extend_from_slice(its);
            }
            Ok(v)
        }
        _ => Err(rt.memory_error()),
    }
}

fn tuple_repeat(rt: &Runtime, a: &ObjRef, n: isize) -> PyResult<ObjRef> {
    let its = items(a).unwrap_or(&[]);
    if n == 1 && a.type_ref().is(&rt.types().tuple) {
        return Ok(a.clone());
    }
    Ok(rt.new_tuple(repeat_items(rt, its, n)?)?)
}

fn tuple_contains(rt: &Runtime, a: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    for it in items(a).unwrap_or(&[]) {
        if ops::eq(rt, it, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_len(_: &Runtime, a: &ObjRef) -> PyResult<usize> {
    Ok(items(a).map_or(0, <[ObjRef]>::len))
}

/// The items selected by a slice.
pub(crate) fn slice_items(rt: &Runtime, its: &[ObjRef], key: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let (start, _, step, len) = slice::indices(rt, key, its.len())?;
    let mut v = Vec::with_capacity(len);
    let mut i = start;
    for _ in 0..len {
        if let Some(x) = its.get(i as usize) {
            v.push(x.clone());
        }
        i += step;
    }
    Ok(v)
}

fn tuple_getitem(rt: &Runtime, a: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
    let its = items(a).unwrap_or(&[]);
    if slice::payload(key).is_some() {
        // The whole tuple in order is the tuple itself (`tuplesubscript`).
        let (start, _, step, len) = slice::indices(rt, key, its.len())?;
        if start == 0 && step == 1 && len == its.len() && a.type_ref().is(&rt.types().tuple) {
            return Ok(a.clone());
        }
        let v = slice_items(rt, its, key)?;
        return Ok(rt.new_tuple(v)?);
    }
    match slice::subscript_index(rt, key, its.len(), "tuple")? {
        Some(i) => Ok(its[i].clone()),
        None => Err(slice::index_error(rt, "tuple index out of range")),
    }
}

fn tuple_iter(rt: &Runtime, a: &ObjRef) -> PyResult<ObjRef> {
    iter::new_seq_iter(rt, a, iter::SeqKind::Tuple)
}

fn tuple_sizeof(_: &Runtime, a: &ObjRef) -> usize {
    24 + 8 * items(a).map_or(0, <[ObjRef]>::len)
}

fn this_items<'a>(rt: &Runtime, this: Option<&'a ObjRef>, name: &str) -> PyResult<&'a [ObjRef]> {
    this.and_then(items)
        .ok_or_else(|| rt.type_error(format!("descriptor '{name}' requires a 'tuple' object")))
}

/// `tuple.index(value, start=0, stop=sys.maxsize, /)`.
fn method_index(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let its = this_items(rt, this, "index")?;
    let (x, start, stop) = list_methods::index_args(rt, "tuple", args, kwnames, its.len())?;
    match list_methods::find_index(rt, &|i| its.get(i).cloned(), x, start, stop)? {
        Some(i) => Ok(rt.new_int(i as i64)?),
        None => Err(rt.value_error("tuple.index(x): x not in tuple")),
    }
}

/// `tuple.count(value, /)` (METH_O).
fn method_count(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let x = crate::builtins::args::one_arg(rt, "tuple.count", args, kwnames)?;
    let its = this_items(rt, this, "count")?;
    let n = list_methods::count_eq(rt, &|i| its.get(i).cloned(), x)?;
    Ok(rt.new_int(n as i64)?)
}

static METHODS: [MethodDef; 2] = [
    MethodDef::method("index", method_index),
    MethodDef::method("count", method_count),
];

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::var::<TuplePayload>("tuple", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        // CPython 3.11's PyTuple_MAXSAVESIZE and PyTuple_MAXFREELIST.
        .with_sized_free_lists(20, 2000)
        .with_methods(&METHODS)
        .with_traverse(traverse)
        .with_proto(ProtocolSlots {
            new: Some(crate::types::typecall::tuple_new),
            repr: Some(tuple_repr),
            hash: Some(tuple_hash),
            richcompare: Some(tuple_richcompare),
            concat: Some(tuple_concat),
            repeat: Some(tuple_repeat),
            contains: Some(tuple_contains),
            len: Some(tuple_len),
            getitem: Some(tuple_getitem),
            iter: Some(tuple_iter),
            sizeof: Some(tuple_sizeof),
            ..ProtocolSlots::default()
        })
}
