//! `dict_keys`, `dict_values`, `dict_items`: live views of a dict (`Objects/dictobject.c`'s
//! `_PyDictViewObject`). They hold the dict and read it on every use, so a view sees later
//! changes. Keys and items views are set-like (`PyDictViewSet_Check`): they compare with
//! sets and other set-like views, and `& | - ^` make new sets (the work is `set.rs`'s:
//! `dictviews_to_set` + the set update family), as CPython's `dictviews_*` functions do.
//! Values views are neither: they compare by identity and hash by address (CPython 3.11).

use bytecode::CompareOp;

use crate::builtins::args;
use crate::errors::PyResult;
use crate::object::{ObjPtr, ObjRef, Payload};
use crate::ops;
use crate::protocol::{NumberOp, ProtocolSlots};
use crate::runtime::Runtime;
use crate::typeobj::{MethodDef, TypeFlags, TypeSpec};
use crate::types::dict::{self, DictIterKind};
use crate::types::{set, tuple};

pub struct DictViewPayload {
    kind: DictIterKind,
    dict: ObjRef,
}

impl Payload for DictViewPayload {}

fn payload(obj: &ObjRef) -> Option<&DictViewPayload> {
    obj.downcast::<DictViewPayload>()
}

/// What `reversed()` walks for a view: its elements in order, as a tuple (a snapshot, as
/// `reversed()` of a dict takes one), or `None` if `obj` is not a view.
pub(crate) fn elements_snapshot(rt: &Runtime, obj: &ObjRef) -> PyResult<Option<ObjRef>> {
    let Some(v) = payload(obj) else {
        return Ok(None);
    };
    let Some(d) = dict::payload(&v.dict) else {
        return Ok(None);
    };
    let mut out = Vec::with_capacity(d.len());
    for (k, val) in d.items() {
        out.push(match v.kind {
            DictIterKind::Keys => k,
            DictIterKind::Values => val,
            DictIterKind::Items => rt.new_tuple(vec![k, val])?,
        });
    }
    Ok(Some(rt.new_tuple(out)?))
}

/// `PyDictViewSet_Check`: a keys or items view.
fn is_set_view(obj: &ObjRef) -> bool {
    payload(obj).is_some_and(|v| v.kind != DictIterKind::Values)
}

/// `d.keys()`, `d.values()`, `d.items()`.
pub fn new_view(rt: &Runtime, dict: &ObjRef, kind: DictIterKind) -> PyResult<ObjRef> {
    let t = rt.types();
    let ty = match kind {
        DictIterKind::Keys => &t.dict_keys,
        DictIterKind::Values => &t.dict_values,
        DictIterKind::Items => &t.dict_items,
    };
    let v = rt.alloc(
        ty,
        DictViewPayload {
            kind,
            dict: dict.clone(),
        },
    )?;
    v.gc_track();
    Ok(v)
}

fn traverse(obj: &ObjRef, visit: &mut dyn FnMut(ObjPtr)) {
    if let Some(v) = payload(obj) {
        visit(v.dict.as_ptr());
    }
}

fn view_len(_: &Runtime, obj: &ObjRef) -> PyResult<usize> {
    Ok(payload(obj)
        .and_then(|v| dict::payload(&v.dict))
        .map_or(0, dict::DictPayload::len))
}

fn view_iter(rt: &Runtime, obj: &ObjRef) -> PyResult<ObjRef> {
    match payload(obj) {
        Some(v) => dict::new_dict_iter(rt, &v.dict, v.kind),
        None => Err(rt.type_error("not a dict view")),
    }
}

/// `dictview_repr`: `dict_keys([1, 2])`, the list of what iteration gives.
fn view_repr(rt: &Runtime, obj: &ObjRef) -> PyResult<String> {
    if ops::repr_enter(rt, obj) {
        return Ok("...".into());
    }
    let r = (|| {
        let items = ops::collect(rt, obj)?;
        tuple::repr_items(rt, &items, "[", "]")
    })();
    ops::repr_leave(rt, obj);
    Ok(format!("{}({})", obj.type_object().name(), r?))
}

/// `dictkeys_contains` / `dictitems_contains` (a 2-tuple whose key maps to an equal value).
fn view_contains(rt: &Runtime, obj: &ObjRef, x: &ObjRef) -> PyResult<bool> {
    let Some(v) = payload(obj) else {
        return Ok(false);
    };
    let Some(d) = dict::payload(&v.dict) else {
        return Ok(false);
    };
    match v.kind {
        DictIterKind::Keys => Ok(d.get(rt, x)?.is_some()),
        DictIterKind::Items => match tuple::items(x) {
            Some([key, value]) => match d.get(rt, key)? {
                Some(found) => ops::eq(rt, &found, value),
                None => Ok(false),
            },
            _ => Ok(false),
        },
        // Values views have no `contains` slot: `in` iterates them.
        DictIterKind::Values => Ok(false),
    }
}

/// `all_contained_in`: every item of `a` is `in b`.
fn all_contained_in(rt: &Runtime, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let it = ops::get_iter(rt, a)?;
    while let Some(x) = ops::iter_next(rt, &it)? {
        if !ops::contains(rt, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `dictview_richcompare`: set-like comparison with sets and keys/items views.
fn view_richcompare(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    if !is_set_view(a) || !(set::is_anyset(b) || is_set_view(b)) {
        return Ok(rt.not_implemented().clone());
    }
    let (la, lb) = (ops::len(rt, a)?, ops::len(rt, b)?);
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            (la == lb && all_contained_in(rt, a, b)?) == (op == CompareOp::Eq)
        }
        CompareOp::Lt => la < lb && all_contained_in(rt, a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(rt, a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(rt, b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(rt, b, a)?,
    };
    Ok(rt.new_bool(r))
}

/// `dictviews_to_set`: a keys view starts from its dict (set's fast path for dicts).
fn to_set(rt: &Runtime, x: &ObjRef) -> PyResult<ObjRef> {
    let s = rt.new_set()?;
    match payload(x) {
        Some(v) if v.kind == DictIterKind::Keys => set::set_update(rt, &s, &v.dict)?,
        _ => set::set_update(rt, &s, x)?,
    }
    Ok(s)
}

/// `_PyDictView_Intersect`: iterate the other operand (the smaller view when both are
/// views) and keep what the view contains; a larger exact set does the work itself.
fn intersect(rt: &Runtime, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
    let (mut this, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let len_this = ops::len(rt, this)?;
    if other.type_ref().is(&rt.types().set) && len_this <= ops::len(rt, other)? {
        return set::intersection_of(rt, other, this);
    }
    if is_set_view(other) && ops::len(rt, other)? > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let result = rt.new_set()?;
    let it = ops::get_iter(rt, other)?;
    while let Some(x) = ops::iter_next(rt, &it)? {
        if view_contains(rt, this, &x)? {
            set::set_add(rt, &result, x)?;
        }
    }
    Ok(result)
}

/// `dictitems_xor` for two items views: pairs of the second dict not equal in the first,
/// then what is left of a copy of the first.
fn items_xor(rt: &Runtime, d1: &ObjRef, d2: &ObjRef) -> PyResult<ObjRef> {
    let temp = dict::dict_copy(rt, d1)?;
    let result = rt.new_set()?;
    let (Some(t), Some(second)) = (dict::payload(&temp), dict::payload(d2)) else {
        return Ok(result);
    };
    for (h, k, v2) in second.hashed_items() {
        let same = match t.get_with_hash(rt, &k, h)? {
            Some(v1) => ops::eq(rt, &v1, &v2)?,
            None => false,
        };
        if same {
            drop(t.remove_with_hash(rt, &k, h)?);
        } else {
            set::set_add(rt, &result, rt.new_tuple(vec![k, v2])?)?;
        }
    }
    let rest = new_view(rt, &temp, DictIterKind::Items)?;
    set::set_update(rt, &result, &rest)?;
    Ok(result)
}

/// `& | - ^` with a keys or items view on either side.
fn view_number(rt: &Runtime, a: &ObjRef, b: &ObjRef, op: NumberOp) -> PyResult<ObjRef> {
    match op {
        NumberOp::And => intersect(rt, a, b),
        NumberOp::Or => {
            let r = to_set(rt, a)?;
            set::set_update(rt, &r, b)?;
            Ok(r)
        }
        NumberOp::Subtract => {
            let r = to_set(rt, a)?;
            set::difference_update_with(rt, &r, b)?;
            Ok(r)
        }
        NumberOp::Xor => {
            if let (Some(x), Some(y)) = (payload(a), payload(b)) {
                if x.kind == DictIterKind::Items && y.kind == DictIterKind::Items {
                    return items_xor(rt, &x.dict, &y.dict);
                }
            }
            let r = to_set(rt, a)?;
            set::symmetric_difference_update_with(rt, &r, b)?;
            Ok(r)
        }
        _ => Ok(rt.not_implemented().clone()),
    }
}

/// `dictviews_isdisjoint`: iterate the smaller side when the other is set-like.
fn method_isdisjoint(
    rt: &Runtime,
    this: Option<&ObjRef>,
    args: &[ObjRef],
    kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let Some(view) = this else {
        return Err(rt.type_error("isdisjoint() needs a dict view"));
    };
    let name = format!("{}.isdisjoint", view.type_object().name());
    let other = args::one_arg(rt, &name, args, kwnames)?;
    if view.is(other) {
        return Ok(rt.new_bool(ops::len(rt, view)? == 0));
    }
    let (mut this, mut other) = (view, other);
    if (set::is_anyset(other) || is_set_view(other)) && ops::len(rt, other)? > ops::len(rt, this)? {
        std::mem::swap(&mut this, &mut other);
    }
    let it = ops::get_iter(rt, other)?;
    while let Some(x) = ops::iter_next(rt, &it)? {
        if ops::contains(rt, this, &x)? {
            return Ok(rt.new_bool(false));
        }
    }
    Ok(rt.new_bool(true))
}

static SET_VIEW_METHODS: [MethodDef; 1] = [MethodDef::method("isdisjoint", method_isdisjoint)];

fn base_spec(name: &'static str) -> TypeSpec {
    TypeSpec::fixed::<DictViewPayload>(name, TypeFlags::HAVE_GC).with_traverse(traverse)
}

fn base_proto() -> ProtocolSlots {
    ProtocolSlots {
        repr: Some(view_repr),
        len: Some(view_len),
        iter: Some(view_iter),
        ..ProtocolSlots::default()
    }
}

/// `dict_keys` and `dict_items`: set-like, unhashable (their richcompare drops the
/// inherited hash, as `inherit_slots` does).
pub(crate) fn set_view_spec(name: &'static str) -> TypeSpec {
    base_spec(name)
        .with_methods(&SET_VIEW_METHODS)
        .with_proto(ProtocolSlots {
            unhashable: true,
            contains: Some(view_contains),
            richcompare: Some(view_richcompare),
            number: Some(view_number),
            ..base_proto()
        })
}

pub(crate) fn values_spec() -> TypeSpec {
    base_spec("dict_values").with_proto(base_proto())
}
