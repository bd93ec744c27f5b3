//! Tracebacks as text: what CPython 3.11 prints for an uncaught exception, reproduced from
//! its C printer (which is what `sys.excepthook` runs), not from the `traceback` module,
//! whose output differs in corners (it strips trailing whitespace, widens East Asian
//! characters, anchors `(a)+b` differently).
//!
//! - [`format_exception`] is `_PyErr_Display` → `print_exception_recursive`
//!   (`Python/pythonrun.c`): the chain of causes and contexts, oldest first, each followed
//!   by the sentence that links it to the next; a seen-set stops cycles.
//! - Each exception is `print_exception`: `Traceback (most recent call last):` and the
//!   entries (`_PyTraceBack_Print` → `tb_printinternal`, with its `[Previous line repeated
//!   N more times]` after three identical entries; at most `sys.tracebacklimit` entries,
//!   the newest, 1000 when it is not set), then `Type: str(exc)`.
//! - Each entry is `tb_displayline`: the `File` line, the source line without its
//!   indentation, and the caret line marking the failing instruction's columns, with the
//!   `~~~^^^~~~` form for a binary operation or a subscript, found by parsing the segment
//!   (`extract_anchors_from_line`). The target is the python3 here, 3.11.7, whose printer
//!   has fixes later than 3.11.0: it skips a left operand's closing parentheses, looks for
//!   the subscript's brackets, and places the carets by display width (East Asian wide
//!   characters take two columns, `east_asian_width.rs`). The tests compare with python3.
//!
//! - After the message, a NameError's "Did you mean" (`suggestions.rs`).
//!
//! Not modelled yet: AttributeError's suggestions, `__notes__` (exceptions have no
//! `__dict__` yet), exception groups, and SyntaxError's file/line block for SyntaxErrors
//! raised at run time.
//!
//! [`traceback_here`] (`PyTraceBack_Here`, in `types/traceback.rs`) is re-exported here as
//! the eval loop's entry point.

use std::collections::HashSet;

use syntax::ast::{ExprKind, StmtKind};

use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::types::{dict, exception, int, module, str as pystr, traceback as tb};

pub use crate::types::traceback::{traceback_here, traceback_here_frame};

/// `EXCEPTION_TB_HEADER`.
const TB_HEADER: &str = "Traceback (most recent call last):\n";
/// `cause_message`, written between a cause and the exception it caused.
const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
/// `context_message`.
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";
/// `TB_RECURSIVE_CUTOFF`: identical entries shown before "[Previous line repeated ...]".
const TB_RECURSIVE_CUTOFF: usize = 3;
/// `PyTraceBack_LIMIT`, the default of `sys.tracebacklimit`: older entries are dropped.
const TB_LIMIT: usize = 1000;
/// `_TRACEBACK_SOURCE_LINE_INDENT`.
const SOURCE_LINE_INDENT: usize = 4;

/// The text CPython 3.11 writes to stderr for the uncaught exception `exc`, chained
/// exceptions included.
pub fn format_exception(rt: &Runtime, exc: &ObjRef) -> String {
    // print_exception_cause_and_context, unrolled: each exception has at most one
    // predecessor to print (its cause, else its context unless suppressed), so the chain
    // is a list; printing it oldest first is what the C recursion does.
    let mut seen: HashSet<usize> = HashSet::new();
    let mut chain: Vec<(ObjRef, &str)> = Vec::new();
    let mut current = exc.clone();
    loop {
        seen.insert(current.id());
        let Some(e) = exception::payload(&current) else {
            break;
        };
        let (next, message) = match e.cause() {
            Some(cause) => (cause, CAUSE_MESSAGE),
            None if e.suppress_context() => break,
            None => match e.context() {
                Some(context) => (context, CONTEXT_MESSAGE),
                None => break,
            },
        };
        if seen.contains(&next.id()) {
            break;
        }
        chain.push((current, message));
        current = next;
    }
    let mut out = String::new();
    print_one(rt, &current, &mut out);
    while let Some((value, message)) = chain.pop() {
        out.push_str(message);
        print_one(rt, &value, &mut out);
    }
    out
}

/// Prints the uncaught exception `exc` to stderr as python3 does when a script ends with
/// one: pending stdout first (`flush_io` before `PyErr_Print` in
/// `_PyRun_SimpleFileObject`), then [`format_exception`]'s text.
pub fn print_exception(rt: &Runtime, exc: &ObjRef) -> crate::PyResult<()> {
    // flush_io ignores errors. (`flush_stdout` rather than `flush_stdio`: the latter
    // writes captured output to the process's stdout.)
    let _ = rt.flush_stdout();
    rt.write_stderr(&format_exception(rt, exc))
}

/// `print_exception` (pythonrun.c): the traceback, then the `Type: message` line.
fn print_one(rt: &Runtime, value: &ObjRef, out: &mut String) {
    let Some(e) = exception::payload(value) else {
        // print_exception_invalid_type; unreachable through `raise`, which checks.
        out.push_str(&format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            value.type_object().name()
        ));
        return;
    };
    if let Some(t) = e.traceback().filter(|t| tb::payload(t).is_some()) {
        // _PyTraceBack_Print: `sys.tracebacklimit` (an int) bounds the entries; zero or
        // less prints no traceback at all, not even the header.
        let limit = match traceback_limit(rt) {
            Some(n) if n <= 0 => None,
            Some(n) => Some(usize::try_from(n).unwrap_or(usize::MAX)),
            None => Some(TB_LIMIT),
        };
        if let Some(limit) = limit {
            out.push_str(TB_HEADER);
            print_entries(rt, &t, limit, out);
        }
    }
    print_exception_message(rt, value, out);
    // print_exception_suggestions.
    if let Some(s) = crate::suggestions::offer_suggestions(rt, value) {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    out.push('\n');
}

/// `sys.tracebacklimit` when it is set to an int (a bool counts, as PyLong_Check does); a
/// huge positive one means no limit, a huge negative one none at all.
fn traceback_limit(rt: &Runtime) -> Option<i64> {
    let modules = rt.sys_modules()?;
    let sys = dict::payload(&modules)?
        .get(rt, &rt.intern("sys").ok()?)
        .ok()??;
    let sysdict = module::payload(&sys)?.dict()?;
    let v = dict::payload(&sysdict)?
        .get(rt, &rt.intern("tracebacklimit").ok()?)
        .ok()??;
    Some(match int::value(&v)? {
        int::IntValue::Small(n) => *n,
        big if big.is_negative() => i64::MIN,
        _ => i64::MAX,
    })
}

/// `print_exception_message`: `module.` (unless `builtins` or `__main__`), the type's
/// qualified name, and `: str(exc)` unless that is empty.
fn print_exception_message(rt: &Runtime, value: &ObjRef, out: &mut String) {
    let ty = value.type_ref();
    let tyobj = value.type_object();
    if tyobj.is_heaptype() {
        let attr = |name: &str| -> Option<String> {
            let n = rt.intern(name).ok()?;
            let v = crate::ops::get_attr(rt, ty, &n).ok()?;
            pystr::as_str(&v).map(str::to_string)
        };
        match attr("__module__") {
            Some(m) if m == "builtins" || m == "__main__" => {}
            Some(m) => {
                out.push_str(&m);
                out.push('.');
            }
            None => out.push_str("<unknown>."),
        }
        out.push_str(&attr("__qualname__").unwrap_or_else(|| tyobj.name().to_string()));
    } else {
        // A static type's qualname is its tp_name after the last dot; every builtin
        // exception type lives in `builtins`.
        let name = tyobj.name();
        out.push_str(name.rsplit('.').next().unwrap_or(name));
    }
    match crate::ops::str_string(rt, value) {
        Ok(s) if s.is_empty() => {}
        Ok(s) => {
            out.push_str(": ");
            out.push_str(&s);
        }
        Err(_) => out.push_str(": <exception str() failed>"),
    }
}

/// `tb_printinternal`: the entries from `head` (outermost frame) on, runs of more than
/// [`TB_RECURSIVE_CUTOFF`] identical (file, line, name) entries folded.
fn print_entries(rt: &Runtime, head: &ObjRef, limit: usize, out: &mut String) {
    let mut entries: Vec<ObjRef> = Vec::new();
    let mut cursor = Some(head.clone());
    while let Some(t) = cursor {
        cursor = tb::payload(&t).and_then(tb::TracebackPayload::next);
        entries.push(t);
    }
    let skip = entries.len().saturating_sub(limit);
    let mut last: Option<(&str, i32, &str)> = None;
    let mut count = 0usize;
    for t in &entries[skip..] {
        let Some(p) = tb::payload(t) else { continue };
        let code = p.code();
        let key = (&*code.filename, p.lineno(), &*code.name);
        // An entry without a line never folds (`last_line == -1` in CPython).
        if last != Some(key) || key.1 == -1 {
            if count > TB_RECURSIVE_CUTOFF {
                print_line_repeated(count, out);
            }
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= TB_RECURSIVE_CUTOFF {
            display_line(rt, p, out);
        }
    }
    if count > TB_RECURSIVE_CUTOFF {
        print_line_repeated(count, out);
    }
}

/// `tb_print_line_repeated`.
fn print_line_repeated(count: usize, out: &mut String) {
    let n = count - TB_RECURSIVE_CUTOFF;
    let s = if n > 1 { "s" } else { "" };
    out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
}

/// `IS_WHITESPACE` of traceback.c.
fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// `tb_displayline`: the `File` line, the source line and its carets.
fn display_line(rt: &Runtime, t: &tb::TracebackPayload, out: &mut String) {
    let code = t.code();
    let lineno = t.lineno();
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        code.filename, lineno, code.name
    ));
    let Some(line) = usize::try_from(lineno)
        .ok()
        .and_then(|n| rt.linecache_lookup(&code.filename, n))
    else {
        return;
    };
    // display_source_line_with_margin: the line without its indentation.
    let indent_chars = line.chars().take_while(|&c| is_whitespace(c)).count();
    let indent_bytes: usize = line.chars().take(indent_chars).map(char::len_utf8).sum();
    out.push_str("    ");
    out.push_str(&line[indent_bytes..]);
    out.push('\n');
    let Some(pos) = code.positions.get(t.lasti() as usize) else {
        return;
    };
    if let Some(carets) = caret_line(&line, indent_chars, *pos) {
        out.push_str(&carets);
    }
}

/// The caret line for `line` (the full source line, indentation included, which has
/// `indent` leading whitespace characters) and the failing instruction's position, or
/// `None` when CPython shows none (no column information, or the range covers the whole
/// stripped line with no operator or subscript to single out).
fn caret_line(line: &str, indent: usize, pos: bytecode::Position) -> Option<String> {
    if pos.is_none() || pos.col == u32::MAX || pos.end_col == u32::MAX {
        return None;
    }
    let start_offset = byte_offset_to_character_offset(line, pos.col as usize);
    let mut end_offset = byte_offset_to_character_offset(line, pos.end_col as usize);
    let mut anchors = None;
    if pos.line == pos.end_line {
        let segment = char_substring(line, start_offset, end_offset);
        anchors = extract_anchors(segment).map(|a| Anchors {
            left: byte_offset_to_character_offset(segment, a.left) + start_offset,
            right: byte_offset_to_character_offset(segment, a.right) + start_offset,
            ..a
        });
    } else {
        // A multi-line expression: highlight to the last non-whitespace character of its
        // first line. CPython scans the UTF-8 bytes from index `character count - 1` down
        // and uses the byte index as a character offset (clamped when converted to a
        // display width below), so this is what it computes.
        let bytes = line.as_bytes();
        let len = line.chars().count();
        end_offset = (0..len)
            .rev()
            .find(|&i| !is_whitespace(char::from(bytes[i])))
            .map_or(0, |i| i + 1);
    }
    let stripped_len = line.chars().count() - indent;
    if end_offset.checked_sub(start_offset) == Some(stripped_len) && anchors.is_none() {
        return None;
    }
    // Every offset becomes a display offset: wide characters take two columns.
    let dp = |offset: usize| calculate_display_width(line, offset);
    Some(print_error_location_carets(
        indent as isize - SOURCE_LINE_INDENT as isize,
        dp(start_offset),
        dp(end_offset),
        anchors.map(|a| Anchors {
            left: dp(a.left),
            right: dp(a.right),
            ..a
        }),
    ))
}

/// `_PyPegen_calculate_display_width`: the columns the first `offset` characters of `line`
/// take (East Asian wide and fullwidth characters count two). An ASCII prefix answers
/// `offset` itself, even past the end of the line, as CPython's fast path does.
pub fn calculate_display_width(line: &str, offset: usize) -> usize {
    let prefix = line.chars().take(offset);
    if line.chars().take(offset).all(|c| c.is_ascii()) {
        return offset;
    }
    prefix
        .map(|c| {
            if crate::east_asian_width::is_wide(c) {
                2
            } else {
                1
            }
        })
        .sum()
}

/// `print_error_location_carets`: columns are character offsets into the full line;
/// `truncation` is the indentation removed minus the 4 spaces put back.
fn print_error_location_carets(
    truncation: isize,
    start_offset: usize,
    end_offset: usize,
    anchors: Option<Anchors>,
) -> String {
    let mut s = String::new();
    let mut offset = truncation;
    while {
        offset += 1;
        offset <= end_offset as isize
    } {
        let c = if offset <= start_offset as isize {
            ' '
        } else {
            match anchors {
                Some(a) if (a.left as isize) < offset && offset <= a.right as isize => a.secondary,
                Some(a) => a.primary,
                None => '^',
            }
        };
        s.push(c);
    }
    s.push('\n');
    s
}

/// `_PyPegen_byte_offset_to_character_offset`: the characters in the first `col` bytes of
/// `s`'s UTF-8, a cut sequence counting as one (decoding with "replace"); an offset past
/// the end counts the terminating NUL C reads there.
pub fn byte_offset_to_character_offset(s: &str, col: usize) -> usize {
    let bytes = s.as_bytes();
    if col > bytes.len() {
        return s.chars().count() + 1;
    }
    String::from_utf8_lossy(&bytes[..col]).chars().count()
}

/// `PyUnicode_Substring` by character offsets, clamped as it clamps.
fn char_substring(s: &str, start: usize, end: usize) -> &str {
    let byte_at = |n: usize| s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    if start >= end {
        return "";
    }
    &s[byte_at(start)..byte_at(end)]
}

/// Where the secondary marker goes within a caret range, and the two marker characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchors {
    /// First position of the secondary range.
    pub left: usize,
    /// One past its last position.
    pub right: usize,
    pub primary: char,
    pub secondary: char,
}

/// `extract_anchors_from_line` on a one-line source segment: for a binary operation the
/// operator (`~~~^~~~`), for a subscript the brackets and what they hold (`~~~^^^^^`), as
/// byte offsets into `segment`; `None` when the segment does not parse as one expression
/// statement of those kinds.
///
/// CPython also runs the AST optimizer over the segment; folding keeps the positions of
/// what it folds and a failing operation is never folded away, so it changes no anchor.
pub fn extract_anchors(segment: &str) -> Option<Anchors> {
    let module = syntax::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    let ws = |i: usize| bytes.get(i).is_some_and(|&b| is_whitespace(char::from(b)));
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let right_start = right.range.start;
            let mut i = left.range.end;
            while i < right_start {
                if ws(i) {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                // A two-character operator (`//`, `**`, ...), or one glued to what follows.
                if i + 1 < right_start && !ws(i + 1) {
                    r += 1;
                }
                // Keep going past the left operand's closing parentheses.
                if i + 1 < right_start && bytes.get(i) == Some(&b')') {
                    i += 1;
                    continue;
                }
                return Some(Anchors {
                    left: i,
                    right: r,
                    primary: '~',
                    secondary: '^',
                });
            }
            // Unreachable: an operator always lies between the operands.
            None
        }
        ExprKind::Subscript { value, slice, .. } => {
            let len = bytes.len();
            let mut left = value.range.end;
            let mut right = slice.range.end + 1;
            while left < len && bytes[left] != b'[' {
                left += 1;
            }
            while right < len && bytes[right] != b']' {
                right += 1;
            }
            if right < len {
                right += 1;
            }
            Some(Anchors {
                left,
                right,
                primary: '~',
                secondary: '^',
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_become_character_offsets() {
        assert_eq!(byte_offset_to_character_offset("abc", 2), 2);
        assert_eq!(byte_offset_to_character_offset("é = 1", 2), 1);
        // A cut sequence counts as one replacement character.
        assert_eq!(byte_offset_to_character_offset("é", 1), 1);
        assert_eq!(byte_offset_to_character_offset("ab", 3), 3);
        assert_eq!(byte_offset_to_character_offset("ab", 9), 3);
    }

    #[test]
    fn display_widths() {
        assert_eq!(calculate_display_width("abc", 2), 2);
        assert_eq!(calculate_display_width("abc", 5), 5);
        assert_eq!(calculate_display_width("日本x", 3), 5);
        assert_eq!(calculate_display_width("日本x", 9), 5);
        assert_eq!(calculate_display_width("éé", 2), 2);
    }

    #[test]
    fn substring_clamps() {
        assert_eq!(char_substring("aébc", 1, 3), "éb");
        assert_eq!(char_substring("ab", 1, 9), "b");
        assert_eq!(char_substring("ab", 2, 1), "");
    }
}
