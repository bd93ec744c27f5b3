//! `str.format` and `str.format_map` without objects: the markup parser (CPython 3.11's
//! `MarkupIterator` and `parse_field` in Objects/stringlib/unicode_format.h), field names
//! (`field_name_split`, `FieldNameIterator`, with automatic/manual numbering), and
//! [`build_string`], which drives a whole format through the VM's [`FormatFields`] callbacks in
//! CPython's order: look the field up, apply `!r`/`!s`/`!a`, expand a nested spec (two levels
//! at most: "Max string recursion exceeded"), then format. Errors that depend on objects
//! (KeyError, IndexError, AttributeError) are the VM's; the text errors are here.

use crate::unicode::decimal_value;
use crate::Error;

/// One piece of a format string, as `_string.formatter_parser` yields them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    /// Literal text before the field (escaped braces already halved).
    pub literal: &'a str,
    /// The replacement field after it, if any.
    pub field: Option<Field<'a>>,
}

/// `{name!conversion:spec}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field<'a> {
    pub name: &'a str,
    pub conversion: Option<char>,
    pub spec: &'a str,
    /// The spec holds `{`, so it is itself a format string to expand first.
    pub spec_needs_expanding: bool,
}

/// Iterates over the pieces of a format string (`MarkupIterator`).
pub struct MarkupIter<'a> {
    text: &'a str,
    pos: usize,
    failed: bool,
}

impl<'a> MarkupIter<'a> {
    pub fn new(text: &'a str) -> Self {
        MarkupIter {
            text,
            pos: 0,
            failed: false,
        }
    }

    fn next_piece(&mut self) -> Result<Option<Piece<'a>>, Error> {
        let s = self.text.as_bytes();
        if self.pos >= s.len() {
            return Ok(None);
        }
        let start = self.pos;
        let mut c = 0u8;
        let mut markup_follows = false;
        while self.pos < s.len() {
            c = s[self.pos];
            self.pos += 1;
            if c == b'{' || c == b'}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = self.pos >= s.len();
        let mut len = self.pos - start;
        if c == b'}' && markup_follows && (at_end || s[self.pos] != b'}') {
            return Err(Error::value("Single '}' encountered in format string"));
        }
        if at_end && c == b'{' && markup_follows {
            return Err(Error::value("Single '{' encountered in format string"));
        }
        if !at_end && markup_follows {
            if s[self.pos] == c {
                // An escaped brace: the literal keeps one, and no field follows.
                self.pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        let literal = &self.text[start..start + len];
        if !markup_follows {
            return Ok(Some(Piece {
                literal,
                field: None,
            }));
        }
        let field = self.parse_field()?;
        Ok(Some(Piece {
            literal,
            field: Some(field),
        }))
    }

    /// `parse_field`: from just after `{` to just after the matching `}`.
    fn parse_field(&mut self) -> Result<Field<'a>, Error> {
        let s = self.text.as_bytes();
        let name_start = self.pos;
        let mut c = 0u8;
        while self.pos < s.len() {
            c = s[self.pos];
            self.pos += 1;
            match c {
                b'{' => return Err(Error::value("unexpected '{' in field name")),
                b'[' => {
                    while self.pos < s.len() && s[self.pos] != b']' {
                        self.pos += 1;
                    }
                }
                b'}' | b':' | b'!' => break,
                _ => {}
            }
        }
        let terminated = matches!(c, b'}' | b':' | b'!') && self.pos > name_start;
        let name_end = if terminated { self.pos - 1 } else { self.pos };
        let name = &self.text[name_start..name_end];
        let mut field = Field {
            name,
            conversion: None,
            spec: "",
            spec_needs_expanding: false,
        };
        if !terminated {
            return Err(Error::value("expected '}' before end of string"));
        }
        if c == b'}' {
            return Ok(field);
        }
        if c == b'!' {
            let Some(conv) = self.text[self.pos..].chars().next() else {
                return Err(Error::value(
                    "end of string while looking for conversion specifier",
                ));
            };
            field.conversion = Some(conv);
            self.pos += conv.len_utf8();
            if self.pos < s.len() {
                let next = s[self.pos];
                self.pos += 1;
                if next == b'}' {
                    return Ok(field);
                }
                if next != b':' {
                    return Err(Error::value("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while self.pos < s.len() {
            let c = s[self.pos];
            self.pos += 1;
            if c == b'{' {
                field.spec_needs_expanding = true;
                depth += 1;
            } else if c == b'}' {
                depth -= 1;
                if depth == 0 {
                    field.spec = &self.text[spec_start..self.pos - 1];
                    return Ok(field);
                }
            }
        }
        Err(Error::value("unmatched '{' in format spec"))
    }
}

impl<'a> Iterator for MarkupIter<'a> {
    type Item = Result<Piece<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let item = self.next_piece().transpose();
        if matches!(item, Some(Err(_))) {
            self.failed = true;
        }
        item
    }
}

/// The first part of a field name: a positional index or a keyword.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKey<'a> {
    Index(usize),
    Name(&'a str),
}

/// One `.attr` or `[key]` step after the first part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldStep<'a> {
    Attribute(&'a str),
    /// `[n]` with a decimal `n` indexes with an int, anything else with the str.
    Item(FieldKey<'a>),
}

/// CPython's automatic field numbering state, shared by a format string and its nested specs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AutoNumber {
    state: AutoState,
    next: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum AutoState {
    #[default]
    Init,
    Auto,
    Manual,
}

/// `get_integer`: all decimal digits (any script) → the number; empty or other text → None.
fn get_integer(s: &str) -> Result<Option<usize>, Error> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| Error::value("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

/// `field_name_split`: the first part (auto-numbered when empty, if `auto` is given) and an
/// iterator over the rest, whose errors come out lazily as CPython's do.
pub fn split_field_name<'a>(
    name: &'a str,
    auto: Option<&mut AutoNumber>,
) -> Result<(FieldKey<'a>, FieldNameIter<'a>), Error> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..end];
    let rest = FieldNameIter {
        text: name,
        pos: end,
    };
    let index = get_integer(first)?;
    let empty = first.is_empty();
    let numeric = empty || index.is_some();
    let mut key = match index {
        Some(i) => FieldKey::Index(i),
        None => FieldKey::Name(first),
    };
    if let Some(auto) = auto {
        if auto.state == AutoState::Init && numeric {
            auto.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        if numeric {
            if auto.state == AutoState::Manual && empty {
                return Err(Error::value(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if auto.state == AutoState::Auto && !empty {
                return Err(Error::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        if empty {
            key = FieldKey::Index(auto.next);
            auto.next += 1;
        }
    }
    Ok((key, rest))
}

/// The `.attr` / `[key]` steps of a field name (`FieldNameIterator`).
#[derive(Clone, Debug)]
pub struct FieldNameIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for FieldNameIter<'a> {
    type Item = Result<FieldStep<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let s = self.text.as_bytes();
        if self.pos >= s.len() {
            return None;
        }
        let c = s[self.pos];
        self.pos += 1;
        let result = match c {
            b'.' => {
                let start = self.pos;
                while self.pos < s.len() && s[self.pos] != b'.' && s[self.pos] != b'[' {
                    self.pos += 1;
                }
                let attr = &self.text[start..self.pos];
                if attr.is_empty() {
                    Err(Error::value("Empty attribute in format string"))
                } else {
                    Ok(FieldStep::Attribute(attr))
                }
            }
            b'[' => {
                let start = self.pos;
                while self.pos < s.len() && s[self.pos] != b']' {
                    self.pos += 1;
                }
                if self.pos >= s.len() {
                    Err(Error::value("Missing ']' in format string"))
                } else {
                    let key = &self.text[start..self.pos];
                    self.pos += 1;
                    if key.is_empty() {
                        Err(Error::value("Empty attribute in format string"))
                    } else {
                        get_integer(key).map(|i| {
                            FieldStep::Item(i.map_or(FieldKey::Name(key), FieldKey::Index))
                        })
                    }
                }
            }
            _ => Err(Error::value(
                "Only '.' or '[' may follow ']' in format field specifier",
            )),
        };
        if result.is_err() {
            self.pos = s.len();
        }
        Some(result)
    }
}

/// The VM's side of `str.format`: objects are `Value`s it knows how to look up and format.
pub trait FormatFields {
    type Value;
    type Error: From<Error>;
    /// Resolve a field: the first part, then each step (`getattr`/`getitem`), erroring as
    /// CPython does (IndexError "Replacement index 3 out of range for positional args tuple",
    /// KeyError, "Format string contains positional fields" for `format_map`).
    fn get_field(
        &mut self,
        key: FieldKey<'_>,
        steps: FieldNameIter<'_>,
    ) -> Result<Self::Value, Self::Error>;
    /// `!r`, `!s` or `!a` (only these three are passed).
    fn convert(&mut self, value: Self::Value, conversion: char)
        -> Result<Self::Value, Self::Error>;
    /// `format(value, spec)`.
    fn format(&mut self, value: Self::Value, spec: &str) -> Result<String, Self::Error>;
}

/// `build_string`: the whole of `fmt.format(...)`. `auto` numbering is shared with nested specs;
/// pass `None` for `format_map`-style use without automatic numbering.
pub fn build_string<F: FormatFields>(fmt: &str, fields: &mut F) -> Result<String, F::Error> {
    let mut auto = AutoNumber::default();
    build(fmt, fields, 2, &mut auto)
}

fn build<F: FormatFields>(
    fmt: &str,
    fields: &mut F,
    depth: u32,
    auto: &mut AutoNumber,
) -> Result<String, F::Error> {
    if depth == 0 {
        return Err(Error::value("Max string recursion exceeded").into());
    }
    let mut out = String::with_capacity(fmt.len());
    for piece in MarkupIter::new(fmt) {
        let piece = piece?;
        out.push_str(piece.literal);
        let Some(field) = piece.field else { continue };
        let (key, steps) = split_field_name(field.name, Some(auto))?;
        let mut value = fields.get_field(key, steps)?;
        if let Some(conversion) = field.conversion {
            if !matches!(conversion, 'r' | 's' | 'a') {
                return Err(unknown_conversion(conversion).into());
            }
            value = fields.convert(value, conversion)?;
        }
        let spec = if field.spec_needs_expanding {
            build(field.spec, fields, depth - 1, auto)?
        } else {
            field.spec.to_string()
        };
        out.push_str(&fields.format(value, &spec)?);
    }
    Ok(out)
}

/// "Unknown conversion specifier x" (`do_conversion`).
pub fn unknown_conversion(c: char) -> Error {
    let cp = c as u32;
    if cp > 32 && cp < 127 {
        Error::value(format!("Unknown conversion specifier {c}"))
    } else {
        Error::value(format!("Unknown conversion specifier \\x{cp:x}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fields are the positional args 1, 2, 3 (as text) and keyword `a`; format() of a value
    /// is itself padded to the spec's number when the spec is digits.
    struct Args;

    impl FormatFields for Args {
        type Value = String;
        type Error = Error;
        fn get_field(
            &mut self,
            key: FieldKey<'_>,
            steps: FieldNameIter<'_>,
        ) -> Result<String, Error> {
            let mut v = match key {
                FieldKey::Index(i) if i < 3 => (i + 1).to_string(),
                FieldKey::Index(i) => {
                    return Err(Error::value(format!("Replacement index {i} out of range")))
                }
                FieldKey::Name(n) => format!("<{n}>"),
            };
            for step in steps {
                v = format!("{v}{:?}", step?);
            }
            Ok(v)
        }
        fn convert(&mut self, v: String, c: char) -> Result<String, Error> {
            Ok(format!("{c}({v})"))
        }
        fn format(&mut self, v: String, spec: &str) -> Result<String, Error> {
            let width: usize = spec.parse().unwrap_or(0);
            Ok(format!("{v:>width$}"))
        }
    }

    fn fmt(s: &str) -> Result<String, String> {
        build_string(s, &mut Args).map_err(|e| e.message)
    }

    // Messages are CPython 3.11's for s.format(1, 2, 3, a=...).
    #[test]
    fn builds() {
        assert_eq!(fmt("a{{b}}c"), Ok("a{b}c".into()));
        assert_eq!(fmt("{}{}"), Ok("12".into()));
        assert_eq!(fmt("{0:{1}}"), Ok(" 1".into()));
        assert_eq!(fmt("{0:{1}{2}}"), Ok(format!("{:>23}", 1)));
        assert_eq!(fmt("{00}"), Ok("1".into()));
        assert_eq!(fmt("{0!r}"), Ok("r(1)".into()));
        let e = |s: &str| fmt(s).unwrap_err();
        assert_eq!(e("{"), "Single '{' encountered in format string");
        assert_eq!(e("x}"), "Single '}' encountered in format string");
        assert_eq!(e("{0:}}"), "Single '}' encountered in format string");
        assert_eq!(
            e("{0}{}"),
            "cannot switch from manual field specification to automatic field numbering"
        );
        assert_eq!(
            e("{}{0}"),
            "cannot switch from automatic field numbering to manual field specification"
        );
        assert_eq!(e("{a[}"), "expected '}' before end of string");
        assert_eq!(e("{a.}"), "Empty attribute in format string");
        assert_eq!(e("{0[]}"), "Empty attribute in format string");
        assert_eq!(e("{0!}"), "unmatched '{' in format spec");
        assert_eq!(e("{0!rr}"), "expected ':' after conversion specifier");
        assert_eq!(e("{0:{1:{2}}}"), "Max string recursion exceeded");
        assert_eq!(e("{0!x}"), "Unknown conversion specifier x");
        assert_eq!(e("{0:{}"), "unmatched '{' in format spec");
        assert_eq!(e("{a!r"), "unmatched '{' in format spec");
        assert_eq!(
            e("{0!"),
            "end of string while looking for conversion specifier"
        );
        assert_eq!(e("{a{b}"), "unexpected '{' in field name");
    }
}
