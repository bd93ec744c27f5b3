//! Every container type reports exactly its references to `tp_traverse` (a missing edge is
//! the classic bug of refcount + cycle-collector systems), `tp_clear` breaks cycles so the
//! runtime tears down with zero leaked blocks, and a comparison that mutates the container
//! it is searching (a native type whose `==` clears the dict or set, as a Python `__eq__`
//! could) never crashes.

mod common;

use std::cell::RefCell;

use bytecode::CompareOp;
use common::assert_clean_teardown;
use common::pyvalue::parse;
use vm::protocol::ProtocolSlots;
use vm::types::{dict, exception, list, set};
use vm::{ops, ExcKind, ObjPtr, ObjRef, Payload, PyResult, Runtime, TypeFlags, TypeSpec};

fn edges(o: &ObjRef) -> Vec<usize> {
    let mut seen = Vec::new();
    o.type_object()
        .traverse(o, &mut |p: ObjPtr| seen.push(p.addr()));
    seen.sort_unstable();
    seen
}

fn ids(objs: &[&ObjRef]) -> Vec<usize> {
    let mut v: Vec<usize> = objs.iter().map(|o| o.id()).collect();
    v.sort_unstable();
    v
}

#[test]
fn every_container_reports_its_references() {
    let rt = Runtime::new().unwrap();
    let a = rt.new_float(1.5).unwrap();
    let b = rt.new_str("some text").unwrap();
    let c = rt.new_list(vec![]).unwrap();
    let l = rt.new_list(vec![a.clone(), b.clone()]).unwrap();
    assert_eq!(edges(&l), ids(&[&a, &b]));
    let t = rt.new_tuple(vec![a.clone(), c.clone()]).unwrap();
    assert_eq!(edges(&t), ids(&[&a, &c]));
    let d = rt.new_dict().unwrap();
    drop(dict::dict_setitem(&rt, &d, b.clone(), c.clone()).unwrap());
    assert_eq!(edges(&d), ids(&[&b, &c]));
    let s = rt.new_set().unwrap();
    set::set_add(&rt, &s, a.clone()).unwrap();
    set::set_add(&rt, &s, b.clone()).unwrap();
    assert_eq!(edges(&s), ids(&[&a, &b]));
    let f = rt.new_frozenset().unwrap();
    set::set_update(&rt, &f, &s).unwrap();
    assert_eq!(edges(&f), ids(&[&a, &b]));
    let sl = rt.new_slice(a.clone(), b.clone(), c.clone()).unwrap();
    assert_eq!(edges(&sl), ids(&[&a, &b, &c]));
    for container in [&l, &t, &b] {
        let it = ops::get_iter(&rt, container).unwrap();
        assert_eq!(edges(&it), ids(&[container]), "{}", it.type_object().name());
    }
    for container in [&d, &s] {
        let it = ops::get_iter(&rt, container).unwrap();
        assert_eq!(edges(&it), ids(&[container]), "{}", it.type_object().name());
    }
    let e = rt.new_err(ExcKind::ValueError, "x").into_object();
    let args = exception::payload(&e).unwrap().args().unwrap();
    drop(exception::payload(&e).unwrap().set_context(Some(c.clone())));
    assert_eq!(edges(&e), ids(&[&args, &c]));
    drop((args, l, t, d, s, f, sl, e, a, b, c));
    assert_clean_teardown(rt);
}

#[test]
fn clear_breaks_cycles_through_every_mutable_container() {
    let rt = Runtime::new().unwrap();
    rt.clear_free_lists();
    let base = rt.allocated_blocks();
    // list -> dict -> set-iterator -> set -> frozenset? (a frozenset cannot hold a list)
    let l = rt.new_list(vec![]).unwrap();
    let d = rt.new_dict().unwrap();
    drop(dict::dict_setitem(&rt, &d, parse(&rt, "'k'"), l.clone()).unwrap());
    let s = rt.new_set().unwrap();
    let t = rt.new_tuple(vec![d.clone()]).unwrap();
    set::set_add(&rt, &s, rt.new_tuple(vec![parse(&rt, "1")]).unwrap()).unwrap();
    let it = ops::get_iter(&rt, &s).unwrap();
    let e = rt.new_err(ExcKind::KeyError, "k").into_object();
    drop(exception::payload(&e).unwrap().set_cause(Some(t.clone())));
    list::append(&rt, &l, e.clone()).unwrap();
    list::append(&rt, &l, it.clone()).unwrap();
    // l -> e -> t -> d -> l: a cycle; drop our handles, then clear it as the collector would.
    let (lp, dp) = (l.clone(), d.clone());
    drop((l, d, s, t, it, e));
    assert!(rt.allocated_blocks() > base);
    lp.type_object().clear(&lp);
    dp.type_object().clear(&dp);
    drop((lp, dp));
    // Dead tuples wait on the tuple free lists (CPython's too); give them back first.
    rt.clear_free_lists();
    assert_eq!(rt.allocated_blocks(), base);
    assert_clean_teardown(rt);
}

/// A native key type whose `==` runs "user code": it empties the container stored in the
/// thread-local below and then answers `true`.
struct Evil;
impl Payload for Evil {}

thread_local! {
    static VICTIM: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

fn evil_hash(_: &Runtime, _: &ObjRef) -> PyResult<i64> {
    Ok(42)
}

fn evil_eq(rt: &Runtime, _: &ObjRef, _: &ObjRef, _: CompareOp) -> PyResult<ObjRef> {
    if let Some(v) = VICTIM.with(|v| v.borrow_mut().take()) {
        v.type_object().clear(&v);
    }
    Ok(rt.new_bool(true))
}

#[test]
fn mutation_during_comparison_never_crashes() {
    let rt = Runtime::new().unwrap();
    let ty = rt
        .new_type(
            TypeSpec::fixed::<Evil>("Evil", TypeFlags::NONE)
                .with_base(&rt.types().object)
                .with_proto(ProtocolSlots {
                    hash: Some(evil_hash),
                    richcompare: Some(evil_eq),
                    ..ProtocolSlots::default()
                }),
        )
        .unwrap();
    for _ in 0..3 {
        let d = rt.new_dict().unwrap();
        let k1 = rt.alloc(&ty, Evil).unwrap();
        drop(dict::dict_setitem(&rt, &d, k1, parse(&rt, "1")).unwrap());
        VICTIM.with(|v| *v.borrow_mut() = Some(d.clone()));
        let k2 = rt.alloc(&ty, Evil).unwrap();
        // The lookup compares k1 == k2, which clears the dict: the lookup restarts and
        // inserts into the now-empty dict.
        drop(dict::dict_setitem(&rt, &d, k2, parse(&rt, "2")).unwrap());
        assert_eq!(ops::len(&rt, &d).unwrap(), 1);
        let s = rt.new_set().unwrap();
        set::set_add(&rt, &s, rt.alloc(&ty, Evil).unwrap()).unwrap();
        VICTIM.with(|v| *v.borrow_mut() = Some(s.clone()));
        let probe = rt.alloc(&ty, Evil).unwrap();
        let _ = ops::contains(&rt, &s, &probe).unwrap();
        set::set_add(&rt, &s, probe).unwrap();
        assert_eq!(ops::len(&rt, &s).unwrap(), 1);
        // A list whose items vanish during `in`.
        let l = rt
            .new_list(vec![rt.alloc(&ty, Evil).unwrap(), parse(&rt, "1")])
            .unwrap();
        VICTIM.with(|v| *v.borrow_mut() = Some(l.clone()));
        assert!(ops::contains(&rt, &l, &rt.alloc(&ty, Evil).unwrap()).unwrap());
        drop((d, s, l));
    }
    drop(ty);
    assert_clean_teardown(rt);
}

fn double_first(
    rt: &Runtime,
    bound: Option<&ObjRef>,
    args: &[ObjRef],
    _kw: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    let x = args
        .first()
        .or(bound)
        .cloned()
        .unwrap_or_else(|| rt.none().clone());
    ops::binary_op(rt, &x, &x, bytecode::BinaryOp::Add)
}

#[test]
fn cells_builtin_functions_and_modules() {
    let rt = Runtime::new().unwrap();
    let v = rt.new_list(vec![]).unwrap();
    let c = rt.new_cell(Some(v.clone())).unwrap();
    assert_eq!(edges(&c), ids(&[&v]));
    let r = ops::repr_string(&rt, &c).unwrap();
    assert!(
        r.starts_with("<cell at 0x") && r.contains(": list object at 0x"),
        "{r}"
    );
    drop(vm::types::cell::payload(&c).unwrap().set(None));
    assert!(ops::repr_string(&rt, &c).unwrap().ends_with(": empty>"));
    assert_eq!(
        common::pyvalue::show_err(&rt, ops::hash(&rt, &c).unwrap_err()),
        "TypeError: unhashable type: 'cell'"
    );
    let f = rt.new_builtin_fn("double", double_first, None).unwrap();
    assert_eq!(
        ops::repr_string(&rt, &f).unwrap(),
        "<built-in function double>"
    );
    let r = ops::call(&rt, &f, &[parse(&rt, "21")], None).unwrap();
    assert_eq!(ops::repr_string(&rt, &r).unwrap(), "42");
    let m = rt
        .new_builtin_fn("double", double_first, Some(v.clone()))
        .unwrap();
    assert_eq!(edges(&m), ids(&[&v]));
    assert!(ops::repr_string(&rt, &m)
        .unwrap()
        .starts_with("<built-in method double of list object at 0x"));
    let module = rt.new_module("m").unwrap();
    assert_eq!(ops::repr_string(&rt, &module).unwrap(), "<module 'm'>");
    let name = rt.intern("x").unwrap();
    assert_eq!(
        common::pyvalue::show(&rt, ops::get_attr(&rt, &module, &name)),
        "AttributeError: module 'm' has no attribute 'x'"
    );
    ops::set_attr(&rt, &module, &name, f.clone()).unwrap();
    assert!(ops::get_attr(&rt, &module, &name).unwrap().is(&f));
    ops::del_attr(&rt, &module, &name).unwrap();
    assert!(ops::get_attr(&rt, &module, &name).is_err());
    drop((v, c, f, r, m, module, name));
    assert_clean_teardown(rt);
}

#[test]
fn builtin_methods_bind_through_the_method_tables() {
    let rt = Runtime::new().unwrap();
    let name = |s: &str| rt.intern(s).unwrap();
    let l = rt.new_list(vec![]).unwrap();
    let append = ops::get_attr(&rt, &l, &name("append")).unwrap();
    assert!(ops::repr_string(&rt, &append)
        .unwrap()
        .starts_with("<built-in method append of list object at 0x"));
    assert_eq!(edges(&append), ids(&[&l]), "a bound method holds its self");
    let show = |r| common::pyvalue::show(&rt, r);
    assert_eq!(
        show(ops::call(&rt, &append, &[parse(&rt, "1")], None)),
        "None"
    );
    assert_eq!(
        show(ops::call(&rt, &append, &[], None)),
        "TypeError: list.append() takes exactly one argument (0 given)"
    );
    let kw = rt.new_tuple(vec![name("x")]).unwrap();
    assert_eq!(
        show(ops::call(&rt, &append, &[parse(&rt, "1")], Some(&kw))),
        "TypeError: list.append() takes no keyword arguments"
    );
    assert_eq!(ops::repr_string(&rt, &l).unwrap(), "[1]");
    let pop = ops::get_attr(&rt, &l, &name("pop")).unwrap();
    assert_eq!(
        show(ops::call(&rt, &pop, &[parse(&rt, "5")], None)),
        "IndexError: pop index out of range"
    );
    assert_eq!(
        show(ops::call(&rt, &pop, &[parse(&rt, "'a'")], None)),
        "TypeError: 'str' object cannot be interpreted as an integer"
    );
    assert_eq!(show(ops::call(&rt, &pop, &[], None)), "1");
    assert_eq!(
        show(ops::call(&rt, &pop, &[], None)),
        "IndexError: pop from empty list"
    );
    let d = rt.new_dict().unwrap();
    let get = ops::get_attr(&rt, &d, &name("get")).unwrap();
    assert_eq!(
        show(ops::call(&rt, &get, &[], None)),
        "TypeError: get expected at least 1 argument, got 0"
    );
    assert_eq!(
        show(ops::call(
            &rt,
            &get,
            &[parse(&rt, "1"), parse(&rt, "2")],
            None
        )),
        "2"
    );
    assert_eq!(
        show(ops::get_attr(&rt, &parse(&rt, "1"), &name("nope"))),
        "AttributeError: 'int' object has no attribute 'nope'"
    );
    assert_eq!(
        show(ops::get_attr(&rt, &l, &name("nope"))),
        "AttributeError: 'list' object has no attribute 'nope'"
    );
    drop((l, append, pop, d, get, kw));
    assert_clean_teardown(rt);
}

#[test]
fn identifier_like_constants_are_interned() {
    let rt = Runtime::new().unwrap();
    let a = rt.str_constant("spam_1").unwrap();
    let b = rt.str_constant("spam_1").unwrap();
    assert!(a.is(&b));
    let c = rt.str_constant("not an identifier").unwrap();
    let d = rt.str_constant("not an identifier").unwrap();
    assert!(!c.is(&d));
    assert!(vm::intern::is_identifier_like(""));
    drop((a, b, c, d));
    assert_clean_teardown(rt);
}
