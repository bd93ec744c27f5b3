//! `dict`: GC head + header + the version tag and a pointer to the table = 48 bytes, a
//! 64-byte block as CPython's `PyDictObject`. The table is CPython 3.11's compact dict: an
//! index array probed with CPython's perturbation, and the entries (hash, key, value) in
//! insertion order, so iteration order is insertion order; deleted entries leave a hole until
//! the next resize (`dictresize` compacts). Sizes follow CPython: the first insert makes an
//! 8-slot table with 5 usable entries (`USABLE_FRACTION`), and a full table grows to the
//! smallest power of two holding `used * 3` (`GROWTH_RATE`), which is what `__sizeof__`
//! reports.
//!
//! Keys are found by the VM-computed hash, then identity, then `==`, which can run Python code
//! that mutates the dict: no borrow of the table is held across a comparison, and a lookup
//! whose dict changed meanwhile starts over (CPython does the same), so nothing can crash.
//! The table's arrays are Rust allocations rather than heap blocks (a deviation from
//! CPython's `PyObject_Malloc` keys object).
//!
//! Tracking as `MAINTAIN_TRACKING`: untracked until a possibly-tracked key or value goes in.
//! Release and `tp_clear` drop entries FIRST TO LAST, key then value; `tp_traverse` visits
//! value then key per entry, as `dict_traverse`.

use std::cell::{Cell, RefCell};

use bytecode::CompareOp;

use crate::errors::{ExcKind, PyResult};
use crate::heap::AllocError;
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::ops;
use crate::protocol::ProtocolSlots;
use crate::runtime::Runtime;
use crate::typeobj::{TypeFlags, TypeSpec};
use crate::types::{iter, str as pystr};

thread_local! {
    /// The last version given to a dict (`pydict_global_version`).
    static DICT_VERSION: Cell<u64> = const { Cell::new(0) };
}

const EMPTY: isize = -1;
const DUMMY: isize = -2;
const PERTURB_SHIFT: u32 = 5;

struct Entry {
    hash: i64,
    key: ObjRef,
    value: ObjRef,
}

struct Table {
    /// `DK_IS_UNICODE`: made for str keys only (16-byte entries in CPython); the first
    /// non-str key converts it with a resize, as `insertdict` does.
    unicode: bool,
    /// Index array: EMPTY, DUMMY, or an index into `entries`.
    indices: Vec<isize>,
    /// Entries in insertion order; `None` = deleted.
    entries: Vec<Option<Entry>>,
    used: usize,
}

impl Table {
    fn with_size(size: usize, unicode: bool) -> Table {
        Table {
            unicode,
            indices: vec![EMPTY; size],
            entries: Vec::with_capacity(usable(size)),
            used: 0,
        }
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// The first slot of `hash`'s probe sequence (CPython's perturbation) whose index
    /// `stop` accepts.
    fn probe_until(&self, hash: i64, stop: impl Fn(isize) -> bool) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while !stop(self.indices[i]) {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        i
    }

    /// The first EMPTY or DUMMY slot of `hash`'s probe sequence (insertion after a miss).
    fn free_slot(&self, hash: i64) -> usize {
        self.probe_until(hash, |x| x < 0)
    }

    /// `lookdict_index`: the slot holding entry index `ix` on `hash`'s probe sequence.
    fn slot_of(&self, hash: i64, ix: usize) -> Option<usize> {
        let slot = self.probe_until(hash, |x| x == ix as isize || x == EMPTY);
        (self.indices[slot] == ix as isize).then_some(slot)
    }

    fn rebuild(&mut self, size: usize) {
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; size];
        self.entries = Vec::with_capacity(usable(size));
        for e in old.into_iter().flatten() {
            let slot = self.free_slot(e.hash);
            self.indices[slot] = self.entries.len() as isize;
            self.entries.push(Some(e));
        }
    }
}

/// A position in `hash`'s probe sequence. `i` is kept unmasked: the mask is a power of two
/// less one, so masking on use gives CPython's sequence.
struct Probe {
    i: usize,
    perturb: u64,
}

impl Probe {
    fn new(hash: i64) -> Probe {
        Probe {
            i: hash as u64 as usize,
            perturb: hash as u64,
        }
    }

    fn advance(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = self
            .i
            .wrapping_mul(5)
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1);
    }
}

/// Where a [`Table::scan`] stopped.
enum Step {
    /// The key is at entry `ix`, held by index slot `slot`.
    Found {
        ix: usize,
        slot: usize,
    },
    Missing,
    /// A key of equal hash whose `==` may run code: compared by the caller, no borrow held.
    Compare {
        ix: usize,
        slot: usize,
        key: ObjRef,
    },
}

impl Table {
    /// Probes from `probe` until the key is found or missing, or a candidate needs `==`.
    /// Identity first, then the hash, then [`known_eq`], as `lookdict` does.
    #[inline(always)]
    fn scan(&self, rt: &Runtime, key: &ObjRef, hash: i64, probe: &mut Probe) -> Step {
        let mask = self.mask();
        loop {
            let slot = probe.i & mask;
            probe.advance();
            let ix = self.indices[slot];
            if ix == EMPTY {
                return Step::Missing;
            }
            let Some(Some(e)) = usize::try_from(ix).ok().and_then(|ix| self.entries.get(ix)) else {
                continue;
            };
            let ix = ix as usize;
            if e.key.is(key) {
                return Step::Found { ix, slot };
            }
            if e.hash == hash {
                match known_eq(rt, &e.key, key) {
                    Some(true) => return Step::Found { ix, slot },
                    Some(false) => {}
                    None => {
                        return Step::Compare {
                            ix,
                            slot,
                            key: e.key.clone(),
                        }
                    }
                }
            }
        }
    }
}

/// `a == b` when it cannot run code or fail: two strs (`unicode_eq`) or two exact ints
/// (`long_richcompare` of equal types compares values); `None` when `==` must be asked.
/// The int case stays in the probe loop; strs are compared out of line.
#[inline(always)]
fn known_eq(rt: &Runtime, a: &ObjRef, b: &ObjRef) -> Option<bool> {
    let int = &rt.types().exact.int;
    if let (Some(x), Some(y)) = (int.payload(a), int.payload(b)) {
        return Some(x.value() == y.value());
    }
    known_str_eq(a, b)
}

fn known_str_eq(a: &ObjRef, b: &ObjRef) -> Option<bool> {
    Some(pystr::as_str(a)? == pystr::as_str(b)?)
}

/// `calculate_log2_keysize` as a size: CPython 3.11's bit trick, which gives 8 only for 0 and
/// 8 and 16 for every other request up to 15.
fn keysize_for(minsize: usize) -> usize {
    let m = ((minsize | 8) - 1) | 7;
    1usize << (usize::BITS - m.leading_zeros())
}

/// `USABLE_FRACTION`.
fn usable(size: usize) -> usize {
    (size << 1) / 3
}

pub struct DictPayload {
    /// `ma_used`: the number of items, kept beside the table so `len()` is one load (and
    /// the payload is CPython's 32 bytes: 48-byte object, 64-byte block with the GC head).
    used: Cell<usize>,
    /// `ma_version_tag`: bumped on every change (inline caches will key on it; lookups use
    /// it to notice a mutation by `__eq__`).
    version: Cell<u64>,
    /// `ma_keys`: none until the first insert.
    table: RefCell<Option<Box<Table>>>,
}

impl Payload for DictPayload {}

impl Drop for DictPayload {
    fn drop(&mut self) {
        clear_entries(self);
    }
}

/// Empties the table, then releases the entries first to last, key then value.
pub(crate) fn clear_entries(d: &DictPayload) {
    let table = d.table.borrow_mut().take();
    d.used.set(0);
    d.bump();
    if let Some(t) = table {
        for e in t.entries.into_iter().flatten() {
            let Entry { key, value, .. } = e;
            drop(key);
            drop(value);
        }
    }
}

/// Where a key is.
enum Lookup {
    /// Index into `entries`, and the slot of `indices` that holds it (what deletion marks
    /// DUMMY, as `delitem_common` uses the slot its lookup found).
    Found {
        ix: usize,
        slot: usize,
    },
    Missing,
}

impl DictPayload {
    pub fn len(&self) -> usize {
        self.used.get()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn version(&self) -> u64 {
        self.version.get()
    }

    /// A mutation: the version becomes a value no dict of this thread has had (a global
    /// counter, as CPython's `ma_version_tag`), so (version) identifies a dict's contents
    /// for the eval loop's global-name cache.
    fn bump(&self) {
        self.version.set(DICT_VERSION.with(|v| {
            let n = v.get().wrapping_add(1);
            v.set(n);
            n
        }));
    }

    /// The entry index of `key` (stable until the version changes), or `None`.
    pub(crate) fn index_of(
        &self,
        rt: &Runtime,
        key: &ObjRef,
        hash: i64,
    ) -> PyResult<Option<usize>> {
        Ok(match self.lookup(rt, key, hash)? {
            Lookup::Found { ix, .. } => Some(ix),
            Lookup::Missing => None,
        })
    }

    /// The value at entry index `ix` (`None` for a hole or past the end). Inlined: it is
    /// `LOAD_GLOBAL`'s cache hit.
    #[inline(always)]
    pub(crate) fn value_at(&self, ix: usize) -> Option<ObjRef> {
        let t = self.table.borrow();
        t.as_ref()?
            .entries
            .get(ix)?
            .as_ref()
            .map(|e| e.value.clone())
    }

    /// The value stored under `key` by identity alone (no hashing, no `==`).
    pub fn get_by_identity(&self, key: &ObjRef) -> Option<ObjRef> {
        let t = self.table.borrow();
        t.as_ref()?
            .entries
            .iter()
            .flatten()
            .find(|e| e.key.is(key))
            .map(|e| e.value.clone())
    }

    /// The (key, value) pairs in insertion order.
    pub fn items(&self) -> Vec<(ObjRef, ObjRef)> {
        let t = self.table.borrow();
        t.as_ref().map_or_else(Vec::new, |t| {
            t.entries
                .iter()
                .flatten()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect()
        })
    }

    /// The entry at position `i` of the entry array (iteration), or `None` past the end;
    /// `Some(None)` for a hole.
    fn entry_at(&self, i: usize) -> Option<Option<(ObjRef, ObjRef)>> {
        let t = self.table.borrow();
        let t = t.as_ref()?;
        let e = t.entries.get(i)?;
        Some(e.as_ref().map(|e| (e.key.clone(), e.value.clone())))
    }

    fn lookup(&self, rt: &Runtime, key: &ObjRef, hash: i64) -> PyResult<Lookup> {
        Ok(self
            .lookup_then(rt, key, hash, |_, ix, slot| Lookup::Found { ix, slot })?
            .unwrap_or(Lookup::Missing))
    }

    /// `lookdict`: probes with one borrow of the table for as long as every candidate can be
    /// compared without running code ([`known_eq`]); a candidate that needs `==` is compared
    /// with no borrow held, and the probe resumes after it unless the dict changed meanwhile.
    /// A found key's entry is handed to `found` (with its index and slot) under the borrow
    /// that found it. The probe that meets no such candidate (the common case) is inlined
    /// into the caller; the rest starts over out of line (no code ran, so it finds the same).
    #[inline(always)]
    fn lookup_then<R>(
        &self,
        rt: &Runtime,
        key: &ObjRef,
        hash: i64,
        found: impl Fn(&Table, usize, usize) -> R,
    ) -> PyResult<Option<R>> {
        let step = {
            let t = self.table.borrow();
            let Some(t) = t.as_ref() else {
                return Ok(None);
            };
            match t.scan(rt, key, hash, &mut Probe::new(hash)) {
                Step::Found { ix, slot } => return Ok(Some(found(t, ix, slot))),
                Step::Missing => return Ok(None),
                compare => compare,
            }
        };
        drop(step);
        self.lookup_then_slow(rt, key, hash, found)
    }

    /// [`DictPayload::lookup_then`] when a candidate needs `==`.
    #[inline(never)]
    fn lookup_then_slow<R>(
        &self,
        rt: &Runtime,
        key: &ObjRef,
        hash: i64,
        found: impl Fn(&Table, usize, usize) -> R,
    ) -> PyResult<Option<R>> {
        'restart: loop {
            let version = self.version.get();
            let mut probe = Probe::new(hash);
            loop {
                let (ix, slot, k) = {
                    let t = self.table.borrow();
                    let Some(t) = t.as_ref() else {
                        return Ok(None);
                    };
                    match t.scan(rt, key, hash, &mut probe) {
                        Step::Found { ix, slot } => return Ok(Some(found(t, ix, slot))),
                        Step::Missing => return Ok(None),
                        Step::Compare { ix, slot, key } => (ix, slot, key),
                    }
                };
                let equal = ops::eq(rt, &k, key)?;
                drop(k);
                if self.version.get() != version {
                    continue 'restart;
                }
                if equal {
                    let t = self.table.borrow();
                    return Ok(t.as_ref().map(|t| found(t, ix, slot)));
                }
            }
        }
    }

    /// `d[key]`, `None` if missing.
    pub fn get(&self, rt: &Runtime, key: &ObjRef) -> PyResult<Option<ObjRef>> {
        let hash = ops::hash(rt, key)?;
        self.get_with_hash(rt, key, hash)
    }

    pub fn get_with_hash(&self, rt: &Runtime, key: &ObjRef, hash: i64) -> PyResult<Option<ObjRef>> {
        let value = |t: &Table, ix: usize, _| t.entries.get(ix)?.as_ref().map(|e| e.value.clone());
        Ok(self.lookup_then(rt, key, hash, value)?.flatten())
    }

    /// `d[key] = value`; returns the replaced value (dropped by the caller, after the store).
    pub fn set_with_hash(
        &self,
        rt: &Runtime,
        key: ObjRef,
        hash: i64,
        value: ObjRef,
    ) -> PyResult<Option<ObjRef>> {
        // A key found or missing without running code (the common case) is probed under
        // the borrow that stores; a candidate needing `==` takes the general lookup.
        let mut t = self.table.borrow_mut();
        let quick = t
            .as_ref()
            .map(|table| table.scan(rt, &key, hash, &mut Probe::new(hash)));
        let found = match quick {
            Some(Step::Found { ix, slot }) => Lookup::Found { ix, slot },
            None | Some(Step::Missing) => Lookup::Missing,
            Some(Step::Compare { key: candidate, .. }) => {
                drop(t);
                drop(candidate);
                let found = self.lookup(rt, &key, hash)?;
                t = self.table.borrow_mut();
                found
            }
        };
        self.bump();
        if let Lookup::Found { ix, .. } = found {
            if let Some(Some(e)) = t.as_mut().and_then(|t| t.entries.get_mut(ix)) {
                return Ok(Some(std::mem::replace(&mut e.value, value)));
            }
        }
        let is_str = key.type_ref().is(&rt.types().str_);
        let table = t.get_or_insert_with(|| Box::new(Table::with_size(8, is_str)));
        let convert = table.unicode && !is_str;
        if convert || table.entries.len() >= usable(table.indices.len()) {
            // insertion_resize: GROWTH_RATE(d) = used * 3.
            let size = keysize_for(table.used * 3);
            if size > (1 << 40) {
                return Err(rt.memory_error());
            }
            if convert {
                table.unicode = false;
            }
            table.rebuild(size);
        }
        let slot = table.free_slot(hash);
        table.indices[slot] = table.entries.len() as isize;
        table.entries.push(Some(Entry { hash, key, value }));
        table.used += 1;
        self.used.set(table.used);
        Ok(None)
    }

    /// `del d[key]`: the removed (key, value), or `None` if missing.
    pub fn remove_with_hash(
        &self,
        rt: &Runtime,
        key: &ObjRef,
        hash: i64,
    ) -> PyResult<Option<(ObjRef, ObjRef)>> {
        let Lookup::Found { ix, slot } = self.lookup(rt, key, hash)? else {
            return Ok(None);
        };
        // No Python code ran since the lookup returned, so `slot` still holds `ix`.
        let mut t = self.table.borrow_mut();
        let Some(table) = t.as_mut() else {
            return Ok(None);
        };
        let removed = table.entries.get_mut(ix).and_then(Option::take);
        if let Some(e) = removed {
            if let Some(s) = table.indices.get_mut(slot) {
                *s = DUMMY;
            }
            table.used -= 1;
            self.used.set(table.used);
            self.bump();
            return Ok(Some((e.key, e.value)));
        }
        Ok(None)
    }
}

impl DictPayload {
    /// `dict.popitem()`'s removal: the last entry. CPython shortens the entry array
    /// (`dk_nentries = i`) but leaves `dk_usable` as it was, so the next resize comes after
    /// as many inserts as if the entry were still there: keeping the hole models exactly that.
    pub(crate) fn pop_last(&self) -> Option<(ObjRef, ObjRef)> {
        let mut t = self.table.borrow_mut();
        let table = t.as_mut()?;
        let i = table.entries.iter().rposition(Option::is_some)?;
        let e = table.entries.get_mut(i)?.take()?;
        if let Some(slot) = table.slot_of(e.hash, i) {
            table.indices[slot] = DUMMY;
        }
        table.used -= 1;
        self.used.set(table.used);
        self.bump();
        Some((e.key, e.value))
    }

    /// `dictresize` of an empty dict to hold `n` items without growing
    /// (`estimate_log2_keysize`), as `dict_merge` and `dict.fromkeys` presize.
    pub(crate) fn presize(&self, rt: &Runtime, n: usize, unicode: bool) -> PyResult<()> {
        let size = keysize_for((n * 3).div_ceil(2));
        if size > (1 << 40) {
            return Err(rt.memory_error());
        }
        let mut t = self.table.borrow_mut();
        if t.as_ref()
            .is_some_and(|t| t.used > 0 || t.indices.len() >= size)
        {
            return Ok(());
        }
        *t = Some(Box::new(Table::with_size(size, unicode)));
        Ok(())
    }

    /// Whether every key is a str (`DK_IS_UNICODE`), for presizing a copy alike.
    pub(crate) fn unicode_keys(&self) -> bool {
        self.table.borrow().as_ref().is_none_or(|t| t.unicode)
    }

    /// `clone_combined_dict_keys`: the same table, holes and all, when it is dense enough
    /// (`PyDict_Copy`'s condition), else `None`.
    fn clone_table(&self) -> Option<Box<Table>> {
        let t = self.table.borrow();
        let t = t.as_ref()?;
        if t.used < t.entries.len() * 2 / 3 {
            return None;
        }
        Some(Box::new(Table {
            unicode: t.unicode,
            indices: t.indices.clone(),
            entries: t
                .entries
                .iter()
                .map(|e| {
                    e.as_ref().map(|e| Entry {
                        hash: e.hash,
                        key: e.key.clone(),
                        value: e.value.clone(),
                    })
                })
                .collect(),
            used: t.used,
        }))
    }
}

/// `PyDict_Copy`: a dense table is cloned; a sparse one is merged into a presized dict.
pub fn dict_copy(rt: &Runtime, dict: &ObjRef) -> PyResult<ObjRef> {
    let new = rt.new_dict()?;
    let Some(d) = payload(dict) else {
        return Ok(new);
    };
    if d.is_empty() {
        return Ok(new);
    }
    if let (Some(t), Some(n)) = (d.clone_table(), payload(&new)) {
        n.used.set(t.used);
        *n.table.borrow_mut() = Some(t);
        n.bump();
        if dict.gc_is_tracked() {
            new.gc_track();
        }
        return Ok(new);
    }
    dict_merge(rt, &new, d)?;
    Ok(new)
}

/// `dict_merge` from a dict: one presize for an empty target, then each item stored with
/// its known hash.
pub fn dict_merge(rt: &Runtime, target: &ObjRef, other: &DictPayload) -> PyResult<()> {
    let Some(d) = payload(target) else {
        return Ok(());
    };
    let items = other.hashed_items();
    if items.is_empty() {
        return Ok(());
    }
    if d.is_empty() {
        d.presize(rt, items.len(), other.unicode_keys())?;
    }
    for (h, k, v) in items {
        maintain_tracking(target, &k, &v);
        drop(d.set_with_hash(rt, k, h, v)?);
    }
    Ok(())
}

impl DictPayload {
    /// The (hash, key, value) entries in insertion order.
    pub(crate) fn hashed_items(&self) -> Vec<(i64, ObjRef, ObjRef)> {
        let t = self.table.borrow();
        t.as_ref().map_or_else(Vec::new, |t| {
            t.entries
                .iter()
                .flatten()
                .map(|e| (e.hash, e.key.clone(), e.value.clone()))
                .collect()
        })
    }
}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    let Some(d) = obj.downcast::<DictPayload>() else {
        return;
    };
    if let Some(t) = d.table.borrow().as_ref() {
        for e in t.entries.iter().flatten() {
            visit(e.value.as_ptr());
            visit(e.key.as_ptr());
        }
    }
}

fn clear(obj: &ObjRef) {
    if let Some(d) = obj.downcast::<DictPayload>() {
        clear_entries(d);
    }
}

pub(crate) fn maintain_tracking(dict: &ObjRef, key: &ObjRef, value: &ObjRef) {
    if !dict.gc_is_tracked() && (key.gc_may_be_tracked() || value.gc_may_be_tracked()) {
        dict.gc_track();
    }
}

impl Runtime {
    /// `{}`: untracked until something trackable goes in.
    pub fn new_dict(&self) -> Result<ObjRef, AllocError> {
        self.alloc(
            &self.types().dict,
            DictPayload {
                used: Cell::new(0),
                version: Cell::new(0),
                table: RefCell::new(None),
            },
        )
    }

    /// `d[key] = value` for keys whose hash and `==` cannot fail or run code (the object
    /// core's tests; the eval loop uses [`dict_setitem`]). Returns the replaced value.
    pub fn dict_set_by_identity(
        &self,
        dict: &ObjRef,
        key: ObjRef,
        value: ObjRef,
    ) -> Result<Option<ObjRef>, AllocError> {
        dict_setitem(self, dict, key, value).map_err(|_| AllocError)
    }
}

/// `d[key] = value`; returns the replaced value.
pub fn dict_setitem(
    rt: &Runtime,
    dict: &ObjRef,
    key: ObjRef,
    value: ObjRef,
) -> PyResult<Option<ObjRef>> {
    let Some(d) = payload(dict) else {
        return Ok(None);
    };
    let hash = ops::hash(rt, &key)?;
    maintain_tracking(dict, &key, &value);
    d.set_with_hash(rt, key, hash, value)
}

/// `d[key]` with CPython's KeyError.
pub fn dict_getitem(rt: &Runtime, dict: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
    match payload(dict) {
        Some(d) => d.get(rt, key)?.ok_or_else(|| rt.key_error(key)),
        None => Err(rt.key_error(key)),
    }
}

/// `del d[key]` with CPython's KeyError.
pub fn dict_delitem(rt: &Runtime, dict: &ObjRef, key: &ObjRef) -> PyResult<()> {
    let hash = ops::hash(rt, key)?;
    match payload(dict)
        .map(|d| d.remove_with_hash(rt, key, hash))
        .transpose()?
    {
        Some(Some(removed)) => {
            drop(removed);
            Ok(())
        }
        _ => Err(rt.key_error(key)),
    }
}

fn dict_repr(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    let items = payload(obj).map(DictPayload::items).unwrap_or_default();
    if items.is_empty() {
        return Ok("{}".into());
    }
    if ops::repr_enter(rt, obj) {
        return Ok("{...}".into());
    }
    let r = (|| {
        let mut s = String::from("{");
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&ops::repr_string(rt, k)?);
            s.push_str(": ");
            s.push_str(&ops::repr_string(rt, v)?);
        }
        s.push('}');
        Ok(s)
    })();
    ops::repr_leave(rt, obj);
    r
}

fn dict_richcompare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    let (Some(x), Some(y)) = (payload(a), payload(b)) else {
        return Ok(rt.not_implemented().clone());
    };
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(rt.not_implemented().clone());
    }
    let mut equal = x.len() == y.len();
    if equal {
        for (k, v) in x.items() {
            match y.get(rt, &k)? {
                Some(w) if ops::eq(rt, &v, &w)? => {}
                _ => {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(rt.new_bool(equal == (op == CompareOp::Eq)))
}

fn dict_len(_: &Runtime, obj: &ObjRef) -> PyResult<usize> {
    Ok(payload(obj).map_or(0, DictPayload::len))
}

fn dict_contains(rt: &Runtime, obj: &ObjRef, key: &ObjRef) -> PyResult<bool> {
    match payload(obj) {
        Some(d) => {
            let hash = ops::hash(rt, key)?;
            Ok(d.index_of(rt, key, hash)?.is_some())
        }
        None => Ok(false),
    }
}

fn dict_subscript(rt: &Runtime, obj: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
    dict_getitem(rt, obj, key)
}

fn dict_ass_subscript(
    rt: &Runtime,
    obj: &ObjRef,
    key: &ObjRef,
    value: Option<ObjRef>,
) -> PyResult<()> {
    match value {
        Some(v) => {
            drop(dict_setitem(rt, obj, key.clone(), v)?);
            Ok(())
        }
        None => dict_delitem(rt, obj, key),
    }
}

/// `dict.__sizeof__`: 48, plus the keys object once there is one (32 + one index byte per
/// slot up to 128 slots, wider beyond, + 24 bytes per usable entry, 16 when all keys are
/// str), CPython 3.11's numbers.
fn dict_sizeof(_: &Runtime, obj: &ObjRef) -> usize {
    let Some(d) = payload(obj) else { return 48 };
    let t = d.table.borrow();
    let Some(t) = t.as_ref() else { return 48 };
    let size = t.indices.len();
    let ix_bytes = if size <= 128 {
        1
    } else if size <= 1 << 15 {
        2
    } else if size <= 1 << 31 {
        4
    } else {
        8
    };
    let entry = if t.unicode { 16 } else { 24 };
    48 + 32 + size * ix_bytes + usable(size) * entry
}

/// What a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub struct DictIterPayload {
    kind: DictIterKind,
    dict: crate::cell::ObjCell,
    /// Next position in the entry array.
    pos: Cell<usize>,
    /// The dict's size when iteration began (`di_used`).
    used: Cell<usize>,
    /// Items left to yield (`di->len`): an item past it means keys were replaced.
    len: Cell<usize>,
}

impl Payload for DictIterPayload {}

fn dictiter_traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(p) = obj
        .downcast::<DictIterPayload>()
        .and_then(|it| it.dict.ptr())
    {
        visit(p);
    }
}

fn dictiter_clear(obj: &ObjRef) {
    if let Some(it) = obj.downcast::<DictIterPayload>() {
        drop(it.dict.take());
    }
}

fn dictiter_next(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(it) = obj.downcast::<DictIterPayload>() else {
        return Ok(None);
    };
    let Some(dict) = it.dict.get() else {
        return Ok(None);
    };
    let Some(d) = payload(&dict) else {
        return Ok(None);
    };
    if d.len() != it.used.get() {
        // Poison the iterator as CPython does (di_used = -1): it stays broken.
        it.used.set(usize::MAX);
        return Err(rt.new_err(
            ExcKind::RuntimeError,
            "dictionary changed size during iteration",
        ));
    }
    loop {
        let i = it.pos.get();
        match d.entry_at(i) {
            None => {
                drop(it.dict.take());
                return Ok(None);
            }
            Some(None) => it.pos.set(i + 1),
            Some(Some((k, v))) => {
                it.pos.set(i + 1);
                if it.len.get() == 0 {
                    drop(it.dict.take());
                    return Err(rt.new_err(
                        ExcKind::RuntimeError,
                        "dictionary keys changed during iteration",
                    ));
                }
                it.len.set(it.len.get() - 1);
                return Ok(Some(match it.kind {
                    DictIterKind::Keys => k,
                    DictIterKind::Values => v,
                    DictIterKind::Items => rt.new_tuple(vec![k, v])?,
                }));
            }
        }
    }
}

pub(crate) fn iter_spec(name: &'static str) -> TypeSpec {
    TypeSpec::fixed::<DictIterPayload>(name, TypeFlags::HAVE_GC)
        .with_traverse(dictiter_traverse)
        .with_clear(dictiter_clear)
        .with_proto(iter::iterator_proto(dictiter_next))
}

/// An iterator over a dict's keys, values or items.
pub fn new_dict_iter(rt: &Runtime, dict: &ObjRef, kind: DictIterKind) -> PyResult<ObjRef> {
    let t = rt.types();
    let ty = match kind {
        DictIterKind::Keys => &t.dict_keyiterator,
        DictIterKind::Values => &t.dict_valueiterator,
        DictIterKind::Items => &t.dict_itemiterator,
    };
    let it = rt.alloc(
        ty,
        DictIterPayload {
            kind,
            dict: crate::cell::ObjCell::new(Some(dict.clone())),
            pos: Cell::new(0),
            used: Cell::new(payload(dict).map_or(0, DictPayload::len)),
            len: Cell::new(payload(dict).map_or(0, DictPayload::len)),
        },
    )?;
    it.gc_track();
    Ok(it)
}

fn dict_iter(rt: &Runtime, obj: &ObjRef) -> PyResult<ObjRef> {
    new_dict_iter(rt, obj, DictIterKind::Keys)
}

pub(crate) fn spec() -> TypeSpec {
    TypeSpec::fixed::<DictPayload>("dict", TypeFlags::HAVE_GC | TypeFlags::BASETYPE)
        .with_methods(&crate::types::dict_methods::METHODS)
        .with_traverse(traverse)
        .with_clear(clear)
        .with_proto(ProtocolSlots {
            new: Some(crate::types::typecall::dict_new),
            repr: Some(dict_repr),
            unhashable: true,
            number: Some(crate::types::dict_methods::dict_number),
            inplace: Some(crate::types::dict_methods::dict_inplace),
            richcompare: Some(dict_richcompare),
            len: Some(dict_len),
            contains: Some(dict_contains),
            getitem: Some(dict_subscript),
            setitem: Some(dict_ass_subscript),
            iter: Some(dict_iter),
            sizeof: Some(dict_sizeof),
            ..ProtocolSlots::default()
        })
}

/// The payload of a dict.
pub fn payload(obj: &ObjRef) -> Option<&DictPayload> {
    obj.downcast::<DictPayload>()
}
