//! Lines of the input, found 64 bytes at a time: the unit every later rule works on.

use crate::Span;
use crate::masks::{self, BLOCK, Others};

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
    split_into(input, &mut lines);
    lines
}

/// `split` into `lines`, emptied first: a list kept from text to text is not allocated
/// again for each.
#[cfg(any(test, feature = "stages"))]
pub(crate) fn split_into(input: &str, lines: &mut Vec<Line>) {
    // Most texts break their lines with `\n` alone: the split looks for one byte, not two,
    // and skips the `\r\n` tests.
    if !resplit_at_returns(input, lines) {
        split_at::<false>(input, lines);
    }
}

/// `split` into `lines`, emptied first, of a text that holds a `\r`; returns whether it
/// does. A text `split_plain` found other control bytes in keeps its lines where it holds
/// none (tabs, say): they were split at its line feeds alone, as they stand.
pub(crate) fn resplit_at_returns(input: &str, lines: &mut Vec<Line>) -> bool {
    let returns = memchr::memchr(b'\r', input.as_bytes()).is_some();
    if returns {
        split_at::<true>(input, lines);
    }
    returns
}

/// `split` of a text into `lines`, emptied first, for a text whose bytes below 0x20 or 0x7f
/// are all line feeds (returns whether they were): the split reads them with the line
/// feeds, and the text then needs no check of its own (`input::check_controls`), which cost
/// a pass over its bytes, the first from memory, and no search for a `\r`. Another text is
/// split again where it holds a `\r` (`resplit_at_returns`).
pub(crate) fn split_plain(input: &str, lines: &mut Vec<Line>) -> bool {
    let bytes = input.as_bytes();
    let mut others = Others::default();
    split_by::<false>(input, lines, |at| {
        let (feeds, more) = masks::feeds_and_others_at(bytes, at);
        others |= more;
        feeds
    });
    !others.any()
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
    split_by::<CR>(input, lines, |at| masks::breaks_at::<CR>(bytes, at));
}

/// Splits `input` into `lines` at the breaks `breaks_at` finds in each block of 64 bytes
/// (`\r\n` pairs and lone `\r` among them when `CR`).
#[inline(always)]
fn split_by<const CR: bool>(
    input: &str,
    lines: &mut Vec<Line>,
    mut breaks_at: impl FnMut(usize) -> u64,
) {
    let bytes = input.as_bytes();
    // A guess from the length, where a counting pass cost about 21 instructions a line:
    // news lines run 40 to 80 bytes, and a longer text grows the Vec a few times at most.
    lines.clear();
    renew(lines, bytes.len() / 32 + 4);
    let mut start = 0;
    let mut at = 0;
    while at < bytes.len() {
        let mask = breaks_at(at);
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
    let (a, b) = content(input, start, end);
    Line {
        full: Span::new(start, end),
        content: Span::new(a, b),
    }
}

/// The bounds of the content of the line from `start` to `end`, returned in two registers.
/// A `Line` returned by these paths was built on the stack and copied into the list in
/// 16-byte halves, each load waiting on the 8-byte stores that built it.
#[inline]
fn content(input: &str, start: usize, end: usize) -> (usize, usize) {
    // Bounded once at the line's end, so that the reads up to it ask no bound.
    let bytes = &input.as_bytes()[..end];
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
        return (end, end);
    }
    // Most lines (wire copy's indented ones too) close with a visible ASCII byte and open
    // with one after their ASCII indent: nothing to trim at the end, and none of Unicode's
    // rules, which only a non-ASCII edge brings in.
    if bytes[a] < 0x80 && plain_edge(bytes[end - 1]) {
        return (a, end);
    }
    trimmed(input, start, end)
}

/// An ASCII byte that is no ASCII white space: the trim stops at it, both ways.
fn plain_edge(b: u8) -> bool {
    b < 0x80 && !b.is_ascii_whitespace()
}

#[inline(never)]
fn trimmed(input: &str, start: usize, end: usize) -> (usize, usize) {
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
    (a, b)
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
        split_into("one\ntwo\nthree\nfour", &mut lines);
        split_into("  five\r\nsix", &mut lines);
        assert_eq!(lines, split("  five\r\nsix"));
    }

    fn trimmed_line(input: &str, start: usize, end: usize) -> Line {
        let (a, b) = trimmed(input, start, end);
        Line {
            full: Span::new(start, end),
            content: Span::new(a, b),
        }
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
            lines.push(trimmed_line(input, start, brk));
            start = if bytes[brk] == b'\r' && bytes.get(brk + 1) == Some(&b'\n') {
                brk + 2
            } else {
                brk + 1
            };
        }
        if start < bytes.len() {
            lines.push(trimmed_line(input, start, bytes.len()));
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

    #[test]
    fn a_text_with_other_control_bytes_is_split_again() {
        // Texts whose control bytes are all line feeds keep the plain split; any other
        // control byte (a `\r` among them, or a tab beside a `\r` elsewhere) asks for the
        // split again, as the parse does.
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
            if !split_plain(text, &mut lines) {
                resplit_at_returns(text, &mut lines);
            }
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
                    split_into(&text, &mut lines);
                    assert_eq!(lines, split_before(&text), "{text:?}");
                    assert_eq!(split(&text), split_before(&text), "{text:?}");
                }
            }
        }
    }

    /// What `split_plain` must do with `text`: split it as before when its control bytes
    /// are all line feeds, and say when they are not.
    fn assert_plain_split(text: &str, lines: &mut Vec<Line>) {
        let plain = text.bytes().all(|b| b == b'\n' || !(b < 0x20 || b == 0x7f));
        assert_eq!(split_plain(text, lines), plain, "{text:?}");
        if plain {
            assert_eq!(*lines, split_before(text), "{text:?}");
        }
    }

    #[test]
    fn a_plain_split_tells_every_other_control_byte_at_every_place() {
        let mut lines = Vec::new();
        for len in [1, 2, 63, 64, 65, 127, 128, 130, 200] {
            for at in 0..len {
                for byte in ["\n", "\r", "\t", "\0", "\x7f", "\x01", "\x1f", " ", "é"] {
                    let mut text = "x\n".repeat(len).split_at(len).0.to_string();
                    if text.is_char_boundary(at + 1) {
                        text.replace_range(at..at + 1, byte);
                    }
                    assert_plain_split(&text, &mut lines);
                }
            }
        }
        assert_plain_split("", &mut lines);
        assert!(lines.is_empty());
    }

    proptest::proptest! {
        #[test]
        fn a_plain_split_splits_as_before(t in "[ a.\t\n\r\0\u{7f}\u{b}\u{a0}\u{e9}\u{2028}]{0,150}") {
            assert_plain_split(&t, &mut Vec::new());
        }

        #[test]
        fn any_text_splits_as_before(t in "[ a.\t\n\r\u{b}\u{c}\u{1c}\u{85}\u{a0}\u{e9}\u{1680}\u{2000}-\u{200b}\u{2028}\u{2029}\u{3000}日]{0,60}") {
            proptest::prop_assert_eq!(split(&t), split_before(&t));
            let mut list = Vec::new();
            split_into(&t, &mut list);
            proptest::prop_assert_eq!(list, split_before(&t));
            // as the parse splits it
            let mut list = Vec::new();
            if !split_plain(&t, &mut list) {
                resplit_at_returns(&t, &mut list);
            }
            proptest::prop_assert_eq!(list, split_before(&t));
        }

        /// Texts with no `\r`, which take the search for `\n` alone.
        #[test]
        fn line_feed_texts_split_as_before(t in "[ a.\t\n\u{b}\u{a0}\u{e9}\u{2028}]{0,200}") {
            proptest::prop_assert_eq!(split(&t), split_before(&t));
            let mut list = Vec::new();
            split_into(&t, &mut list);
            proptest::prop_assert_eq!(list, split_before(&t));
        }

        #[test]
        fn wrapped_lines_split_as_before(t in "(( {0,4}|\t|\u{a0})[a-z,.]{1,12}( [a-z,.]{1,12}){0,6}( |\t|\u{a0})?(\n|\r\n|\r|\n\n)){0,12}") {
            proptest::prop_assert_eq!(split(&t), split_before(&t));
            let mut list = Vec::new();
            split_into(&t, &mut list);
            proptest::prop_assert_eq!(list, split_before(&t));
        }
    }
}
