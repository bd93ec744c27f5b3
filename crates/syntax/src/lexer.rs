//! The lexer: placeholder until the real one lands (see issue 2).
