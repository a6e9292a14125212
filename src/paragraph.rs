//! Body paragraphs in each layout news text comes in: blank-line separated, one paragraph
//! per line, and hard-wrapped wire copy where an indented line starts a new paragraph.

use crate::Span;
use crate::lines::Line;
use crate::words::{CLOSING_MARKS, ends_with_stop};

/// How the body's lines make paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// Every non-blank line is a paragraph.
    LinePerParagraph,
    /// Lines are wrapped; a blank line ends a paragraph.
    Wrapped,
    /// Lines are wrapped; an indented line or a blank line starts a new paragraph.
    Indented,
}

/// Wrapped text keeps its lines under this many bytes.
const WRAP_WIDTH: usize = 100;

/// Decides the layout from the body's lines.
pub(crate) fn layout(input: &str, lines: &[Line]) -> Layout {
    // Read a run of text lines at a time: the counts that follow from the runs and the
    // blank lines (text lines, glued lines, short lines) are taken outside the loop over a
    // run's lines, which keeps its few counts in registers. The sentence ends, the only
    // count that reads the text, are asked apart and only when the rest points to
    // wrapped text.
    let mut blank = 0usize;
    let mut runs = 0usize;
    let mut indented = 0usize;
    let mut long = 0usize;
    let mut rest = lines.iter();
    'lines: loop {
        let line = loop {
            match rest.next() {
                None => break 'lines,
                Some(l) if l.is_blank() => blank += 1,
                Some(l) => break l,
            }
        };
        runs += 1;
        indented += usize::from(line.indent() > 0);
        long += usize::from(line.full.len() > WRAP_WIDTH);
        loop {
            match rest.next() {
                Some(line) if !line.is_blank() => {
                    indented += usize::from(line.indent() > 0);
                    long += usize::from(line.full.len() > WRAP_WIDTH);
                }
                Some(_) => {
                    blank += 1;
                    break;
                }
                None => break 'lines,
            }
        }
    }
    let text_lines = lines.len() - blank;
    let glued = text_lines - runs;
    let short = text_lines - long;
    if text_lines < 2 || glued == 0 {
        return Layout::LinePerParagraph;
    }
    // Wrapped text keeps short lines, and most of its lines break mid-sentence (a third of
    // the glued lines at least follow one that runs on).
    let wrapped = short * 10 >= text_lines * 9 && runs_on_enough(input, lines, glued);
    layout_of(wrapped, indented, text_lines)
}

/// The layout of wrapped text or not: wire copy indents the first line of a paragraph, and
/// all lines or none indented mark no paragraph.
fn layout_of(wrapped: bool, indented: usize, text_lines: usize) -> Layout {
    if !wrapped {
        Layout::LinePerParagraph
    } else if indented > 0 && indented < text_lines {
        Layout::Indented
    } else {
        Layout::Wrapped
    }
}

/// Whether `runs_on * 3 >= glued`, `runs_on` the text lines followed by another that end no
/// sentence: the lines are read only until enough of them run on, where every line was
/// read for its last byte. Most lines of wrapped text run on, so about half of them are
/// read; a text of long lines is not read at all.
fn runs_on_enough(input: &str, lines: &[Line], glued: usize) -> bool {
    let need = glued.div_ceil(3);
    let mut runs_on = 0usize;
    let mut rest = lines.iter();
    loop {
        let mut line = loop {
            match rest.next() {
                None => return false,
                Some(l) if l.is_blank() => {}
                Some(l) => break l,
            }
        };
        loop {
            match rest.next() {
                Some(next) if !next.is_blank() => {
                    runs_on += line_runs_on(input, line);
                    if runs_on >= need {
                        return true;
                    }
                    line = next;
                }
                Some(_) => break,
                None => return false,
            }
        }
    }
}

/// The bytes that end a line's sentence, past any closing mark.
const STOPS: &[u8] = b".!?:";

fn ends_sentence(line: &str) -> bool {
    ends_with_stop(line, STOPS, &CLOSING_MARKS)
}

/// What a line's last byte says of whether the line ends a sentence; `Stops` and `Runs`
/// are the count of runs-on lines it adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum LastByte {
    /// One of `STOPS`: it does.
    Stops = 0,
    /// An ASCII byte that is neither a stop nor a closing mark: it does not.
    Runs = 1,
    /// A closing mark or a byte beyond ASCII: the text is read past it.
    Ask = 2,
}

/// `LastByte` for every byte: one load, where the tests of `STOPS` and of the closing
/// marks were a byte loop each, and the stop's loop mispredicted about one line in three.
const LAST_BYTE: [LastByte; 256] = {
    let mut table = [LastByte::Ask; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = LastByte::Runs;
        b += 1;
    }
    let mut k = 0;
    while k < STOPS.len() {
        table[STOPS[k] as usize] = LastByte::Stops;
        k += 1;
    }
    let mut k = 0;
    while k < CLOSING_MARKS.len() {
        let c = CLOSING_MARKS[k] as u32;
        if c < 128 {
            table[c as usize] = LastByte::Ask;
        }
        k += 1;
    }
    table
};

/// 1 where a text line (not blank) ends no sentence (`ends_sentence` of its text is false),
/// else 0: settled by its last byte when that is ASCII and no closing mark (nearly every
/// line), before the text is sliced out of the input with its char-boundary checks;
/// `runs_on_enough` asks it of text lines followed by another.
fn line_runs_on(input: &str, line: &Line) -> usize {
    // A blank line's place would be read outside its content: `runs_on_enough` asks text
    // lines only, and a test here would cost a compare and a branch a line.
    debug_assert!(!line.is_blank());
    // The last byte by its place alone, one bound to ask where the content's slice asked two
    // (an end of 0 wraps past any text).
    let Some(&last) = input.as_bytes().get(line.content.end.wrapping_sub(1)) else {
        return 1;
    };
    // The count is the class itself, not a branch on it: whether a line ends a sentence
    // follows no pattern a predictor learns; a closing mark or a byte beyond ASCII is rare.
    match LAST_BYTE[usize::from(last)] {
        LastByte::Ask => usize::from(!line_ends_sentence_slow(input, line)),
        class => usize::from(class as u8),
    }
}

/// Out of `layout`'s loop, which keeps its counts in registers without it.
#[inline(never)]
fn line_ends_sentence_slow(input: &str, line: &Line) -> bool {
    ends_sentence(line.text(input))
}

/// Whether `line` starts a new paragraph after `prev` (both non-blank, `prev` directly
/// above `line`).
pub(crate) fn starts_paragraph(layout: Layout, line: &Line) -> bool {
    match layout {
        Layout::LinePerParagraph => true,
        Layout::Wrapped => false,
        Layout::Indented => line.indent() > 0,
    }
}

/// Groups the body's lines into blocks by `layout`, handing each block's span to `emit` in
/// order. `dateline` is where the dateline's line starts and where its paragraph's text
/// starts after it: that line's block begins past the dateline, and a line the dateline
/// fills ends the block before it.
pub(crate) fn group(
    lines: &[Line],
    layout: Layout,
    dateline: Option<(usize, usize)>,
    emit: impl FnMut(Span),
) {
    // The layout is asked once, not at every line: each arm is `group_by` with the test
    // of its layout inlined.
    match layout {
        Layout::LinePerParagraph => group_by(lines, dateline, emit, |l| {
            starts_paragraph(Layout::LinePerParagraph, l)
        }),
        Layout::Wrapped => group_by(lines, dateline, emit, |l| {
            starts_paragraph(Layout::Wrapped, l)
        }),
        Layout::Indented => group_by(lines, dateline, emit, |l| {
            starts_paragraph(Layout::Indented, l)
        }),
    }
}

/// `group` with `starts_paragraph` for its layout.
#[inline(always)]
fn group_by(
    lines: &[Line],
    dateline: Option<(usize, usize)>,
    mut emit: impl FnMut(Span),
    starts_paragraph: impl Fn(&Line) -> bool,
) {
    // No line starts at `usize::MAX`: with no dateline, one compare a line finds none.
    let (at, body_from) = dateline.unwrap_or((usize::MAX, 0));
    let mut lines = lines.iter();
    // A run of text lines at a time: its first line opens a block whatever the layout
    // says, and the block open at the run's end is handed on there, so that no flag says
    // where the line before was blank and no block is held as an `Option`.
    'runs: loop {
        let mut span = loop {
            let Some(line) = lines.next() else {
                break 'runs;
            };
            if line.is_blank() {
                continue;
            }
            let start = if line.content.start == at {
                body_from
            } else {
                line.content.start
            };
            // A line the dateline fills opens no block.
            if start < line.content.end {
                break Span::new(start, line.content.end);
            }
        };
        loop {
            let Some(line) = lines.next() else {
                emit(span);
                break 'runs;
            };
            if line.is_blank() {
                break;
            }
            let mut start = line.content.start;
            if start == at {
                start = body_from;
                if start >= line.content.end {
                    // The dateline filled this line: its paragraph starts on the next one,
                    // whatever the layout says, and the block before it ends here.
                    break;
                }
            }
            if starts_paragraph(line) {
                emit(span);
                span = Span::new(start, line.content.end);
            } else {
                span.end = line.content.end;
            }
        }
        emit(span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    #[test]
    fn one_line_per_paragraph() {
        let text = "First paragraph is a long line of text that goes on and on past any wrap width a wire service would use.\nSecond paragraph, also long, goes on past the wrap width so that nobody mistakes it for a wrapped line.";
        assert_eq!(layout(text, &split(text)), Layout::LinePerParagraph);
    }

    #[test]
    fn blank_separated_paragraphs() {
        assert_eq!(
            layout("One.\n\nTwo.\n\nThree.", &split("One.\n\nTwo.\n\nThree.")),
            Layout::LinePerParagraph
        );
    }

    #[test]
    fn indented_wire_copy() {
        let text = "    SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone.\n    The dry period means the temporao will be late.";
        let lines = split(text);
        assert_eq!(layout(text, &lines), Layout::Indented);
        assert!(starts_paragraph(Layout::Indented, &lines[2]));
        assert!(!starts_paragraph(Layout::Indented, &lines[1]));
    }

    #[test]
    fn a_line_ends_a_sentence_past_closing_marks() {
        for line in [
            "He left.",
            "He left.\"",
            "“Yes!”",
            "(Not so?)",
            "As follows:",
            "it’s over.’",
        ] {
            assert!(ends_sentence(line), "{line}");
        }
        for line in [
            "",
            "He left",
            "the 1987",
            "\"Yes\"",
            "(see above)",
            "said Jane Doe’",
        ] {
            assert!(!ends_sentence(line), "{line}");
        }
    }

    #[test]
    fn a_line_ends_a_sentence_as_its_text_does() {
        let ends = [
            "",
            ".",
            "!",
            "?",
            ":",
            ";",
            "\"",
            "'",
            ")",
            "’",
            "”",
            "x",
            "9",
            "é",
            " ",
            "\u{a0}",
            ".\"",
            ".)",
            "?’",
            "x)",
            "x’",
            ".”",
            "日",
            ":\u{2028}",
        ];
        for head in ["", "He left", "  He left", "He left  "] {
            for end in ends {
                let text = format!("{head}{end}\n  {head}{end}  \n");
                for line in split(&text).iter().filter(|l| !l.is_blank()) {
                    assert_eq!(
                        line_runs_on(&text, line),
                        usize::from(!ends_sentence(line.text(&text))),
                        "{text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_last_byte_table_answers_as_the_rule_for_every_ascii_byte() {
        // every ASCII byte and some beyond, alone and after a closing mark or a stop
        let mut ends: Vec<String> = (0u8..128).map(|b| char::from(b).to_string()).collect();
        ends.extend(["é", "’", "”", "\u{a0}", "日", "\u{2028}"].map(String::from));
        for end in &ends {
            for before in ["", ".", "\"", ")", "x"] {
                let text = format!("He left{before}{end}");
                let line = Line {
                    full: Span::new(0, text.len()),
                    content: Span::new(0, text.len()),
                };
                assert_eq!(
                    line_runs_on(&text, &line),
                    usize::from(!ends_sentence(&text)),
                    "{text:?}"
                );
            }
        }
    }

    /// `layout` as it was: one loop over every line, the line above held to be asked
    /// whether it runs on, and every count kept in the loop.
    fn layout_before(input: &str, lines: &[Line]) -> Layout {
        let (mut text_lines, mut indented, mut short, mut glued, mut runs_on) = (0, 0, 0, 0, 0);
        let mut prev: Option<&Line> = None;
        for l in lines {
            if l.is_blank() {
                prev = None;
                continue;
            }
            if let Some(p) = prev {
                runs_on += usize::from(!ends_sentence(p.text(input)));
                glued += 1;
            }
            prev = Some(l);
            text_lines += 1;
            indented += usize::from(l.indent() > 0);
            short += usize::from(l.full.len() <= WRAP_WIDTH);
        }
        if text_lines < 2 || glued == 0 {
            return Layout::LinePerParagraph;
        }
        let wrapped = short * 10 >= text_lines * 9 && runs_on * 3 >= glued;
        layout_of(wrapped, indented, text_lines)
    }

    proptest::proptest! {
        /// Runs of text lines, short and long, indented or not, ending a sentence or not,
        /// between blank lines (white space only too), with the blank lines first and last;
        /// lines broken by `\n`, `\r\n` or `\r`.
        #[test]
        fn layout_by_runs_decides_as_before(t in "(( {0,4}|\t)?([a-z]{1,9} ){0,14}[a-z]{0,3}(\\.|,|!|\"|”|é)?( |\u{a0})?(\n|\n\n|\n \n|\r\n|\r\n\r\n|\r)){0,14}") {
            let lines = split(&t);
            proptest::prop_assert_eq!(layout(&t, &lines), layout_before(&t, &lines));
            for from in 0..lines.len() {
                proptest::prop_assert_eq!(layout(&t, &lines[from..]), layout_before(&t, &lines[from..]));
            }
        }
    }

    #[test]
    fn enough_lines_run_on_at_a_third_of_the_glued_ones() {
        // Runs of three and four lines (two and three glued each) where the first `k`
        // lines run on and the rest end a sentence: the count stops where it reaches a
        // third, and answers as the full count does on either side of it.
        for runs in 1..4 {
            for len in [3, 4] {
                for k in 0..=len {
                    let run: String = (0..len)
                        .map(|i| {
                            if i < k {
                                "words run on\n"
                            } else {
                                "It ends.\n"
                            }
                        })
                        .collect();
                    let text = vec![run; runs].join("\n");
                    let lines = split(&text);
                    let glued = runs * (len - 1);
                    let runs_on = runs * k.min(len - 1);
                    assert_eq!(
                        runs_on_enough(&text, &lines, glued),
                        runs_on * 3 >= glued,
                        "{text:?}"
                    );
                    assert_eq!(
                        layout(&text, &lines),
                        layout_before(&text, &lines),
                        "{text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn layout_by_runs_decides_as_before_on_the_samples() {
        let wire = "    BONN, May 3 - Prices rose in\nthe week, traders\nsaid.\n    They did\nnot say more.\n";
        let long = "A line that is long enough to stand past the wrap width that wire services keep to, and then some more words.\n";
        for text in [
            "",
            "\n\n",
            "One line.",
            "One.\n\nTwo.\n\nThree.",
            wire,
            &format!("{wire}\n{wire}"),
            &format!("{long}{long}"),
            &format!("{long}{wire}"),
            &format!("\n \n{wire}\n\n"),
            "a\nb\nc.\n\nd\ne",
            "a.\nb.\nc.",
        ] {
            let lines = split(text);
            for from in 0..=lines.len() {
                assert_eq!(
                    layout(text, &lines[from..]),
                    layout_before(text, &lines[from..]),
                    "{text:?} from line {from}"
                );
            }
        }
    }

    /// `group` as it was: the layout asked at every line, and the dateline's place and the
    /// start past it asked of every line.
    fn group_before(lines: &[Line], layout: Layout, dateline: Option<(usize, usize)>) -> Vec<Span> {
        let mut blocks = Vec::new();
        let mut current: Option<Span> = None;
        let mut after_blank = true;
        for line in lines {
            if line.is_blank() {
                after_blank = true;
                continue;
            }
            let start = match dateline {
                Some((at, body_from)) if at == line.content.start => body_from,
                _ => line.content.start,
            };
            if start >= line.content.end {
                after_blank = true;
                continue;
            }
            let new_block = after_blank || starts_paragraph(layout, line);
            after_blank = false;
            match current.as_mut() {
                Some(span) if !new_block => span.end = line.content.end,
                _ => {
                    if let Some(span) = current.replace(Span::new(start, line.content.end)) {
                        blocks.push(span);
                    }
                }
            }
        }
        blocks.extend(current);
        blocks
    }

    fn groups(lines: &[Line], layout: Layout, dateline: Option<(usize, usize)>) -> Vec<Span> {
        let mut blocks = Vec::new();
        group(lines, layout, dateline, |span| blocks.push(span));
        blocks
    }

    #[test]
    fn each_layout_groups_as_its_test_says() {
        let text = "    BONN, May 3 - Prices rose in\nthe week.\n Traders said so.\nThey did.\n\n  Another one\nruns on.\n";
        let lines = split(text);
        for layout in [Layout::LinePerParagraph, Layout::Wrapped, Layout::Indented] {
            for dateline in [
                None,
                Some((4, 18)),
                Some((4, 32)),
                Some((0, 0)),
                Some((5, 9)),
            ] {
                assert_eq!(
                    groups(&lines, layout, dateline),
                    group_before(&lines, layout, dateline),
                    "{layout:?}"
                );
            }
        }
    }

    proptest::proptest! {
        /// No dateline, or one at any line's start, its paragraph's text starting anywhere
        /// in that line, at its end or past it.
        #[test]
        fn groups_as_before(
            t in "(( {0,4}|\t)?[a-z]{0,6}( [a-z]{1,6}|\t[a-z]{1,6}){0,3}(\\.)?(\n|\n\n|\n \n|\r\n|\r\n\r\n)){0,10}",
        ) {
            let lines = split(&t);
            let mut datelines = vec![None];
            for l in &lines {
                for past in 0..=l.content.len() + 1 {
                    datelines.push(Some((l.content.start, l.content.start + past)));
                }
            }
            for layout in [Layout::LinePerParagraph, Layout::Wrapped, Layout::Indented] {
                for &dateline in &datelines {
                    proptest::prop_assert_eq!(
                        groups(&lines, layout, dateline),
                        group_before(&lines, layout, dateline)
                    );
                }
            }
        }
    }

    #[test]
    fn wrapped_without_indents() {
        let text = "The dry period means the temporao will be\nlate this year, traders said on Monday.\n\nArrivals rose.";
        assert_eq!(layout(text, &split(text)), Layout::Wrapped);
    }
}
