//! SipHash-1-3, CPython 3.11's string hash (`Python/pyhash.c`, `Py_HASH_ALGORITHM` =
//! `Py_HASH_SIPHASH13`), keyed as `PYTHONHASHSEED=0` keys it: with the seed 0, CPython
//! disables randomization and the 16-byte key is all zeros.
//!
//! This is a deliberate choice: rattle hashes strings exactly as `PYTHONHASHSEED=0 python3`
//! does, so the iteration order of sets of strings (and every printed set) is reproducible
//! and equal to that python3's. The testsuite runs python3 with `PYTHONHASHSEED=0`. The price
//! is CPython's reason for randomization (hash flooding of dicts keyed by attacker-chosen
//! strings), acceptable for an interpreter whose point is reproducing CPython's output.

/// The key: (k0, k1) as CPython reads them from its zeroed secret.
const K0: u64 = 0;
const K1: u64 = 0;

#[inline(always)]
fn sipround(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
    *v0 = v0.wrapping_add(*v1);
    *v1 = v1.rotate_left(13);
    *v1 ^= *v0;
    *v0 = v0.rotate_left(32);
    *v2 = v2.wrapping_add(*v3);
    *v3 = v3.rotate_left(16);
    *v3 ^= *v2;
    *v0 = v0.wrapping_add(*v3);
    *v3 = v3.rotate_left(21);
    *v3 ^= *v0;
    *v2 = v2.wrapping_add(*v1);
    *v1 = v1.rotate_left(17);
    *v1 ^= *v2;
    *v2 = v2.rotate_left(32);
}

/// `siphash13(k0, k1, src, len)`.
pub fn siphash13(bytes: &[u8]) -> u64 {
    let mut v0 = K0 ^ 0x736f6d6570736575;
    let mut v1 = K1 ^ 0x646f72616e646f6d;
    let mut v2 = K0 ^ 0x6c7967656e657261;
    let mut v3 = K1 ^ 0x7465646279746573;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let mi = u64::from_le_bytes(w);
        v3 ^= mi;
        sipround(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= mi;
    }
    let rest = chunks.remainder();
    let mut t: u64 = (bytes.len() as u64) << 56;
    for (i, b) in rest.iter().enumerate() {
        t |= (*b as u64) << (8 * i);
    }
    v3 ^= t;
    sipround(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= t;
    v2 ^= 0xff;
    sipround(&mut v0, &mut v1, &mut v2, &mut v3);
    sipround(&mut v0, &mut v1, &mut v2, &mut v3);
    sipround(&mut v0, &mut v1, &mut v2, &mut v3);
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// `_Py_HashBytes`: 0 for empty input, -1 becomes -2.
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let h = siphash13(bytes) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of a str: SipHash over CPython's canonical representation of the text — one
/// byte per code point if all are below 256, else two (UTF-16 units, little-endian) if all
/// are below 65536, else four.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 2);
    if max < 256 {
        buf.extend(s.chars().map(|c| c as u32 as u8));
    } else if max < 65536 {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u32 as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u32).to_le_bytes());
        }
    }
    hash_bytes(&buf)
}
