//! The `%` operator's walk over its format string and arguments (CPython 3.11's
//! `PyUnicode_Format` loop and `unicode_format_getnextarg`), without objects: the arguments
//! are a tuple (consumed one per conversion and `*`), a single object (used once), or a mapping
//! (`%(key)` looks a value up, which then is the single current argument). At the end, unused
//! tuple items or an unused single argument are "not all arguments converted during string
//! formatting", unless the arguments are a mapping. The VM supplies the objects through
//! [`PercentArgs`]; conversions are parsed and written by [`crate::printf`].

use crate::printf::{parse_conversion, Conversion, ConversionArgs, Parsed, Star};
use crate::Error;

/// Which argument a conversion or `*` uses: the current single argument (the whole right
/// operand, or the value a `%(key)` found), or an item of the argument tuple.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgRef {
    Whole,
    Item(usize),
}

/// The VM's side of `fmt % args`.
pub trait PercentArgs {
    type Error: From<Error>;
    /// `args[key]` on the original mapping; the result becomes the current single argument.
    fn lookup(&mut self, key: &str) -> Result<(), Self::Error>;
    /// The argument for a `*`, as an int ("* wants int" otherwise).
    fn star(&mut self, arg: ArgRef, which: Star) -> Result<i64, Self::Error>;
    /// Convert the argument as `conv.kind` needs and write it with the `printf::format_*`
    /// function for it (the type character is already checked).
    fn format(&mut self, arg: ArgRef, conv: &Conversion) -> Result<String, Self::Error>;
}

/// The argument shape of the right operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArgShape {
    /// `Some(len)` when the operand is a tuple.
    pub tuple_len: Option<usize>,
    /// `PyMapping_Check(args) && !tuple && !str`: it has `__getitem__` (a dict, but also a list).
    pub is_mapping: bool,
}

/// CPython's `arglen`/`argidx` pair.
struct Cursor {
    arglen: isize,
    argidx: isize,
}

impl Cursor {
    fn new(tuple_len: Option<usize>) -> Self {
        match tuple_len {
            Some(n) => Cursor {
                arglen: n as isize,
                argidx: 0,
            },
            None => Cursor {
                arglen: -1,
                argidx: -2,
            },
        }
    }

    fn next(&mut self) -> Result<ArgRef, Error> {
        let idx = self.argidx;
        if idx < self.arglen {
            self.argidx += 1;
            return Ok(if self.arglen < 0 {
                ArgRef::Whole
            } else {
                ArgRef::Item(idx as usize)
            });
        }
        Err(Error::type_error("not enough arguments for format string"))
    }
}

struct Parsing<'a, A: PercentArgs> {
    args: &'a mut A,
    cursor: &'a mut Cursor,
    is_mapping: bool,
}

impl<A: PercentArgs> ConversionArgs for Parsing<'_, A> {
    type Error = A::Error;
    fn require_mapping(&mut self) -> Result<(), A::Error> {
        if !self.is_mapping {
            return Err(Error::type_error("format requires a mapping").into());
        }
        Ok(())
    }
    fn mapping_key(&mut self, key: &str) -> Result<(), A::Error> {
        self.args.lookup(key)?;
        *self.cursor = Cursor::new(None);
        Ok(())
    }
    fn star(&mut self, which: Star) -> Result<i64, A::Error> {
        let arg = self.cursor.next()?;
        self.args.star(arg, which)
    }
}

/// `fmt % args`.
pub fn percent_format<A: PercentArgs>(
    fmt: &str,
    shape: ArgShape,
    args: &mut A,
) -> Result<String, A::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut cursor = Cursor::new(shape.tuple_len);
    let mut out = String::with_capacity(fmt.len());
    let mut pos = 0;
    while pos < chars.len() {
        if chars[pos] != '%' {
            out.push(chars[pos]);
            pos += 1;
            continue;
        }
        let mut parsing = Parsing {
            args: &mut *args,
            cursor: &mut cursor,
            is_mapping: shape.is_mapping,
        };
        let (parsed, next) = parse_conversion(&chars, pos, &mut parsing)?;
        pos = next;
        let conv = match parsed {
            Parsed::Percent => {
                out.push('%');
                continue;
            }
            Parsed::Conversion(conv) => conv,
        };
        let arg = cursor.next()?;
        conv.check_type()?;
        out.push_str(&args.format(arg, &conv)?);
    }
    if cursor.argidx < cursor.arglen && !shape.is_mapping {
        return Err(
            Error::type_error("not all arguments converted during string formatting").into(),
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::printf;

    /// Arguments are ints shown by `%s`/`%d`; a mapping maps "a" to 1.
    struct Ints {
        items: Vec<i64>,
        current: i64,
    }

    impl PercentArgs for Ints {
        type Error = Error;
        fn lookup(&mut self, key: &str) -> Result<(), Error> {
            if key != "a" {
                return Err(Error::value(format!("KeyError {key}")));
            }
            self.current = 1;
            Ok(())
        }
        fn star(&mut self, arg: ArgRef, _: Star) -> Result<i64, Error> {
            Ok(self.get(arg))
        }
        fn format(&mut self, arg: ArgRef, conv: &Conversion) -> Result<String, Error> {
            let v = num_bigint::BigInt::from(self.get(arg));
            printf::format_int(conv, &v, 4300)
        }
    }

    impl Ints {
        fn get(&self, arg: ArgRef) -> i64 {
            match arg {
                ArgRef::Whole => self.current,
                ArgRef::Item(i) => self.items[i],
            }
        }
    }

    fn run(
        fmt: &str,
        tuple: Option<Vec<i64>>,
        whole: i64,
        is_mapping: bool,
    ) -> Result<String, String> {
        let shape = ArgShape {
            tuple_len: tuple.as_ref().map(Vec::len),
            is_mapping,
        };
        let mut args = Ints {
            items: tuple.unwrap_or_default(),
            current: whole,
        };
        percent_format(fmt, shape, &mut args).map_err(|e| e.message)
    }

    // Results and messages are CPython 3.11's `fmt % args`.
    #[test]
    fn argument_walk() {
        let not_all = Err("not all arguments converted during string formatting".to_string());
        let not_enough = Err("not enough arguments for format string".to_string());
        assert_eq!(run("%(a)d %d", None, 0, true), not_enough);
        assert_eq!(run("abc", None, 5, false), not_all);
        assert_eq!(run("abc", None, 0, true), Ok("abc".into()));
        assert_eq!(run("abc", Some(vec![]), 0, false), Ok("abc".into()));
        assert_eq!(run("%d", Some(vec![]), 0, false), not_enough);
        assert_eq!(run("%d %d", Some(vec![1]), 0, false), not_enough);
        assert_eq!(run("%d", Some(vec![1, 2]), 0, false), not_all);
        assert_eq!(
            run("%(a)d", Some(vec![1]), 0, false),
            Err("format requires a mapping".into())
        );
        assert_eq!(run("%d %(a)d", None, 7, true), Ok("7 1".into()));
        assert_eq!(run("%*d", Some(vec![3, 5]), 0, false), Ok("  5".into()));
        assert_eq!(run("%(a)*d", None, 0, true), not_enough);
        assert_eq!(run("a%%b", None, 5, false), not_all);
        assert_eq!(run("%d%%", None, 5, false), Ok("5%".into()));
        assert_eq!(run("%y", Some(vec![]), 0, false), not_enough);
        assert_eq!(
            run("%y", Some(vec![1]), 0, false),
            Err("unsupported format character 'y' (0x79) at index 1".into())
        );
    }
}
