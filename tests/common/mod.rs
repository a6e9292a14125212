//! Invariants every parsed article holds, shared by the integration and property tests.

use newsprint::{Article, Span};

/// Checks spans, texts, lossless cover, quote placement and the owned and JSON forms.
pub fn assert_invariants(input: &str, article: &Article<'_>) {
    let mut blocks: Vec<(Span, &str)> = Vec::new();
    if let Some(h) = &article.headline {
        blocks.push((h.span, &h.text));
    }
    if let Some(b) = &article.byline {
        blocks.push((b.span, &b.text));
    }
    if let Some(d) = &article.dateline {
        blocks.push((d.span, &d.text));
    }
    blocks.extend(article.paragraphs.iter().map(|p| (p.span, &*p.text)));
    blocks.extend(article.boilerplate.iter().map(|b| (b.span, &*b.text)));
    for (span, text) in &blocks {
        assert_span(input, *span, text);
    }
    blocks.sort_by_key(|(s, _)| (s.start, s.end));
    for pair in blocks.windows(2) {
        assert!(
            pair[0].0.end <= pair[1].0.start,
            "blocks overlap: {:?} and {:?}",
            pair[0],
            pair[1]
        );
    }
    let mut covered = vec![false; input.len()];
    for (span, _) in &blocks {
        covered[span.range()].iter_mut().for_each(|c| *c = true);
    }
    for (i, c) in input.char_indices() {
        assert!(
            c.is_whitespace() || covered[i],
            "{c:?} at byte {i} is in no block"
        );
    }
    let text_blocks: Vec<Span> = article
        .headline
        .iter()
        .map(|h| h.span)
        .chain(article.paragraphs.iter().map(|p| p.span))
        .collect();
    for q in &article.quotes {
        assert_span(input, q.span, &q.text);
        assert!(
            text_blocks
                .iter()
                .any(|b| b.start <= q.span.start && q.span.end <= b.end),
            "quote {:?} lies outside the headline and paragraphs",
            q.span
        );
        if let Some(s) = &q.speaker {
            assert_span(input, s.span, &s.text);
        }
        if let Some(c) = &q.cue {
            assert_span(input, c.span, &c.text);
        }
    }
    for t in &article.quoted_terms {
        assert_span(input, t.span, &t.text);
    }
    let owned = article.clone().into_owned();
    assert_eq!(&owned, article);
    let json = serde_json::to_string(article).expect("serializes");
    let back: Article<'static> = serde_json::from_str(&json).expect("reads back");
    assert_eq!(back, owned);
}

fn assert_span(input: &str, span: Span, text: &str) {
    assert!(
        span.start <= span.end && span.end <= input.len(),
        "span {span:?} out of bounds"
    );
    assert!(
        input.is_char_boundary(span.start) && input.is_char_boundary(span.end),
        "span {span:?} splits a character"
    );
    assert_eq!(&input[span.range()], text, "text differs from its span");
}
