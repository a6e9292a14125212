//! The errors `parse` returns for input that is not an article at all.

/// Why an input could not be parsed as an article.
///
/// Oddities inside an article (an unclosed quote, a quote with no speaker) are not errors:
/// they are values in the [`Article`](crate::Article). An `Error` means the input is not text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is empty or holds only white space.
    #[error("input is empty or white space only")]
    Empty,
    /// The bytes are not valid UTF-8; the first `valid_up_to` bytes are.
    #[error("input is not valid UTF-8 (valid up to byte {valid_up_to})")]
    InvalidUtf8 {
        /// Length of the longest valid UTF-8 prefix.
        valid_up_to: usize,
    },
    /// The input is longer than the [`Parser`](crate::Parser)'s limit.
    #[error("input of {len} bytes is over the limit of {limit} bytes")]
    TooLarge {
        /// The input's length in bytes.
        len: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input holds a NUL byte, or more than a tenth of its bytes are control characters
    /// (tab, line feed, carriage return and form feed are not counted).
    #[error("input is not text (control character at byte {offset})")]
    NotText {
        /// Byte offset of the first NUL or control character.
        offset: usize,
    },
}

impl Error {
    /// A short, stable name for the variant (`"empty"`, `"invalid_utf8"`, `"too_large"`,
    /// `"not_text"`), as the `parse --jsonl` example writes it.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Empty => "empty",
            Error::InvalidUtf8 { .. } => "invalid_utf8",
            Error::TooLarge { .. } => "too_large",
            Error::NotText { .. } => "not_text",
        }
    }
}
