//! The tokens the lexer hands the parser. This enum is the contract between `lexer` and the
//! grammar: the grammar's `extern` block maps each terminal to one variant.
//!
//! Positions travel beside tokens as `(start, Tok, end)` byte offsets into the source.

/// One token. Keywords and operators are unit variants; literals carry their value.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// Synthetic first token: parse a whole module (a file, `-c`, stdin).
    StartModule,
    /// Synthetic first token: parse one expression (f-string fields, `eval`).
    StartExpression,
    /// Synthetic first token: parse one interactive statement (the REPL).
    StartInteractive,

    /// An identifier, NFKC-normalized as CPython does.
    Name(String),
    /// An integer literal (decimal, `0x`, `0o`, `0b`), underscores removed.
    Int(IntLiteral),
    /// A float literal, already converted (`1.`, `.5`, `1e-3`, `1_0.0`).
    Float(f64),
    /// An imaginary literal (`1j`, `1.5J`): its imaginary part.
    Imaginary(f64),
    /// One string literal. Adjacent literals arrive as separate tokens; the parser
    /// concatenates them.
    Str(StrLiteral),

    Newline,
    Indent,
    Dedent,
    /// End of input (after the final NEWLINE and DEDENTs).
    EndOfFile,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators and delimiters, named as CPython's Grammar/Tokens names them.
    /// `(`
    Lpar,
    /// `)`
    Rpar,
    /// `[`
    Lsqb,
    /// `]`
    Rsqb,
    /// `{`
    Lbrace,
    /// `}`
    Rbrace,
    /// `:`
    Colon,
    /// `,`
    Comma,
    /// `;`
    Semi,
    /// `+`
    Plus,
    /// `-`
    Minus,
    /// `*`
    Star,
    /// `/`
    Slash,
    /// `|`
    Vbar,
    /// `&`
    Amper,
    /// `<`
    Less,
    /// `>`
    Greater,
    /// `=`
    Equal,
    /// `.`
    Dot,
    /// `%`
    Percent,
    /// `==`
    EqEqual,
    /// `!=`
    NotEqual,
    /// `<=`
    LessEqual,
    /// `>=`
    GreaterEqual,
    /// `~`
    Tilde,
    /// `^`
    Circumflex,
    /// `<<`
    LeftShift,
    /// `>>`
    RightShift,
    /// `**`
    DoubleStar,
    /// `+=`
    PlusEqual,
    /// `-=`
    MinEqual,
    /// `*=`
    StarEqual,
    /// `/=`
    SlashEqual,
    /// `%=`
    PercentEqual,
    /// `&=`
    AmperEqual,
    /// `|=`
    VbarEqual,
    /// `^=`
    CircumflexEqual,
    /// `<<=`
    LeftShiftEqual,
    /// `>>=`
    RightShiftEqual,
    /// `**=`
    DoubleStarEqual,
    /// `//`
    DoubleSlash,
    /// `//=`
    DoubleSlashEqual,
    /// `@`
    At,
    /// `@=`
    AtEqual,
    /// `->`
    Rarrow,
    /// `...`
    Ellipsis,
    /// `:=`
    ColonEqual,
}

/// An integer literal as written: the compiler turns it into a value (it may be a big int).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntLiteral {
    /// 10, 16, 8 or 2.
    pub radix: u32,
    /// The digits in that radix, without prefix or underscores (`"ff"` for `0xF_f`).
    /// Never empty; leading zeros only for the decimal literal `0` itself (`000` gives `"000"`).
    pub digits: String,
}

/// A string literal token: one quoted literal with its prefix already applied.
#[derive(Clone, Debug, PartialEq)]
pub struct StrLiteral {
    pub value: StrValue,
    /// The literal had a `u`/`U` prefix (kept for the AST's `Constant.kind`).
    pub unicode_prefix: bool,
}

/// The decoded contents of a string literal.
#[derive(Clone, Debug, PartialEq)]
pub enum StrValue {
    /// `'...'`, `r'...'`, `u'...'`: escapes decoded.
    Text(String),
    /// `b'...'`, `rb'...'`.
    Bytes(Vec<u8>),
    /// `f'...'`, `rf'...'`: literal text and replacement fields in source order.
    FString(Vec<FStringPart>),
}

/// A piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    /// Literal text, escapes decoded and `{{`/`}}` collapsed.
    Literal(String),
    /// A `{...}` replacement field.
    Field(FStringField),
}

/// One `{expr[=][!conv][:spec]}` field. The expression is kept as source text with its
/// offset so the parser can parse it in expression mode and errors point into the file.
#[derive(Clone, Debug, PartialEq)]
pub struct FStringField {
    /// The expression's source text, exactly as written between `{` and `=`/`!`/`:`/`}`.
    pub expr: String,
    /// Byte offset of `expr`'s first byte in the whole source.
    pub expr_offset: usize,
    /// For `{x = }`: the text to print before the value (`"x = "`), as CPython does.
    pub debug_text: Option<String>,
    /// `Some('r' | 's' | 'a')` for `!r`, `!s`, `!a`.
    pub conversion: Option<char>,
    /// The format spec after `:`, itself made of literal parts and nested fields.
    pub format_spec: Option<Vec<FStringPart>>,
    /// Byte range of the whole field, braces included.
    pub start: usize,
    pub end: usize,
}

impl Tok {
    /// The keyword token spelled `word`, if `word` is a (hard) keyword.
    pub fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }
}
