//! No input may panic: seeded random texts, specs and printf conversions, biased toward the
//! characters each grammar cares about, go through every entry point. Results are not checked
//! here (the oracle test does that); only that each call returns.

use num_bigint::BigInt;
use pyfmt::printf::{self, ConversionArgs, Parsed, Star};
use pyfmt::{float, float_hex, format, int, Error};

/// xorshift64*: a tiny deterministic generator, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn text(&mut self, alphabet: &[char], max_len: usize) -> String {
        let len = self.below(max_len + 1);
        (0..len)
            .map(|_| alphabet[self.below(alphabet.len())])
            .collect()
    }
}

struct Stars<'a>(&'a mut Rng);

impl ConversionArgs for Stars<'_> {
    type Error = Error;
    fn mapping_key(&mut self, _: &str) -> Result<(), Error> {
        Ok(())
    }
    fn star(&mut self, _: Star) -> Result<i64, Error> {
        let choices = [i64::MIN, i64::MAX, -1, 0, 7, -40, 1 << 40];
        Ok(choices[self.0.below(choices.len())])
    }
}

const SPEC_CHARS: &[char] = &[
    '<', '>', '^', '=', '+', '-', ' ', 'z', '#', '0', '1', '9', ',', '_', '.', 'd', 'x', 'X', 'b',
    'o', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r', 'a', 'i', 'u', 'h', 'l', '*', '(',
    ')', 'é', '\u{661}', '\0', 'y',
];

const MARKUP_CHARS: &[char] = &[
    '{', '}', '{', '}', '!', ':', '.', '[', ']', 'r', 's', 'x', '0', '1', 'a', '>', '5', 'é',
    '\u{661}',
];

/// Every field is the int 5; the walk and the parser are what is exercised.
struct Fields;

impl pyfmt::strformat::FormatFields for Fields {
    type Value = i64;
    type Error = Error;
    fn get_field(
        &mut self,
        _: pyfmt::strformat::FieldKey<'_>,
        steps: pyfmt::strformat::FieldNameIter<'_>,
    ) -> Result<i64, Error> {
        for step in steps {
            step?;
        }
        Ok(5)
    }
    fn convert(&mut self, v: i64, _: char) -> Result<i64, Error> {
        Ok(v)
    }
    fn format(&mut self, v: i64, spec: &str) -> Result<String, Error> {
        format::format_int(&BigInt::from(v), spec, "int", int::DEFAULT_MAX_STR_DIGITS)
    }
}

/// Every argument is the int 3 (tuples are two long).
struct Percent;

impl pyfmt::percent::PercentArgs for Percent {
    type Error = Error;
    fn lookup(&mut self, _: &str) -> Result<(), Error> {
        Ok(())
    }
    fn star(&mut self, _: pyfmt::percent::ArgRef, _: Star) -> Result<i64, Error> {
        Ok(3)
    }
    fn format(
        &mut self,
        _: pyfmt::percent::ArgRef,
        conv: &printf::Conversion,
    ) -> Result<String, Error> {
        printf::format_int(conv, &BigInt::from(3), int::DEFAULT_MAX_STR_DIGITS)
    }
}

const NUMBER_CHARS: &[char] = &[
    '0', '1', '7', '9', 'a', 'f', 'x', 'X', 'o', 'b', 'B', '_', '.', 'e', 'E', 'p', 'P', '+', '-',
    ' ', '\t', 'i', 'n', 'N', 'I', 't', 'y', '\u{661}', '\u{3000}', 'é', '\0', '\u{85}',
];

#[test]
fn no_input_panics() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let values = [
        BigInt::from(0),
        BigInt::from(-1),
        BigInt::from(0x10ffff),
        BigInt::from(0x110000),
        BigInt::from(i64::MIN),
        BigInt::from(10).pow(300),
        -BigInt::from(10).pow(5000),
    ];
    let floats = [
        0.0,
        -0.0,
        1.5,
        -1e300,
        5e-324,
        f64::INFINITY,
        f64::NAN,
        f64::MAX,
    ];
    for _ in 0..40_000 {
        let spec = rng.text(SPEC_CHARS, 8);
        let v = &values[rng.below(values.len())];
        let x = floats[rng.below(floats.len())];
        let _ = format::format_int(v, &spec, "int", int::DEFAULT_MAX_STR_DIGITS);
        let _ = format::format_float(x, &spec, "float");
        let _ = format::format_str("héllo", &spec, "str");

        let fmt: Vec<char> = format!("%{spec}").chars().collect();
        if let Ok((Parsed::Conversion(conv), _)) =
            printf::parse_conversion(&fmt, 0, &mut Stars(&mut rng))
        {
            let _ = conv.check_type();
            let _ = printf::format_int(&conv, v, int::DEFAULT_MAX_STR_DIGITS);
            let _ = printf::format_float(&conv, x);
            let _ = printf::format_str(&conv, "hé");
            let _ = printf::format_str(&conv, "");
            let _ = printf::format_char(&conv, 'é');
            let _ = printf::char_from_int(v);
        }

        let markup = rng.text(MARKUP_CHARS, 12);
        let _ = pyfmt::strformat::build_string(&markup, &mut Fields);
        for piece in pyfmt::strformat::MarkupIter::new(&markup) {
            if let Ok(Some(field)) = piece.map(|p| p.field) {
                if let Ok((_, steps)) = pyfmt::strformat::split_field_name(field.name, None) {
                    steps.for_each(drop);
                }
            }
        }
        let shape = pyfmt::percent::ArgShape {
            tuple_len: [None, Some(0), Some(2)][rng.below(3)],
            is_mapping: rng.below(2) == 0,
        };
        let _ = pyfmt::percent::percent_format(&format!("a%{spec}%{markup}"), shape, &mut Percent);

        let number = rng.text(NUMBER_CHARS, 12);
        let base = [0, 1, 2, 8, 10, 16, 36, 37][rng.below(8)];
        let _ = int::int_from_str(&number, base, int::DEFAULT_MAX_STR_DIGITS);
        let _ = int::int_from_bytes_text(number.as_bytes(), base, 0);
        let _ = float::float_from_str(&number);
        let _ = float::float_from_bytes_text(number.as_bytes());
        let _ = float_hex::float_fromhex(&number);
        let n = [i64::MIN, -400, -308, -20, -1, 0, 3, 323, 400, i64::MAX][rng.below(10)];
        let _ = float::float_round(x, n);
        let _ = float::float_round_to_int(x);
        let _ = int::int_round(v, n);
    }
}
