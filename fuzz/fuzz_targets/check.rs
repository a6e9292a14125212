// Shared by the fuzz targets: the invariants every parsed article holds.
use newsprint::{Article, Span};

fn span_ok(input: &str, span: Span, text: &str) {
    assert!(span.start <= span.end && span.end <= input.len());
    assert!(input.is_char_boundary(span.start) && input.is_char_boundary(span.end));
    assert_eq!(&input[span.range()], text);
}

pub fn invariants(input: &str, a: &Article<'_>) {
    let mut blocks: Vec<Span> = Vec::new();
    if let Some(h) = &a.headline {
        span_ok(input, h.span, &h.text);
        blocks.push(h.span);
    }
    if let Some(b) = &a.byline {
        span_ok(input, b.span, &b.text);
        blocks.push(b.span);
    }
    if let Some(d) = &a.dateline {
        span_ok(input, d.span, &d.text);
        blocks.push(d.span);
    }
    for p in &a.paragraphs {
        span_ok(input, p.span, &p.text);
        blocks.push(p.span);
    }
    for b in &a.boilerplate {
        span_ok(input, b.span, &b.text);
        blocks.push(b.span);
    }
    blocks.sort_by_key(|s| (s.start, s.end));
    for w in blocks.windows(2) {
        assert!(w[0].end <= w[1].start, "blocks overlap");
    }
    let mut next = 0;
    for s in &blocks {
        assert!(
            input[next..s.start].trim().is_empty(),
            "text between blocks is lost"
        );
        next = s.end;
    }
    assert!(
        input[next..].trim().is_empty(),
        "text after the last block is lost"
    );
    for q in &a.quotes {
        span_ok(input, q.span, &q.text);
        if let Some(s) = &q.speaker {
            span_ok(input, s.span, &s.text);
        }
        if let Some(c) = &q.cue {
            span_ok(input, c.span, &c.text);
        }
    }
    assert_eq!(&a.clone().into_owned(), a);
}
