//! `\N{NAME}` lookup. The `unicode_names2` crate carries the Unicode name table (about
//! 300 KB of compressed data; writing our own would mean shipping the same table).
//! CPython matches names case-insensitively but otherwise exactly, while the crate also
//! accepts UAX #44 loose matches (`LATINSMALLLETTERA`, `latin_small_letter_a`) and
//! abbreviations; those are filtered out here so that what CPython rejects, rattle rejects.
//! Aliases come from our own table (`unicode_aliases.rs`).

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
    // The crate also takes abbreviations (`EM`) and loose spellings (`LATINSMALLLETTERA`);
    // CPython wants the exact name, any case, so check it against the character's name.
    let ch = unicode_names2::character(name)?;
    let canonical = unicode_names2::name(ch)?.to_string();
    (canonical == upper).then_some(ch)
}
