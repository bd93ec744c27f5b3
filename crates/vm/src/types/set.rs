//! `set` and `frozenset`: CPython 3.11's set table (`Objects/setobject.c`), modelled closely
//! enough that iteration order — what every `print` of a set shows — equals CPython's for
//! ints, floats, bools, None, tuples and (with `PYTHONHASHSEED=0`, see `siphash.rs`) strs.
//!
//! The table is open addressing over `mask + 1` slots (8 to start, `PySet_MINSIZE`), each
//! unused, dummy (a deleted key) or active with its cached hash. A probe looks at the home
//! slot and up to `LINEAR_PROBES` = 9 following ones, then jumps by `i = i * 5 + 1 + perturb`
//! with `perturb >>= 5` (`set_lookkey`, `set_add_entry`). An insertion that makes
//! `fill * 5 >= mask * 3` resizes to the smallest power of two above `used * 4` (`used * 2`
//! past 50,000 entries), reinserting in old-table order without dummies
//! (`set_table_resize`, `set_insert_clean`). `set(other_set)` copies the table as
//! `set_merge` does. Comparison runs `==`, which can run Python code and mutate the set: no
//! borrow is held across it and a lookup whose set changed restarts, as CPython's does.
//!
//! Layout: `PySetObject` is 200 bytes (with the 8-slot small table inline) + 16 GC; here the
//! table is a separate Rust allocation and `__sizeof__` reports CPython's numbers.

use std::cell::{Cell, RefCell};

use bytecode::CompareOp;

use crate::cell::ObjCell;
use crate::errors::{ExcKind, PyResult};
use crate::heap::AllocError;
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::ops;
use crate::protocol::{NumberOp, ProtocolSlots};
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::{dict, iter, str as pystr};

/// `PySet_MINSIZE`.
pub const MINSIZE: usize = 8;
/// `LINEAR_PROBES`.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Unused,
    Dummy,
    Active(i64, ObjRef),
}

struct SetTable {
    slots: Vec<Slot>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
}

impl SetTable {
    fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Unused; MINSIZE],
            fill: 0,
            used: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_insert_clean`: the first unused slot of the probe sequence (no dummies, no
    /// equal key in the table).
    fn insert_clean(slots: &mut [Slot], hash: i64, key: ObjRef) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Unused) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(slots[i + j], Slot::Unused) {
                        slots[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize(so, minused)`.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Unused; newsize]);
        for s in old {
            if let Slot::Active(h, k) = s {
                SetTable::insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
    }
}

pub struct SetPayload {
    table: RefCell<SetTable>,
    /// Bumped on every change; a lookup that sees it move during `==` restarts.
    version: Cell<u64>,
    /// frozenset's cached hash (-1 = not computed).
    hash: Cell<i64>,
    /// Where `set.pop()` starts looking (`so->finger`), so repeated pops do not rescan.
    finger: Cell<usize>,
}

impl Payload for SetPayload {}

/// Where a probe ended.
enum Probe {
    Found(usize),
    /// Not present; `Some(slot)` is where an insertion goes.
    Missing(usize),
}

impl SetPayload {
    fn new() -> SetPayload {
        SetPayload {
            table: RefCell::new(SetTable::new()),
            version: Cell::new(0),
            hash: Cell::new(-1),
            finger: Cell::new(0),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// The active keys in table order (iteration order).
    pub fn keys(&self) -> Vec<ObjRef> {
        self.entries().into_iter().map(|(_, k)| k).collect()
    }

    pub(crate) fn entries(&self) -> Vec<(i64, ObjRef)> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// `set_lookkey` / the search half of `set_add_entry` (which remembers the last dummy
    /// it passed and reuses it when the key is missing).
    fn probe(&self, rt: &Runtime, key: &ObjRef, hash: i64, for_insert: bool) -> PyResult<Probe> {
        'restart: loop {
            let version = self.version.get();
            let mask = self.table.borrow().mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in 0..=probes {
                    let idx = i + j;
                    let candidate = match &self.table.borrow().slots[idx] {
                        Slot::Unused => {
                            return Ok(Probe::Missing(if for_insert {
                                freeslot.unwrap_or(idx)
                            } else {
                                idx
                            }))
                        }
                        Slot::Dummy => {
                            // CPython 3.11 keeps the LAST dummy seen, not the first.
                            freeslot = Some(idx);
                            None
                        }
                        Slot::Active(h, k) => {
                            if *h != hash {
                                None
                            } else if k.is(key) {
                                return Ok(Probe::Found(idx));
                            } else {
                                Some(k.clone())
                            }
                        }
                    };
                    if let Some(k) = candidate {
                        let equal = match (pystr::as_str(&k), pystr::as_str(key)) {
                            (Some(a), Some(b)) => a == b,
                            _ => ops::eq(rt, &k, key)?,
                        };
                        if self.version.get() != version {
                            continue 'restart;
                        }
                        if equal {
                            return Ok(Probe::Found(idx));
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
    }

    /// `set_add_entry`: true if added, false if an equal key was there.
    pub fn add_with_hash(&self, rt: &Runtime, key: ObjRef, hash: i64) -> PyResult<bool> {
        let slot = match self.probe(rt, &key, hash, true)? {
            Probe::Found(_) => return Ok(false),
            Probe::Missing(s) => s,
        };
        let mut t = self.table.borrow_mut();
        self.bump();
        let was_unused = matches!(t.slots[slot], Slot::Unused);
        t.slots[slot] = Slot::Active(hash, key);
        t.used += 1;
        if was_unused {
            t.fill += 1;
            let mask = t.mask();
            if t.fill * 5 >= mask * 3 {
                let used = t.used;
                if used > (1 << 40) {
                    return Err(rt.memory_error());
                }
                t.resize(if used > 50000 { used * 2 } else { used * 4 });
            }
        }
        Ok(true)
    }

    /// `set_discard_entry`: the removed key, if it was there.
    pub fn discard_with_hash(
        &self,
        rt: &Runtime,
        key: &ObjRef,
        hash: i64,
    ) -> PyResult<Option<ObjRef>> {
        let Probe::Found(slot) = self.probe(rt, key, hash, false)? else {
            return Ok(None);
        };
        let mut t = self.table.borrow_mut();
        self.bump();
        let old = std::mem::replace(&mut t.slots[slot], Slot::Dummy);
        t.used -= 1;
        Ok(match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        })
    }

    pub fn contains_with_hash(&self, rt: &Runtime, key: &ObjRef, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.probe(rt, key, hash, false)?, Probe::Found(_)))
    }

    /// `set_merge` from another set's table.
    fn merge(&self, rt: &Runtime, other: &SetPayload) -> PyResult<()> {
        let (ofill, oused, omask, oslots) = {
            let o = other.table.borrow();
            (o.fill, o.used, o.mask(), o.slots.clone())
        };
        if oused == 0 {
            return Ok(());
        }
        {
            let mut t = self.table.borrow_mut();
            self.bump();
            if (t.fill + oused) * 5 >= t.mask() * 3 {
                let minused = (t.used + oused) * 2;
                t.resize(minused);
            }
            if t.fill == 0 && t.mask() == omask && ofill == oused {
                t.slots = oslots;
                t.fill = ofill;
                t.used = oused;
                return Ok(());
            }
            if t.fill == 0 {
                t.fill = oused;
                t.used = oused;
                for s in oslots {
                    if let Slot::Active(h, k) = s {
                        SetTable::insert_clean(&mut t.slots, h, k);
                    }
                }
                return Ok(());
            }
        }
        for s in oslots {
            if let Slot::Active(h, k) = s {
                self.add_with_hash(rt, k, h)?;
            }
        }
        Ok(())
    }

    /// `set_pop`: the first active slot from the finger on, wrapping around.
    pub(crate) fn pop_entry(&self) -> Option<ObjRef> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = self.finger.get() & mask;
        while !matches!(t.slots[i], Slot::Active(..)) {
            i = (i + 1) & mask;
        }
        let old = std::mem::replace(&mut t.slots[i], Slot::Dummy);
        t.used -= 1;
        self.finger.set(i + 1);
        self.bump();
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    /// `set_swap_bodies` for `intersection_update`: take `other`'s table (leaving it empty).
    pub(crate) fn take_table_of(&self, other: &SetPayload) {
        let t = std::mem::replace(&mut *other.table.borrow_mut(), SetTable::new());
        let old = std::mem::replace(&mut *self.table.borrow_mut(), t);
        self.bump();
        drop(old);
    }

    pub(crate) fn clear_all(&self) {
        let old = std::mem::replace(&mut *self.table.borrow_mut(), SetTable::new());
        self.bump();
        // Release the keys in table order after the set is consistent again.
        drop(old);
    }
}

impl Drop for SetPayload {
    fn drop(&mut self) {
        // `set_dealloc`: keys in table order.
        let t = std::mem::replace(
            self.table.get_mut(),
            SetTable {
                slots: Vec::new(),
                fill: 0,
                used: 0,
            },
        );
        for s in t.slots {
            drop(s);
        }
    }
}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(s) = obj.downcast::<SetPayload>() {
        for slot in s.table.borrow().slots.iter() {
            if let Slot::Active(_, k) = slot {
                visit(k.as_ptr());
            }
        }
    }
}

fn clear(obj: &ObjRef) {
    if let Some(s) = obj.downcast::<SetPayload>() {
        s.clear_all();
    }
}

pub fn payload(obj: &ObjRef) -> Option<&SetPayload> {
    obj.downcast::<SetPayload>()
}

/// Whether `obj` is a set or frozenset (`PyAnySet_Check`).
pub fn is_anyset(obj: &ObjRef) -> bool {
    payload(obj).is_some()
}

impl Runtime {
    /// `set()`, tracked.
    pub fn new_set(&self) -> Result<ObjRef, AllocError> {
        let s = self.alloc(&self.types().set, SetPayload::new())?;
        s.gc_track();
        Ok(s)
    }

    /// `frozenset()` (empty), tracked; fill it with [`set_update`] before sharing it.
    pub fn new_frozenset(&self) -> Result<ObjRef, AllocError> {
        let s = self.alloc(&self.types().frozenset, SetPayload::new())?;
        s.gc_track();
        Ok(s)
    }
}

/// A frozenset constant of compiled code, built as CPython's compiler leaves it: the folded
/// items make a frozenset, and `merge_consts_recursive` rebuilds it from that set's
/// iteration order (`PyFrozenSet_New(tuple(fs))`), which is the order scripts see.
pub fn frozenset_constant(rt: &Runtime, items: Vec<ObjRef>) -> PyResult<ObjRef> {
    let first = rt.new_frozenset()?;
    for x in items {
        set_add(rt, &first, x)?;
    }
    let order = payload(&first).map_or_else(Vec::new, SetPayload::keys);
    drop(first);
    let set = rt.new_frozenset()?;
    for x in order {
        set_add(rt, &set, x)?;
    }
    Ok(set)
}

/// `set.add(key)` (`PySet_Add`).
pub fn set_add(rt: &Runtime, set: &ObjRef, key: ObjRef) -> PyResult<()> {
    let hash = ops::hash(rt, &key)?;
    if let Some(s) = payload(set) {
        s.add_with_hash(rt, key, hash)?;
    }
    Ok(())
}

/// `set.discard(key)`: whether it was present.
pub fn set_discard(rt: &Runtime, set: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    let hash = ops::hash(rt, key)?;
    match payload(set) {
        Some(s) => Ok(s.discard_with_hash(rt, key, hash)?.is_some()),
        None => Ok(false),
    }
}

/// `set.remove(key)`: KeyError(key) if absent.
pub fn set_remove(rt: &Runtime, set: &ObjRef, key: &ObjRef) -> PyResult<()> {
    if set_discard(rt, set, key)? {
        Ok(())
    } else {
        Err(rt.key_error(key))
    }
}

/// `set_update_internal`: from a set (table merge), a dict (its keys with their stored
/// hashes), or any iterable.
pub fn set_update(rt: &Runtime, set: &ObjRef, iterable: &ObjRef) -> PyResult<()> {
    let Some(s) = payload(set) else { return Ok(()) };
    if let Some(o) = payload(iterable) {
        if iterable.is(set) {
            return Ok(());
        }
        return s.merge(rt, o);
    }
    if let Some(d) = dict::payload(iterable) {
        // One resize up front for the dict's size, then its keys with their stored hashes.
        {
            let mut t = s.table.borrow_mut();
            if (t.fill + d.len()) * 5 >= t.mask() * 3 {
                let minused = (t.used + d.len()) * 2;
                t.resize(minused);
            }
        }
        for (h, k, _) in d.hashed_items() {
            s.add_with_hash(rt, k, h)?;
        }
        return Ok(());
    }
    let it = ops::get_iter(rt, iterable)?;
    while let Some(k) = ops::iter_next(rt, &it)? {
        let h = ops::hash(rt, &k)?;
        s.add_with_hash(rt, k, h)?;
    }
    Ok(())
}

fn set_repr(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let name = obj.type_object().name().to_string();
    let keys = payload(obj).map(SetPayload::keys).unwrap_or_default();
    if keys.is_empty() {
        return Ok(format!("{name}()"));
    }
    if ops::repr_enter(rt, obj) {
        return Ok(format!("{name}(...)"));
    }
    let r = crate::types::tuple::repr_items(rt, &keys, "{", "}");
    ops::repr_leave(rt, obj);
    let body = r?;
    Ok(if obj.type_ref().is(&rt.types().set) {
        body
    } else {
        format!("{name}({body})")
    })
}

fn set_len(_: &Runtime, obj: &ObjRef) -> PyResult<usize> {
    Ok(payload(obj).map_or(0, SetPayload::len))
}

/// The key to look up and its hash, where an unhashable set key is looked up as a
/// frozenset of its items (`set_contains`, `set.remove`, `set.discard` retry so).
pub(crate) fn lookup_key(rt: &Runtime, key: &ObjRef) -> PyResult<(ObjRef, i64)> {
    match ops::hash(rt, key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) if key.type_ref().is(&rt.types().set) && e.matches(rt, ExcKind::TypeError) => {
            drop(e);
            let f = rt.new_frozenset()?;
            set_update(rt, &f, key)?;
            let h = ops::hash(rt, &f)?;
            Ok((f, h))
        }
        Err(e) => Err(e),
    }
}

/// `set_contains`.
fn set_contains(rt: &Runtime, obj: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    let Some(s) = payload(obj) else {
        return Ok(false);
    };
    let (key, hash) = lookup_key(rt, key)?;
    s.contains_with_hash(rt, &key, hash)
}

pub(crate) fn is_subset(rt: &Runtime, a: &SetPayload, b: &SetPayload) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if !b.contains_with_hash(rt, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `==` of sets: sizes, then (frozensets) the cached hashes, then subset.
fn same_set(rt: &Runtime, x: &SetPayload, y: &SetPayload) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    let (hx, hy) = (x.hash.get(), y.hash.get());
    if hx != -1 && hy != -1 && hx != hy {
        return Ok(false);
    }
    is_subset(rt, x, y)
}

/// `set_richcompare`: subset/superset ordering; other types NotImplemented.
fn set_richcompare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (payload(a), payload(b)) else {
        return Ok(rt.not_implemented().clone());
    };
    let r = match op {
        CompareOp::Eq => same_set(rt, x, y)?,
        CompareOp::Ne => !same_set(rt, x, y)?,
        CompareOp::Le => is_subset(rt, x, y)?,
        CompareOp::Ge => is_subset(rt, y, x)?,
        CompareOp::Lt => x.len() < y.len() && is_subset(rt, x, y)?,
        CompareOp::Gt => x.len() > y.len() && is_subset(rt, y, x)?,
    };
    Ok(rt.new_bool(r))
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// `frozenset_hash`.
fn frozenset_hash(_: &Runtime, obj: &ObjRef) -> PyResult<i64> {
    let Some(s) = payload(obj) else { return Ok(0) };
    if s.hash.get() != -1 {
        return Ok(s.hash.get());
    }
    let t = s.table.borrow();
    let mut hash: u64 = 0;
    for slot in &t.slots {
        if let Slot::Active(h, _) = slot {
            hash ^= shuffle_bits(*h as u64);
        }
    }
    hash ^= ((t.used as u64) + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let mut h = hash as i64;
    if h == -1 {
        h = 590923713;
    }
    s.hash.set(h);
    Ok(h)
}

/// `set.__sizeof__`: 200 with the small table, plus 16 per slot of a larger one.
fn set_sizeof(_: &Runtime, obj: &ObjRef) -> usize {
    let n = payload(obj).map_or(MINSIZE, |s| s.table.borrow().slots.len());
    200 + if n > MINSIZE { 16 * n } else { 0 }
}

fn set_iter(rt: &Runtime, obj: &ObjRef) -> PyResult<ObjRef> {
    let it = rt.alloc(
        &rt.types().set_iterator,
        SetIterPayload {
            set: ObjCell::new(Some(obj.clone())),
            pos: Cell::new(0),
            used: Cell::new(payload(obj).map_or(0, SetPayload::len)),
        },
    )?;
    it.gc_track();
    Ok(it)
}

pub struct SetIterPayload {
    set: ObjCell,
    pos: Cell<usize>,
    used: Cell<usize>,
}

impl Payload for SetIterPayload {}

fn setiter_next(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(it) = obj.downcast::<SetIterPayload>() else {
        return Ok(None);
    };
    let Some(set) = it.set.get() else {
        return Ok(None);
    };
    let Some(s) = payload(&set) else {
        return Ok(None);
    };
    if s.len() != it.used.get() {
        it.used.set(usize::MAX);
        return Err(rt.new_err(ExcKind::RuntimeError, "Set changed size during iteration"));
    }
    let t = s.table.borrow();
    let mut i = it.pos.get();
    while let Some(slot) = t.slots.get(i) {
        i += 1;
        if let Slot::Active(_, k) = slot {
            it.pos.set(i);
            return Ok(Some(k.clone()));
        }
    }
    drop(t);
    drop(it.set.take());
    Ok(None)
}

fn setiter_traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = obj.downcast::<SetIterPayload>().and_then(|it| it.set.ptr()) {
        visit(p);
    }
}

fn setiter_clear(obj: &ObjRef) {
    if let Some(it) = obj.downcast::<SetIterPayload>() {
        drop(it.set.take());
    }
}

pub(crate) fn iter_spec() -> TypeSpec {
    TypeSpec::fixed::<SetIterPayload>("set_iterator", TypeFlags::HAVE_GC)
        .with_traverse(setiter_traverse)
        .with_clear(setiter_clear)
        .with_proto(iter::iterator_proto(setiter_next))
}

/// `make_new_set_basetype`: a new, empty set or frozenset like `like`.
pub(crate) fn new_like(rt: &Runtime, like: &ObjRef) -> PyResult<ObjRef> {
    if like.type_ref().is(&rt.types().frozenset) {
        Ok(rt.new_frozenset()?)
    } else {
        Ok(rt.new_set()?)
    }
}

/// `set_copy`.
pub(crate) fn copy_of(rt: &Runtime, so: &ObjRef) -> PyResult<ObjRef> {
    let r = new_like(rt, so)?;
    set_update(rt, &r, so)?;
    Ok(r)
}

/// `set_intersection(so, other)`: with a set, walks the smaller one and keeps its keys
/// found in the larger; with any other iterable, keeps its items found in `so`.
pub(crate) fn intersection_of(rt: &Runtime, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    if so.is(other) {
        return copy_of(rt, so);
    }
    let result = new_like(rt, so)?;
    let Some(a) = payload(so) else {
        return Ok(result);
    };
    let r = payload(&result).ok_or_else(|| rt.type_error("set expected"))?;
    if let Some(b) = payload(other) {
        let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
        for (h, k) in small.entries() {
            if big.contains_with_hash(rt, &k, h)? {
                r.add_with_hash(rt, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = ops::get_iter(rt, other)?;
    while let Some(k) = ops::iter_next(rt, &it)? {
        let h = ops::hash(rt, &k)?;
        if a.contains_with_hash(rt, &k, h)? {
            r.add_with_hash(rt, k, h)?;
        }
    }
    Ok(result)
}

/// `set_difference(so, other)`: `so`'s keys not in a set or dict `other`; a copy of `so`
/// less `other`'s items (`set_copy_and_difference`) for other iterables and when `so` is
/// over four times larger.
pub(crate) fn difference(rt: &Runtime, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let Some(a) = payload(so) else {
        return new_like(rt, so);
    };
    let (b, d) = (
        payload(other),
        dict::payload(other).filter(|_| other.type_ref().is(&rt.types().dict)),
    );
    let other_size = match (b, d) {
        (Some(b), _) => Some(b.len()),
        (None, Some(d)) => Some(d.len()),
        _ => None,
    };
    if other_size.is_none_or(|n| (a.len() >> 2) > n) {
        let result = copy_of(rt, so)?;
        difference_update_with(rt, &result, other)?;
        return Ok(result);
    }
    let result = new_like(rt, so)?;
    let r = payload(&result).ok_or_else(|| rt.type_error("set expected"))?;
    for (h, k) in a.entries() {
        let found = match (b, d) {
            (Some(b), _) => b.contains_with_hash(rt, &k, h)?,
            (None, Some(d)) => d.get_with_hash(rt, &k, h)?.is_some(),
            _ => false,
        };
        if !found {
            r.add_with_hash(rt, k, h)?;
        }
    }
    Ok(result)
}

/// `set_difference_update_internal(so, other)`: discard a set's keys (via the
/// intersection when `other` is over 8 times larger) or any iterable's items, then purge
/// the dummies if they are more than a quarter of the table.
pub(crate) fn difference_update_with(rt: &Runtime, so: &ObjRef, other: &ObjRef) -> PyResult<()> {
    let Some(a) = payload(so) else { return Ok(()) };
    if so.is(other) {
        a.clear_all();
        return Ok(());
    }
    if let Some(b) = payload(other) {
        let keys = if (b.len() >> 3) > a.len() {
            let i = intersection_of(rt, so, other)?;
            payload(&i).map(SetPayload::entries).unwrap_or_default()
        } else {
            b.entries()
        };
        for (h, k) in keys {
            drop(a.discard_with_hash(rt, &k, h)?);
        }
    } else {
        let it = ops::get_iter(rt, other)?;
        while let Some(k) = ops::iter_next(rt, &it)? {
            let h = ops::hash(rt, &k)?;
            drop(a.discard_with_hash(rt, &k, h)?);
        }
    }
    let mut t = a.table.borrow_mut();
    if t.fill - t.used > t.mask() / 4 {
        let used = t.used;
        t.resize(if used > 50000 { used * 2 } else { used * 4 });
    }
    Ok(())
}

/// `set_symmetric_difference_update(so, other)`: a dict's keys or a set's keys toggle in
/// `so`; another iterable is first made a set like `so`.
pub(crate) fn symmetric_difference_update_with(
    rt: &Runtime,
    so: &ObjRef,
    other: &ObjRef,
) -> PyResult<()> {
    let Some(a) = payload(so) else { return Ok(()) };
    if so.is(other) {
        a.clear_all();
        return Ok(());
    }
    let entries =
        if let Some(d) = dict::payload(other).filter(|_| other.type_ref().is(&rt.types().dict)) {
            d.hashed_items()
                .into_iter()
                .map(|(h, k, _)| (h, k))
                .collect()
        } else if let Some(b) = payload(other) {
            b.entries()
        } else {
            let tmp = new_like(rt, so)?;
            set_update(rt, &tmp, other)?;
            payload(&tmp).map(SetPayload::entries).unwrap_or_default()
        };
    for (h, k) in entries {
        if a.discard_with_hash(rt, &k, h)?.is_none() {
            a.add_with_hash(rt, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: a new set like `so` from `other`, updated with `so`.
pub(crate) fn symmetric_difference(rt: &Runtime, so: &ObjRef, other: &ObjRef) -> PyResult<ObjRef> {
    let r = new_like(rt, so)?;
    set_update(rt, &r, other)?;
    symmetric_difference_update_with(rt, &r, so)?;
    Ok(r)
}

/// `|`, `&`, `-`, `^` of two sets (`set_or`, `set_and`, `set_sub`, `set_xor`).
fn set_number(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: NumberOp) -> PyResult<ObjRef> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(rt.not_implemented().clone());
    }
    match op {
        NumberOp::Or => {
            let r = copy_of(rt, a)?;
            set_update(rt, &r, b)?;
            Ok(r)
        }
        NumberOp::And => intersection_of(rt, a, b),
        NumberOp::Subtract => difference(rt, a, b),
        NumberOp::Xor => symmetric_difference(rt, a, b),
        _ => Ok(rt.not_implemented().clone()),
    }
}

/// `|=`, `&=`, `-=`, `^=` on a set (frozensets fall back to the binary forms).
fn set_inplace(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: NumberOp) -> PyResult<ObjRef> {
    if !is_anyset(b) {
        return Ok(rt.not_implemented().clone());
    }
    let Some(sa) = payload(a) else {
        return Ok(rt.not_implemented().clone());
    };
    match op {
        NumberOp::Or => set_update(rt, a, b)?,
        NumberOp::And => {
            // set_intersection_update: compute, then take over the result's table.
            let r = intersection_of(rt, a, b)?;
            if let Some(rp) = payload(&r) {
                sa.take_table_of(rp);
            }
        }
        NumberOp::Subtract => difference_update_with(rt, a, b)?,
        NumberOp::Xor => symmetric_difference_update_with(rt, a, b)?,
        _ => return Ok(rt.not_implemented().clone()),
    }
    Ok(a.clone())
}

fn common_proto() -> ProtocolSlots {
    ProtocolSlots {
        number: Some(set_number),
        repr: Some(set_repr),
        richcompare: Some(set_richcompare),
        len: Some(set_len),
        contains: Some(set_contains),
        iter: Some(set_iter),
        sizeof: Some(set_sizeof),
        ..ProtocolSlots::default()
    }
}

pub(crate) fn set_spec() -> TypeSpec {
    TypeSpec::fixed::<SetPayload>("set", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_methods(&crate::types::set_methods::SET_METHODS)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(ProtocolSlots {
            new: Some(crate::types::typecall::set_new),
            unhashable: true,
            inplace: Some(set_inplace),
            ..common_proto()
        })
}

pub(crate) fn frozenset_spec() -> TypeSpec {
    TypeSpec::fixed::<SetPayload>("frozenset", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_methods(&crate::types::set_methods::FROZENSET_METHODS)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(ProtocolSlots {
            new: Some(crate::types::typecall::frozenset_new),
            hash: Some(frozenset_hash),
            ..common_proto()
        })
}
