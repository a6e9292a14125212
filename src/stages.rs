//! Each stage of the grammar on its own, for the per-stage benchmarks. Enabled by the
//! `stages` feature; not part of the stable API.

use crate::lines;
use crate::paragraph;
use crate::{Parser, Span};

/// Splits the input into lines; returns how many.
pub fn lines(input: &str) -> usize {
    lines::split(input).len()
}

/// Finds the body's paragraph blocks (layout and grouping, no classification).
pub fn paragraphs(input: &str) -> Vec<Span> {
    let lines = lines::split(input);
    let layout = paragraph::layout(input, &lines);
    let mut blocks = Vec::new();
    paragraph::group(&lines, layout, None, |span| blocks.push(span));
    blocks
}

/// Tries the dateline rule on every block start; returns how many matched.
pub fn datelines(input: &str, blocks: &[Span]) -> usize {
    blocks
        .iter()
        .filter(|b| crate::dateline::parse(&input[b.range()], &[]).is_some())
        .count()
}

/// Classifies every block as boilerplate or text; returns how many are boilerplate.
pub fn boilerplate(input: &str, blocks: &[Span], parser: &Parser) -> usize {
    let phrases = parser.phrases().in_text(input);
    blocks
        .iter()
        .filter(|b| crate::boilerplate::classify(&input[b.range()], &phrases).is_some())
        .count()
}

/// Finds and attributes the quotes of the blocks; returns how many.
pub fn quotes(input: &str, blocks: &[Span], parser: &Parser) -> usize {
    let mut quotes = Vec::new();
    let mut terms = Vec::new();
    crate::quote::extract(
        input,
        None,
        blocks.iter().copied(),
        &parser.verbs,
        &mut quotes,
        &mut terms,
    );
    quotes.len()
}
