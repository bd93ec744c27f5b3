//! The source lines tracebacks show: registered sources first (the embedding API registers
//! the text of every file it runs, so a traceback shows what was run even if the file
//! changed since), else the file read from disk on first use and kept, as Python's
//! `linecache` keeps it.
//!
//! What a line is follows what CPython 3.11's C traceback printer reads
//! (`display_source_line_with_margin` in `Python/traceback.c`): a file opened as text with
//! universal newlines (`\r\n` and `\r` end lines too), decoded with its PEP 263 declaration
//! (UTF-8 by default), the trailing newline dropped (`PyFile_GetLine(f, -1)`); a file that
//! cannot be read or decoded gives no lines; and a name in angle brackets (`<string>`,
//! `<stdin>`) is never opened and gives no lines even if registered. Not modelled:
//! CPython's fallback of searching the file's base name along `sys.path`
//! (`_Py_FindSourceFile`), for a relative name that does not open.
//!
//! The cache holds plain Rust data, no heap objects, so teardown needs nothing from it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::runtime::Runtime;

/// One file's text, split into lines once.
struct CachedSource {
    text: Rc<str>,
    /// Byte ranges of the lines in `text`, line terminators excluded.
    lines: Vec<(usize, usize)>,
}

impl CachedSource {
    fn new(text: Rc<str>) -> CachedSource {
        let lines = split_lines(&text);
        CachedSource { text, lines }
    }

    fn line(&self, lineno: usize) -> Option<&str> {
        let &(start, end) = self.lines.get(lineno.checked_sub(1)?)?;
        self.text.get(start..end)
    }
}

/// Universal-newline line ranges: `\n`, `\r\n` and `\r` each end a line.
fn split_lines(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push((start, i));
                i += 1;
                start = i;
            }
            b'\r' => {
                lines.push((start, i));
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        lines.push((start, bytes.len()));
    }
    lines
}

/// The runtime's line cache (a field of the runtime state).
#[derive(Default)]
pub(crate) struct LineCache {
    /// Sources registered by the embedding API.
    registered: RefCell<HashMap<String, CachedSource>>,
    /// Files read from disk; `None` records a file that could not be read or decoded.
    from_disk: RefCell<HashMap<String, Option<CachedSource>>>,
}

/// CPython's check before opening a source file: `<...>` names are not files.
fn is_pseudo_file(filename: &str) -> bool {
    filename.starts_with('<') && filename.ends_with('>')
}

fn read_source(filename: &str) -> Option<CachedSource> {
    let bytes = std::fs::read(filename).ok()?;
    let text = syntax::decode_source(&bytes, filename).ok()?;
    Some(CachedSource::new(Rc::from(text)))
}

impl Runtime {
    /// Registers `source` as the text of `filename` for tracebacks (replacing any earlier
    /// text or cached file content of that name).
    pub fn linecache_register(&self, filename: &str, source: Rc<str>) {
        let cache = &self.state().linecache;
        cache.from_disk.borrow_mut().remove(filename);
        cache
            .registered
            .borrow_mut()
            .insert(filename.to_string(), CachedSource::new(source));
    }

    /// Line `lineno` (1-based) of `filename`, with its indentation and without its line
    /// terminator; `None` for pseudo-files, unreadable files and lines past the end.
    pub fn linecache_lookup(&self, filename: &str, lineno: usize) -> Option<String> {
        if is_pseudo_file(filename) {
            return None;
        }
        let cache = &self.state().linecache;
        if let Some(src) = cache.registered.borrow().get(filename) {
            return src.line(lineno).map(str::to_string);
        }
        let mut disk = cache.from_disk.borrow_mut();
        let src = disk
            .entry(filename.to_string())
            .or_insert_with(|| read_source(filename));
        src.as_ref()?.line(lineno).map(str::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::split_lines;

    #[test]
    fn universal_newlines() {
        let text = "a\r\nb\rc\n\nd";
        let lines: Vec<&str> = split_lines(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(lines, ["a", "b", "c", "", "d"]);
        assert_eq!(split_lines("x\n").len(), 1);
        assert!(split_lines("").is_empty());
    }
}
