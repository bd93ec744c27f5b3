//! The generated-corpus test: `tests/oracle.py` prints CPython 3.11's results for thousands of
//! seeded pseudo-random inputs, and every line must be reproduced exactly by pyfmt. Skipped (with
//! a note) when `python3` is not CPython 3.11, since other versions format some values differently.

use pyfmt::Error;
use std::process::Command;

fn python_is_311() -> bool {
    Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "True")
        .unwrap_or(false)
}

/// CPython's lines for one section of the oracle, or None when python3 is not 3.11.
fn oracle(section: &str) -> Option<String> {
    if !python_is_311() {
        eprintln!("note: python3 is not CPython 3.11; oracle corpus test skipped");
        return None;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/oracle.py");
    let out = Command::new("python3")
        .args([script, section])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).expect("oracle output is UTF-8"))
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
        .collect()
}

fn text(s: &str) -> String {
    String::from_utf8(unhex(s)).expect("utf-8")
}

fn float(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).expect("float bits"))
}

/// The oracle's spelling of a result or an exception.
fn shown(r: Result<String, Error>) -> String {
    match r {
        Ok(s) => s,
        Err(e) => format!("!{:?}: {}", e.kind, e.message),
    }
}

/// Runs every line of `section` through `check`, which returns (ours, CPython's); reports all
/// mismatches (up to a point) rather than stopping at the first.
fn run(section: &str, check: impl Fn(&[&str]) -> (String, String)) {
    let Some(lines) = oracle(section) else { return };
    let mut failures = Vec::new();
    let mut count = 0;
    for line in lines.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let (ours, theirs) = check(&fields);
        count += 1;
        if ours != theirs {
            failures.push(format!(
                "{line}\n    ours:    {ours:?}\n    CPython: {theirs:?}"
            ));
        }
    }
    assert!(count > 1000, "oracle produced only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases differ:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

#[test]
fn reprs_match_cpython() {
    run("repr", |f| match f[0] {
        "float_repr" => (pyfmt::float_repr(float(f[1])), f[2].to_string()),
        "complex_repr" => (
            pyfmt::complex_repr(float(f[1]), float(f[2])),
            f[3].to_string(),
        ),
        "str_repr" => (pyfmt::str_repr(&text(f[1])), text(f[2])),
        "ascii" => (pyfmt::ascii_repr(&text(f[1])), f[2].to_string()),
        "bytes_repr" => (pyfmt::bytes_repr(&unhex(f[1])), f[2].to_string()),
        other => panic!("unknown case kind {other}"),
    });
}

fn bits_of(r: Result<f64, Error>) -> Result<String, Error> {
    r.map(|x| format!("{:016x}", x.to_bits()))
}

#[test]
fn parsing_and_rounding_match_cpython() {
    use pyfmt::{float, int};
    run("parse", |f| match f[0] {
        "int" => {
            let base: u32 = f[2].parse().expect("base");
            let ours = int::int_from_str(&text(f[1]), base, int::DEFAULT_MAX_STR_DIGITS)
                .and_then(|v| int::int_to_decimal_string(&v, int::DEFAULT_MAX_STR_DIGITS));
            (shown(ours), f[3].to_string())
        }
        "float" => {
            let ours = bits_of(float::float_from_str(&text(f[1])));
            // NaN payloads are not observable from Python; compare NaN as NaN.
            let theirs = f[2].to_string();
            if theirs.starts_with('!') {
                (shown(ours), theirs)
            } else {
                let same_nan =
                    float(&theirs).is_nan() && ours.as_ref().is_ok_and(|b| float(b).is_nan());
                (
                    if same_nan {
                        theirs.clone()
                    } else {
                        shown(ours)
                    },
                    theirs,
                )
            }
        }
        "round" => {
            let n: i64 = f[2].parse().expect("ndigits");
            let ours = float::float_round(float(f[1]), n);
            let theirs = f[3].to_string();
            let same_nan = ours.as_ref().is_ok_and(|x| x.is_nan()) && float(&theirs).is_nan();
            (
                if same_nan {
                    theirs.clone()
                } else {
                    shown(bits_of(ours))
                },
                theirs,
            )
        }
        "ratio" => {
            let ours = float::float_as_integer_ratio(float(f[1])).map(|(n, d)| format!("{n}/{d}"));
            (shown(ours), f[2].to_string())
        }
        other => panic!("unknown case kind {other}"),
    });
}

#[test]
fn format_specs_match_cpython() {
    use pyfmt::format;
    run("format", |f| {
        if f[0] == "round_int" {
            let n: num_bigint::BigInt = f[1].parse().expect("int");
            let d: i64 = f[2].parse().expect("ndigits");
            return (pyfmt::int::int_round(&n, d).to_string(), f[3].to_string());
        }
        let spec = text(f[2]);
        let ours = match f[0] {
            // `r` here is the oracle's float(n): repr of the int converted to float.
            "format_int" if spec == "r" => {
                let n: num_bigint::BigInt = f[1].parse().expect("int");
                format::int_to_f64(&n).map(pyfmt::float_repr)
            }
            "format_int" => {
                let n: num_bigint::BigInt = f[1].parse().expect("int");
                format::format_int(&n, &spec, "int", pyfmt::int::DEFAULT_MAX_STR_DIGITS)
            }
            "format_float" => format::format_float(float(f[1]), &spec, "float"),
            "format_str" => format::format_str(&text(f[1]), &spec, "str"),
            other => panic!("unknown case kind {other}"),
        };
        (shown(ours), text(f[3]))
    });
}

/// `*` arguments from the oracle's list.
struct Stars(Vec<i64>);

impl pyfmt::printf::ConversionArgs for Stars {
    type Error = Error;
    fn mapping_key(&mut self, _: &str) -> Result<(), Error> {
        Ok(())
    }
    fn star(&mut self, _: pyfmt::printf::Star) -> Result<i64, Error> {
        Ok(self.0.remove(0))
    }
}

#[test]
fn percent_formatting_matches_cpython() {
    use pyfmt::printf::{self, Parsed};
    run("printf", |f| {
        let fmt: Vec<char> = text(f[1]).chars().collect();
        let stars = f[2]
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().expect("star"))
            .collect();
        let ours =
            printf::parse_conversion(&fmt, 0, &mut Stars(stars)).and_then(|(parsed, end)| {
                assert_eq!(end, fmt.len());
                let Parsed::Conversion(conv) = parsed else {
                    panic!("corpus has no %%")
                };
                conv.check_type()?;
                match (f[0], conv.kind) {
                    ("printf_int", _) => {
                        let n: num_bigint::BigInt = f[3].parse().expect("int");
                        printf::format_int(&conv, &n, pyfmt::int::DEFAULT_MAX_STR_DIGITS)
                    }
                    ("printf_float", _) => printf::format_float(&conv, float(f[3])),
                    ("printf_char", _) => {
                        let n: num_bigint::BigInt = f[3].parse().expect("int");
                        printf::char_from_int(&n).and_then(|c| printf::format_char(&conv, c))
                    }
                    (_, 'c') => {
                        let t = text(f[3]);
                        printf::format_char(&conv, t.chars().next().expect("one char"))
                    }
                    (_, 'r') => printf::format_str(&conv, &pyfmt::str_repr(&text(f[3]))),
                    (_, 'a') => printf::format_str(&conv, &pyfmt::ascii_repr(&text(f[3]))),
                    _ => printf::format_str(&conv, &text(f[3])),
                }
            });
        (shown(ours), text(f[4]))
    });
}

#[test]
fn float_hex_matches_cpython() {
    use pyfmt::float_hex;
    run("hex", |f| match f[0] {
        "hex" => (float_hex::float_hex(float(f[1])), f[2].to_string()),
        "fromhex" => {
            let ours = float_hex::float_fromhex(&text(f[1]));
            let theirs = f[2].to_string();
            let same_nan = ours.as_ref().is_ok_and(|x| x.is_nan())
                && !theirs.starts_with('!')
                && float(&theirs).is_nan();
            (
                if same_nan {
                    theirs.clone()
                } else {
                    shown(bits_of(ours))
                },
                theirs,
            )
        }
        other => panic!("unknown case kind {other}"),
    });
}

#[test]
fn str_format_parsing_matches_cpython() {
    use pyfmt::str_repr;
    use pyfmt::strformat::{split_field_name, FieldKey, FieldStep, MarkupIter};
    let key = |k: &FieldKey<'_>| match k {
        FieldKey::Index(i) => i.to_string(),
        FieldKey::Name(n) => str_repr(n),
    };
    run("strformat", |f| {
        let input = text(f[1]);
        let mut shown = Vec::new();
        match f[0] {
            "markup" => {
                for piece in MarkupIter::new(&input) {
                    match piece {
                        Ok(p) => shown.push(match p.field {
                            None => format!("({}, None, None, None)", str_repr(p.literal)),
                            Some(field) => format!(
                                "({}, {}, {}, {})",
                                str_repr(p.literal),
                                str_repr(field.name),
                                str_repr(field.spec),
                                field
                                    .conversion
                                    .map_or("None".to_string(), |c| str_repr(&c.to_string()))
                            ),
                        }),
                        Err(e) => shown.push(format!("!{}", e.message)),
                    }
                }
            }
            "field_name" => match split_field_name(&input, None) {
                Ok((first, rest)) => {
                    shown.push(key(&first));
                    for step in rest {
                        shown.push(match step {
                            Ok(FieldStep::Attribute(a)) => format!("(True, {})", str_repr(a)),
                            Ok(FieldStep::Item(k)) => format!("(False, {})", key(&k)),
                            Err(e) => format!("!{}", e.message),
                        });
                    }
                }
                Err(e) => shown.push(format!("!{}", e.message)),
            },
            other => panic!("unknown case kind {other}"),
        }
        (shown.join("|"), text(f[2]))
    });
}

/// The oracle's argument model for `%`: ints in a tuple, one int, or {"a": 5, "b": -3}.
struct IntArgs {
    items: Vec<i64>,
    current: i64,
}

/// Errors of the mock VM: pyfmt's, or a KeyError it raises itself.
struct MockError(String);

impl From<Error> for MockError {
    fn from(e: Error) -> Self {
        MockError(format!("!{:?}: {}", e.kind, e.message))
    }
}

impl IntArgs {
    fn get(&self, arg: pyfmt::percent::ArgRef) -> i64 {
        match arg {
            pyfmt::percent::ArgRef::Whole => self.current,
            pyfmt::percent::ArgRef::Item(i) => self.items[i],
        }
    }
}

impl pyfmt::percent::PercentArgs for IntArgs {
    type Error = MockError;
    fn lookup(&mut self, key: &str) -> Result<(), MockError> {
        self.current = match key {
            "a" => 5,
            "b" => -3,
            _ => return Err(MockError(format!("!KeyError: {}", pyfmt::str_repr(key)))),
        };
        Ok(())
    }
    fn star(
        &mut self,
        arg: pyfmt::percent::ArgRef,
        _: pyfmt::printf::Star,
    ) -> Result<i64, MockError> {
        Ok(self.get(arg))
    }
    fn format(
        &mut self,
        arg: pyfmt::percent::ArgRef,
        conv: &pyfmt::printf::Conversion,
    ) -> Result<String, MockError> {
        use pyfmt::printf;
        let n = num_bigint::BigInt::from(self.get(arg));
        Ok(match conv.kind {
            's' | 'r' | 'a' => printf::format_str(conv, &n.to_string())?,
            'c' => printf::char_from_int(&n).and_then(|c| printf::format_char(conv, c))?,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => printf::format_float(conv, self.get(arg) as f64)?,
            _ => printf::format_int(conv, &n, pyfmt::int::DEFAULT_MAX_STR_DIGITS)?,
        })
    }
}

#[test]
fn percent_operator_matches_cpython() {
    use pyfmt::percent::{percent_format, ArgShape};
    run("percent", |f| {
        let fmt = text(f[1]);
        let (shape, mut args) = match f[2] {
            "tuple" => {
                let inner = f[3].trim_start_matches('[').trim_end_matches(']');
                let items: Vec<i64> = inner
                    .split(", ")
                    .filter(|s| !s.is_empty())
                    .map(|s| s.parse().expect("int"))
                    .collect();
                let shape = ArgShape {
                    tuple_len: Some(items.len()),
                    is_mapping: false,
                };
                (shape, IntArgs { items, current: 0 })
            }
            "single" => {
                let shape = ArgShape {
                    tuple_len: None,
                    is_mapping: false,
                };
                let current = f[3].parse().expect("int");
                (
                    shape,
                    IntArgs {
                        items: vec![],
                        current,
                    },
                )
            }
            _ => {
                let shape = ArgShape {
                    tuple_len: None,
                    is_mapping: true,
                };
                (
                    shape,
                    IntArgs {
                        items: vec![],
                        current: 0,
                    },
                )
            }
        };
        let ours = match percent_format(&fmt, shape, &mut args) {
            Ok(s) => s,
            Err(MockError(e)) => e,
        };
        (ours, text(f[4]))
    });
}

/// The oracle's objects for `str.format`: the args (7, -12, "xy") and kwargs a=3, b="é".
#[derive(Clone)]
enum MockValue {
    Int(i64),
    Str(String),
}

impl MockValue {
    fn type_name(&self) -> &'static str {
        match self {
            MockValue::Int(_) => "int",
            MockValue::Str(_) => "str",
        }
    }
}

struct MockFields;

impl pyfmt::strformat::FormatFields for MockFields {
    type Value = MockValue;
    type Error = MockError;
    fn get_field(
        &mut self,
        key: pyfmt::strformat::FieldKey<'_>,
        steps: pyfmt::strformat::FieldNameIter<'_>,
    ) -> Result<MockValue, MockError> {
        use pyfmt::strformat::{FieldKey, FieldStep};
        let args = [
            MockValue::Int(7),
            MockValue::Int(-12),
            MockValue::Str("xy".into()),
        ];
        let mut value = match key {
            FieldKey::Index(i) => args.get(i).cloned().ok_or_else(|| {
                MockError(format!(
                    "!IndexError: Replacement index {i} out of range for positional args tuple"
                ))
            })?,
            FieldKey::Name("a") => MockValue::Int(3),
            FieldKey::Name("b") => MockValue::Str("é".into()),
            FieldKey::Name(k) => {
                return Err(MockError(format!("!KeyError: {}", pyfmt::str_repr(k))))
            }
        };
        for step in steps {
            value = match (step?, &value) {
                (FieldStep::Attribute(a), v) => {
                    return Err(MockError(format!(
                        "!AttributeError: '{}' object has no attribute {}",
                        v.type_name(),
                        pyfmt::str_repr(a)
                    )))
                }
                (FieldStep::Item(_), MockValue::Int(_)) => {
                    return Err(MockError(
                        "!TypeError: 'int' object is not subscriptable".to_string(),
                    ))
                }
                (FieldStep::Item(FieldKey::Index(i)), MockValue::Str(s)) => {
                    match s.chars().nth(i) {
                        Some(c) => MockValue::Str(c.to_string()),
                        None => {
                            return Err(MockError(
                                "!IndexError: string index out of range".to_string(),
                            ))
                        }
                    }
                }
                (FieldStep::Item(FieldKey::Name(_)), MockValue::Str(_)) => {
                    return Err(MockError(
                        "!TypeError: string indices must be integers, not 'str'".to_string(),
                    ))
                }
            };
        }
        Ok(value)
    }
    fn convert(&mut self, value: MockValue, conversion: char) -> Result<MockValue, MockError> {
        Ok(MockValue::Str(match (value, conversion) {
            (MockValue::Int(n), _) => n.to_string(),
            (MockValue::Str(s), 's') => s,
            (MockValue::Str(s), 'r') => pyfmt::str_repr(&s),
            (MockValue::Str(s), _) => pyfmt::ascii_repr(&s),
        }))
    }
    fn format(&mut self, value: MockValue, spec: &str) -> Result<String, MockError> {
        Ok(match value {
            MockValue::Int(n) => pyfmt::format::format_int(
                &num_bigint::BigInt::from(n),
                spec,
                "int",
                pyfmt::int::DEFAULT_MAX_STR_DIGITS,
            )?,
            MockValue::Str(s) => pyfmt::format::format_str(&s, spec, "str")?,
        })
    }
}

#[test]
fn str_format_matches_cpython() {
    run("build", |f| {
        let ours = match pyfmt::strformat::build_string(&text(f[1]), &mut MockFields) {
            Ok(s) => s,
            Err(MockError(e)) => e,
        };
        (ours, text(f[2]))
    });
}
