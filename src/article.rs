//! The article rule: headline, leading boilerplate and byline, dateline, body paragraphs
//! with inline boilerplate, trailing boilerplate. Every non-blank line lands in exactly
//! one top-level block, so the result is lossless by construction.

use crate::boilerplate::{self, TextPhrases};
use crate::lines::{self, Line};
use crate::paragraph::{self, Layout};
use crate::words::{CLOSING_MARKS, ends_with_stop, split_whitespace};
use crate::{
    Article, Boilerplate, BoilerplateKind, Byline, Dateline, Error, Paragraph, ParagraphKind,
    Parser, Position, Segment, Span, byline, dateline, headline, input, quote,
};
use std::borrow::Cow;
use std::cell::Cell;

/// At most this many lines between the headline and the body are searched for the byline,
/// share rows and the dateline.
const LEADING_LINES: usize = 8;

/// The line and block lists of the last text parsed on this thread, kept for the next
/// one: an allocation and a free of each a text cost about 130 instructions.
#[derive(Default)]
struct Scratch {
    lines: Vec<Line>,
    blocks: Vec<Block>,
}

/// Lists longer than this many entries are freed after their text, so that one long text
/// does not keep its memory for the life of the thread.
const MAX_KEPT: usize = 4096;

thread_local! {
    static SCRATCH: Cell<Scratch> = const {
        Cell::new(Scratch {
            lines: Vec::new(),
            blocks: Vec::new(),
        })
    };
}

/// Parses `input`, which `input::check_size` has passed.
///
/// # Errors
/// [`Error::NotText`] for a NUL byte or too many control characters, asked of a text whose
/// split finds control bytes other than line feeds.
pub(crate) fn parse<'a>(input: &'a str, parser: &Parser) -> Result<Article<'a>, Error> {
    // `try_with`: called from another thread-local's destructor, after this one's, the
    // parse goes on with new lists where `with` would panic.
    let mut scratch = SCRATCH.try_with(Cell::take).unwrap_or_default();
    // Filled through a reference, in the result returned: returned by value from the
    // function that filled it, or moved into the result, the article (440 bytes) was
    // copied once more on its way out, with a call each text.
    let mut parsed = Ok(Article::default());
    if let Ok(article) = &mut parsed
        && let Err(error) = parse_into(input, parser, &mut scratch, article)
    {
        parsed = Err(error);
    }
    if scratch.lines.capacity() <= MAX_KEPT && scratch.blocks.capacity() <= MAX_KEPT {
        let _ = SCRATCH.try_with(|s| s.set(scratch));
    }
    parsed
}

fn parse_into<'a>(
    input: &'a str,
    parser: &Parser,
    scratch: &mut Scratch,
    article: &mut Article<'a>,
) -> Result<(), Error> {
    // Nearly every text's control bytes are its line feeds alone, which the split tells;
    // another is checked for a NUL and too many control characters, and split again where
    // it holds a `\r`.
    if !lines::split_plain(input, &mut scratch.lines) {
        input::check_controls(input)?;
        lines::resplit_at_returns(input, &mut scratch.lines);
    }
    let lines = &scratch.lines;
    let phrases = parser.phrases().in_text(input);
    let i = next_text_line(lines, 0);
    // Whether a dateline opens line `i`, where a rule has parsed it: written in place by
    // each rule and read by the next, where the dateline (about 100 bytes) was returned
    // and handed on by value, a copy at each step.
    let mut opening: Option<Option<dateline::Found<'a>>> = None;
    let i = parse_headline(input, lines, i, parser, &phrases, article, &mut opening);
    let i = parse_leading(input, lines, i, parser, &phrases, article, &mut opening);
    // The leading scan stops at a line it classified as the story's: a block that is that
    // line alone is not classified again.
    let story_line = lines
        .get(i)
        .filter(|_| matches!(opening, Some(None)))
        .map(|l| l.content);
    let body_lines = lines.get(i..).unwrap_or_default();
    let layout = paragraph::layout(input, body_lines);
    let skip = parse_dateline(input, lines, i, &opening, layout, parser, article);
    let body = Body {
        lines: body_lines,
        layout,
        skip,
        story_line,
    };
    parse_body(input, body, &phrases, article, &mut scratch.blocks);
    let headline = article.headline.as_ref().map(|h| h.span);
    let blocks = headline
        .into_iter()
        .chain(article.paragraphs.iter().map(|p| p.span));
    quote::extract(
        input,
        headline,
        blocks,
        &parser.verbs,
        &mut article.quotes,
        &mut article.quoted_terms,
    );
    Ok(())
}

fn next_text_line(lines: &[Line], mut i: usize) -> usize {
    while i < lines.len() && lines[i].is_blank() {
        i += 1;
    }
    i
}

/// Returns the first line after the headline; when no headline was taken, `opening` holds
/// the dateline of the first line as parsed (so that `parse_leading` does not parse that
/// line again).
fn parse_headline<'a>(
    input: &'a str,
    lines: &[Line],
    i: usize,
    parser: &Parser,
    phrases: &TextPhrases<'_>,
    article: &mut Article<'a>,
    opening: &mut Option<Option<dateline::Found<'a>>>,
) -> usize {
    let Some(line) = lines.get(i) else {
        return i;
    };
    if let Some(n) = flash(input, lines, i, parser, phrases) {
        let end = lines[i + n - 1].content.end;
        article.headline = Some(Segment::at(input, Span::new(line.content.start, end)));
        return next_text_line(lines, i + n);
    }
    match read_title(input, lines, i, parser, phrases, opening, false) {
        Title::Is(text) => take_headline(text, lines, i, article, opening),
        Title::Furniture(kind) => {
            under_furniture(input, lines, i, kind, parser, phrases, article, opening)
        }
        Title::Not => i,
    }
}

/// What a line over the story is: its headline, the page's furniture, or neither.
enum Title<'a> {
    /// The headline, its text as sliced where read.
    Is(&'a str),
    Furniture(BoilerplateKind),
    Not,
}

/// Reads line `i` as the headline would be; `strict` where only a title's shape makes one
/// (under the page's furniture), where the first line of a text is its title whatever it
/// reads like when it stands alone. `opening` then holds the line's dateline as parsed.
#[inline(always)]
fn read_title<'a>(
    input: &'a str,
    lines: &[Line],
    i: usize,
    parser: &Parser,
    phrases: &TextPhrases<'_>,
    opening: &mut Option<Option<dateline::Found<'a>>>,
    strict: bool,
) -> Title<'a> {
    let text = lines[i].text(input);
    let alone = lines.get(i + 1).is_none_or(Line::is_blank);
    // A bare `WORD -` on a line standing alone that ends no sentence is a headline's
    // kicker (`U.S. BANKS - week to March 3`); a paragraph opening with one ends like a
    // sentence. A date or an agency makes it a dateline in any case.
    let found = opening.insert(dateline::parse(text, &parser.agencies));
    let opens_body = found.as_ref().is_some_and(|d| {
        d.date.is_some() || d.agency.is_some() || !alone || headline::ends_sentence(text)
    });
    if opens_body {
        return Title::Not;
    }
    // Under furniture a title stands alone and holds two words or more: a paragraph's
    // first wrapped line, or a place on its own line, is none.
    let shaped = if strict {
        alone && headline::is_headline(text, false) && split_whitespace(text).nth(1).is_some()
    } else {
        headline::is_headline(text, alone)
    };
    if shaped && byline::parse(text).is_some() {
        return Title::Not;
    }
    // a page's label is furniture only over a headline: a wire's slug alone over the story
    // is its title (`BC-WORLD-HIGHLIGHTS`)
    let label = || {
        title_follows(input, lines, i)
            .then(|| boilerplate::page_label(text))
            .flatten()
    };
    match boilerplate::classify(text, phrases).or_else(label) {
        Some(kind) => Title::Furniture(kind),
        None if shaped => Title::Is(text),
        None => Title::Not,
    }
}

/// The longest title `title_follows` takes.
const MAX_TITLE_UNDER_LABEL: usize = 200;

/// Whether the next line after line `i` with text stands alone and reads as a title: a
/// short line that ends no sentence, as `headline::is_headline` takes a line that does not
/// stand alone. (Standing alone, any line of a page's paragraphs would.)
fn title_follows(input: &str, lines: &[Line], i: usize) -> bool {
    let next = next_text_line(lines, i + 1);
    let Some(line) = lines.get(next) else {
        return false;
    };
    // a wrapped paragraph, or one too long for a title, is let go before its text is read
    if !lines.get(next + 1).is_none_or(Line::is_blank) || line.content.len() > MAX_TITLE_UNDER_LABEL
    {
        return false;
    }
    let text = line.text(input);
    !headline::ends_sentence(text) && headline::is_headline(text, false)
}

/// Takes line `i`, whose text is `text`, as the headline; returns the line after it.
#[inline(always)]
fn take_headline<'a>(
    text: &'a str,
    lines: &[Line],
    i: usize,
    article: &mut Article<'a>,
    opening: &mut Option<Option<dateline::Found<'a>>>,
) -> usize {
    *opening = None;
    // the line's text as sliced where read, not sliced again
    article.headline = Some(Segment {
        text: Cow::Borrowed(text),
        span: lines[i].content,
    });
    next_text_line(lines, i + 1)
}

/// The most lines of page furniture read over a headline.
const FURNITURE_LINES: usize = 3;

/// Page furniture over the headline (`Advertisement`, a cookie notice), of `kind` at line
/// `i`: the page's, and the headline may stand under it. Returns the first line after the
/// headline, or the first that is neither furniture nor a title (see `parse_headline`).
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn under_furniture<'a>(
    input: &'a str,
    lines: &[Line],
    mut i: usize,
    mut kind: BoilerplateKind,
    parser: &Parser,
    phrases: &TextPhrases<'_>,
    article: &mut Article<'a>,
    opening: &mut Option<Option<dateline::Found<'a>>>,
) -> usize {
    for _ in 0..FURNITURE_LINES {
        let next = next_text_line(lines, i + 1);
        if next >= lines.len() {
            break; // the furniture is all there is: `parse_leading` reads it
        }
        push_boilerplate(input, article, lines[i].content, kind, Position::Before);
        *opening = None;
        i = next;
        match read_title(input, lines, i, parser, phrases, opening, true) {
            Title::Is(text) => return take_headline(text, lines, i, article, opening),
            Title::Furniture(k) => kind = k,
            Title::Not => return i,
        }
    }
    i
}

/// A flash is a headline and nothing else, wrapped over a few lines: where the whole text
/// is one short block of title lines (a sign-off aside), returns how many lines it takes.
fn flash(
    input: &str,
    lines: &[Line],
    i: usize,
    parser: &Parser,
    phrases: &TextPhrases<'_>,
) -> Option<usize> {
    const MAX_LINES: usize = 3;
    const MAX_WORDS: usize = 40;
    let mut block = &lines[i..];
    if let Some(blank) = block.iter().position(Line::is_blank) {
        if !block[blank..].iter().all(Line::is_blank) {
            return None;
        }
        block = &block[..blank];
    }
    while let [rest @ .., last] = block
        && rest.len() > 1
        && boilerplate::classify(last.text(input), phrases).is_some()
    {
        block = rest;
    }
    let (first, last) = (block.first()?, block.last()?);
    if block.len() < 2 || block.len() > MAX_LINES {
        return None;
    }
    let text = &input[first.content.start..last.content.end];
    let shouts = !text.chars().any(char::is_lowercase);
    let title = split_whitespace(text).count() <= MAX_WORDS
        && (shouts || !headline::ends_sentence(text))
        && dateline::parse(first.text(input), &parser.agencies).is_none()
        && byline::parse(first.text(input)).is_none();
    title.then_some(block.len())
}

/// Byline, share rows and other boilerplate between the headline and the body. Returns the
/// first body line; `opening` then holds, when the scan already asked, whether a dateline
/// opens it (so that `parse_dateline` does not parse that line again). On the way in it
/// holds the dateline of line `i` when the headline rule has parsed it.
fn parse_leading<'a>(
    input: &'a str,
    lines: &[Line],
    mut i: usize,
    parser: &Parser,
    phrases: &TextPhrases<'_>,
    article: &mut Article<'a>,
    opening: &mut Option<Option<dateline::Found<'a>>>,
) -> usize {
    let mut seen = 0;
    while i < lines.len() && seen < LEADING_LINES {
        let line = &lines[i];
        // Sliced where read: the headline rule has parsed the first line, mostly a dateline.
        let found = match opening {
            Some(found) => found,
            None => opening.insert(dateline::parse(line.text(input), &parser.agencies)),
        };
        if found.is_some() {
            return i;
        }
        let text = line.text(input);
        if article.byline.is_none()
            && let Some(found) = byline::parse(text)
        {
            article.byline = Some(Byline {
                text: Cow::Borrowed(text),
                span: line.content,
                name: Some(Cow::Borrowed(found.name)),
                organization: found.organization.map(Cow::Borrowed),
            });
        } else if let Some(kind) = boilerplate::classify(text, phrases) {
            push_boilerplate(input, article, line.content, kind, Position::Before);
        } else if boilerplate::is_clock_stamp(text) {
            push_boilerplate(
                input,
                article,
                line.content,
                BoilerplateKind::Timestamp,
                Position::Before,
            );
        } else if article.byline.as_ref().is_some_and(|b| {
            // right under the byline: a block pushed between the two would be overlapped
            b.organization.is_none()
                && input[b.span.end..line.content.start].trim().is_empty()
                && byline::is_agency_line(text)
        }) {
            extend_byline(input, line, article);
        } else if article.byline.is_none() && is_dek_over_byline(input, lines, i) {
            push_boilerplate(
                input,
                article,
                line.content,
                BoilerplateKind::Title,
                Position::Before,
            );
        } else {
            return i; // `opening` holds `Some(None)`: no dateline opens it
        }
        // the next line is not parsed yet; the loop ends with none held
        *opening = None;
        i = next_text_line(lines, i + 1);
        seen += 1;
    }
    i
}

/// `By JANE DOE` over `Associated Press`: the agency's line, `line`, is the byline's, and
/// names its organization.
#[inline(never)]
fn extend_byline<'a>(input: &'a str, line: &Line, article: &mut Article<'a>) {
    if let Some(b) = article.byline.as_mut() {
        b.span = Span::new(b.span.start, line.content.end);
        b.text = Cow::Borrowed(&input[b.span.range()]);
        b.organization = Some(Cow::Borrowed(line.text(input)));
    }
}

/// A page may set a dek (a sentence under the headline) or a caption before the byline: a
/// short line with a byline right after it is no paragraph, since the story starts below
/// its byline. A byline with no line after it signs the story above it (a brief), which is
/// no dek.
fn is_dek_over_byline(input: &str, lines: &[Line], i: usize) -> bool {
    let by = next_text_line(lines, i + 1);
    lines[i].content.len() <= MAX_LINE_BEFORE_DATELINE
        && lines
            .get(by)
            .is_some_and(|next| byline::parse(next.text(input)).is_some())
        && next_text_line(lines, by + 1) < lines.len()
}

/// Returns the dateline's start and the byte where its paragraph's text starts after it.
///
/// The dateline opens the first paragraph; in scraped pages a photo caption, a dek or an
/// unrecognized author line may stand before that paragraph, so a dateline whose shape
/// alone makes it one (`SAN FRANCISCO (AP) --`, `LONDON, Sept 5 -`) is taken from one of
/// the next paragraphs when short one-line blocks are all that stands before it.
fn parse_dateline<'a>(
    input: &'a str,
    lines: &[Line],
    i: usize,
    opening: &Option<Option<dateline::Found<'a>>>,
    layout: Layout,
    parser: &Parser,
    article: &mut Article<'a>,
) -> Option<(usize, usize)> {
    let line = lines.get(i)?;
    let parsed;
    let found = match opening {
        Some(found) => found.as_ref(),
        None => {
            parsed = dateline::parse(line.text(input), &parser.agencies);
            parsed.as_ref()
        }
    };
    match found {
        Some(found) => Some(set_dateline(input, line, found, parser, article)),
        None => {
            if let Some(found) = colon_dateline(input, lines, i, parser) {
                return Some(set_dateline(input, line, &found, parser, article));
            }
            let (line, found) = later_dateline(input, lines, i, layout, parser)?;
            Some(set_dateline(input, line, &found, parser, article))
        }
    }
}

/// The colon dateline (`ISLAMABAD: The committee ...`) of the story's first line `i`,
/// where that line is a paragraph that ends a sentence (a web page's, which writes this
/// form; not a headline in a site's style, `PERRIS: Woman held in shooting`), unless the
/// next line that opens with a capital opens with a label and a colon too: the turns of a
/// transcript (`PENCE: Well, ...`).
#[inline(never)]
fn colon_dateline<'a>(
    input: &'a str,
    lines: &[Line],
    i: usize,
    parser: &Parser,
) -> Option<dateline::Found<'a>> {
    let text = lines[i].text(input);
    if !headline::ends_sentence(text) {
        return None;
    }
    let found = dateline::parse_colon(text, &parser.agencies)?;
    let next = lines[i + 1..]
        .iter()
        .filter(|l| !l.is_blank())
        .take(LEADING_LINES)
        .find(|l| l.text(input).starts_with(|c: char| c.is_ascii_uppercase()));
    (found.date.is_some() || !next.is_some_and(|l| dateline::opens_with_label(l.text(input))))
        .then_some(found)
}

/// A paragraph before the dateline's is a caption or a dek: one line, this short at most.
const MAX_LINE_BEFORE_DATELINE: usize = 300;
/// At most this many such paragraphs stand before the dateline's.
const MAX_PARAGRAPHS_BEFORE_DATELINE: usize = 2;

fn later_dateline<'a, 'l>(
    input: &'a str,
    lines: &'l [Line],
    i: usize,
    layout: Layout,
    parser: &Parser,
) -> Option<(&'l Line, dateline::Found<'a>)> {
    let mut skipped = 0;
    let mut after_blank = false;
    let mut prev = &lines[i];
    for line in lines.get(i + 1..)?.iter().take(LEADING_LINES) {
        if line.is_blank() {
            after_blank = true;
            continue;
        }
        if !(after_blank || paragraph::starts_paragraph(layout, line)) {
            return None; // the paragraph before runs on past one line
        }
        after_blank = false;
        if prev.content.len() > MAX_LINE_BEFORE_DATELINE {
            return None;
        }
        skipped += 1;
        // a weak dateline (`TOLEDO —`) under one line that ends no sentence: a name or a
        // credit line over the story (`Toledo Blade Staff`), where a paragraph's sentence
        // before it would make it a later paragraph's lead-in
        let under_credit = skipped == 1 && !headline::ends_sentence(prev.text(input));
        if let Some(found) = dateline::parse(line.text(input), &parser.agencies)
            && (found.strong || under_credit)
            && found.city.is_some()
        {
            return Some((line, found));
        }
        if skipped == MAX_PARAGRAPHS_BEFORE_DATELINE {
            return None;
        }
        prev = line;
    }
    None
}

fn set_dateline<'a>(
    input: &'a str,
    line: &Line,
    found: &dateline::Found<'a>,
    parser: &Parser,
    article: &mut Article<'a>,
) -> (usize, usize) {
    let start = line.content.start;
    let b = |s: Option<&'a str>| s.map(Cow::Borrowed);
    article.dateline = Some(Dateline {
        // one slice of the input, where the line's text was sliced and then its head
        text: Cow::Borrowed(&input[start..start + found.len]),
        span: Span::new(start, start + found.len),
        city: b(found.city),
        region: b(found.region),
        state: found
            .region
            .and_then(dateline::state_name)
            .map(Cow::Borrowed),
        date: b(found.date),
        month: found.month,
        day: found.day,
        agency: b(found.agency),
        agency_name: found
            .agency
            .and_then(|a| dateline::agency_name_for(a, &parser.agencies)),
        separator: Cow::Borrowed(found.separator),
    });
    (start, start + found.body)
}

/// A body block before it is told apart as paragraph or boilerplate.
struct Block {
    span: Span,
    kind: Option<BoilerplateKind>,
}

/// The body's lines and what the rules before the body settled about them.
struct Body<'l> {
    lines: &'l [Line],
    layout: Layout,
    /// The dateline's start and where its paragraph's text begins after it.
    skip: Option<(usize, usize)>,
    /// A line already classified as no boilerplate.
    story_line: Option<Span>,
}

/// `blocks` is a list to fill, kept from text to text.
fn parse_body<'a>(
    input: &'a str,
    body: Body<'_>,
    phrases: &TextPhrases<'_>,
    article: &mut Article<'a>,
    blocks: &mut Vec<Block>,
) {
    let Body {
        lines: body_lines,
        layout,
        skip,
        story_line,
    } = body;
    // No more blocks than lines: a bound that needs no pass counting the text lines, and
    // hardly looser than theirs (blank lines are few; a wrapped block spans several).
    blocks.clear();
    lines::renew(blocks, body_lines.len());
    paragraph::group(body_lines, layout, skip, |span| {
        blocks.push(match story_line {
            Some(line) if line == span => Block { span, kind: None },
            _ => classified(input, span, phrases),
        });
    });
    let headline = article.headline.as_ref().map(|h| &input[h.span.range()]);
    if layout == Layout::LinePerParagraph {
        mark_web_blocks(input, blocks, headline);
    }
    if let Some(d) = &article.dateline {
        mark_before_dateline(input, blocks, d.span.start);
    }
    mark_link_lists(input, blocks);
    mark_trailers(input, blocks, layout == Layout::LinePerParagraph);
    place_blocks(input, blocks, layout, article);
}

// Inlined into the one closure that calls it, which then calls `classify` directly.
#[inline]
fn classified(input: &str, span: Span, phrases: &TextPhrases<'_>) -> Block {
    Block {
        span,
        kind: boilerplate::classify(&input[span.range()], phrases),
    }
}

/// Scraped web pages, one block a line, repeat their headline and link to other stories with
/// lines in capitals; wire copy in wrapped paragraphs does neither.
fn mark_web_blocks(input: &str, blocks: &mut [Block], headline: Option<&str>) {
    let mut story_started = false;
    for (n, block) in blocks.iter_mut().enumerate() {
        if block.kind.is_some() {
            continue;
        }
        let text = &input[block.span.range()];
        // Once the story runs, a line like the headline is a sub-heading on its theme.
        if !story_started && headline.is_some_and(|h| boilerplate::repeats_headline(text, h)) {
            block.kind = Some(BoilerplateKind::Title);
        } else if n > 0 && boilerplate::is_shouted_teaser(text) {
            block.kind = Some(BoilerplateKind::Navigation);
        }
        if !story_started {
            story_started = block.kind.is_none() && boilerplate::is_running_text(text);
        }
    }
    mark_dek(blocks);
}

/// A page sets its headline, then the dek (a sentence under it), then share buttons: a
/// short block between a repeated headline and more boilerplate is that dek.
fn mark_dek(blocks: &mut [Block]) {
    for n in 1..blocks.len().saturating_sub(1) {
        if blocks[n - 1].kind == Some(BoilerplateKind::Title)
            && blocks[n].kind.is_none()
            && blocks[n + 1].kind.is_some()
            && blocks[n].span.len() <= MAX_LINE_BEFORE_DATELINE
        {
            blocks[n].kind = Some(BoilerplateKind::Title);
        }
    }
}

/// The story opens with its dateline: of the short lines `parse_dateline` let stand before
/// it, those that do not end in a full stop are the page's dek or teaser (a title, a
/// question). A caption is a statement ending in one and stays a paragraph: a real
/// paragraph removed is worse than a dek kept.
fn mark_before_dateline(input: &str, blocks: &mut [Block], dateline_start: usize) {
    for block in blocks
        .iter_mut()
        .take_while(|b| b.span.end <= dateline_start)
    {
        let text = &input[block.span.range()];
        if block.kind.is_none() && !ends_with_stop(text, b".", &CLOSING_MARKS) {
            block.kind = Some(BoilerplateKind::Title);
        }
    }
}

/// The lines under a `Related stories` or `More:` label are links while they read as
/// headlines; the first line that reads otherwise is the story again.
fn mark_link_lists(input: &str, blocks: &mut [Block]) {
    let mut in_list = false;
    for block in blocks.iter_mut() {
        // Sliced only where a rule reads it: most blocks are text outside any list.
        let text = || &input[block.span.range()];
        match block.kind {
            Some(kind) => in_list = in_list || boilerplate::heads_link_list(text(), kind),
            None if in_list && boilerplate::is_teaser(text()) => {
                block.kind = Some(BoilerplateKind::Navigation);
            }
            None => in_list = false,
        }
    }
}

/// After the last paragraph of the story, bios and lines of links are the page's, not the
/// story's: walk back from the end while the blocks are boilerplate or such trailers.
/// Where lines are paragraphs (`headings`), a run of short lines that end no sentence under
/// a navigation label (`Explore more on these topics`, then `Health`, `NHS`) with only the
/// page's blocks after it are the page's topic tags or links, not sub-headings: a story's
/// own list or last line is under no such label.
fn mark_trailers(input: &str, blocks: &mut [Block], headings: bool) {
    let mut n = blocks.len();
    while n > 0 {
        n -= 1;
        if blocks[n].kind.is_some() {
            continue;
        }
        if let Some(kind) = boilerplate::trailer_kind(&input[blocks[n].span.range()]) {
            blocks[n].kind = Some(kind);
            continue;
        }
        let tags = if headings && n + 1 < blocks.len() {
            tag_run_under_label(input, blocks, n)
        } else {
            None
        };
        let Some(first) = tags else { break };
        for block in &mut blocks[first..=n] {
            block.kind = Some(BoilerplateKind::Navigation);
        }
        n = first;
    }
}

/// Where the run of tag lines that ends at block `last` starts, when a navigation label
/// stands right before it.
fn tag_run_under_label(input: &str, blocks: &[Block], last: usize) -> Option<usize> {
    let is_tag = |b: &Block| {
        let text = &input[b.span.range()];
        // a line with a digit may be a row of a table the story ends with
        b.kind.is_none() && is_subheading(text) && !text.bytes().any(|c| c.is_ascii_digit())
    };
    let first = blocks[..=last].iter().rposition(|b| !is_tag(b))? + 1;
    (first <= last && blocks[first - 1].kind == Some(BoilerplateKind::Navigation)).then_some(first)
}

/// Trailing boilerplate runs from the last text block to the end; boilerplate before the
/// first text block is leading; the rest is inline, unless it only counts at the edges.
fn place_blocks<'a>(input: &'a str, blocks: &[Block], layout: Layout, article: &mut Article<'a>) {
    // The blocks before `inside` are leading, those from `after` on trailing (all of them
    // where no block is text): told by the block's index alone, and the edges' blocks are
    // not sliced for a text that only the inline ones are read for.
    let (inside, after) = match blocks.iter().position(|b| b.kind.is_none()) {
        Some(first) => {
            let last = blocks
                .iter()
                .rposition(|b| b.kind.is_none())
                .unwrap_or(first);
            (first, last + 1)
        }
        None => (0, 0),
    };
    // One allocation each: a block becomes a paragraph or boilerplate, never both.
    let marked = blocks.iter().filter(|b| b.kind.is_some()).count();
    reserve_exact(&mut article.paragraphs, blocks.len());
    reserve_exact(&mut article.boilerplate, marked);
    for (n, block) in blocks.iter().enumerate() {
        let position = if n < inside {
            Position::Before
        } else if n >= after {
            Position::After
        } else {
            Position::Inside
        };
        match block.kind {
            Some(kind) if position != Position::Inside => {
                push_boilerplate(input, article, block.span, kind, position);
            }
            kind => place_inside(input, block.span, kind, layout, article),
        }
    }
}

/// `Vec::reserve_exact`, but an empty list is allocated directly: `Vec::with_capacity`
/// takes about 40 instructions fewer than the growth path `reserve_exact` goes through.
fn reserve_exact<T>(list: &mut Vec<T>, additional: usize) {
    if list.capacity() == 0 {
        *list = Vec::with_capacity(additional);
    } else {
        list.reserve_exact(additional);
    }
}

/// A block between the first text block and the last: boilerplate only where it holds
/// what counts inside the story, else a paragraph.
fn place_inside<'a>(
    input: &'a str,
    span: Span,
    kind: Option<BoilerplateKind>,
    layout: Layout,
    article: &mut Article<'a>,
) {
    let text = &input[span.range()];
    match kind {
        Some(kind) if boilerplate::holds_inside(text) => {
            push_boilerplate(input, article, span, kind, Position::Inside);
        }
        _ => {
            let kind = if layout == Layout::LinePerParagraph && is_subheading(text) {
                ParagraphKind::Subheading
            } else {
                ParagraphKind::Text
            };
            article.paragraphs.push(Paragraph {
                text: Cow::Borrowed(text),
                span,
                kind,
            });
        }
    }
}

/// A short line with no sentence ending heads the paragraphs after it.
fn is_subheading(text: &str) -> bool {
    text.len() <= 80
        && !text.ends_with(['.', '!', '?', ',', ';', '"', '”', ':'])
        && split_whitespace(text).count() <= 10
}

fn push_boilerplate<'a>(
    input: &'a str,
    article: &mut Article<'a>,
    span: Span,
    kind: BoilerplateKind,
    position: Position,
) {
    article.boilerplate.push(Boilerplate {
        text: Cow::Borrowed(&input[span.range()]),
        span,
        kind,
        position,
    });
}

#[cfg(test)]
mod tests {
    use crate::{Error, parse};

    /// The error of the check as it was, which searched every text for a NUL before all
    /// else: what `parse` returns for a text that holds one.
    fn nul_error(text: &str) -> Option<Error> {
        Some(Error::NotText {
            offset: text.find('\0')?,
        })
    }

    #[test]
    fn a_nul_among_few_control_bytes_is_not_text() {
        // The check counts it with the line feeds and leaves it to the split's count: in
        // a wire story, a web page, after `\r\n` and a tab, at either end of the text.
        let story = "Prices Rise\n\n    BONN, May 3 - Prices rose on Monday, traders said, and\nrose again.\n";
        for (at, nul) in [(0, "\0"), (13, "\0"), (40, "\0\0"), (story.len(), "\0")] {
            for text in [
                format!("{}{nul}{}", &story[..at], &story[at..]),
                format!("{}{nul}{}", &story[..at], &story[at..]).replace('\n', "\r\n"),
                format!("{}{nul}{}\tend", &story[..at], &story[at..]),
            ] {
                assert_eq!(parse(&text).err(), nul_error(&text), "{text:?}");
            }
        }
        assert!(parse(story).is_ok());
    }

    /// The error of `parse` as the order of the checks gives it: a text too large, then a
    /// blank one, then a NUL, then control characters (not line breaks, tabs or form
    /// feeds) above a tenth of the bytes, at the first of them.
    fn error_in_order(text: &str, limit: usize) -> Option<Error> {
        if text.len() > limit {
            return Some(Error::TooLarge {
                len: text.len(),
                limit,
            });
        }
        if text.trim().is_empty() {
            return Some(Error::Empty);
        }
        let control = |b: u8| (b < 0x20 && !b"\t\n\r\x0c".contains(&b)) || b == 0x7f;
        let first_control = text.bytes().position(control);
        let too_many = text.bytes().filter(|&b| control(b)).count() * 10 > text.len();
        nul_error(text).or(first_control
            .filter(|_| too_many)
            .map(|offset| Error::NotText { offset }))
    }

    #[test]
    fn errors_come_in_the_order_of_the_checks() {
        let parser = crate::Parser::new().max_len(40);
        for text in [
            "a headline\n\nand a body\n",
            "",
            " \n\t\r\n",
            "\0",
            " \0 ",
            "\x01\x02\x03 three controls",
            "\x01\x02\x03\x04 and four of them",
            "\x01\x02\0\x03",
            "\x7f\x7f\x7f\x7f\x7f\n\n\n",
            "tabs\t\t\t\t\t\t\t\t\t\t\tand feeds\x0c\x0c\x0c\x0c\r\r\r",
            "a text too long for the limit, with a NUL \0 in it",
            "a text too long for the limit, all of it plain",
        ] {
            assert_eq!(
                parser.parse(text).err(),
                error_in_order(text, 40),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_errs_in_the_order_of_the_checks(t in "[a \n\r\t\x0c\x01\x1f\x7f\x00]{0,70}") {
            let parser = crate::Parser::new().max_len(60);
            proptest::prop_assert_eq!(parser.parse(&t).err(), error_in_order(&t, 60));
        }

        #[test]
        fn any_text_with_a_nul_is_not_text_at_it(t in "[a-z .]{1,30}(\n|\r\n|\r|\t|\x01| )[a-z. ]{0,30}\x00[a-z \n]{0,80}") {
            proptest::prop_assert_eq!(parse(&t).err(), nul_error(&t));
        }
    }

    #[test]
    fn the_dateline_is_taken_where_the_leading_rules_parsed_it() {
        // parsed by the headline rule, which takes no headline, and handed on
        let text = "BONN, May 3 - Prices rose on Monday, traders said.\nMore followed.\n";
        let a = parse(text).unwrap();
        assert!(a.headline.is_none());
        let d = a.dateline.unwrap();
        assert_eq!((d.text.as_ref(), d.span.start), ("BONN, May 3 -", 0));
        // parsed by the leading scan past a byline and a share row
        let text = "Rates Hold\n\nBy Jane Doe, Reuters\n\nShare on Facebook\n\nBONN, May 3 - Prices rose.\n";
        let a = parse(text).unwrap();
        assert_eq!(a.byline.unwrap().name.as_deref(), Some("Jane Doe"));
        let d = a.dateline.unwrap();
        assert_eq!(
            (d.text.as_ref(), d.span.start),
            ("BONN, May 3 -", text.find("BONN").unwrap())
        );
        assert_eq!(a.boilerplate.len(), 1);
        // none at the story line the scan stopped at, nor after it
        let a = parse("Rates Hold\n\nPrices rose on Monday.\n\nMore followed.\n").unwrap();
        assert!(a.dateline.is_none());
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn an_agency_on_the_line_under_the_byline_is_its_organization() {
        let text = "Judge Blocks Law\n\nBy JANE DOE\nAssociated Press\n\nATLANTA (AP) \u{2014} A judge ruled.\n";
        let a = parse(text).unwrap();
        let by = a.byline.unwrap();
        assert_eq!(by.text, "By JANE DOE\nAssociated Press");
        assert_eq!(
            (by.name.as_deref(), by.organization.as_deref()),
            (Some("JANE DOE"), Some("Associated Press"))
        );
        assert!(a.boilerplate.is_empty());
        // an agency whose name opens with `The`
        let a = parse("Judge Blocks Law\n\nBy JANE DOE\nThe Canadian Press\n\nOTTAWA \u{2014} A judge ruled.\n").unwrap();
        assert_eq!(
            a.byline.unwrap().organization.as_deref(),
            Some("The Canadian Press")
        );
        // another line under the byline is left to the rules
        let a = parse(
            "Judge Blocks Law\n\nBy JANE DOE\nStaff Writer\n\nATLANTA \u{2014} A judge ruled.\n",
        )
        .unwrap();
        assert_eq!(a.byline.unwrap().organization, None);
    }

    #[test]
    fn a_clock_stamp_under_the_headline_is_the_pages() {
        use crate::{BoilerplateKind, Position};
        let a =
            parse("Council Backs Budget\n\nUpdated 3:45 p.m. ET\n\nThe council voted on Monday.\n")
                .unwrap();
        let kinds: Vec<_> = a.boilerplate.iter().map(|b| (b.kind, b.position)).collect();
        assert_eq!(kinds, [(BoilerplateKind::Timestamp, Position::Before)]);
        assert_eq!(a.paragraphs.len(), 1);
    }

    #[test]
    fn the_headline_stands_under_the_pages_furniture() {
        use crate::BoilerplateKind;
        for furniture in [
            "Advertisement",
            "Skip to main content",
            "We use cookies to improve your experience. By using the site you agree.",
            "Advertisement\n\nSubscribe | Log in",
        ] {
            let text =
                format!("{furniture}\n\nCouncil Backs Budget\n\nThe council voted on Monday.\n");
            let a = parse(&text).unwrap();
            assert_eq!(
                a.headline.as_ref().map(|h| &*h.text),
                Some("Council Backs Budget"),
                "{furniture}"
            );
            assert_eq!(a.paragraphs.len(), 1, "{furniture}");
            assert!(
                a.boilerplate
                    .iter()
                    .all(|b| b.kind != BoilerplateKind::Title)
            );
        }
        // a story's first paragraph under the furniture is no headline
        let a =
            parse("Advertisement\n\nThe council voted on Monday.\n\nIt met at noon.\n").unwrap();
        assert!(a.headline.is_none());
        assert_eq!(a.paragraphs.len(), 2);
        // nor its first wrapped line, nor a place on its own line
        for text in [
            "Advertisement\n\nThe council voted on Monday to approve a budget that\nraises fees.\n\nIt met at noon.\n",
            "Advertisement\n\nWASHINGTON\n\nThe council voted on Monday.\n",
        ] {
            assert!(parse(text).unwrap().headline.is_none(), "{text:?}");
        }
        // three lines of furniture at most: under a fourth the headline is not looked for
        let a = parse(
            "Advertisement\n\nSkip to content\n\nSubscribe | Log in\n\nAdvertisement\n\n\
             Council Backs Budget\n\nThe council voted on Monday.\n",
        )
        .unwrap();
        assert!(a.headline.is_none());
    }

    #[test]
    fn a_dek_or_caption_over_the_byline_is_the_pages_and_so_is_an_ap_file_photo() {
        use crate::{Article, BoilerplateKind, Position};
        let kinds = |a: &Article<'_>| {
            a.boilerplate
                .iter()
                .map(|b| (b.kind, b.position))
                .collect::<Vec<_>>()
        };
        let text = "Library Opens\n\nThe branch is the city's first in 30 years.\nBy Ana Ruiz\n\
                    EASTPORT, Maine \u{2014} The city opened its library on Saturday.\n";
        let a = parse(text).unwrap();
        assert_eq!(a.byline.as_ref().unwrap().name.as_deref(), Some("Ana Ruiz"));
        assert_eq!(
            a.dateline.as_ref().unwrap().text,
            "EASTPORT, Maine \u{2014}"
        );
        assert_eq!(kinds(&a), [(BoilerplateKind::Title, Position::Before)]);
        assert_eq!(a.paragraphs.len(), 1);
        // without a byline after it, the line is the story's
        let a = parse("Library Opens\n\nThe branch is the city's first in 30 years.\nIt opened on Saturday.\n").unwrap();
        assert_eq!(a.paragraphs.len(), 2);
        // nor with one that ends the text: a brief signed by its writer
        let a = parse("Library Opens\n\nThe branch opened on Saturday.\n\nBy Ana Ruiz\n").unwrap();
        assert_eq!(a.paragraphs.len(), 1);
        assert_eq!(kinds(&a), [(BoilerplateKind::Credit, Position::After)]);
        // `FILE -` opens the AP's caption of a file photo, never a dateline
        let text = "Volcano Erupts\n\nFILE - Lava flows near a town, Jan. 14, 2024. (AP Photo/Jane Roe, File)\n\
                    REYKJAVIK, Iceland (AP) \u{2014} A volcano erupted on Saturday.\n";
        let a = parse(text).unwrap();
        assert_eq!(
            a.dateline.as_ref().unwrap().city.as_deref(),
            Some("REYKJAVIK")
        );
        assert_eq!(kinds(&a), [(BoilerplateKind::Caption, Position::Before)]);
    }

    #[test]
    fn a_kicker_line_is_the_headline_and_the_dateline_opens_the_body() {
        let a = parse("MARKET REPORT - week to May 3\n\nBONN, May 3 - Prices rose.\n").unwrap();
        assert_eq!(a.headline.unwrap().text, "MARKET REPORT - week to May 3");
        let d = a.dateline.unwrap();
        assert_eq!((d.text.as_ref(), d.month), ("BONN, May 3 -", Some(5)));
        assert_eq!(a.paragraphs[0].text, "Prices rose.");
    }

    #[test]
    fn an_all_caps_kicker_is_no_dateline() {
        let a = parse("FARM SPOTLIGHT - WHEAT GROWERS <WGA>\n\nOMAHA, June 2 - Growers met.\n")
            .unwrap();
        assert_eq!(
            a.headline.unwrap().text,
            "FARM SPOTLIGHT - WHEAT GROWERS <WGA>"
        );
        assert_eq!(a.dateline.unwrap().city.as_deref(), Some("OMAHA"));
    }

    #[test]
    fn the_dateline_after_a_caption() {
        let text = "Harbor Reopens\n\nA crane unloads a ship in the harbor on Monday.\n\nLISBON (AP) — Ships waited for hours on Monday.\n\nMore followed.\n";
        let a = parse(text).unwrap();
        let d = a.dateline.unwrap();
        assert_eq!(d.text, "LISBON (AP) —");
        let paras: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_ref()).collect();
        assert_eq!(
            paras,
            [
                "A crane unloads a ship in the harbor on Monday.",
                "Ships waited for hours on Monday.",
                "More followed."
            ]
        );
    }

    #[test]
    fn a_weak_dateline_under_a_credit_line() {
        let text = "Man Charged After Robbery\n\nGazette Staff\n\nTOLEDO — A man was charged on Monday.\n\nHe fled.\n";
        let a = parse(text).unwrap();
        assert_eq!(a.dateline.unwrap().text, "TOLEDO —");
        assert_eq!(a.paragraphs[0].text, "A man was charged on Monday.");
        // under a sentence, or a line further down, a bare city is a later paragraph's
        for text in [
            "Man Charged After Robbery\n\nA crane unloads a ship.\n\nTOLEDO — A man was charged.\n",
            "Man Charged After Robbery\n\nGazette Staff\n\nPhoto desk\n\nTOLEDO — A man was charged.\n",
        ] {
            assert!(parse(text).unwrap().dateline.is_none(), "{text}");
        }
    }

    #[test]
    fn no_dateline_past_a_real_paragraph() {
        let text = "Harbor Reopens\n\nShips waited for hours on Monday as the harbor reopened after\nthe storm, and crews worked through the night.\n\nLISBON (AP) — More followed.\n";
        assert!(parse(text).unwrap().dateline.is_none());
    }

    #[test]
    fn the_line_the_leading_scan_stops_at_is_classified_once_as_a_block_of_its_own() {
        // a paragraph of that line alone is the story's, as the scan found ...
        let a =
            parse("Ferry Fares Rise\n\nHarbor Gazette staff and wire\n\nFares rose.\n").unwrap();
        assert_eq!(a.paragraphs[0].text, "Harbor Gazette staff and wire");
        assert!(a.boilerplate.is_empty());
        // ... a block it opens that runs on is classified whole
        let text = "Ferry Fares Rise\n\nHarbor Gazette staff and wire\nservices, all rights reserved\n\n\
                    Fares rose again on Monday, the\ntransit board said, and riders\nwere not \
                    pleased with the news.\n";
        let a = parse(text).unwrap();
        let kinds: Vec<_> = a.boilerplate.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [crate::BoilerplateKind::Copyright]);
    }

    #[test]
    fn a_text_parses_the_same_after_another_on_its_thread() {
        // the lists kept from the text before hold nothing of it
        let long = "Ferry Fares Rise\n\nLISBON, May 3 - Fares rose.\n\nRiders were angry.\n\n\
                    Boards met.\n\nMore talks follow.\n\nReuter\n";
        let short = "Rates Hold\n\nBONN, May 3 - Prices rose.\n";
        let fresh = std::thread::spawn(move || parse(short).unwrap())
            .join()
            .unwrap();
        let _ = parse(long).unwrap();
        assert_eq!(parse(short).unwrap(), fresh);
    }

    #[test]
    fn a_parse_in_a_thread_local_destructor_does_not_panic() {
        use std::sync::atomic::{AtomicBool, Ordering};
        static PARSED: AtomicBool = AtomicBool::new(false);
        struct ParsesOnDrop;
        impl Drop for ParsesOnDrop {
            fn drop(&mut self) {
                let ok = parse("Rates Hold\n\nBONN, May 3 - Prices rose.\n").is_ok();
                PARSED.store(ok, Ordering::SeqCst);
            }
        }
        thread_local! {
            static GUARD: ParsesOnDrop = const { ParsesOnDrop };
        }
        std::thread::spawn(|| {
            // The guard is made first and dropped last, after the kept lists are gone.
            GUARD.with(|_| ());
            let _ = parse("Rates Hold\n\nMore talks follow.\n");
        })
        .join()
        .unwrap();
        assert!(PARSED.load(Ordering::SeqCst));
    }

    #[test]
    fn a_flash_is_all_headline() {
        let text =
            "STEEL MAKER SAYS IT WILL CLOSE TWO PLANTS IN THE NORTH\nBY JUNE, CUTTING 900 JOBS\n";
        let a = parse(text).unwrap();
        assert_eq!(
            a.headline.unwrap().text,
            "STEEL MAKER SAYS IT WILL CLOSE TWO PLANTS IN THE NORTH\nBY JUNE, CUTTING 900 JOBS"
        );
        assert!(a.paragraphs.is_empty() && a.dateline.is_none());
    }

    #[test]
    fn a_brief_without_a_dateline_has_none() {
        let a = parse("Rates Hold\n\nNEW RULES for the road take effect on Monday.\n").unwrap();
        assert!(a.dateline.is_none());
        // a lone first line of a headline's shape: no date, no agency, no sentence end
        let a = parse("TORONTO - Mining firm denies rumours\n").unwrap();
        assert!(a.dateline.is_none());
        assert_eq!(
            a.headline.unwrap().text,
            "TORONTO - Mining firm denies rumours"
        );
    }
}
