//! # newsprint
//!
//! Parses plain-text news articles into typed, zero-copy structs: headline, byline,
//! dateline (city, region, date, agency), body paragraphs in any layout, direct quotations
//! with their speaker and speech verb, and boilerplate blocks with their kind. Every part
//! carries its byte [`Span`] in the input, so `&input[span.range()] == text` always.
//!
//! ```
//! let text = "Storm Nears Coast\n\n\
//!             MIAMI, Fla. (AP) -- The storm turned north on Monday.\n\n\
//!             \"Leave now,\" said Mayor Jane Doe.\n\n\
//!             Read more\n";
//! let article = newsprint::parse(text).unwrap();
//! assert_eq!(article.headline.unwrap().text, "Storm Nears Coast");
//! let dateline = article.dateline.unwrap();
//! assert_eq!(dateline.text, "MIAMI, Fla. (AP) --");
//! assert_eq!(dateline.state.as_deref(), Some("Florida"));
//! let quote = &article.quotes[0];
//! assert_eq!(quote.text, "Leave now,");
//! assert_eq!(quote.speaker.as_ref().unwrap().text, "Mayor Jane Doe");
//! assert_eq!(&text[quote.span.range()], quote.text);
//! assert_eq!(article.boilerplate[0].kind, newsprint::BoilerplateKind::Navigation);
//! ```
//!
//! Input that is not text is an [`Error`]; everything else is an [`Article`], however odd.
//! Use a [`Parser`] for options (input limit, extra speech verbs, agencies and boilerplate
//! phrases).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod article;
mod attribution;
mod boilerplate;
mod byline;
mod dateline;
mod error;
mod headline;
mod input;
mod lexicon;
mod lines;
mod masks;
mod model;
mod paragraph;
mod parser;
mod quote;
#[cfg(feature = "stages")]
#[doc(hidden)]
pub mod stages;
mod words;

pub use error::Error;
pub use model::{
    Article, Boilerplate, BoilerplateKind, Byline, Dateline, Paragraph, ParagraphKind, Position,
    Quote, Segment, Span, Speaker,
};
pub use parser::{DEFAULT_MAX_LEN, Parser};

/// Parses an article with the default [`Parser`].
///
/// Each thread keeps the working lists of the last text it parsed (its lines and blocks, at
/// most about 224 KiB) for the next one, which spares two allocations a text.
///
/// # Errors
/// [`Error::Empty`], [`Error::TooLarge`] or [`Error::NotText`] for input that is not an
/// article.
pub fn parse(text: &str) -> Result<Article<'_>, Error> {
    default_parser().parse(text)
}

/// Parses an article from bytes with the default [`Parser`]; invalid UTF-8 gives
/// [`Error::InvalidUtf8`].
///
/// # Errors
/// As [`parse`], and [`Error::InvalidUtf8`].
pub fn parse_bytes(bytes: &[u8]) -> Result<Article<'_>, Error> {
    default_parser().parse_bytes(bytes)
}

fn default_parser() -> &'static Parser {
    static DEFAULT: std::sync::LazyLock<Parser> = std::sync::LazyLock::new(Parser::new);
    &DEFAULT
}
