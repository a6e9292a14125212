//! The article rule: headline, leading boilerplate and byline, dateline, body paragraphs
//! with inline boilerplate, trailing boilerplate. Every non-blank line lands in exactly
//! one top-level block, so the result is lossless by construction.

use crate::boilerplate;
use crate::lines::{self, Line};
use crate::paragraph::{self, Layout};
use crate::{
    Article, Boilerplate, BoilerplateKind, Byline, Dateline, Paragraph, ParagraphKind, Parser,
    Position, Segment, Span, byline, dateline, headline, quote,
};
use std::borrow::Cow;

/// At most this many lines between the headline and the body are searched for the byline,
/// share rows and the dateline.
const LEADING_LINES: usize = 8;

pub(crate) fn parse<'a>(input: &'a str, parser: &Parser) -> Article<'a> {
    let lines = lines::split(input);
    let mut article = Article::default();
    let mut i = next_text_line(&lines, 0);
    i = parse_headline(input, &lines, i, parser, &mut article);
    i = parse_leading(input, &lines, i, parser, &mut article);
    let body_from = parse_dateline(input, &lines, i, parser, &mut article);
    parse_body(input, &lines, i, body_from, parser, &mut article);
    let blocks = article
        .headline
        .iter()
        .map(|h| h.span)
        .chain(article.paragraphs.iter().map(|p| p.span));
    quote::extract(
        input,
        blocks,
        &parser.verbs,
        &mut article.quotes,
        &mut article.quoted_terms,
    );
    article
}

fn next_text_line(lines: &[Line], mut i: usize) -> usize {
    while i < lines.len() && lines[i].is_blank() {
        i += 1;
    }
    i
}

fn parse_headline<'a>(
    input: &'a str,
    lines: &[Line],
    i: usize,
    parser: &Parser,
    article: &mut Article<'a>,
) -> usize {
    let Some(line) = lines.get(i) else { return i };
    let text = line.text(input);
    let alone = lines.get(i + 1).is_none_or(Line::is_blank);
    // A weak dateline (`ECONOMIC SPOTLIGHT - ...`) on a line standing alone that ends no
    // sentence is a headline's kicker; a paragraph opening with one ends like a sentence.
    let opens_body = dateline::parse(text, &parser.agencies)
        .is_some_and(|d| d.strong || !alone || headline::ends_sentence(text));
    let is_title = headline::is_headline(text, alone)
        && !opens_body
        && byline::parse(text).is_none()
        && boilerplate::classify(text, parser.phrases()).is_none();
    if !is_title {
        return i;
    }
    article.headline = Some(Segment::at(input, line.content));
    next_text_line(lines, i + 1)
}

/// Byline, share rows and other boilerplate between the headline and the body.
fn parse_leading<'a>(
    input: &'a str,
    lines: &[Line],
    mut i: usize,
    parser: &Parser,
    article: &mut Article<'a>,
) -> usize {
    let mut seen = 0;
    while i < lines.len() && seen < LEADING_LINES {
        let line = &lines[i];
        let text = line.text(input);
        if dateline::parse(text, &parser.agencies).is_some() {
            break;
        }
        if article.byline.is_none()
            && let Some(found) = byline::parse(text)
        {
            article.byline = Some(Byline {
                text: Cow::Borrowed(text),
                span: line.content,
                name: Some(Cow::Borrowed(found.name)),
                organization: found.organization.map(Cow::Borrowed),
            });
            i = next_text_line(lines, i + 1);
            seen += 1;
            continue;
        }
        match boilerplate::classify(text, parser.phrases()) {
            Some(kind) => push_boilerplate(input, article, line.content, kind, Position::Before),
            None => break,
        }
        i = next_text_line(lines, i + 1);
        seen += 1;
    }
    i
}

/// Returns the byte where the body starts: after the dateline when there is one.
fn parse_dateline<'a>(
    input: &'a str,
    lines: &[Line],
    i: usize,
    parser: &Parser,
    article: &mut Article<'a>,
) -> usize {
    let Some(line) = lines.get(i) else {
        return input.len();
    };
    let text = line.text(input);
    let Some(found) = dateline::parse(text, &parser.agencies) else {
        return line.content.start;
    };
    let start = line.content.start;
    let b = |s: Option<&'a str>| s.map(Cow::Borrowed);
    article.dateline = Some(Dateline {
        text: Cow::Borrowed(&text[..found.len]),
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
            .and_then(|a| dateline::agency_full_name(a, &parser.agencies))
            .map(|n| Cow::Owned(n.to_string())),
        separator: Cow::Borrowed(found.separator),
    });
    start + found.body
}

/// A body block before it is told apart as paragraph or boilerplate.
struct Block {
    span: Span,
    kind: Option<BoilerplateKind>,
}

fn parse_body<'a>(
    input: &'a str,
    lines: &[Line],
    first: usize,
    body_from: usize,
    parser: &Parser,
    article: &mut Article<'a>,
) {
    let Some(body_lines) = lines.get(first..) else {
        return;
    };
    let layout = paragraph::layout(input, body_lines);
    let mut blocks: Vec<Block> = Vec::with_capacity(body_lines.len() / 2 + 1);
    let mut current: Option<Span> = None;
    let mut after_blank = true;
    for line in body_lines {
        if line.is_blank() {
            after_blank = true;
            continue;
        }
        let start = line.content.start.max(body_from);
        if start >= line.content.end {
            continue; // the dateline filled this line
        }
        let new_block = after_blank || paragraph::starts_paragraph(layout, line);
        after_blank = false;
        match current.as_mut() {
            Some(span) if !new_block => span.end = line.content.end,
            _ => {
                if let Some(span) = current.take() {
                    blocks.push(classified(input, span, parser));
                }
                current = Some(Span::new(start, line.content.end));
            }
        }
    }
    if let Some(span) = current {
        blocks.push(classified(input, span, parser));
    }
    place_blocks(input, &blocks, layout, article);
}

fn classified(input: &str, span: Span, parser: &Parser) -> Block {
    Block {
        span,
        kind: boilerplate::classify(&input[span.range()], parser.phrases()),
    }
}

/// Trailing boilerplate runs from the last text block to the end; boilerplate before the
/// first text block is leading; the rest is inline.
fn place_blocks<'a>(input: &'a str, blocks: &[Block], layout: Layout, article: &mut Article<'a>) {
    let first_text = blocks.iter().position(|b| b.kind.is_none());
    let last_text = blocks.iter().rposition(|b| b.kind.is_none());
    for (n, block) in blocks.iter().enumerate() {
        match block.kind {
            Some(kind) => {
                let position = match (first_text, last_text) {
                    (Some(f), _) if n < f => Position::Before,
                    (_, Some(l)) if n > l => Position::After,
                    (None, _) => Position::After,
                    _ => Position::Inside,
                };
                push_boilerplate(input, article, block.span, kind, position);
            }
            None => {
                let text = &input[block.span.range()];
                let kind = if layout == Layout::LinePerParagraph && is_subheading(text) {
                    ParagraphKind::Subheading
                } else {
                    ParagraphKind::Text
                };
                article.paragraphs.push(Paragraph {
                    text: Cow::Borrowed(text),
                    span: block.span,
                    kind,
                });
            }
        }
    }
}

/// A short line with no sentence ending heads the paragraphs after it.
fn is_subheading(text: &str) -> bool {
    text.len() <= 80
        && !text.ends_with(['.', '!', '?', ',', ';', '"', '”', ':'])
        && text.split_whitespace().count() <= 10
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
