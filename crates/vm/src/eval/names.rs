//! Names: fast locals (slots), the locals mapping of module bodies (`LOAD_NAME`), globals with
//! the builtins fallback (`LOAD_GLOBAL`), cells and free variables (`MAKE_CELL`,
//! `COPY_FREE_VARS`, `LOAD_DEREF`, ...), imports and `SETUP_ANNOTATIONS`, with CPython's
//! NameError / UnboundLocalError texts; and the calls of builtins that read the calling
//! frame's names (`globals()`, `locals()`, `vars()`, `dir()`: `builtins/frame.rs`).

use bytecode::CodeObject;

use super::{bad_operand, drain_finalizers};
use crate::errors::{ExcKind, PyErr, PyResult};
use crate::frame::ExecStack;
use crate::object::ObjRef;
use crate::ops;
use crate::runtime::Runtime;
use crate::types::code::{CodePayload, GlobalCacheEntry};
use crate::types::{cell, dict, function, str as pystr, tuple};

fn name_text(v: &ObjRef) -> &str {
    pystr::as_str(v).unwrap_or("")
}

/// "name 'x' is not defined".
fn name_error(rt: &Runtime, name: &ObjRef) -> PyErr {
    rt.new_err(
        ExcKind::NameError,
        format!("name '{}' is not defined", name_text(name)),
    )
}

/// UnboundLocalError for the fast local `slot`.
#[cold]
pub(crate) fn unbound_local(rt: &Runtime, cp: &CodePayload, slot: usize) -> PyErr {
    match cp.localsplus_names().get(slot) {
        Some(n) => rt.new_err(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name_text(n)
            ),
        ),
        None => bad_operand(rt),
    }
}

/// `format_exc_unbound`: an empty cell of this code (UnboundLocalError) or of an enclosing
/// scope (NameError).
#[cold]
fn unbound_deref(rt: &Runtime, cp: &CodePayload, slot: usize) -> PyErr {
    let co = cp.code();
    if slot < co.varnames.len() + co.cellvars.len() {
        return unbound_local(rt, cp, slot);
    }
    let name = cp.localsplus_names().get(slot).map_or("", |n| name_text(n));
    rt.new_err(
        ExcKind::NameError,
        format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ),
    )
}

/// `LOAD_GLOBAL` by lookup when globals and builtins are dicts, recording where the name was
/// found in the code object's cache: `Ok(None)` only when they are not dicts (the caller
/// takes the general path).
fn cached_global(
    rt: &Runtime,
    cp: &CodePayload,
    i: usize,
    name: &ObjRef,
    globals: &ObjRef,
    builtins: &ObjRef,
) -> PyResult<Option<ObjRef>> {
    let (Some(g), Some(b)) = (dict::payload(globals), dict::payload(builtins)) else {
        return Ok(None);
    };
    let hash = ops::hash(rt, name)?;
    let (in_builtins, index) = match g.index_of(rt, name, hash)? {
        Some(ix) => (false, ix),
        None => match b.index_of(rt, name, hash)? {
            Some(ix) => (true, ix),
            None => return Err(name_error(rt, name)),
        },
    };
    let d = if in_builtins { b } else { g };
    let Some(v) = d.value_at(index) else {
        return Err(name_error(rt, name));
    };
    cp.cache_global(
        i,
        GlobalCacheEntry {
            globals_version: g.version(),
            builtins_version: b.version(),
            in_builtins,
            index,
        },
    );
    Ok(Some(v))
}

fn dict_get(rt: &Runtime, d: &ObjRef, key: &ObjRef) -> PyResult<Option<ObjRef>> {
    match dict::payload(d) {
        Some(p) => p.get(rt, key),
        None => ops::get_item(rt, d, key).map(Some).or_else(|e| {
            if e.matches(rt, ExcKind::KeyError) {
                Ok(None)
            } else {
                Err(e)
            }
        }),
    }
}

impl ExecStack {
    fn name<'a>(&self, rt: &Runtime, cp: &'a CodePayload, i: usize) -> PyResult<&'a ObjRef> {
        cp.names().get(i).ok_or_else(|| bad_operand(rt))
    }

    #[inline(always)]
    pub(crate) fn store_fast(&mut self, rt: &Runtime, slot: usize) -> PyResult<()> {
        let v = self.pop(rt)?;
        match self.values.get_mut(slot) {
            Some(s) => drop(std::mem::replace(s, v)),
            None => return Err(bad_operand(rt)),
        }
        drain_finalizers(rt);
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn delete_fast(
        &mut self,
        rt: &Runtime,
        cp: &CodePayload,
        base: usize,
        i: usize,
    ) -> PyResult<()> {
        let null = self.null.clone();
        match self.values.get_mut(base + i) {
            Some(s) if !s.is(&null) => drop(std::mem::replace(s, null)),
            _ => return Err(unbound_local(rt, cp, i)),
        }
        drain_finalizers(rt);
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn load_name(&mut self, rt: &Runtime, cp: &CodePayload, i: usize) -> PyResult<()> {
        let name = self.name(rt, cp, i)?;
        let Some(f) = self.frames.last() else {
            return Err(bad_operand(rt));
        };
        let Some(locals) = &f.locals else {
            return Err(rt.new_err(
                ExcKind::SystemError,
                format!("no locals when loading '{}'", name_text(name)),
            ));
        };
        let v = match dict_get(rt, locals, name)? {
            Some(v) => v,
            None => match dict_get(rt, &f.globals, name)? {
                Some(v) => v,
                None => match dict_get(rt, &f.builtins, name)? {
                    Some(v) => v,
                    None => return Err(name_error(rt, name)),
                },
            },
        };
        self.values.push(v);
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn store_name(&mut self, rt: &Runtime, cp: &CodePayload, i: usize) -> PyResult<()> {
        let name = self.name(rt, cp, i)?;
        let v = self.pop(rt)?;
        let Some(locals) = self.frames.last().and_then(|f| f.locals.as_ref()) else {
            return Err(rt.new_err(
                ExcKind::SystemError,
                format!("no locals found when storing '{}'", name_text(name)),
            ));
        };
        if dict::payload(locals).is_some() {
            drop(dict::dict_setitem(rt, locals, name.clone(), v)?);
        } else {
            ops::set_item(rt, locals, name, v)?;
        }
        drain_finalizers(rt);
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn delete_name(&mut self, rt: &Runtime, cp: &CodePayload, i: usize) -> PyResult<()> {
        let name = self.name(rt, cp, i)?;
        let Some(locals) = self.frames.last().and_then(|f| f.locals.as_ref()) else {
            return Err(rt.new_err(
                ExcKind::SystemError,
                format!("no locals when deleting '{}'", name_text(name)),
            ));
        };
        if let Err(e) = ops::del_item(rt, locals, name) {
            if e.matches(rt, ExcKind::KeyError) {
                return Err(name_error(rt, name));
            }
            return Err(e);
        }
        drain_finalizers(rt);
        Ok(())
    }

    /// `LOAD_GLOBAL`: globals, then builtins; `[NULL]` below when the low bit is set.
    #[inline(always)]
    pub(crate) fn load_global(
        &mut self,
        rt: &Runtime,
        cp: &CodePayload,
        arg: usize,
    ) -> PyResult<()> {
        let v = match self.cached_global_hit(rt, cp, arg >> 1) {
            Some(v) => v,
            None => self.load_global_miss(rt, cp, arg >> 1)?,
        };
        if arg & 1 != 0 {
            let n = self.null.clone();
            self.values.push(n);
        }
        self.values.push(v);
        Ok(())
    }

    /// The value of global name `i` when the code's cache entry is still valid: the dict
    /// it points into has the recorded version (and, for a builtin, the globals still do,
    /// so the name has not been defined there since). CPython's `LOAD_GLOBAL_MODULE` /
    /// `LOAD_GLOBAL_BUILTIN`.
    #[inline(always)]
    fn cached_global_hit(&self, rt: &Runtime, cp: &CodePayload, i: usize) -> Option<ObjRef> {
        let e = cp.cached_global(i)?;
        let f = self.frames.last()?;
        let exact_dict = &rt.types().exact.dict;
        let g = exact_dict.payload(&f.globals)?;
        if e.globals_version != g.version() {
            return None;
        }
        if !e.in_builtins {
            return g.value_at(e.index);
        }
        let b = exact_dict.payload(&f.builtins)?;
        if e.builtins_version != b.version() {
            return None;
        }
        b.value_at(e.index)
    }

    /// `LOAD_GLOBAL` without a valid cache entry: looks the name up and records where.
    #[inline(never)]
    fn load_global_miss(&mut self, rt: &Runtime, cp: &CodePayload, i: usize) -> PyResult<ObjRef> {
        let name = self.name(rt, cp, i)?;
        let Some(f) = self.frames.last() else {
            return Err(bad_operand(rt));
        };
        match cached_global(rt, cp, i, name, &f.globals, &f.builtins)? {
            Some(v) => Ok(v),
            None => self.load_global_slow(rt, name),
        }
    }

    /// `LOAD_GLOBAL` when the namespaces are not plain dicts.
    fn load_global_slow(&mut self, rt: &Runtime, name: &ObjRef) -> PyResult<ObjRef> {
        let Some(f) = self.frames.last() else {
            return Err(bad_operand(rt));
        };
        Ok(match dict_get(rt, &f.globals, name)? {
            Some(v) => v,
            None => match dict_get(rt, &f.builtins, name)? {
                Some(v) => v,
                None => return Err(name_error(rt, name)),
            },
        })
    }

    #[inline(never)]
    pub(crate) fn store_global(
        &mut self,
        rt: &Runtime,
        cp: &CodePayload,
        i: usize,
    ) -> PyResult<()> {
        let name = self.name(rt, cp, i)?;
        let v = self.pop(rt)?;
        let Some(f) = self.frames.last() else {
            return Err(bad_operand(rt));
        };
        drop(dict::dict_setitem(rt, &f.globals, name.clone(), v)?);
        drain_finalizers(rt);
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn delete_global(
        &mut self,
        rt: &Runtime,
        cp: &CodePayload,
        i: usize,
    ) -> PyResult<()> {
        let name = self.name(rt, cp, i)?;
        let Some(f) = self.frames.last() else {
            return Err(bad_operand(rt));
        };
        if let Err(e) = dict::dict_delitem(rt, &f.globals, name) {
            if e.matches(rt, ExcKind::KeyError) {
                return Err(name_error(rt, name));
            }
            return Err(e);
        }
        drain_finalizers(rt);
        Ok(())
    }

    fn slot(&self, rt: &Runtime, slot: usize) -> PyResult<&ObjRef> {
        self.values.get(slot).ok_or_else(|| bad_operand(rt))
    }

    pub(crate) fn load_closure(&mut self, rt: &Runtime, slot: usize) -> PyResult<()> {
        let c = self.slot(rt, slot)?.clone();
        self.values.push(c);
        Ok(())
    }

    pub(crate) fn load_deref(
        &mut self,
        rt: &Runtime,
        cp: &CodePayload,
        base: usize,
        i: usize,
    ) -> PyResult<()> {
        let v = cell::payload(self.slot(rt, base + i)?).and_then(cell::CellPayload::get);
        match v {
            Some(v) => {
                self.values.push(v);
                Ok(())
            }
            None => Err(unbound_deref(rt, cp, i)),
        }
    }

    /// `LOAD_CLASSDEREF`: a class body looks in its locals mapping before the cell.
    #[inline(never)]
    pub(crate) fn load_classderef(
        &mut self,
        rt: &Runtime,
        cp: &CodePayload,
        base: usize,
        i: usize,
    ) -> PyResult<()> {
        let name = cp
            .localsplus_names()
            .get(i)
            .ok_or_else(|| bad_operand(rt))?;
        if let Some(locals) = self.frames.last().and_then(|f| f.locals.clone()) {
            if let Some(v) = dict_get(rt, &locals, name)? {
                self.values.push(v);
                return Ok(());
            }
        }
        self.load_deref(rt, cp, base, i)
    }

    pub(crate) fn store_deref(&mut self, rt: &Runtime, slot: usize) -> PyResult<()> {
        let v = self.pop(rt)?;
        let old = match cell::payload(self.slot(rt, slot)?) {
            Some(c) => c.set(Some(v)),
            None => return Err(bad_operand(rt)),
        };
        drop(old);
        drain_finalizers(rt);
        Ok(())
    }

    #[inline(never)]
    pub(crate) fn delete_deref(
        &mut self,
        rt: &Runtime,
        cp: &CodePayload,
        base: usize,
        i: usize,
    ) -> PyResult<()> {
        let old = match cell::payload(self.slot(rt, base + i)?) {
            Some(c) => c.set(None),
            None => return Err(bad_operand(rt)),
        };
        if old.is_none() {
            return Err(unbound_deref(rt, cp, i));
        }
        drop(old);
        drain_finalizers(rt);
        Ok(())
    }

    /// `MAKE_CELL`: the slot's value (or nothing) moves into a new cell.
    #[inline(never)]
    pub(crate) fn make_cell(&mut self, rt: &Runtime, slot: usize) -> PyResult<()> {
        let null = self.null.clone();
        let s = self.values.get_mut(slot).ok_or_else(|| bad_operand(rt))?;
        let v = std::mem::replace(s, null);
        let init = if v.is(&self.null) { None } else { Some(v) };
        let c = rt.new_cell(init)?;
        if let Some(s) = self.values.get_mut(slot) {
            *s = c;
        }
        Ok(())
    }

    /// `COPY_FREE_VARS n`: the function's closure cells into the last n slots.
    #[inline(never)]
    pub(crate) fn copy_free_vars(
        &mut self,
        rt: &Runtime,
        co: &CodeObject,
        base: usize,
        n: usize,
    ) -> PyResult<()> {
        let closure = self
            .frames
            .last()
            .and_then(|f| f.func.as_ref())
            .and_then(function::payload)
            .and_then(function::FunctionPayload::closure)
            .ok_or_else(|| bad_operand(rt))?;
        let cells = tuple::items(&closure).ok_or_else(|| bad_operand(rt))?;
        let start = base + co.frame_slots() - n;
        if cells.len() < n || self.values.len() < start + n {
            return Err(bad_operand(rt));
        }
        for (i, c) in cells[..n].iter().enumerate() {
            drop(std::mem::replace(&mut self.values[start + i], c.clone()));
        }
        Ok(())
    }

    /// `SETUP_ANNOTATIONS`: `__annotations__ = {}` in the locals unless present.
    #[inline(never)]
    pub(crate) fn setup_annotations(&mut self, rt: &Runtime) -> PyResult<()> {
        let Some(locals) = self.frames.last().and_then(|f| f.locals.clone()) else {
            return Err(rt.new_err(
                ExcKind::SystemError,
                "no locals found when setting up annotations",
            ));
        };
        let key = rt.intern("__annotations__")?;
        if dict_get(rt, &locals, &key)?.is_none() {
            let d = rt.new_dict()?;
            ops::set_item(rt, &locals, &key, d)?;
        }
        Ok(())
    }

    /// `IMPORT_NAME`: `… level fromlist → … module`.
    #[inline(never)]
    pub(crate) fn import_name(&mut self, rt: &Runtime, cp: &CodePayload, i: usize) -> PyResult<()> {
        let name = self.name(rt, cp, i)?;
        let fromlist = self.pop(rt)?;
        let level = self.pop(rt)?;
        let level = crate::types::int::as_i64(&level).unwrap_or(0).max(0) as usize;
        // A relative import is resolved against the importing module's globals.
        let globals = self.frames.last().map(|f| &f.globals);
        let m = crate::import::import_module_level(rt, name, globals, &fromlist, level)?;
        self.values.push(m);
        Ok(())
    }

    /// `IMPORT_STAR`: `… module → …`, the module's public names bound in the locals mapping
    /// (the compiler allows `import *` only at module level, where there is one).
    #[inline(never)]
    pub(crate) fn import_star(&mut self, rt: &Runtime) -> PyResult<()> {
        let module = self.pop(rt)?;
        let Some(locals) = self.frames.last().and_then(|f| f.locals.clone()) else {
            return Err(rt.new_err(ExcKind::SystemError, "no locals found during 'import *'"));
        };
        let r = crate::import::import_star(rt, &module, &locals);
        drop(module);
        drop(locals);
        drain_finalizers(rt);
        r
    }

    /// `IMPORT_FROM`: `… module → … module module.name`.
    #[inline(never)]
    pub(crate) fn import_from(&mut self, rt: &Runtime, cp: &CodePayload, i: usize) -> PyResult<()> {
        let name = self.name(rt, cp, i)?;
        let module = self.peek(rt, 0)?;
        let v = crate::import::import_from(rt, module, name)?;
        self.values.push(v);
        Ok(())
    }
}

impl ExecStack {
    /// Calls the callable at `values[callable_at]` that is not a Python function, with the
    /// arguments `values[args_start..]`: a frame-reading builtin gets a view of the current
    /// frame; anything else goes through its `call` slot.
    pub(crate) fn call_object_at(
        &mut self,
        rt: &Runtime,
        callable_at: usize,
        args_start: usize,
        kwnames: Option<&ObjRef>,
    ) -> PyResult<ObjRef> {
        let callable = self
            .values
            .get(callable_at)
            .ok_or_else(|| bad_operand(rt))?;
        let args = self
            .values
            .get(args_start..)
            .ok_or_else(|| bad_operand(rt))?;
        let frame_fn = crate::types::builtin_fn::payload(callable)
            .and_then(crate::types::builtin_fn::BuiltinFnPayload::frame_fn);
        match (frame_fn, self.frames.last_mut()) {
            (Some(f), Some(frame)) => {
                let mut view = crate::builtins::frame::FrameView {
                    frame,
                    values: &self.values,
                    null: &self.null,
                };
                f(rt, Some(&mut view), args, kwnames)
            }
            _ => super::calls::call_object(rt, callable, args, kwnames),
        }
    }
}
