//! The `Parser`: options, and the entry points that check the input before the grammar runs.

use crate::attribution::Verbs;
use crate::boilerplate::Phrases;
use crate::{Article, BoilerplateKind, Error, article, input};

/// Inputs longer than this (64 MiB) are refused unless the limit is raised.
pub const DEFAULT_MAX_LEN: usize = 64 << 20;

/// A configured parser. [`parse`](crate::parse) uses the default one.
///
/// ```
/// use newsprint::{BoilerplateKind, Parser};
///
/// let parser = Parser::new()
///     .max_len(1 << 20)
///     .speech_verb("opined")
///     .agency("NWS", "Northwind News Service")
///     .boilerplate_phrase("brought to you by", BoilerplateKind::Custom);
/// let article = parser.parse("Storm Nears\n\nMIAMI (NWS) -- \"Leave now,\" the mayor opined.\n").unwrap();
/// assert_eq!(article.dateline.unwrap().agency_name.as_deref(), Some("Northwind News Service"));
/// assert_eq!(article.quotes[0].cue.as_ref().unwrap().text, "opined");
/// ```
#[derive(Debug, Clone)]
pub struct Parser {
    max_len: usize,
    pub(crate) verbs: Verbs,
    extra_verbs: Vec<String>,
    pub(crate) agencies: Vec<(String, String)>,
    extra_phrases: Vec<(String, BoilerplateKind)>,
    phrases: Option<Phrases>,
}

impl Default for Parser {
    fn default() -> Self {
        Parser::new()
    }
}

impl Parser {
    /// A parser with the built-in word lists and a 64 MiB input limit.
    pub fn new() -> Parser {
        Parser {
            max_len: DEFAULT_MAX_LEN,
            verbs: Verbs::default(),
            extra_verbs: Vec::new(),
            agencies: Vec::new(),
            extra_phrases: Vec::new(),
            phrases: None,
        }
    }

    /// Refuses inputs longer than `max_len` bytes with [`Error::TooLarge`].
    pub fn max_len(mut self, max_len: usize) -> Parser {
        self.max_len = max_len;
        self
    }

    /// Adds a speech verb (in the form it is written: `opined`, `déclaré`), matched in any
    /// case, in any script.
    pub fn speech_verb(mut self, verb: impl Into<String>) -> Parser {
        self.extra_verbs.push(verb.into());
        self.verbs = Verbs::with_extra(&self.extra_verbs);
        self
    }

    /// Adds a news agency as it stands in datelines (`NWS`), with its full name.
    pub fn agency(mut self, abbreviation: impl Into<String>, name: impl Into<String>) -> Parser {
        self.agencies.push((abbreviation.into(), name.into()));
        self
    }

    /// Adds a boilerplate phrase: a block holding it (case-insensitively) is boilerplate of
    /// `kind`.
    pub fn boilerplate_phrase(
        mut self,
        phrase: impl Into<String>,
        kind: BoilerplateKind,
    ) -> Parser {
        self.extra_phrases.push((phrase.into(), kind));
        self.phrases = Some(Phrases::new(&self.extra_phrases));
        self
    }

    pub(crate) fn phrases(&self) -> &Phrases {
        self.phrases.as_ref().unwrap_or_else(|| Phrases::built_in())
    }

    /// Parses an article.
    ///
    /// # Errors
    /// [`Error::Empty`], [`Error::TooLarge`] or [`Error::NotText`] for input that is not an
    /// article; anything else parses, however odd.
    pub fn parse<'a>(&self, text: &'a str) -> Result<Article<'a>, Error> {
        input::check_size(text, self.max_len)?;
        article::parse(text, self)
    }

    /// Parses an article from bytes that should be UTF-8.
    ///
    /// # Errors
    /// [`Error::InvalidUtf8`] with the length of the valid prefix, and the errors of
    /// [`Parser::parse`].
    pub fn parse_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Article<'a>, Error> {
        let text = input::check_bytes(bytes, self.max_len)?;
        self.parse(text)
    }
}
