//! From file bytes to source text, as CPython's tokenizer decodes a file: a UTF-8 BOM is
//! dropped, a PEP 263 coding declaration on line 1 or 2 is honoured for UTF-8, Latin-1 and
//! cp1252 (the stdlib has one cp1252 file; other encodings are refused with a clear
//! error), and null bytes or undecodable bytes end in CPython's messages.

use crate::error::{ErrorDisplay, SyntaxError};

/// Decodes a source file. Error offsets are byte offsets into `bytes` as given.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let (body, bom) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (rest, 3),
        None => (bytes, 0),
    };
    let encoding = declared_encoding(body);
    let single_byte: Option<fn(u8) -> Option<char>> = match encoding.as_deref() {
        None | Some("utf-8") => None,
        Some("iso-8859-1") if bom == 0 => Some(|b| Some(b as char)),
        Some("cp1252") if bom == 0 => Some(cp1252),
        Some(name) => {
            let msg = if bom != 0 {
                format!("encoding problem: {name} with BOM")
            } else {
                format!(
                    "encoding problem: {name} (rattle reads only UTF-8, Latin-1 and cp1252 source)"
                )
            };
            let mut err = SyntaxError::syntax(msg, 0, 0);
            err.display = ErrorDisplay::MessageOnly;
            return Err(err);
        }
    };
    let nul = body.iter().position(|&b| b == 0);
    let text = match single_byte {
        Some(decode) => match body.iter().map(|&b| decode(b)).collect::<Option<String>>() {
            Some(text) => Ok(text),
            None => {
                // CPython: `encoding problem: cp1252` for a byte the codec does not map.
                let name = encoding.unwrap_or_default();
                let mut err = SyntaxError::syntax(format!("encoding problem: {name}"), 0, 0);
                err.display = ErrorDisplay::MessageOnly;
                return Err(err);
            }
        },
        None => std::str::from_utf8(body).map(str::to_owned),
    };
    match (text, nul) {
        (Ok(_), Some(at)) => Err(null_bytes(bom + at)),
        (Err(e), Some(at)) if at < e.valid_up_to() => Err(null_bytes(bom + at)),
        (Ok(text), None) => Ok(text),
        (Err(e), _) => {
            let at = e.valid_up_to();
            let line = 1 + body[..at].iter().filter(|&&b| b == b'\n').count();
            let msg = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                body[at]
            );
            let mut err = SyntaxError::syntax(msg, bom + at, bom + at);
            err.display = ErrorDisplay::MessageOnly;
            Err(err)
        }
    }
}

/// Windows-1252: Latin-1 except for 0x80..0xA0, five of which are unmapped.
fn cp1252(b: u8) -> Option<char> {
    const HIGH: [u32; 32] = [
        0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
        0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
    ];
    match b {
        0x80..=0x9f => char::from_u32(HIGH[usize::from(b - 0x80)]).filter(|&c| c != '\0'),
        _ => Some(b as char),
    }
}

fn null_bytes(at: usize) -> SyntaxError {
    let mut err = SyntaxError::syntax("source code cannot contain null bytes", at, at);
    err.display = ErrorDisplay::NoCaret;
    err
}

/// The normalized name from a `coding[:=]name` comment on line 1, or on line 2 when line
/// 1 is blank or a comment (CPython's `check_coding_spec`).
fn declared_encoding(body: &[u8]) -> Option<String> {
    let mut lines = body.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_spec(first) {
        return Some(name);
    }
    let first_trimmed: Vec<u8> = first
        .iter()
        .copied()
        .filter(|b| !b" \t\x0c\r".contains(b))
        .collect();
    if first_trimmed.is_empty() || first_trimmed[0] == b'#' {
        return lines.next().and_then(coding_spec);
    }
    None
}

fn coding_spec(line: &[u8]) -> Option<String> {
    let start = line.iter().position(|b| !b" \t\x0c".contains(b))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    let at = comment.windows(6).position(|w| w == b"coding")?;
    let rest = &comment[at + 6..];
    if !matches!(rest.first(), Some(b':' | b'=')) {
        return None;
    }
    let rest = &rest[1..];
    let skip = rest.iter().take_while(|b| b" \t".contains(b)).count();
    let name: String = rest[skip..]
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
        .map(|&b| b as char)
        .collect();
    if name.is_empty() {
        return None;
    }
    Some(normal_encoding_name(&name))
}

/// CPython's `get_normal_name`, plus the aliases of UTF-8 and Latin-1 Python knows.
fn normal_encoding_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    let is = |base: &str| lower == base || lower.starts_with(&format!("{base}-"));
    if is("utf-8")
        || lower == "utf8"
        || lower == "ascii"
        || lower == "us-ascii"
        || lower == "u8"
        || lower == "utf"
        || lower == "cp65001"
    {
        "utf-8".to_owned()
    } else if is("latin-1")
        || is("iso-8859-1")
        || is("iso-latin-1")
        || lower == "latin1"
        || lower == "l1"
        || lower == "iso8859-1"
        || lower == "8859"
        || lower == "cp819"
        || lower == "latin"
    {
        "iso-8859-1".to_owned()
    } else if lower == "cp1252" || lower == "windows-1252" {
        "cp1252".to_owned()
    } else {
        lower
    }
}
