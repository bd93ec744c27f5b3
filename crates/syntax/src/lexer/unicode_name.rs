//! `\N{NAME}` lookup. The `unicode_names2` crate carries the Unicode name table (about
//! 300 KB of compressed data; writing our own would mean shipping the same table).
//! CPython matches names case-insensitively but otherwise exactly, while the crate also
//! accepts UAX #44 loose matches (`LATINSMALLLETTERA`, `latin_small_letter_a`); those
//! are filtered out here so that what CPython rejects, rattle rejects.

/// The character named `name` (a character name or a name alias), as CPython's
/// `unicodedata` lookup for string escapes finds it.
pub fn lookup(name: &str) -> Option<char> {
    let well_formed = !name.starts_with(' ')
        && !name.ends_with(' ')
        && !name.contains("  ")
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-');
    if !well_formed {
        return None;
    }
    let upper = name.to_ascii_uppercase();
    let aliases = super::unicode_aliases::ALIASES;
    if let Ok(i) = aliases.binary_search_by(|(alias, _)| (*alias).cmp(upper.as_str())) {
        return char::from_u32(aliases[i].1);
    }
    let ch = unicode_names2::character(name)?;
    if let Some(canonical) = unicode_names2::name(ch) {
        let canonical = canonical.to_string();
        let skeleton = |s: &str| {
            s.bytes()
                .filter(|&b| b != b' ' && b != b'-')
                .collect::<Vec<u8>>()
        };
        // Same letters as the real name but spaced differently: a loose match.
        if canonical != upper && skeleton(&canonical) == skeleton(&upper) {
            return None;
        }
    }
    Some(ch)
}
