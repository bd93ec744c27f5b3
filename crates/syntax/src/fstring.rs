//! Turns adjacent string-literal tokens into one AST node: a `Constant` (str or bytes) or,
//! when any piece is an f-string, a `JoinedStr` whose replacement fields are parsed with
//! the same parser in expression mode.
//!
//! Spans follow CPython 3.11: the literal `Constant`s and `FormattedValue`s inside a
//! `JoinedStr` all carry the span of the whole concatenation; a `format_spec`'s
//! `JoinedStr` carries the span of the string token it appears in; expressions inside
//! fields carry their real position in the file.

use crate::ast::{Constant, Expr, ExprKind};
use crate::error::SyntaxError;
use crate::token::{FStringField, FStringPart, StrLiteral, StrValue};

/// Concatenates the literal tokens `pieces` (each with its byte range) spanning `l..r`.
pub fn concatenate(
    pieces: Vec<(usize, StrLiteral, usize)>,
    l: usize,
    r: usize,
) -> Result<Expr, SyntaxError> {
    let has_bytes = pieces
        .iter()
        .any(|(_, s, _)| matches!(s.value, StrValue::Bytes(_)));
    let all_bytes = pieces
        .iter()
        .all(|(_, s, _)| matches!(s.value, StrValue::Bytes(_)));
    if has_bytes && !all_bytes {
        // CPython reports it at the token after the literals; `r` is where that starts
        // unless whitespace intervenes.
        return Err(SyntaxError::syntax(
            "cannot mix bytes and nonbytes literals",
            r,
            r,
        ));
    }
    let kind = match pieces.first() {
        Some((_, s, _)) if s.unicode_prefix => Some("u".to_string()),
        _ => None,
    };
    if all_bytes {
        let mut bytes = Vec::new();
        for (_, s, _) in pieces {
            if let StrValue::Bytes(b) = s.value {
                bytes.extend(b);
            }
        }
        return Ok(constant(Constant::Bytes(bytes), None, l, r));
    }
    let has_fstring = pieces
        .iter()
        .any(|(_, s, _)| matches!(s.value, StrValue::FString(_)));
    if !has_fstring {
        let mut text = String::new();
        for (_, s, _) in pieces {
            if let StrValue::Text(t) = s.value {
                text.push_str(&t);
            }
        }
        return Ok(constant(Constant::Str(text), kind, l, r));
    }
    let mut values = Vec::new();
    let mut pending = String::new();
    for (pl, s, pr) in pieces {
        match s.value {
            StrValue::Text(t) => pending.push_str(&t),
            StrValue::Bytes(_) => {}
            StrValue::FString(parts) => {
                for part in parts {
                    match part {
                        FStringPart::Literal(t) => pending.push_str(&t),
                        FStringPart::Field(field) => {
                            if let Some(debug) = &field.debug_text {
                                pending.push_str(debug);
                            }
                            flush(&mut pending, &mut values, l, r);
                            values.push(formatted_value(field, l, r, pl, pr)?);
                        }
                    }
                }
            }
        }
    }
    flush(&mut pending, &mut values, l, r);
    Ok(Expr::new(ExprKind::JoinedStr { values }, l, r))
}

fn constant(value: Constant, kind: Option<String>, l: usize, r: usize) -> Expr {
    Expr::new(ExprKind::Constant { value, kind }, l, r)
}

fn flush(pending: &mut String, values: &mut Vec<Expr>, l: usize, r: usize) {
    if !pending.is_empty() {
        values.push(constant(Constant::Str(std::mem::take(pending)), None, l, r));
    }
}

/// One `{...}` field: its expression parsed in expression mode, its conversion and spec.
/// `l..r` is the whole concatenation, `pl..pr` the string token holding the field.
fn formatted_value(
    field: FStringField,
    l: usize,
    r: usize,
    pl: usize,
    pr: usize,
) -> Result<Expr, SyntaxError> {
    let value = crate::parser::parse_fstring_field(&field.expr, field.expr_offset)?;
    // `{x=}` without conversion or spec shows the repr, as CPython does.
    let conversion = match field.conversion {
        Some(c) => c as i32,
        None if field.debug_text.is_some() && field.format_spec.is_none() => 'r' as i32,
        None => -1,
    };
    let format_spec = match field.format_spec {
        Some(parts) => {
            let mut values = Vec::new();
            let mut pending = String::new();
            for part in parts {
                match part {
                    FStringPart::Literal(t) => pending.push_str(&t),
                    FStringPart::Field(inner) => {
                        if let Some(debug) = &inner.debug_text {
                            pending.push_str(debug);
                        }
                        flush(&mut pending, &mut values, l, r);
                        values.push(formatted_value(inner, l, r, pl, pr)?);
                    }
                }
            }
            if values.is_empty() {
                // A spec without fields: CPython 3.11 gives its one constant the span of
                // the string token, not of the whole concatenation.
                flush(&mut pending, &mut values, pl, pr);
            } else {
                flush(&mut pending, &mut values, l, r);
            }
            Some(Box::new(Expr::new(ExprKind::JoinedStr { values }, pl, pr)))
        }
        None => None,
    };
    Ok(Expr::new(
        ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
        },
        l,
        r,
    ))
}
