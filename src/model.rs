//! The typed output: an [`Article`] and its parts, each borrowing its text from the input.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

/// A byte range of the input, UTF-8 offsets, end exclusive: `&input[span.start..span.end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span holds no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a range, for slicing: `&input[span.range()]`.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// A piece of the input: its text and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment<'a> {
    /// The text, always equal to `&input[span]`.
    pub text: Cow<'a, str>,
    /// Where the text stands in the input.
    pub span: Span,
}

impl<'a> Segment<'a> {
    pub(crate) fn at(input: &'a str, span: Span) -> Segment<'a> {
        Segment {
            text: Cow::Borrowed(&input[span.range()]),
            span,
        }
    }

    /// The same segment, owning its text.
    pub fn into_owned(self) -> Segment<'static> {
        Segment {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
        }
    }
}

/// A parsed article. Its top-level blocks (headline, byline, dateline, paragraphs and
/// boilerplate) never overlap and together cover every byte of the input that is not white
/// space.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Article<'a> {
    /// The title line, when the text opens with one.
    pub headline: Option<Segment<'a>>,
    /// The author line (`By Jane Doe, Associated Press`).
    pub byline: Option<Byline<'a>>,
    /// The dateline that opens the body (`HANGZHOU, CHINA (CBSMiami) --`).
    pub dateline: Option<Dateline<'a>>,
    /// The body paragraphs, in input order, without the dateline.
    pub paragraphs: Vec<Paragraph<'a>>,
    /// Direct quotations in the headline and body, in input order.
    pub quotes: Vec<Quote<'a>>,
    /// Quoted words that nobody is quoted as saying: titles, scare quotes, nicknames.
    pub quoted_terms: Vec<Segment<'a>>,
    /// Boilerplate blocks before, inside and after the body, in input order.
    pub boilerplate: Vec<Boilerplate<'a>>,
}

impl Article<'_> {
    /// The same article, owning all its text.
    pub fn into_owned(self) -> Article<'static> {
        Article {
            headline: self.headline.map(Segment::into_owned),
            byline: self.byline.map(Byline::into_owned),
            dateline: self.dateline.map(Dateline::into_owned),
            paragraphs: self
                .paragraphs
                .into_iter()
                .map(Paragraph::into_owned)
                .collect(),
            quotes: self.quotes.into_iter().map(Quote::into_owned).collect(),
            quoted_terms: self
                .quoted_terms
                .into_iter()
                .map(Segment::into_owned)
                .collect(),
            boilerplate: self
                .boilerplate
                .into_iter()
                .map(Boilerplate::into_owned)
                .collect(),
        }
    }
}

fn own(s: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
    s.map(|c| Cow::Owned(c.into_owned()))
}

/// The author line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Byline<'a> {
    /// The whole line as written, with the agency's line under it where the agency stands
    /// alone there (`By JANE DOE\nAssociated Press`).
    pub text: Cow<'a, str>,
    /// Where the line (or the two) stands.
    pub span: Span,
    /// The author name(s) as written (`Jane Doe and John Roe`).
    pub name: Option<Cow<'a, str>>,
    /// The organization after the name or under it, as written (`Associated Press`).
    pub organization: Option<Cow<'a, str>>,
}

impl Byline<'_> {
    /// The same byline, owning its text.
    pub fn into_owned(self) -> Byline<'static> {
        Byline {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            name: own(self.name),
            organization: own(self.organization),
        }
    }
}

/// The dateline that opens the body, with its parts as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline<'a> {
    /// The dateline with its separator (`HANGZHOU, CHINA (CBSMiami) --`).
    pub text: Cow<'a, str>,
    /// Where it stands.
    pub span: Span,
    /// The place (`HANGZHOU`).
    pub city: Option<Cow<'a, str>>,
    /// The state, province or country after the city, as written (`Calif.`, `CHINA`).
    pub region: Option<Cow<'a, str>>,
    /// The full name of a US state written as an AP abbreviation (`Calif.`: `California`).
    pub state: Option<Cow<'a, str>>,
    /// The date as written (`Feb 26`, `Sept. 5`).
    pub date: Option<Cow<'a, str>>,
    /// The month of `date`, 1 to 12.
    pub month: Option<u8>,
    /// The day of the month of `date`.
    pub day: Option<u8>,
    /// The news agency or broadcaster as written (`AP`, `CBSMiami`).
    pub agency: Option<Cow<'a, str>>,
    /// The agency's full name where it is a well-known one (`AP`: `Associated Press`).
    pub agency_name: Option<Cow<'a, str>>,
    /// The mark that ends the dateline (`--`, `—`, `-`, `_`), empty when the line ends it.
    pub separator: Cow<'a, str>,
}

impl Dateline<'_> {
    /// The same dateline, owning its text.
    pub fn into_owned(self) -> Dateline<'static> {
        Dateline {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            city: own(self.city),
            region: own(self.region),
            state: own(self.state),
            date: own(self.date),
            month: self.month,
            day: self.day,
            agency: own(self.agency),
            agency_name: own(self.agency_name),
            separator: Cow::Owned(self.separator.into_owned()),
        }
    }
}

/// What kind of body block a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ParagraphKind {
    /// Running text.
    #[default]
    Text,
    /// A short heading inside the body (`NISSAN SENTRA`, `What happens next`).
    Subheading,
}

/// A body paragraph. Its span covers all its lines when the text is hard-wrapped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph<'a> {
    /// The paragraph as written, line breaks included.
    pub text: Cow<'a, str>,
    /// Where it stands.
    pub span: Span,
    /// Running text or a sub-heading.
    #[serde(default)]
    pub kind: ParagraphKind,
}

impl<'a> Paragraph<'a> {
    /// The same paragraph, owning its text.
    pub fn into_owned(self) -> Paragraph<'static> {
        Paragraph {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            kind: self.kind,
        }
    }

    /// The paragraph's words (Unicode word boundaries), computed on demand.
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        self.text.unicode_words()
    }

    /// The paragraph's sentences (Unicode sentence boundaries) with their spans in the input.
    pub fn sentences(&self) -> impl Iterator<Item = Segment<'_>> + '_ {
        let base = self.span.start;
        self.text
            .split_sentence_bound_indices()
            .map(move |(i, s)| {
                let s = s.trim_end();
                Segment {
                    text: Cow::Borrowed(s),
                    span: Span::new(base + i, base + i + s.len()),
                }
            })
            .filter(|s| !s.text.is_empty())
    }
}

/// A direct quotation.
///
/// A quote that runs over several paragraphs (news style: an opening mark on every
/// paragraph, a closing mark only on the last) is one `Quote` per paragraph, linked: every
/// part but the last has `closed` false, every part but the first has `continued` true, and
/// all parts carry the speaker of the part that names one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote<'a> {
    /// The quoted words, without the quotation marks.
    pub text: Cow<'a, str>,
    /// Where the quoted words stand.
    pub span: Span,
    /// Who is quoted, as written (`President Obama`, `he`, `a spokesman`).
    pub speaker: Option<Speaker<'a>>,
    /// The speech verb or phrase that attributes the quote (`said`, `according to`).
    pub cue: Option<Segment<'a>>,
    /// False when the quote has no closing mark: it runs to the end of its paragraph.
    pub closed: bool,
    /// True when this quote continues the quote of the paragraph before (news style: an
    /// opening mark on every paragraph, a closing mark only on the last).
    pub continued: bool,
}

impl Quote<'_> {
    /// The same quote, owning its text.
    pub fn into_owned(self) -> Quote<'static> {
        Quote {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            speaker: self.speaker.map(Speaker::into_owned),
            cue: self.cue.map(Segment::into_owned),
            closed: self.closed,
            continued: self.continued,
        }
    }
}

/// The mention of who is quoted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker<'a> {
    /// The mention as written.
    pub text: Cow<'a, str>,
    /// Where the mention stands.
    pub span: Span,
    /// A title before the name (`President` in `President Barack Obama`).
    pub title: Option<Cow<'a, str>>,
    /// The name without its title (`Barack Obama`).
    pub name: Option<Cow<'a, str>>,
    /// For a pronoun that stands for one person (`he`, `she`, `who`): the person named as the
    /// subject of the sentence of narration right before a quote that opens its sentence
    /// (`Peel turned to the gallery. "...," he said.`), else the nearest named speaker
    /// before it, as written. A guess by position, not a resolved reference (gender is not
    /// read); none for a description (`the spokesman`), who is most often someone else.
    pub refers_to: Option<Cow<'a, str>>,
}

impl Speaker<'_> {
    /// The same speaker, owning its text.
    pub fn into_owned(self) -> Speaker<'static> {
        Speaker {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            title: own(self.title),
            name: own(self.name),
            refers_to: own(self.refers_to),
        }
    }
}

/// Where a boilerplate block stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// Before the body (between the headline and the first paragraph).
    Before,
    /// Between body paragraphs.
    Inside,
    /// After the last body paragraph.
    After,
}

/// What kind of junk a boilerplate block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BoilerplateKind {
    /// Share and follow buttons, social handles (`Follow CBSMIAMI.COM: Facebook | Twitter`).
    Share,
    /// Links to other pages (`Read more`, `Related: ...`, `Continue reading`).
    Navigation,
    /// Newsletter, subscription and sign-up promotions.
    Promo,
    /// Cookie, privacy, terms and JavaScript notices.
    Notice,
    /// Copyright and rights lines.
    Copyright,
    /// Reporting, editing and source credits and editors' notes (`(Reporting by ...; Editing
    /// by ...)`, `This story originally appeared on ...`, `Editor's note: ...`).
    Credit,
    /// Contact and tip lines.
    Contact,
    /// Affiliate-link disclosures.
    Affiliate,
    /// Advertising markers (`Advertisement`, `Story continues below`).
    Ad,
    /// Photo captions and image credits.
    Caption,
    /// Reading-time, publication-time and update lines.
    Timestamp,
    /// Stray fragments: single letters, rules of underscores, lone punctuation.
    Fragment,
    /// Comment prompts.
    Comment,
    /// A wire service's sign-off at the end of the story (`Reuter`).
    Signoff,
    /// Markup a scraper left behind (`[button link="..."]`, shortcodes).
    Markup,
    /// The headline repeated in the body or a variant of it, and the dek, teaser or caption
    /// a page sets between the headline and the story's dateline.
    Title,
    /// The author's bio line after the story (`Jane Doe is a staff writer at ...`).
    Bio,
    /// A phrase added through [`Parser::boilerplate_phrase`](crate::Parser::boilerplate_phrase).
    Custom,
}

/// A block of boilerplate: text that came with the article but is not part of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate<'a> {
    /// The block as written.
    pub text: Cow<'a, str>,
    /// Where it stands.
    pub span: Span,
    /// What kind of boilerplate it is.
    pub kind: BoilerplateKind,
    /// Before, inside or after the body.
    pub position: Position,
}

impl Boilerplate<'_> {
    /// The same block, owning its text.
    pub fn into_owned(self) -> Boilerplate<'static> {
        Boilerplate {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
            kind: self.kind,
            position: self.position,
        }
    }
}
