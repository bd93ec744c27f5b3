//! Python's `repr` of the literal types the parser produces (str, bytes, float, complex,
//! int), to the character: `dump` prints constants with it. The reprs themselves are
//! `pyfmt`'s (one implementation for the parser, the compiler and the VM); this module
//! only adds what is specific to literals.

pub use pyfmt::repr::{bytes_repr, float_repr, str_repr};
pub use pyfmt::unicode::is_printable;

/// `repr(z)` for a purely imaginary complex literal `x*1j`: `2j`, `1.5j`, `1e+16j`.
pub fn imaginary_repr(x: f64) -> String {
    pyfmt::repr::complex_repr(0.0, x)
}

/// The decimal text of an integer given as digits in `radix` (2..=16): what `repr(int)`
/// prints, without needing a big-integer type.
pub fn int_to_decimal(radix: u32, digits: &str) -> String {
    const BASE: u64 = 1_000_000_000;
    // Little-endian limbs in base 10^9.
    let mut limbs: Vec<u64> = vec![0];
    for c in digits.chars() {
        let d = match c.to_digit(radix) {
            Some(d) => d as u64,
            None => continue,
        };
        let mut carry = d;
        for limb in limbs.iter_mut() {
            let v = *limb * radix as u64 + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    }
    let mut out = String::new();
    let mut iter = limbs.iter().rev();
    if let Some(first) = iter.next() {
        out.push_str(&first.to_string());
    }
    for limb in iter {
        out.push_str(&format!("{:09}", limb));
    }
    out
}
