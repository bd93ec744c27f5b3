//! `%`-formatting (`str % args`) without objects: parsing one conversion
//! (`%[(key)][flags][width][.precision][length]type`) and writing an int, float, str or
//! character under it, as CPython 3.11's `PyUnicode_Format` (Objects/unicodeobject.c) does.
//!
//! The VM drives the loop over the format string and owns the arguments: parsing calls back
//! through [`ConversionArgs`] when a mapping key or a `*` needs the next argument, in CPython's
//! order, so errors come out in CPython's order too. After parsing, the VM fetches the value
//! (so `'%y' % ()` is "not enough arguments"), calls [`Conversion::check_type`] (unsupported
//! format character), converts the value as the type requires (the `*_error` helpers give
//! CPython's messages) and calls the matching `format_*` function.

use crate::dtoa::{double_to_string, DtoaFlags};
use crate::int::int_to_decimal_string;
use crate::Error;
use num_bigint::BigInt;
use num_traits::Signed;

/// Conversion flags (`F_LJUST`, `F_SIGN`, `F_BLANK`, `F_ALT`, `F_ZERO`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `-`
    pub left: bool,
    /// `+`
    pub sign: bool,
    /// ` `
    pub blank: bool,
    /// `#`
    pub alt: bool,
    /// `0`
    pub zero: bool,
}

/// One parsed `%` conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conversion {
    pub flags: Flags,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    /// The type character, not yet checked (see [`Conversion::check_type`]).
    pub kind: char,
    /// Character index of `kind` in the format string, for the error message.
    pub kind_index: usize,
}

/// What a `%` starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    /// `%%`: a literal percent sign, no argument used.
    Percent,
    Conversion(Conversion),
}

/// Which `*` an argument is wanted for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Star {
    /// Converted by the VM with `PyLong_AsSsize_t`.
    Width,
    /// Converted by the VM with `_PyLong_AsInt`.
    Precision,
}

/// The VM's side of parsing: the argument tuple or mapping.
pub trait ConversionArgs {
    type Error: From<Error>;
    /// A `%(` was seen: fail with "format requires a mapping" if the arguments are not one.
    /// CPython checks this before scanning the key, so it wins over "incomplete format key".
    fn require_mapping(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
    /// `%(key)`: look `key` up in the mapping and make the result the current argument.
    fn mapping_key(&mut self, key: &str) -> Result<(), Self::Error>;
    /// `*`: the next argument as an int ("* wants int" if it is not one).
    fn star(&mut self, which: Star) -> Result<i64, Self::Error>;
}

/// Parses the conversion starting at `fmt[pos]`, which is the `%`. Returns it and the index
/// just after it.
pub fn parse_conversion<A: ConversionArgs>(
    fmt: &[char],
    pos: usize,
    args: &mut A,
) -> Result<(Parsed, usize), A::Error> {
    // A port of unicode_format_arg_parse: `cnt` is CPython's fmtcnt, the characters left from
    // `pos`; reading past the end sees CPython's terminating NUL.
    let read = |p: usize| fmt.get(p).copied().unwrap_or('\0');
    let mut pos = pos + 1;
    if read(pos) == '%' {
        return Ok((Parsed::Percent, pos + 1));
    }
    let mut cnt = fmt.len() as isize - pos as isize;
    let mut flags = Flags::default();
    let mut width = None;
    let mut precision = None;
    let mut ch = '\0';
    if read(pos) == '(' {
        args.require_mapping()?;
        pos += 1;
        cnt -= 1;
        let key_start = pos;
        let mut depth = 1;
        while depth > 0 {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = read(pos);
            if ch == ')' {
                depth -= 1;
            } else if ch == '(' {
                depth += 1;
            }
            pos += 1;
        }
        if cnt < 0 || depth > 0 {
            return Err(Error::value("incomplete format key").into());
        }
        let key: String = fmt[key_start..pos - 1].iter().collect();
        args.mapping_key(&key)?;
    }
    loop {
        cnt -= 1;
        if cnt < 0 {
            break;
        }
        ch = read(pos);
        pos += 1;
        match ch {
            '-' => flags.left = true,
            '+' => flags.sign = true,
            ' ' => flags.blank = true,
            '#' => flags.alt = true,
            '0' => flags.zero = true,
            _ => break,
        }
    }
    let next = |ch: &mut char, pos: &mut usize, cnt: &mut isize| {
        *cnt -= 1;
        if *cnt >= 0 {
            *ch = read(*pos);
            *pos += 1;
        }
    };
    if ch == '*' {
        let w = args.star(Star::Width)?;
        if w < 0 {
            flags.left = true;
        }
        width = Some(w.unsigned_abs() as usize);
        next(&mut ch, &mut pos, &mut cnt);
    } else if ch.is_ascii_digit() {
        let mut w = ch as usize - '0' as usize;
        loop {
            cnt -= 1;
            if cnt < 0 {
                break;
            }
            ch = read(pos);
            pos += 1;
            if !ch.is_ascii_digit() {
                break;
            }
            let d = ch as usize - '0' as usize;
            if w > (isize::MAX as usize - d) / 10 {
                return Err(Error::value("width too big").into());
            }
            w = w * 10 + d;
        }
        width = Some(w);
    }
    if ch == '.' {
        let mut p = 0usize;
        next(&mut ch, &mut pos, &mut cnt);
        if ch == '*' {
            p = args.star(Star::Precision)?.max(0) as usize;
            next(&mut ch, &mut pos, &mut cnt);
        } else if ch.is_ascii_digit() {
            p = ch as usize - '0' as usize;
            loop {
                cnt -= 1;
                if cnt < 0 {
                    break;
                }
                ch = read(pos);
                pos += 1;
                if !ch.is_ascii_digit() {
                    break;
                }
                let d = ch as usize - '0' as usize;
                if p > (i32::MAX as usize - d) / 10 {
                    return Err(Error::value("precision too big").into());
                }
                p = p * 10 + d;
            }
        }
        precision = Some(p);
    }
    if cnt >= 0 && matches!(ch, 'h' | 'l' | 'L') {
        next(&mut ch, &mut pos, &mut cnt);
    }
    if cnt < 0 {
        return Err(Error::value("incomplete format").into());
    }
    let conversion = Conversion {
        flags,
        width,
        precision,
        kind: ch,
        kind_index: pos - 1,
    };
    Ok((Parsed::Conversion(conversion), pos))
}

impl Conversion {
    /// "unsupported format character" unless the type is one of `d i o u x X e E f F g G c r s a`.
    pub fn check_type(&self) -> Result<(), Error> {
        if "diouxXeEfFgGcrsa".contains(self.kind) {
            return Ok(());
        }
        let cp = self.kind as u32;
        let shown = if (31..=126).contains(&cp) {
            self.kind
        } else {
            '?'
        };
        Err(Error::value(format!(
            "unsupported format character '{shown}' (0x{cp:x}) at index {}",
            self.kind_index
        )))
    }

    /// Whether the type is numeric (`d i o u x X e E f F g G`): CPython's `arg->sign`.
    fn numeric(&self) -> bool {
        "diouxXeEfFgG".contains(self.kind)
    }
}

/// `%d`, `%i`, `%u` of a non-number, or `%o`/`%x`/`%X` of a non-integer.
pub fn int_required_error(kind: char, type_name: &str) -> Error {
    if matches!(kind, 'o' | 'x' | 'X') {
        Error::type_error(format!(
            "%{kind} format: an integer is required, not {type_name}"
        ))
    } else {
        Error::type_error(format!(
            "%{kind} format: a real number is required, not {type_name}"
        ))
    }
}

/// `%f` and friends of a value `float()` cannot take (`PyFloat_AsDouble`).
pub fn float_required_error(type_name: &str) -> Error {
    Error::type_error(format!("must be real number, not {type_name}"))
}

/// `%c` of something that is neither an int nor a one-character str.
pub fn char_required_error() -> Error {
    Error::type_error("%c requires int or char")
}

/// `%c` of an int: the character, or CPython's OverflowError.
pub fn char_from_int(value: &BigInt) -> Result<char, Error> {
    let out_of_range = || Error::overflow("%c arg not in range(0x110000)");
    let code = u32::try_from(value).map_err(|_| out_of_range())?;
    if code > 0x10ffff {
        return Err(out_of_range());
    }
    // Lone surrogates are valid for CPython but cannot live in a Rust str.
    char::from_u32(code).ok_or_else(|| Error::value("surrogate code points are not supported"))
}

/// `%d %i %u %o %x %X` of an int (the VM has already applied `int()`/`__index__`).
pub fn format_int(
    conv: &Conversion,
    value: &BigInt,
    max_str_digits: usize,
) -> Result<String, Error> {
    // _PyUnicode_FormatLong.
    let (radix, prefix) = match conv.kind {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = if radix == 10 {
        int_to_decimal_string(&value.abs(), max_str_digits)?
    } else {
        value.abs().to_str_radix(radix)
    };
    if conv.precision.is_some_and(|p| p > i32::MAX as usize - 3) {
        return Err(Error::overflow("precision too large"));
    }
    let mut text = String::new();
    if value.is_negative() {
        text.push('-');
    }
    if conv.flags.alt {
        text.push_str(prefix);
    }
    let min_digits = conv.precision.unwrap_or(0);
    text.extend(std::iter::repeat_n(
        '0',
        min_digits.saturating_sub(digits.len()),
    ));
    text.push_str(&digits);
    if conv.kind == 'X' {
        text.make_ascii_uppercase();
    }
    output(conv, &text)
}

/// `%e %E %f %F %g %G` of a float (the VM has already applied `float()`).
pub fn format_float(conv: &Conversion, x: f64) -> Result<String, Error> {
    let flags = DtoaFlags {
        alt: conv.flags.alt,
        ..DtoaFlags::default()
    };
    let precision = conv.precision.unwrap_or(6);
    if precision > crate::format::MAX_FORMAT_WIDTH {
        return Err(Error {
            kind: crate::ErrorKind::MemoryError,
            message: String::new(),
        });
    }
    output(conv, &double_to_string(x, conv.kind, precision, flags))
}

/// `%s %r %a` of the str the VM made with `str()`, `repr()` or `ascii()`; precision truncates.
pub fn format_str(conv: &Conversion, text: &str) -> Result<String, Error> {
    output(conv, text)
}

/// `%c` of a character.
pub fn format_char(conv: &Conversion, c: char) -> Result<String, Error> {
    output(conv, c.encode_utf8(&mut [0; 4]))
}

/// `unicode_format_arg_output`: sign, `0x` prefix, padding and truncation.
fn output(conv: &Conversion, text: &str) -> Result<String, Error> {
    let flags = conv.flags;
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let width = conv.width.unwrap_or(0);
    if width > crate::format::MAX_FORMAT_WIDTH {
        return Err(Error {
            kind: crate::ErrorKind::MemoryError,
            message: String::new(),
        });
    }
    if matches!(conv.kind, 's' | 'r' | 'a') {
        if let Some(p) = conv.precision {
            len = len.min(p);
        }
    }
    let mut is_signed = conv.numeric();
    let fill = if is_signed && flags.zero { '0' } else { ' ' };
    let mut idx = 0;
    let mut sign_char = None;
    if is_signed {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                idx = 1;
            }
            _ if flags.sign => sign_char = Some('+'),
            _ if flags.blank => sign_char = Some(' '),
            _ => is_signed = false,
        }
    }
    let mut width = width.max(len);
    let mut out = String::with_capacity(width + 2);
    if is_signed {
        if fill != ' ' {
            out.extend(sign_char);
        }
        if width > len {
            width -= 1;
        }
    }
    // CPython asserts the prefix is there; checking keeps a misuse from panicking.
    let has_prefix = flags.alt
        && matches!(conv.kind, 'x' | 'X' | 'o')
        && chars.get(idx) == Some(&'0')
        && chars.get(idx + 1) == Some(&conv.kind)
        && len >= 2;
    if has_prefix {
        if fill != ' ' {
            out.extend(&chars[idx..idx + 2]);
            idx += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if is_signed {
            out.extend(sign_char);
        }
        if has_prefix {
            out.extend(&chars[idx..idx + 2]);
            idx += 2;
        }
    }
    out.extend(&chars[idx..idx + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Arguments for tests: star values from a list, keys recorded.
    struct TestArgs(Vec<i64>, Vec<String>);

    impl ConversionArgs for TestArgs {
        type Error = Error;
        fn mapping_key(&mut self, key: &str) -> Result<(), Error> {
            self.1.push(key.to_string());
            Ok(())
        }
        fn star(&mut self, _: Star) -> Result<i64, Error> {
            if self.0.is_empty() {
                return Err(Error::type_error("not enough arguments for format string"));
            }
            Ok(self.0.remove(0))
        }
    }

    fn conv(fmt: &str, stars: Vec<i64>) -> Result<Conversion, String> {
        let chars: Vec<char> = fmt.chars().collect();
        match parse_conversion(&chars, 0, &mut TestArgs(stars, vec![])) {
            Ok((Parsed::Conversion(c), _)) => Ok(c),
            Ok((Parsed::Percent, _)) => Err("%".into()),
            Err(e) => Err(e.message),
        }
    }

    fn int(fmt: &str, v: i64) -> String {
        format_int(&conv(fmt, vec![]).unwrap(), &BigInt::from(v), 4300).unwrap()
    }

    // Expected texts are CPython 3.11's `fmt % value`.
    #[test]
    fn ints() {
        assert_eq!(int("%-05d", 3), "3    ");
        assert_eq!(int("%-#08x", 255), "0xff    ");
        assert_eq!(int("%#08x", -255), "-0x000ff");
        assert_eq!(int("%+#8o", 8), "   +0o10");
        assert_eq!(int("% 05d", 3), " 0003");
        assert_eq!(int("%-5.3d", -7), "-007 ");
        assert_eq!(int("%#.5X", 255), "0X000FF");
        assert_eq!(int("%#5x", 0), "  0x0");
        assert_eq!(int("%hd", 1), "1");
    }

    #[test]
    fn others() {
        let c = conv("%08.3f", vec![]).unwrap();
        assert_eq!(format_float(&c, -1.5).unwrap(), "-001.500");
        let c = conv("%#.0e", vec![]).unwrap();
        assert_eq!(format_float(&c, 1.0).unwrap(), "1.e+00");
        let c = conv("%010s", vec![]).unwrap();
        assert_eq!(format_str(&c, "ab").unwrap(), "        ab");
        let c = conv("%.1s", vec![]).unwrap();
        assert_eq!(format_str(&c, "ab").unwrap(), "a");
        let c = conv("%05c", vec![]).unwrap();
        assert_eq!(format_char(&c, 'x').unwrap(), "    x");
        let c = conv("%*d", vec![-5]).unwrap();
        assert_eq!(format_int(&c, &BigInt::from(3), 4300).unwrap(), "3    ");
        let c = conv("%.*f", vec![-2]).unwrap();
        assert_eq!(format_float(&c, 1.25).unwrap(), "1");
    }

    #[test]
    fn parse_errors() {
        assert_eq!(conv("%%", vec![]), Err("%".into()));
        assert_eq!(conv("%", vec![]), Err("incomplete format".into()));
        assert_eq!(conv("%-", vec![]), Err("incomplete format".into()));
        assert_eq!(conv("%.", vec![]), Err("incomplete format".into()));
        assert_eq!(conv("%(a", vec![]), Err("incomplete format key".into()));
        let bad = |f: &str| conv(f, vec![]).unwrap().check_type().unwrap_err().message;
        assert_eq!(
            bad("%5%"),
            "unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(
            bad("%hh"),
            "unsupported format character 'h' (0x68) at index 2"
        );
        assert_eq!(
            bad("%é"),
            "unsupported format character '?' (0xe9) at index 1"
        );
        let mut args = TestArgs(vec![], vec![]);
        let chars: Vec<char> = "%(a(b))-5s".chars().collect();
        let (parsed, end) = parse_conversion(&chars, 0, &mut args).unwrap();
        assert_eq!(args.1, vec!["a(b)".to_string()]);
        assert_eq!(end, chars.len());
        assert!(matches!(parsed, Parsed::Conversion(c) if c.flags.left && c.width == Some(5)));
        assert_eq!(
            int_required_error('x', "float").message,
            "%x format: an integer is required, not float"
        );
        assert_eq!(
            int_required_error('d', "str").message,
            "%d format: a real number is required, not str"
        );
    }
}
