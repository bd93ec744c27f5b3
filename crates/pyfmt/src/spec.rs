//! The format-spec mini-language, `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! parsed as CPython 3.11's `parse_internal_render_format_spec` (Python/formatter_unicode.c)
//! does, with its errors. Parsing checks only what the text alone decides (the grouping character
//! against the type, `,` with `_`, a missing precision); what depends on the value's type (int,
//! float, str) is checked by the formatters in [`crate::format`].

use crate::unicode::decimal_value;
use crate::Error;

/// `[[fill]align]`: where padding goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`: the left pad gets the smaller half.
    Center,
    /// `=`: padding between the sign (and prefix) and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// `[sign]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// No sign given (`-` behaves the same).
    Default,
    /// `-`
    Minus,
    /// `+`: always a sign.
    Plus,
    /// ` `: a space for non-negatives.
    Space,
}

/// `[grouping]`: the thousands separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (every four with `b o x X`).
    Underscore,
}

/// A parsed format spec (CPython's `InternalFormatSpec`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Align,
    /// Whether `[[fill]align]` named an alignment (else `align` is the type's default).
    pub align_given: bool,
    pub sign: Sign,
    /// `z`: negative zero is written as zero (floats only).
    pub no_neg_0: bool,
    /// `#`
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type; `None` when the spec gives none and the default type is none
    /// (floats).
    pub kind: Option<char>,
}

impl FormatSpec {
    /// Parses `spec` for a value whose default type is `default_kind` (`Some('d')` for int,
    /// `None` for float, `Some('s')` for str) and default alignment `default_align`
    /// (right for numbers, left for str). `type_name` goes into the "Invalid format
    /// specifier" message.
    pub fn parse(
        spec: &str,
        default_kind: Option<char>,
        default_align: Align,
        type_name: &str,
    ) -> Result<FormatSpec, Error> {
        let chars: Vec<char> = spec.chars().collect();
        let mut pos = 0;
        let mut out = FormatSpec {
            fill: ' ',
            align: default_align,
            align_given: false,
            sign: Sign::Default,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            kind: default_kind,
        };
        let mut fill_given = false;
        if let Some(align) = chars.get(1).and_then(|&c| Align::from_char(c)) {
            out.fill = chars[0];
            out.align = align;
            out.align_given = true;
            fill_given = true;
            pos = 2;
        } else if let Some(align) = chars.first().and_then(|&c| Align::from_char(c)) {
            out.align = align;
            out.align_given = true;
            pos = 1;
        }
        match chars.get(pos) {
            Some('+') => out.sign = Sign::Plus,
            Some('-') => out.sign = Sign::Minus,
            Some(' ') => out.sign = Sign::Space,
            _ => {}
        }
        if out.sign != Sign::Default {
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            out.no_neg_0 = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            out.alternate = true;
            pos += 1;
        }
        if !fill_given && chars.get(pos) == Some(&'0') {
            out.fill = '0';
            if !out.align_given && default_align == Align::Right {
                out.align = Align::AfterSign;
            }
            pos += 1;
        }
        out.width = get_integer(&chars, &mut pos)?;
        if chars.get(pos) == Some(&',') {
            out.grouping = Grouping::Comma;
            pos += 1;
        }
        if chars.get(pos) == Some(&'_') {
            if out.grouping != Grouping::None {
                return Err(Error::value("Cannot specify both ',' and '_'."));
            }
            out.grouping = Grouping::Underscore;
            pos += 1;
        }
        if chars.get(pos) == Some(&',') && out.grouping == Grouping::Underscore {
            return Err(Error::value("Cannot specify both ',' and '_'."));
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            out.precision = get_integer(&chars, &mut pos)?;
            if out.precision.is_none() {
                return Err(Error::value("Format specifier missing precision"));
            }
        }
        match chars.len() - pos {
            0 => {}
            // CPython stores "no type" as NUL, so an explicit NUL is the same as none: a
            // float's default format, and "Unknown format code '\x0'" for int and str.
            1 => out.kind = (chars[pos] != '\0').then_some(chars[pos]),
            _ => {
                return Err(Error::value(format!(
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                )))
            }
        }
        if out.grouping != Grouping::None {
            let allowed = match out.kind {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => out.grouping == Grouping::Underscore,
                _ => false,
            };
            if !allowed {
                let sep = if out.grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                // `kind` is Some here: a missing type is always allowed.
                let kind = out.kind.unwrap_or('\0');
                return Err(Error::value(format!(
                    "Cannot specify '{sep}' with {}.",
                    quoted_code(kind)
                )));
            }
        }
        Ok(out)
    }

    /// Digits between separators: 4 for `_` with `b o x X`, else 3.
    pub fn group_size(&self) -> usize {
        match (self.grouping, self.kind) {
            (Grouping::None, _) => 0,
            (Grouping::Underscore, Some('b' | 'o' | 'x' | 'X')) => 4,
            _ => 3,
        }
    }

    /// The separator character, if any.
    pub fn separator(&self) -> Option<char> {
        match self.grouping {
            Grouping::None => None,
            Grouping::Comma => Some(','),
            Grouping::Underscore => Some('_'),
        }
    }
}

/// How CPython shows a type code in messages: `'d'`, or `'\x1'` outside printable ASCII.
pub(crate) fn quoted_code(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

/// `get_integer`: a run of decimal digits (any script's), `None` if there is none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, Error> {
    let mut value: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| Error::value("Too many decimal digits in format string"))?;
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_spec(s: &str) -> Result<FormatSpec, String> {
        FormatSpec::parse(s, Some('d'), Align::Right, "int").map_err(|e| e.message)
    }

    // Messages are CPython 3.11's for format(1, spec).
    #[test]
    fn parses_fields() {
        let s = int_spec("*^+z#012_.3x").unwrap();
        assert_eq!((s.fill, s.align, s.sign), ('*', Align::Center, Sign::Plus));
        assert!(s.no_neg_0 && s.alternate);
        assert_eq!(
            (s.width, s.precision, s.kind),
            (Some(12), Some(3), Some('x'))
        );
        assert_eq!(s.group_size(), 4);
        let z = int_spec("010").unwrap();
        assert_eq!(
            (z.fill, z.align, z.width),
            ('0', Align::AfterSign, Some(10))
        );
        let u = int_spec("\u{661}\u{660}").unwrap();
        assert_eq!(u.width, Some(10));
        let st = FormatSpec::parse("05", Some('s'), Align::Left, "str").unwrap();
        assert_eq!((st.fill, st.align), ('0', Align::Left));
    }

    #[test]
    fn errors() {
        assert_eq!(
            int_spec("abc"),
            Err("Invalid format specifier 'abc' for object of type 'int'".into())
        );
        assert_eq!(
            int_spec(",_"),
            Err("Cannot specify both ',' and '_'.".into())
        );
        assert_eq!(
            int_spec("_,"),
            Err("Cannot specify both ',' and '_'.".into())
        );
        assert_eq!(
            int_spec("1,_"),
            Err("Cannot specify both ',' and '_'.".into())
        );
        assert_eq!(
            int_spec("."),
            Err("Format specifier missing precision".into())
        );
        assert_eq!(int_spec(",c"), Err("Cannot specify ',' with 'c'.".into()));
        assert_eq!(int_spec("_n"), Err("Cannot specify '_' with 'n'.".into()));
        assert_eq!(int_spec(",x"), Err("Cannot specify ',' with 'x'.".into()));
        assert_eq!(int_spec(",\0").map(|s| s.kind), Ok(None));
        assert_eq!(
            int_spec(",\u{1}"),
            Err("Cannot specify ',' with '\\x1'.".into())
        );
        assert_eq!(
            int_spec("99999999999999999999"),
            Err("Too many decimal digits in format string".into())
        );
    }
}
