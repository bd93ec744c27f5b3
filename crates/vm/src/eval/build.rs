//! Building values: `BUILD_TUPLE`/`LIST`/`SET`/`MAP`/`CONST_KEY_MAP`/`STRING`/`SLICE`, the
//! comprehension appends (`LIST_APPEND`, `SET_ADD`, `MAP_ADD`), the unpacking extends
//! (`LIST_EXTEND`, `SET_UPDATE`, `DICT_UPDATE`, `DICT_MERGE`), `UNPACK_SEQUENCE`/`UNPACK_EX`
//! (CPython's `unpack_iterable` and its ValueError texts) and `FORMAT_VALUE`
//! (conversion, then `ops::format`).

use super::calls::function_str;
use super::stack_underflow;
use crate::errors::{ExcKind, PyResult};
use crate::frame::ExecStack;
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::types::{dict, list, set, str as pystr, tuple};

impl ExecStack {
    /// Removes the top `n` values, in stack order.
    fn pop_n(&mut self, rt: &Runtime, n: usize) -> PyResult<Vec<ObjRef>> {
        let len = self.values.len();
        if n > len {
            return Err(stack_underflow(rt));
        }
        Ok(self.values.split_off(len - n))
    }

    /// `BUILD_TUPLE n`: the items move from the stack into the tuple.
    pub(crate) fn build_tuple(&mut self, rt: &Runtime, n: usize) -> PyResult<()> {
        let len = self.values.len();
        if n > len {
            return Err(stack_underflow(rt));
        }
        let t = rt.new_tuple_from(self.values.drain(len - n..))?;
        self.values.push(t);
        Ok(())
    }

    pub(crate) fn build_list(&mut self, rt: &Runtime, n: usize) -> PyResult<()> {
        let items = self.pop_n(rt, n)?;
        let l = rt.new_list(items)?;
        self.values.push(l);
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn build_set(&mut self, rt: &Runtime, n: usize) -> PyResult<()> {
        let items = self.pop_n(rt, n)?;
        let s = rt.new_set()?;
        for x in items {
            set::set_add(rt, &s, x)?;
        }
        self.values.push(s);
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn build_map(&mut self, rt: &Runtime, n: usize) -> PyResult<()> {
        let items = self.pop_n(rt, 2 * n)?;
        let d = rt.new_dict()?;
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            drop(dict::dict_setitem(rt, &d, k, v)?);
        }
        self.values.push(d);
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn build_const_key_map(&mut self, rt: &Runtime, n: usize) -> PyResult<()> {
        let keys = self.pop(rt)?;
        let values = self.pop_n(rt, n)?;
        let Some(ks) = tuple::items(&keys).filter(|k| k.len() == n) else {
            return Err(rt.new_err(
                ExcKind::SystemError,
                "bad BUILD_CONST_KEY_MAP keys argument",
            ));
        };
        let d = rt.new_dict()?;
        for (k, v) in ks.iter().zip(values) {
            drop(dict::dict_setitem(rt, &d, k.clone(), v)?);
        }
        self.values.push(d);
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn build_string(&mut self, rt: &Runtime, n: usize) -> PyResult<()> {
        let parts = self.pop_n(rt, n)?;
        let mut s = String::new();
        for p in &parts {
            s.push_str(pystr::as_str(p).unwrap_or(""));
        }
        drop(parts);
        let r = rt.new_str(&s)?;
        self.values.push(r);
        Ok(())
    }

    pub(crate) fn list_append(&mut self, rt: &Runtime, i: usize) -> PyResult<()> {
        let v = self.pop(rt)?;
        let l = self.peek(rt, i - 1)?;
        list::append(rt, l, v)
    }

    #[inline(never)]
    pub(crate) fn set_add(&mut self, rt: &Runtime, i: usize) -> PyResult<()> {
        let v = self.pop(rt)?;
        let s = self.peek(rt, i - 1)?;
        set::set_add(rt, s, v)
    }

    #[inline(never)]
    pub(crate) fn map_add(&mut self, rt: &Runtime, i: usize) -> PyResult<()> {
        let value = self.pop(rt)?;
        let key = self.pop(rt)?;
        let d = self.peek(rt, i - 1)?;
        drop(dict::dict_setitem(rt, d, key, value)?);
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn list_extend(&mut self, rt: &Runtime, i: usize) -> PyResult<()> {
        let iterable = self.pop(rt)?;
        let l = self.peek(rt, i - 1)?;
        if let Err(e) = list::extend(rt, l, &iterable) {
            let p = iterable.type_object().proto();
            if e.matches(rt, ExcKind::TypeError) && p.iter.is_none() && p.getitem.is_none() {
                return Err(rt.type_error(format!(
                    "Value after * must be an iterable, not {}",
                    ops::type_name(&iterable)
                )));
            }
            return Err(e);
        }
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn set_update(&mut self, rt: &Runtime, i: usize) -> PyResult<()> {
        let iterable = self.pop(rt)?;
        let s = self.peek(rt, i - 1)?;
        set::set_update(rt, s, &iterable)
    }

    #[inline(never)]
    pub(crate) fn dict_update(&mut self, rt: &Runtime, i: usize) -> PyResult<()> {
        let update = self.pop(rt)?;
        let d = self.peek(rt, i - 1)?;
        let Some(src) = dict::payload(&update) else {
            return Err(rt.type_error(format!(
                "'{}' object is not a mapping",
                ops::type_name(&update)
            )));
        };
        for (k, v) in src.items() {
            drop(dict::dict_setitem(rt, d, k, v)?);
        }
        Ok(())
    }

    /// `DICT_MERGE i`: `… callable args dict … mapping`; a repeated key is CPython's
    /// "got multiple values for keyword argument".
    #[inline(never)]
    pub(crate) fn dict_merge(&mut self, rt: &Runtime, i: usize) -> PyResult<()> {
        let update = self.pop(rt)?;
        let d = self.peek(rt, i - 1)?;
        let Some(src) = dict::payload(&update) else {
            let func = self.peek(rt, i + 1)?;
            return Err(rt.type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                function_str(rt, func)?,
                ops::type_name(&update)
            )));
        };
        let Some(dst) = dict::payload(d) else {
            return Err(stack_underflow(rt));
        };
        for (k, v) in src.items() {
            if dst.get(rt, &k)?.is_some() {
                let func = self.peek(rt, i + 1)?;
                return Err(rt.type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    function_str(rt, func)?,
                    ops::str_string(rt, &k)?
                )));
            }
            drop(dict::dict_setitem(rt, d, k, v)?);
        }
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn list_to_tuple(&mut self, rt: &Runtime) -> PyResult<()> {
        let l = self.pop(rt)?;
        let items = list::items(&l).map(|v| v.to_vec()).unwrap_or_default();
        drop(l);
        let t = rt.new_tuple(items)?;
        self.values.push(t);
        Ok(())
    }

    /// `UNPACK_SEQUENCE n`: exactly n items, the first on top.
    pub(crate) fn unpack_sequence(&mut self, rt: &Runtime, n: usize) -> PyResult<()> {
        let seq = self.pop(rt)?;
        let t = seq.type_ref();
        let items: Vec<ObjRef> =
            if t.is(&rt.types().tuple) && tuple::items(&seq).is_some_and(|i| i.len() == n) {
                tuple::items(&seq).unwrap_or(&[]).to_vec()
            } else if t.is(&rt.types().list) && list::items(&seq).is_some_and(|i| i.len() == n) {
                list::items(&seq).map(|v| v.to_vec()).unwrap_or_default()
            } else {
                unpack_iterable(rt, &seq, n, None)?
            };
        drop(seq);
        self.values.extend(items.into_iter().rev());
        Ok(())
    }

    /// `UNPACK_EX before | after << 8`: `a, *b, c = seq`.
    #[inline(never)]
    pub(crate) fn unpack_ex(&mut self, rt: &Runtime, arg: u32) -> PyResult<()> {
        let before = (arg & 0xff) as usize;
        let after = (arg >> 8) as usize;
        let seq = self.pop(rt)?;
        let items = unpack_iterable(rt, &seq, before, Some(after))?;
        drop(seq);
        self.values.extend(items.into_iter().rev());
        Ok(())
    }

    /// `FORMAT_VALUE`: conversion (`!s`, `!r`, `!a`), then `format(value, spec)`.
    #[inline(never)]
    pub(crate) fn format_value(&mut self, rt: &Runtime, arg: u32) -> PyResult<()> {
        let spec = if arg & 0x04 != 0 {
            Some(self.pop(rt)?)
        } else {
            None
        };
        let value = self.pop(rt)?;
        let value = match arg & 0x03 {
            1 => ops::convert(rt, &value, 's')?,
            2 => ops::convert(rt, &value, 'r')?,
            3 => ops::convert(rt, &value, 'a')?,
            _ => value,
        };
        let spec_text = spec.as_ref().and_then(pystr::as_str).unwrap_or("");
        let r = ops::format(rt, &value, spec_text)?;
        self.values.push(r);
        Ok(())
    }
}

/// CPython's `unpack_iterable`: `before` items, then (with `after`) a list of the middle and
/// `after` more items; the result in target order (first target first).
fn unpack_iterable(
    rt: &Runtime,
    seq: &ObjRef,
    before: usize,
    after: Option<usize>,
) -> PyResult<Vec<ObjRef>> {
    let p = seq.type_object().proto();
    if p.iter.is_none() && p.getitem.is_none() {
        return Err(rt.type_error(format!(
            "cannot unpack non-iterable {} object",
            ops::type_name(seq)
        )));
    }
    let it = ops::get_iter(rt, seq)?;
    let mut out = Vec::with_capacity(before + after.unwrap_or(0) + 1);
    for i in 0..before {
        match ops::iter_next(rt, &it)? {
            Some(v) => out.push(v),
            None => {
                return Err(rt.value_error(match after {
                    None => format!("not enough values to unpack (expected {before}, got {i})"),
                    Some(a) => format!(
                        "not enough values to unpack (expected at least {}, got {i})",
                        before + a
                    ),
                }))
            }
        }
    }
    let Some(after) = after else {
        if ops::iter_next(rt, &it)?.is_some() {
            return Err(rt.value_error(format!("too many values to unpack (expected {before})")));
        }
        return Ok(out);
    };
    let mut rest = Vec::new();
    while let Some(v) = ops::iter_next(rt, &it)? {
        rest.push(v);
    }
    if rest.len() < after {
        return Err(rt.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            before + rest.len()
        )));
    }
    let tail = rest.split_off(rest.len() - after);
    out.push(rt.new_list(rest)?);
    out.extend(tail);
    Ok(out)
}
