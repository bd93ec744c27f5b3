//! The raw token layer: a logos-generated DFA over the source text. It recognizes the
//! tokens whose shape is regular (ASCII names, operators, whitespace, comments, line
//! breaks) and marks where the hand-written scanners take over: numbers, string quotes,
//! backslashes and anything logos cannot classify (non-ASCII identifiers, stray bytes).
//! The layer above (`lexer.rs`) turns these into `Tok`s and never sees a raw token twice.

use logos::Logos;

/// One raw token. Operators map one-to-one onto `Tok` variants (see `RawTok::operator`).
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawTok {
    /// Spaces, tabs and form feeds between tokens (indentation is measured by hand).
    #[regex(r"[ \t\x0c]+")]
    Whitespace,
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,
    #[regex(r"\r\n|\r|\n")]
    LineBreak,
    #[token("\\")]
    Backslash,
    /// An ASCII identifier (or keyword, or string prefix). A non-ASCII continuation is
    /// picked up by hand after it.
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]
    Name,
    /// The first character of a number; `numbers::scan` reads the rest.
    #[regex(r"[0-9]|\.[0-9]")]
    NumberStart,
    #[token("'")]
    #[token("\"")]
    Quote,

    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    Rarrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}

impl RawTok {
    /// The parser token for an operator or delimiter; `None` for the raw kinds that the
    /// layer above handles itself.
    pub fn operator(self) -> Option<crate::token::Tok> {
        use crate::token::Tok;
        Some(match self {
            RawTok::Whitespace
            | RawTok::Comment
            | RawTok::LineBreak
            | RawTok::Backslash
            | RawTok::Name
            | RawTok::NumberStart
            | RawTok::Quote => return None,
            RawTok::Lpar => Tok::Lpar,
            RawTok::Rpar => Tok::Rpar,
            RawTok::Lsqb => Tok::Lsqb,
            RawTok::Rsqb => Tok::Rsqb,
            RawTok::Lbrace => Tok::Lbrace,
            RawTok::Rbrace => Tok::Rbrace,
            RawTok::Colon => Tok::Colon,
            RawTok::Comma => Tok::Comma,
            RawTok::Semi => Tok::Semi,
            RawTok::Plus => Tok::Plus,
            RawTok::Minus => Tok::Minus,
            RawTok::Star => Tok::Star,
            RawTok::Slash => Tok::Slash,
            RawTok::Vbar => Tok::Vbar,
            RawTok::Amper => Tok::Amper,
            RawTok::Less => Tok::Less,
            RawTok::Greater => Tok::Greater,
            RawTok::Equal => Tok::Equal,
            RawTok::Dot => Tok::Dot,
            RawTok::Percent => Tok::Percent,
            RawTok::EqEqual => Tok::EqEqual,
            RawTok::NotEqual => Tok::NotEqual,
            RawTok::LessEqual => Tok::LessEqual,
            RawTok::GreaterEqual => Tok::GreaterEqual,
            RawTok::Tilde => Tok::Tilde,
            RawTok::Circumflex => Tok::Circumflex,
            RawTok::LeftShift => Tok::LeftShift,
            RawTok::RightShift => Tok::RightShift,
            RawTok::DoubleStar => Tok::DoubleStar,
            RawTok::PlusEqual => Tok::PlusEqual,
            RawTok::MinEqual => Tok::MinEqual,
            RawTok::StarEqual => Tok::StarEqual,
            RawTok::SlashEqual => Tok::SlashEqual,
            RawTok::PercentEqual => Tok::PercentEqual,
            RawTok::AmperEqual => Tok::AmperEqual,
            RawTok::VbarEqual => Tok::VbarEqual,
            RawTok::CircumflexEqual => Tok::CircumflexEqual,
            RawTok::LeftShiftEqual => Tok::LeftShiftEqual,
            RawTok::RightShiftEqual => Tok::RightShiftEqual,
            RawTok::DoubleStarEqual => Tok::DoubleStarEqual,
            RawTok::DoubleSlash => Tok::DoubleSlash,
            RawTok::DoubleSlashEqual => Tok::DoubleSlashEqual,
            RawTok::At => Tok::At,
            RawTok::AtEqual => Tok::AtEqual,
            RawTok::Rarrow => Tok::Rarrow,
            RawTok::Ellipsis => Tok::Ellipsis,
            RawTok::ColonEqual => Tok::ColonEqual,
        })
    }
}
