//! Every operation of the `ops` layer on every pair from a zoo of values (all builtin types,
//! edge numbers, empty and nested containers, self-containing containers) either returns or
//! raises: no panic, no abort, and the runtime still tears down with zero leaked blocks.

mod common;

use bytecode::{BinaryOp, CompareOp};
use common::assert_clean_teardown;
use common::pyvalue::parse;
use vm::protocol::UnaryOp;
use vm::types::{dict, list, set};
use vm::{ops, ObjRef, Runtime};

fn zoo(rt: &Runtime) -> Vec<ObjRef> {
    let mut v: Vec<ObjRef> = [
        "0",
        "1",
        "-1",
        "True",
        "False",
        "None",
        "7",
        "-9223372036854775808",
        "9223372036854775807",
        "123456789012345678901234567890",
        "0.0",
        "-0.0",
        "1.5",
        "inf",
        "nan",
        "1e+308",
        "5e-324",
        "''",
        "'abc'",
        "'é€😀'",
        "()",
        "(1,)",
        "(1, 'a', (2.5, None))",
        "[]",
        "[1, 2, 3]",
        "[[], [[]]]",
        "(1, [2])",
    ]
    .iter()
    .map(|s| parse(rt, s))
    .collect();
    let d = rt.new_dict().unwrap();
    drop(dict::dict_setitem(rt, &d, parse(rt, "'k'"), parse(rt, "[1]")).unwrap());
    drop(dict::dict_setitem(rt, &d, parse(rt, "2"), d.clone()).unwrap());
    let s = rt.new_set().unwrap();
    for x in ["1", "'a'", "(1, 2)", "2.5"] {
        set::set_add(rt, &s, parse(rt, x)).unwrap();
    }
    let f = rt.new_frozenset().unwrap();
    set::set_update(rt, &f, &s).unwrap();
    let l = rt.new_list(vec![]).unwrap();
    list::append(rt, &l, l.clone()).unwrap();
    let big = |t: &str| t.parse::<num_bigint::BigInt>().unwrap();
    v.push(d);
    v.push(s);
    v.push(f);
    v.push(l);
    v.push(rt.new_range(big("0"), big("10"), big("3")).unwrap());
    v.push(
        rt.new_range(big("0"), big("100000000000000000000000"), big("-7"))
            .unwrap(),
    );
    v.push(
        rt.new_slice(parse(rt, "1"), parse(rt, "None"), parse(rt, "-1"))
            .unwrap(),
    );
    v.push(
        rt.new_slice(parse(rt, "None"), parse(rt, "None"), parse(rt, "0"))
            .unwrap(),
    );
    v.push(rt.new_err(vm::ExcKind::KeyError, "k").into_object());
    v.push(rt.types().int.clone());
    v.push(rt.not_implemented().clone());
    v.push(rt.ellipsis().clone());
    v.push(rt.new_object().unwrap());
    v.push(rt.new_module("m").unwrap());
    v.push(rt.new_cell(None).unwrap());
    v
}

const BINARY: [BinaryOp; 26] = [
    BinaryOp::Add,
    BinaryOp::And,
    BinaryOp::FloorDivide,
    BinaryOp::Lshift,
    BinaryOp::MatrixMultiply,
    BinaryOp::Multiply,
    BinaryOp::Remainder,
    BinaryOp::Or,
    BinaryOp::Power,
    BinaryOp::Rshift,
    BinaryOp::Subtract,
    BinaryOp::TrueDivide,
    BinaryOp::Xor,
    BinaryOp::InplaceAdd,
    BinaryOp::InplaceAnd,
    BinaryOp::InplaceFloorDivide,
    BinaryOp::InplaceLshift,
    BinaryOp::InplaceMatrixMultiply,
    BinaryOp::InplaceMultiply,
    BinaryOp::InplaceRemainder,
    BinaryOp::InplaceOr,
    BinaryOp::InplacePower,
    BinaryOp::InplaceRshift,
    BinaryOp::InplaceSubtract,
    BinaryOp::InplaceTrueDivide,
    BinaryOp::InplaceXor,
];

const COMPARE: [CompareOp; 6] = [
    CompareOp::Lt,
    CompareOp::Le,
    CompareOp::Eq,
    CompareOp::Ne,
    CompareOp::Gt,
    CompareOp::Ge,
];

#[test]
fn every_operation_on_every_pair_returns_or_raises() {
    let rt = Runtime::new().unwrap();
    let values = zoo(&rt);
    let mut outcomes = 0usize;
    for a in &values {
        let _ = ops::repr_string(&rt, a);
        let _ = ops::str_string(&rt, a);
        let _ = ops::hash(&rt, a);
        let _ = ops::len(&rt, a);
        let _ = ops::is_true(&rt, a);
        let _ = ops::to_int(&rt, a, None);
        let _ = ops::to_float(&rt, a);
        let _ = ops::sizeof(&rt, a);
        for op in [
            UnaryOp::Negative,
            UnaryOp::Positive,
            UnaryOp::Invert,
            UnaryOp::Absolute,
        ] {
            let _ = ops::unary_op(&rt, a, op);
        }
        if let Ok(it) = ops::get_iter(&rt, a) {
            for _ in 0..5 {
                match ops::iter_next(&rt, &it) {
                    Ok(Some(_)) => {}
                    _ => break,
                }
            }
        }
        for b in &values {
            // In-place operators mutate their left operand; work on copies of lists/sets.
            for op in BINARY {
                let left = match list::items(a) {
                    Some(items) => rt.new_list(items.to_vec()).unwrap(),
                    None => a.clone(),
                };
                if ops::binary_op(&rt, &left, b, op).is_ok() {
                    outcomes += 1;
                }
            }
            for op in COMPARE {
                let _ = ops::compare(&rt, a, b, op);
            }
            let _ = ops::contains(&rt, a, b);
            let _ = ops::get_item(&rt, a, b);
            let _ = ops::divmod(&rt, a, b);
            let _ = ops::power_mod(&rt, a, b, &parse(&rt, "7"));
            let _ = ops::exception_matches(&rt, a, b);
            let _ = ops::get_attr(&rt, a, b);
        }
    }
    assert!(outcomes > 100);
    // Break the self-references (the dict and the list) before teardown.
    for v in &values {
        if dict::payload(v).is_some() || list::items(v).is_some() {
            v.type_object().clear(v);
        }
    }
    drop(values);
    assert_clean_teardown(rt);
}
