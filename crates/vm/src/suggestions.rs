//! "Did you mean" for an uncaught NameError or AttributeError: CPython 3.11's
//! `Python/suggestions.c` (`_Py_Offer_Suggestions`, `offer_suggestions_for_name_error`,
//! `offer_suggestions_for_attribute_error`, `calculate_suggestions`,
//! `levenshtein_distance`), whose answer the traceback printer appends to the message as
//! `. Did you mean: 'total'?`.
//!
//! The candidates are searched in CPython's order, each list on its own: the failing
//! frame's `co_varnames`, then its globals, then its builtins; the first list with a close
//! enough name answers. Closeness is a Levenshtein distance over the UTF-8 bytes where a
//! case flip costs 1 and any other edit 2, and at most a third of the characters may
//! change.
//!
//! An AttributeError's candidates are `dir()` of the object the lookup failed on.
//!
//! Where rattle differs: CPython keeps the missing name in the NameError's `name`
//! attribute (set by the eval loop), and the name and object in the AttributeError's `name`
//! and `obj` (set by `PyObject_GetAttr` when a lookup fails, not by a failed assignment or
//! deletion); rattle's exceptions have no such fields yet, so they are read back from
//! rattle's own messages: `name 'x' is not defined` (and the free variable one), `'list'
//! object has no attribute 'x'` (the type's `dir()` comes from `builtin_dirs.rs`, builtin
//! types only), `type object 'int' has no attribute 'x'` and `module 'sys' has no attribute
//! 'x'` (the module found in `sys.modules`); an AttributeError whose innermost traceback
//! entry is a STORE_ATTR or DELETE_ATTR gets none. So an exception raised by hand with
//! exactly such a text (or a failed `setattr()`) gets a suggestion CPython does not give.

use bytecode::Opcode;

use crate::errors::ExcKind;
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::types::{dict, exception, module, str as pystr, traceback as tb, tuple};

/// `MAX_CANDIDATE_ITEMS`: longer lists are not searched.
const MAX_CANDIDATE_ITEMS: usize = 750;
/// `MAX_STRING_SIZE`: names longer than this (after trimming common affixes) never match.
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// `substitution_cost`: 0 for equal bytes, 1 for an ASCII case flip, else 2.
fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        return CASE_COST;
    }
    MOVE_COST
}

/// `levenshtein_distance`: the edit distance of `a` and `b`, or anything above `max_cost`
/// once it is sure to exceed it.
fn levenshtein_distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    // Trim away common affixes.
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    // Prefer the shorter buffer.
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    // Quick fail when a match is impossible.
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix, updated in place.
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            // 1) substitute: the previous distance in this row is cost(b[:b_index], a[:index]).
            let substitute = distance + substitution_cost(code, ac);
            // 2) cost(b[:b_index], a[:index+1]) from the previous row.
            distance = buffer[index];
            // 3) the existing result is cost(b[:b_index+1], a[:index]).
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            // Everything in this row is too expensive.
            return max_cost + 1;
        }
    }
    result
}

/// `calculate_suggestions`: the candidate closest to `name` (the first of equals), if any
/// is close enough; lists of [`MAX_CANDIDATE_ITEMS`] or more are not searched.
pub fn calculate_suggestions<S: AsRef<str>>(dir: &[S], name: &str) -> Option<String> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in dir {
        let item = item.as_ref();
        if item == name {
            continue;
        }
        // No more than 1/3 of the involved characters should need changing.
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        // Don't take matches we've already beaten.
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
            if d == 0 {
                continue;
            }
        }
        let distance = levenshtein_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| s.to_string())
}

/// `_Py_Offer_Suggestions`: the name to propose for `exc`, if any.
pub(crate) fn offer_suggestions(rt: &Runtime, exc: &ObjRef) -> Option<String> {
    if crate::ops::is_subtype(exc.type_ref(), rt.exc_type(ExcKind::AttributeError)) {
        return offer_suggestions_for_attribute_error(rt, exc);
    }
    if crate::ops::is_subtype(exc.type_ref(), rt.exc_type(ExcKind::NameError)) {
        return offer_suggestions_for_name_error(rt, exc);
    }
    None
}

/// The single str argument of an exception of exactly the builtin type `kind`.
fn message_of(rt: &Runtime, exc: &ObjRef, kind: ExcKind) -> Option<String> {
    if !exc.type_ref().is(rt.exc_type(kind)) {
        return None;
    }
    let args = exception::payload(exc)?.args()?;
    let [msg] = tuple::items(&args)? else {
        return None;
    };
    pystr::as_str(msg).map(str::to_string)
}

/// The innermost traceback entry of `exc`.
fn innermost_entry(exc: &ObjRef) -> Option<ObjRef> {
    let mut entry = exception::payload(exc)?
        .traceback()
        .filter(|t| tb::payload(t).is_some())?;
    while let Some(next) = tb::payload(&entry).and_then(tb::TracebackPayload::next) {
        entry = next;
    }
    Some(entry)
}

/// `offer_suggestions_for_attribute_error`: `dir(obj)` searched for the missing name (see
/// the module comment for how `obj` and the name are found).
fn offer_suggestions_for_attribute_error(rt: &Runtime, exc: &ObjRef) -> Option<String> {
    let msg = message_of(rt, exc, ExcKind::AttributeError)?;
    // Only a failed lookup records its object: not an assignment or a deletion.
    if let Some(entry) = innermost_entry(exc) {
        let t = tb::payload(&entry)?;
        let op = t
            .code()
            .instructions
            .get(t.lasti() as usize)
            .map(|i| i.opcode());
        if matches!(op, Some(Opcode::StoreAttr | Opcode::DeleteAttr)) {
            return None;
        }
    }
    let (subject, name) = msg.rsplit_once(" has no attribute '")?;
    let name = name.strip_suffix('\'')?;
    let quoted = |s: &str| s.strip_prefix('\'')?.strip_suffix('\'').map(str::to_string);
    let dir: Vec<String> = if let Some(ty) = subject.strip_suffix(" object").and_then(quoted) {
        builtin_dir(&ty)?
    } else if let Some(ty) = subject.strip_prefix("type object ").and_then(quoted) {
        builtin_dir(&ty)?
    } else if let Some(m) = subject.strip_prefix("module ").and_then(quoted) {
        let modules = rt.sys_modules()?;
        let key = rt.new_str(&m).ok()?;
        let module = dict::payload(&modules)?.get(rt, &key).ok()??;
        let mut keys = str_keys(&module::payload(&module)?.dict()?)?;
        keys.sort();
        keys
    } else {
        return None;
    };
    calculate_suggestions(&dir, name)
}

/// `dir()` of an instance of the builtin type named `ty`.
fn builtin_dir(ty: &str) -> Option<Vec<String>> {
    let (_, names) = crate::builtin_dirs::BUILTIN_DIRS
        .iter()
        .find(|(n, _)| *n == ty)?;
    Some(names.iter().map(|s| s.to_string()).collect())
}

/// The missing name of a NameError raised by the eval loop (see the module comment).
fn name_error_name(rt: &Runtime, exc: &ObjRef) -> Option<String> {
    // CPython sets `name` only on exact NameErrors (`format_exc_check_arg`).
    let msg = message_of(rt, exc, ExcKind::NameError)?;
    let inner = msg
        .strip_prefix("name '")
        .and_then(|m| m.strip_suffix("' is not defined"))
        .or_else(|| {
            msg.strip_prefix("cannot access free variable '")
                .and_then(|m| {
                    m.strip_suffix("' where it is not associated with a value in enclosing scope")
                })
        })?;
    Some(inner.to_string())
}

/// The keys of a dict as text; `None` if one is not a str (CPython's search then fails).
fn str_keys(d: &ObjRef) -> Option<Vec<String>> {
    dict::payload(d)?
        .items()
        .iter()
        .map(|(k, _)| pystr::as_str(k).map(str::to_string))
        .collect()
}

/// `offer_suggestions_for_name_error`: `co_varnames` of the innermost entry's code, then its
/// globals, then the builtins those globals name.
fn offer_suggestions_for_name_error(rt: &Runtime, exc: &ObjRef) -> Option<String> {
    let name = name_error_name(rt, exc)?;
    let entry = innermost_entry(exc)?;
    let t = tb::payload(&entry)?;
    if let Some(s) = calculate_suggestions(&t.code().varnames, &name) {
        return Some(s);
    }
    let globals = t.globals()?;
    if let Some(s) = calculate_suggestions(&str_keys(&globals)?, &name) {
        return Some(s);
    }
    let key = rt.intern("__builtins__").ok()?;
    let builtins = dict::payload(&globals)?.get(rt, &key).ok()??;
    let builtins = match module::payload(&builtins) {
        Some(m) => m.dict()?,
        None => builtins,
    };
    calculate_suggestions(&str_keys(&builtins)?, &name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(levenshtein_distance(b"total", b"totl", 10), 2);
        assert_eq!(levenshtein_distance(b"Total", b"total", 10), 1);
        assert_eq!(levenshtein_distance(b"abc", b"abc", 10), 0);
        assert_eq!(levenshtein_distance(b"nmae", b"name", 10), 4);
    }

    #[test]
    fn suggestions() {
        assert_eq!(
            calculate_suggestions(&["total", "x"], "totl").as_deref(),
            Some("total")
        );
        assert_eq!(calculate_suggestions(&["name"], "nmae"), None);
        assert_eq!(calculate_suggestions(&["abc"], "abc"), None);
        let many: Vec<String> = (0..750).map(|i| format!("v{i}")).collect();
        assert_eq!(calculate_suggestions(&many, "v1x"), None);
    }
}
