//! Lines of the input, found 64 bytes at a time: the unit every later rule works on.

use crate::Span;
use crate::masks::{self, BLOCK};

/// One line: where its text stands (line break excluded) and where its content (without
/// surrounding white space) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    /// The whole line without its line break.
    pub full: Span,
    /// The line without leading and trailing white space; empty for a blank line.
    pub content: Span,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.content.is_empty()
    }

    /// Bytes of white space before the content: wire copy indents a new paragraph.
    pub fn indent(&self) -> usize {
        self.content.start - self.full.start
    }

    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        &input[self.content.range()]
    }
}

/// Splits `input` at `\n`, `\r\n` and lone `\r`.
#[cfg(any(test, feature = "stages"))]
pub(crate) fn split(input: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    // No count of the control bytes: the text is searched for a `\r`.
    let _ = split_into(input, usize::MAX, &mut lines);
    lines
}

/// `split` into `lines`, emptied first: a list kept from text to text is not allocated
/// again for each. `controls` is the number of bytes of `input` below 0x20 or 0x7f, as
/// `input::check` counted them (another number costs a search of the text for a `\r`).
/// Returns whether those bytes are all line feeds the text was split at (false where that
/// is not known): the check left the search for a NUL to the caller of a text that may
/// hold one.
pub(crate) fn split_into(input: &str, controls: usize, lines: &mut Vec<Line>) -> bool {
    // Most texts break their lines with `\n` alone: the split looks for one byte, not two,
    // and skips the `\r\n` tests. A text whose control bytes are all the line feeds it was
    // split at holds no `\r`: the check's count of them tells nearly every text so, where a
    // search of the whole text for a `\r` cost about 0.15 instructions a byte and 30 a
    // text. Another text is searched, and split again if it holds a `\r`.
    let bytes = input.as_bytes();
    split_at::<false>(input, lines);
    // Every line but an unbroken last one ends at a line feed.
    let unbroken = usize::from(bytes.last().is_some_and(|&b| b != b'\n'));
    let feeds_only = lines.len().checked_sub(unbroken) == Some(controls);
    if !feeds_only && memchr::memchr(b'\r', bytes).is_some() {
        split_at::<true>(input, lines);
    }
    feeds_only
}

/// `split`, reading the places of the line breaks 64 bytes at a time as one bit a byte;
/// `CR` is false for a text known to hold no `\r`, whose breaks are all `\n` and need none
/// of the `\r\n` tests.
///
/// News lines are short (wire copy's run about 45 bytes): a memchr search a line, each
/// reading a vector or more past the line's end that the next search read again, cost
/// about 50 instructions a line; a block's mask costs about 18, and each break in it 3.
#[inline(always)]
fn split_at<const CR: bool>(input: &str, lines: &mut Vec<Line>) {
    let bytes = input.as_bytes();
    // A guess from the length, where a counting pass cost about 21 instructions a line:
    // news lines run 40 to 80 bytes, and a longer text grows the Vec a few times at most.
    lines.clear();
    renew(lines, bytes.len() / 32 + 4);
    let mut start = 0;
    let mut at = 0;
    while at < bytes.len() {
        let mask = masks::breaks_at::<CR>(bytes, at);
        take_breaks::<CR>(input, at, mask, &mut start, lines);
        at += BLOCK;
    }
    if start < bytes.len() {
        lines.push(line(input, start, bytes.len()));
    }
}

/// Pushes the lines that end at the breaks of `mask`, whose bit 0 is byte `base`; `start`
/// is where the next line starts.
#[inline(always)]
fn take_breaks<const CR: bool>(
    input: &str,
    base: usize,
    mut mask: u64,
    start: &mut usize,
    lines: &mut Vec<Line>,
) {
    let bytes = input.as_bytes();
    while mask != 0 {
        let brk = base + mask.trailing_zeros() as usize;
        mask &= mask - 1;
        if CR && brk < *start {
            continue; // the \n of a \r\n pair
        }
        lines.push(line(input, *start, brk));
        // One compare of two bytes: `\r\n` is one break.
        *start = brk + 1 + usize::from(CR && bytes.get(brk..brk + 2) == Some(b"\r\n"));
    }
}

/// Makes room for `want` entries in `list`, which the caller has emptied (a replaced list
/// keeps none of its entries): a list too small is replaced, not
/// grown, as growing copies its old entries, which are of no use; at twice its old size
/// at least, so that the texts that follow seldom need another.
#[inline]
pub(crate) fn renew<T>(list: &mut Vec<T>, want: usize) {
    if list.capacity() < want {
        replace(list, want);
    }
}

#[cold]
#[inline(never)]
fn replace<T>(list: &mut Vec<T>, want: usize) {
    *list = Vec::with_capacity(want.max(list.capacity() * 2));
}

#[inline]
fn line(input: &str, start: usize, end: usize) -> Line {
    // Bounded once at the line's end, so that the reads up to it ask no bound.
    let bytes = &input.as_bytes()[..end];
    let full = Span::new(start, end);
    let mut a = start;
    while a < end && bytes[a].is_ascii_whitespace() {
        // Wire copy indents each paragraph with four spaces: taken at once, where a byte at
        // a time cost about 35 instructions a paragraph.
        a += if bytes.get(a..a + 4) == Some(b"    ") {
            4
        } else {
            1
        };
    }
    if a == end {
        return Line {
            full,
            content: Span::new(end, end),
        };
    }
    // Most lines (wire copy's indented ones too) close with a visible ASCII byte and open
    // with one after their ASCII indent: nothing to trim at the end, and none of Unicode's
    // rules, which only a non-ASCII edge brings in.
    if bytes[a] < 0x80 && plain_edge(bytes[end - 1]) {
        return Line {
            full,
            content: Span::new(a, end),
        };
    }
    trimmed(input, start, end)
}

/// An ASCII byte that is no ASCII white space: the trim stops at it, both ways.
fn plain_edge(b: u8) -> bool {
    b < 0x80 && !b.is_ascii_whitespace()
}

#[inline(never)]
fn trimmed(input: &str, start: usize, end: usize) -> Line {
    let bytes = &input.as_bytes()[start..end];
    // ASCII white space first: only a line edged by a non-ASCII byte needs Unicode's rules.
    let lead = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let trail = bytes[lead..]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_whitespace())
        .count();
    let (mut a, mut b) = (start + lead, end - trail);
    if input.as_bytes().get(a).is_some_and(|&c| c >= 0x80)
        || (b > a && input.as_bytes()[b - 1] >= 0x80)
    {
        let s = &input[a..b];
        let body = s.trim_start();
        a += s.len() - body.len();
        b = a + body.trim_end().len();
    }
    Line {
        full: Span::new(start, end),
        content: Span::new(a, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<&str> {
        split(input).iter().map(|l| l.text(input)).collect()
    }

    #[test]
    fn splits_on_every_line_end() {
        assert_eq!(texts("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(texts("a\n\n  b  \n"), ["a", "", "b"]);
    }

    #[test]
    fn indent_counts_leading_white_space() {
        let input = "x\n    SALVADOR, Feb 26 - Showers";
        let lines = split(input);
        assert_eq!(lines[1].indent(), 4);
        assert!(lines[1].text(input).starts_with("SALVADOR"));
    }

    #[test]
    fn unicode_white_space_is_trimmed() {
        let input = "\u{a0}word\u{2003}";
        let lines = split(input);
        assert_eq!(lines[0].text(input), "word");
    }

    #[test]
    fn a_reused_list_holds_only_the_new_text() {
        let mut lines = Vec::new();
        split_into("one\ntwo\nthree\nfour", usize::MAX, &mut lines);
        split_into("  five\r\nsix", usize::MAX, &mut lines);
        assert_eq!(lines, split("  five\r\nsix"));
    }

    /// The splitter as it was before the shortcuts, with the full trim (`trimmed`, the old
    /// `line`) for every line, to compare with.
    fn split_before(input: &str) -> Vec<Line> {
        let bytes = input.as_bytes();
        let mut lines = Vec::new();
        let mut start = 0;
        for brk in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if brk < start {
                continue;
            }
            lines.push(trimmed(input, start, brk));
            start = if bytes[brk] == b'\r' && bytes.get(brk + 1) == Some(&b'\n') {
                brk + 2
            } else {
                brk + 1
            };
        }
        if start < bytes.len() {
            lines.push(trimmed(input, start, bytes.len()));
        }
        lines
    }

    #[test]
    fn edges_the_shortcut_must_leave_to_the_trim() {
        // A vertical tab is Unicode white space but no ASCII white space: it stays unless
        // a non-ASCII edge brings in Unicode's rules.
        for input in [
            "\u{b}word\u{b}",
            "\u{a0}\u{b}word",
            "word\u{b}\u{2028}",
            " word",
            "word\t",
            "\u{c}word\u{c}",
            "é",
            "word\u{3000}",
            "\u{85}",
            "\u{1}x\u{7f}",
            "  ",
            "\t\t",
            "   x",
            "   x ",
            "   \u{a0}x",
            "   x\u{a0}",
            "   \u{b}x",
            // four spaces are skipped at once, then a byte at a time
            "    x",
            "     x",
            "        x ",
            "    \tx",
            "    \u{b}x",
            "    \u{a0}x",
            "    ",
            "     ",
            "\t   x",
        ] {
            assert_eq!(split(input), split_before(input), "{input:?}");
        }
    }

    fn controls(input: &str) -> usize {
        input.bytes().filter(|&b| b < 0x20 || b == 0x7f).count()
    }

    #[test]
    fn the_control_count_tells_a_text_with_no_carriage_return() {
        // Texts whose control bytes are all line feeds keep the first split; any other
        // control byte (a `\r` among them, or a tab beside a `\r` elsewhere) asks for the
        // search, and a `\r` for the split again.
        let mut lines = Vec::new();
        for text in [
            "a\nb\n\nc",
            "a\nb\n",
            "a\r\nb\r\n",
            "a\rb\nc",
            "a\n\rb",
            "a\tb\nc",
            "a\tb\r\nc",
            "\x7f\nx\r",
            "x\r",
            "\r\n",
            "\n\n\n",
            "no break",
            "  indented\n\u{a0}é\r\u{2028}",
        ] {
            split_into(text, controls(text), &mut lines);
            assert_eq!(lines, split_before(text), "{text:?}");
        }
    }

    #[test]
    fn breaks_at_every_place_around_the_blocks() {
        // Each break (and each `\r\n` pair, split across two blocks or not) at every
        // place of texts that end in a tail, fill whole blocks, or are shorter than one.
        let mut lines = Vec::new();
        for len in [1, 63, 64, 65, 127, 128, 130, 200] {
            for at in 0..len {
                for brk in ["\n", "\r\n", "\r", "\n\n"] {
                    let mut text = "x".repeat(len);
                    text.replace_range(at..at + 1, brk);
                    split_into(&text, controls(&text), &mut lines);
                    assert_eq!(lines, split_before(&text), "{text:?}");
                    assert_eq!(split(&text), split_before(&text), "{text:?}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_splits_as_before(t in "[ a.\t\n\r\u{b}\u{c}\u{1c}\u{85}\u{a0}\u{e9}\u{1680}\u{2000}-\u{200b}\u{2028}\u{2029}\u{3000}日]{0,60}") {
            proptest::prop_assert_eq!(split(&t), split_before(&t));
            let mut list = Vec::new();
            split_into(&t, controls(&t), &mut list);
            proptest::prop_assert_eq!(list, split_before(&t));
        }

        /// Texts with no `\r`, which take the search for `\n` alone.
        #[test]
        fn line_feed_texts_split_as_before(t in "[ a.\t\n\u{b}\u{a0}\u{e9}\u{2028}]{0,200}") {
            proptest::prop_assert_eq!(split(&t), split_before(&t));
            let mut list = Vec::new();
            split_into(&t, controls(&t), &mut list);
            proptest::prop_assert_eq!(list, split_before(&t));
        }

        #[test]
        fn wrapped_lines_split_as_before(t in "(( {0,4}|\t|\u{a0})[a-z,.]{1,12}( [a-z,.]{1,12}){0,6}( |\t|\u{a0})?(\n|\r\n|\r|\n\n)){0,12}") {
            proptest::prop_assert_eq!(split(&t), split_before(&t));
            let mut list = Vec::new();
            split_into(&t, controls(&t), &mut list);
            proptest::prop_assert_eq!(list, split_before(&t));
        }
    }
}
