//! Membership tests over the lexicon's word lists, for the rules that ask about every word
//! near every quote or at the start of every line: a screen by length with first and last
//! letter, and a hash table for the lists asked most. Also the character, word and
//! line-end tests those rules share.

/// The lengths with the first and with the last letters (ASCII case aside) of a word
/// list's words. A word that shares them with no listed word is none of them: most words
/// asked about are turned away with two look-ups, before the list is compared word by
/// word or hashed. (Of the words polnear's attribution asks the speech verbs about, the
/// length and first letter let 65% through to the hash table; with the last letter, 50%.)
#[derive(Debug, Clone)]
pub(crate) struct Shapes {
    first: [u64; 32],
    last: [u64; 32],
}

impl Shapes {
    pub(crate) fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Shapes {
        let mut shapes = Shapes {
            first: [0; 32],
            last: [0; 32],
        };
        for w in words {
            let (first, last, bit) = Shapes::key(w.as_bytes());
            shapes.first[first] |= bit;
            shapes.last[last] |= bit;
        }
        shapes
    }

    /// The first and last letters' rows, and the length's bit in them (the last bit for
    /// any length from 63 on). Letters that differ in ASCII case only share their low five
    /// bits.
    fn key(w: &[u8]) -> (usize, usize, u64) {
        let row = |b: Option<&u8>| usize::from(b.map_or(0, |b| b & 31));
        (row(w.first()), row(w.last()), 1 << w.len().min(63))
    }

    /// Whether `w` may be a listed word, compared with or without ASCII case.
    #[inline]
    pub(crate) fn admit(&self, w: &str) -> bool {
        self.admit_bytes(w.as_bytes())
    }

    #[inline]
    pub(crate) fn admit_bytes(&self, w: &[u8]) -> bool {
        let (first, last, bit) = Shapes::key(w);
        self.first[first] & self.last[last] & bit != 0
    }
}

/// A finer screen than `Shapes` for a long list asked about most words of a text (the
/// speech verbs): one bit for each hash of a word's length and its first two and last two
/// letters (ASCII case aside). Of the words of polnear, `Shapes` lets 44% through to the
/// speech verbs' table; the two letters at each end and the length, 10% (3% are verbs).
#[derive(Debug, Clone)]
pub(crate) struct Edges {
    bits: [u64; EDGE_BITS / 64],
}

/// 8,192 bits, 1 KB: a few hundred words set about one bit in sixteen.
const EDGE_BITS: usize = 1 << 13;

impl Edges {
    pub(crate) fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Edges {
        let mut edges = Edges {
            bits: [0; EDGE_BITS / 64],
        };
        for w in words {
            let k = Edges::bit(w.as_bytes());
            if let Some(b) = edges.bits.get_mut(k / 64) {
                *b |= 1 << (k % 64);
            }
        }
        edges
    }

    /// Whether `w` may be a listed word, in any ASCII case.
    #[inline]
    pub(crate) fn admit(&self, w: &[u8]) -> bool {
        let k = Edges::bit(w);
        self.bits
            .get(k / 64)
            .is_some_and(|b| b & (1 << (k % 64)) != 0)
    }

    /// The bit of `w`: letters that differ in ASCII case only share their low five bits.
    #[inline]
    fn bit(w: &[u8]) -> usize {
        let (Some(&a), Some(&z)) = (w.first(), w.last()) else {
            return 0;
        };
        let b = w.get(1).copied().unwrap_or(a);
        let y = w
            .len()
            .checked_sub(2)
            .and_then(|i| w.get(i))
            .copied()
            .unwrap_or(z);
        let key = u64::from(a & 31)
            | u64::from(b & 31) << 5
            | u64::from(y & 31) << 10
            | u64::from(z & 31) << 15
            | (w.len().min(63) as u64) << 20;
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - EDGE_BITS.trailing_zeros())) as usize
    }
}

/// Lower-case word lists in an open-addressing table: a look-up is one short hash and a
/// compare or two, where a scan of the list costs a compare per word, and most words are
/// turned away by their shape before any hashing.
#[derive(Debug, Clone)]
pub(crate) struct WordTable {
    slots: Vec<&'static str>,
    shapes: Shapes,
}

impl WordTable {
    pub(crate) fn new(words: &[&'static str]) -> WordTable {
        WordTable::from_lists(&[words])
    }

    pub(crate) fn from_lists(lists: &[&[&'static str]]) -> WordTable {
        let len: usize = lists.iter().map(|l| l.len()).sum();
        let size = (len * 4).next_power_of_two();
        let mut slots = vec![""; size];
        for &w in lists.iter().copied().flatten() {
            let i = slot_for(&slots, hash_folded(w.as_bytes()), |s| {
                s.is_empty() || *s == w
            });
            slots[i] = w;
        }
        let shapes = Shapes::of(lists.iter().copied().flatten().copied());
        WordTable { slots, shapes }
    }

    /// Whether `w` is in the table as written.
    pub(crate) fn contains(&self, w: &str) -> bool {
        let w = w.as_bytes();
        self.shapes.admit_bytes(w) && self.find(hash_folded(w), |listed| listed == w)
    }

    /// Whether `w` is in the table in any ASCII case, as `eq_ignore_ascii_case` would
    /// find it in the list (the tables hold lower-case words). Hashed and compared folded
    /// as it is read, never copied.
    #[inline]
    pub(crate) fn contains_any_case(&self, w: &str) -> bool {
        let w = w.as_bytes();
        self.may_hold_any_case(w) && self.holds_any_case(w)
    }

    /// `contains_any_case` past its screen, out of line: the screen turns most words away
    /// where they are asked, with no call.
    #[inline(never)]
    fn holds_any_case(&self, w: &[u8]) -> bool {
        self.find(hash_folded(w), |listed| folds_to(w, listed))
    }

    /// Whether a listed word that `is` accepts stands in the probe run starting at `hash`.
    fn find(&self, hash: usize, is: impl Fn(&[u8]) -> bool) -> bool {
        let i = slot_for(&self.slots, hash, |s| s.is_empty() || is(s.as_bytes()));
        !self.slots[i].is_empty()
    }

    /// Whether a word of `w`'s length and first letter, in any ASCII case, is in the table
    /// at all: most words are turned away here, before they are hashed.
    #[inline]
    pub(crate) fn may_hold_any_case(&self, w: &[u8]) -> bool {
        self.shapes.admit_bytes(w)
    }
}

/// A word list with a value for each word, asked in any ASCII case: a hash table in place
/// of comparing the list word by word. Of two words equal in any case, the first listed
/// counts, as it would in a scan of the list.
#[derive(Debug, Clone)]
pub(crate) struct WordMap<V: 'static> {
    slots: Vec<Option<(&'static str, V)>>,
    shapes: Shapes,
}

impl<V: Copy> WordMap<V> {
    pub(crate) fn new(pairs: impl IntoIterator<Item = (&'static str, V)> + Clone) -> WordMap<V> {
        let len = pairs.clone().into_iter().count();
        let size = (len * 4).next_power_of_two();
        let mut slots: Vec<Option<(&'static str, V)>> = vec![None; size];
        for (w, v) in pairs.clone() {
            let i = slot_for(&slots, hash_folded(w.as_bytes()), |s| {
                s.is_none_or(|(k, _)| k.eq_ignore_ascii_case(w))
            });
            // of two words equal in any case, the first listed keeps its slot
            slots[i].get_or_insert((w, v));
        }
        let shapes = Shapes::of(pairs.into_iter().map(|(w, _)| w));
        WordMap { slots, shapes }
    }

    /// The value of the listed word equal to `w` in any ASCII case.
    pub(crate) fn get_any_case(&self, w: &str) -> Option<V> {
        if !self.shapes.admit(w) {
            return None;
        }
        let i = slot_for(&self.slots, hash_folded(w.as_bytes()), |s| {
            s.is_none_or(|(k, _)| k.eq_ignore_ascii_case(w))
        });
        self.slots[i].map(|(_, v)| v)
    }
}

/// The first slot of the probe run from `hash` that `stop` accepts, in an open-addressing
/// table whose length is a power of two with an empty slot at least (`stop` accepts empty
/// slots): where a word stands, or where it would be put. Inlined, so that every look-up
/// keeps the loop it had before the tables shared it.
#[inline(always)]
fn slot_for<T>(slots: &[T], hash: usize, stop: impl Fn(&T) -> bool) -> usize {
    let mask = slots.len() - 1;
    let mut i = hash & mask;
    while !stop(&slots[i]) {
        i = (i + 1) & mask;
    }
    i
}

/// `char::is_alphanumeric`, with the blocks news text is written in settled without the
/// search of Unicode's tables that a character beyond ASCII costs (about 700 instructions):
/// the General Punctuation block (curly quotes, dashes, ellipses stand around every
/// quote), CJK brackets and emoji, none of them letters; accented Latin, Cyrillic, Arabic,
/// kana, Hangul and CJK ideographs, all of them letters. A test checks every character
/// against the standard library.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        false
    } else {
        beyond_ascii_is_alphanumeric(c)
    }
}

/// Out of line, so that the inlined test stays as small as it was for ASCII text.
#[inline(never)]
fn beyond_ascii_is_alphanumeric(c: char) -> bool {
    match c {
        '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' | '\u{1F300}'..='\u{1FAFF}' => false,
        '\u{C0}'..='\u{D6}'
        | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{24F}'
        | '\u{400}'..='\u{481}'
        | '\u{621}'..='\u{64A}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// The quotation marks and bracket that may close a sentence after its stop.
pub(crate) const CLOSING_MARKS: [char; 5] = ['"', '”', '\'', '’', ')'];

/// The first bytes of the words of `list`, as a table a byte indexes (a word list's cheapest
/// screen). An empty word stops the build: it has no first byte.
pub(crate) const fn first_bytes(list: &[&str]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut k = 0;
    while k < list.len() {
        table[list[k].as_bytes()[0] as usize] = true;
        k += 1;
    }
    table
}

/// Whether `text` ends with one of the ASCII `stops`, past any closing `marks` (quotes,
/// brackets). Most texts end in a letter, a digit or a stop, and are settled by their last
/// byte without trimming.
#[inline]
pub(crate) fn ends_with_stop(text: &str, stops: &[u8], marks: &[char]) -> bool {
    match text.as_bytes().last() {
        None => false,
        Some(b) if stops.contains(b) => true,
        Some(&b) if b.is_ascii() && !marks.contains(&char::from(b)) => false,
        Some(_) => text
            .trim_end_matches(marks)
            .as_bytes()
            .last()
            .is_some_and(|b| stops.contains(b)),
    }
}

/// Whether the ASCII byte `b` is white space as `char::is_whitespace` has it: tab, line
/// feed, vertical tab, form feed, carriage return and space (`u8::is_ascii_whitespace`
/// leaves the vertical tab out).
pub(crate) const fn is_ascii_blank(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// `str::trim_start`, with the ASCII white space skipped byte by byte: the text after a
/// quote's mark or a full stop is trimmed for its first character, mostly past one space,
/// where the standard library's trim decoded each character (about 30 instructions a
/// call). Past the ASCII blanks, a byte beyond ASCII is trimmed as the standard library does.
pub(crate) fn trim_start(text: &str) -> &str {
    let b = text.as_bytes();
    let blanks = b.iter().take_while(|&&c| is_ascii_blank(c)).count();
    let rest = text.get(blanks..).unwrap_or_default();
    match b.get(blanks) {
        Some(c) if !c.is_ascii() => rest.trim_start(),
        _ => rest,
    }
}

/// Whether `text` opens with `prefix`, ASCII letters in any case: compared as bytes, since
/// no character beyond ASCII lower-cases to an ASCII letter of the lists it is asked with.
pub(crate) fn opens_with_any_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// `str::trim_end`, with the ASCII white space skipped byte by byte, as `trim_start`.
pub(crate) fn trim_end(text: &str) -> &str {
    let b = text.as_bytes();
    let blanks = b.iter().rev().take_while(|&&c| is_ascii_blank(c)).count();
    let rest = text.get(..b.len() - blanks).unwrap_or_default();
    match rest.as_bytes().last() {
        Some(c) if !c.is_ascii() => rest.trim_end(),
        _ => rest,
    }
}

/// The words of `text` between white space, as `str::split_whitespace` finds them, read
/// from the bytes: the standard library decodes every character to ask whether it is
/// white space, and the rules count and compare the words of every quote and mention.
pub(crate) fn split_whitespace(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator of `split_whitespace`.
#[derive(Debug, Clone)]
pub(crate) struct Words<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        // past the white space before the word
        loop {
            let n = match WHITE[usize::from(*bytes.get(self.at)?)] {
                White::No => break,
                White::Yes => 1,
                White::Maybe => white_at(self.text, self.at),
            };
            if n == 0 {
                break;
            }
            self.at += n;
        }
        let start = self.at;
        // a byte that starts no white space is passed by itself: continuation bytes never do
        self.at += 1;
        while let Some(&b) = bytes.get(self.at) {
            match WHITE[usize::from(b)] {
                White::No => {}
                White::Yes => break,
                White::Maybe if white_at(self.text, self.at) != 0 => break,
                White::Maybe => {}
            }
            self.at += 1;
        }
        self.text.get(start..self.at)
    }
}

/// Whether a byte starts white space: an ASCII one does or does not, and of the others only
/// the lead bytes that `white_at` decodes may. One look-up a byte, where a word's bytes
/// were each asked whether they are ASCII and then compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum White {
    No,
    Yes,
    Maybe,
}

const WHITE: [White; 256] = {
    let mut table = [White::No; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if is_ascii_blank(byte) {
            table[b] = White::Yes;
        } else if matches!(byte, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
            table[b] = White::Maybe;
        }
        b += 1;
    }
    table
};

/// The last word of `text`: what follows its last white space character (empty when it
/// ends with one), as `text.rsplit(char::is_whitespace).next()` finds it. Read from the
/// bytes while they are ASCII, since the rules ask it of the word before every full stop
/// near a quote; a byte beyond ASCII hands the question to the standard library.
pub(crate) fn last_word(text: &str) -> &str {
    let b = text.as_bytes();
    let mut start = b.len();
    while let Some(&c) = start.checked_sub(1).and_then(|i| b.get(i)) {
        if !c.is_ascii() {
            return text.rsplit(char::is_whitespace).next().unwrap_or("");
        }
        if is_ascii_blank(c) {
            break;
        }
        start -= 1;
    }
    &text[start..]
}

/// The length of the white space character at byte `i` of `text`, or 0. Beyond ASCII only
/// the lead bytes `C2` (U+0085, U+00A0), `E1` (U+1680), `E2` (U+2000 to U+205F) and `E3`
/// (U+3000) start one, and only those are decoded; any of them stands at a character's
/// start, so the slice there is valid.
#[inline]
fn white_at(text: &str, i: usize) -> usize {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        return usize::from(is_ascii_blank(b));
    }
    if !matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
        return 0;
    }
    text[i..]
        .chars()
        .next()
        .filter(|c| c.is_whitespace())
        .map_or(0, char::len_utf8)
}

/// A hash of a word that is the same in any ASCII case: its bytes with their `0x20` bit
/// set (which makes capitals small letters), the first eight and the last eight read as
/// two words (of a shorter word, the first and last four, or three of its bytes) and mixed
/// by one multiply. FNV-1a multiplied once per byte, each multiply waiting for the one
/// before; a loop over a short word's bytes cost about as much as the rest of the look-up.
fn hash_folded(w: &[u8]) -> usize {
    const FOLD: u64 = 0x2020_2020_2020_2020;
    let (head, tail) = match w.first_chunk::<8>() {
        Some(head) => {
            let tail = w.last_chunk::<8>().copied().unwrap_or(*head);
            (
                u64::from_le_bytes(*head) | FOLD,
                u64::from_le_bytes(tail) | FOLD,
            )
        }
        // shorter words as their first and last four bytes, or first and last two and the
        // middle one, which overlap: no loop over the bytes
        None => match w.first_chunk::<4>() {
            Some(head) => {
                let tail = w.last_chunk::<4>().copied().unwrap_or(*head);
                let fold = |b: [u8; 4]| u64::from(u32::from_le_bytes(b) | 0x2020_2020);
                (fold(*head) | fold(tail) << 32, 0)
            }
            None => {
                let byte = |i: usize| u64::from(w.get(i).map_or(0, |b| b | 0x20));
                (
                    byte(0) | byte(w.len() / 2) << 8 | byte(w.len().wrapping_sub(1)) << 16,
                    0,
                )
            }
        },
    };
    let x = head ^ tail.rotate_left(31) ^ (w.len() as u64);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize
}

/// Whether `w` lower-cased (ASCII letters only) is `lower`.
pub(crate) fn folds_to(w: &[u8], lower: &[u8]) -> bool {
    w.len() == lower.len()
        && w.iter()
            .zip(lower)
            .all(|(a, b)| a.to_ascii_lowercase() == *b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_agree_with_the_standard_library() {
        let blanks = [
            "",
            " ",
            "\t\n ",
            "\u{a0}",
            " \u{2003}",
            "\u{3000} ",
            "\u{85}",
            "\r\u{2028}",
        ];
        let cores = ["", "x", "é", "“x", "x\u{200b}", "- ", ".\u{a0}."];
        for a in blanks {
            for core in cores {
                for z in blanks {
                    let text = format!("{a}{core}{z}");
                    assert_eq!(trim_start(&text), text.trim_start(), "{text:?}");
                    assert_eq!(trim_end(&text), text.trim_end(), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn alphanumeric_answers_as_the_standard_library_does_for_every_character() {
        let differ: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_alphanumeric(c) != c.is_alphanumeric())
            .collect();
        assert_eq!(differ, Vec::<char>::new());
        assert!(!is_alphanumeric('’') && !is_alphanumeric('“') && is_alphanumeric('é'));
        assert!(is_alphanumeric('新') && is_alphanumeric('ق') && is_alphanumeric('Ж'));
        assert!(!is_alphanumeric('「') && !is_alphanumeric('🙂') && !is_alphanumeric('×'));
    }

    #[test]
    fn the_white_byte_table_lets_every_white_space_character_through() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            let class = WHITE[usize::from(lead)];
            if c.is_ascii() {
                assert_eq!(class == White::Yes, c.is_whitespace(), "{c:?}");
            } else if c.is_whitespace() {
                assert_eq!(class, White::Maybe, "{c:?}");
            }
        }
    }

    #[test]
    fn words_split_at_white_space_as_the_standard_library_splits_them() {
        let white: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        // every white space character, between and around words of several scripts
        let mut texts = vec![
            String::new(),
            " ".into(),
            "one".into(),
            "  two  words ".into(),
            "a\u{b}b\u{1c}c\u{85}d\u{a0}e\u{2028}f\u{3000}g\u{200b}h".into(),
            "caf\u{e9} \u{201c}quoted\u{201d}\u{2003}\u{1680}\u{e1}\u{2009}\u{e3}".into(),
        ];
        for &w in &white {
            texts.push(format!("{w}x{w}{w}é{w}日本{w}"));
        }
        for t in &texts {
            assert_eq!(
                split_whitespace(t).collect::<Vec<_>>(),
                t.split_whitespace().collect::<Vec<_>>(),
                "{t:?}"
            );
        }
        assert_eq!(white.len(), 25);
    }

    #[test]
    fn last_word_is_the_standard_librarys_last_piece() {
        fn last(t: &str) -> &str {
            t.rsplit(char::is_whitespace).next().unwrap_or("")
        }
        let white: Vec<char> = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        let mut texts: Vec<String> = [
            "",
            " ",
            "word",
            "two words",
            "ends ",
            "a\u{b}U.S",
            "x\u{1c}y",
        ]
        .map(String::from)
        .into();
        for &w in &white {
            texts.push(format!("said{w}Jan"));
            texts.push(format!("caf\u{e9}{w}Jos\u{e9}"));
            texts.push(format!("one{w}"));
        }
        for t in &texts {
            assert_eq!(last_word(t), last(t), "{t:?}");
        }
        assert_eq!(last_word("the U.S"), "U.S");
        assert_eq!(last_word("a\u{b}b"), "b");
    }

    proptest::proptest! {
        #[test]
        fn any_text_has_the_standard_librarys_last_word(t in "[ a.\t\n\u{b}\u{1c}\u{85}\u{a0}\u{e9}\u{1680}\u{2000}-\u{2030}\u{3000}日]{0,30}") {
            proptest::prop_assert_eq!(last_word(&t), t.rsplit(char::is_whitespace).next().unwrap_or(""));
        }

        #[test]
        fn any_text_splits_into_the_standard_librarys_words(t in "[ a\t\n\u{b}\u{85}\u{a0}\u{c2}\u{e9}\u{1680}\u{2000}-\u{2030}\u{3000}\u{3001}日]{0,40}") {
            proptest::prop_assert_eq!(
                split_whitespace(&t).collect::<Vec<_>>(),
                t.split_whitespace().collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn word_maps_find_their_words_in_any_case_and_keep_the_first_of_equals() {
        let map = WordMap::new([("March", 3), ("Sept.", 9), ("MARCH", 30), ("AP", 1)]);
        assert_eq!(map.get_any_case("march"), Some(3));
        assert_eq!(map.get_any_case("MARCH"), Some(3));
        assert_eq!(map.get_any_case("sept."), Some(9));
        assert_eq!(map.get_any_case("Ap"), Some(1));
        for w in ["Marc", "Marches", "Sept", "", "Bloomberg"] {
            assert_eq!(map.get_any_case(w), None, "{w}");
        }
    }

    #[test]
    fn shapes_admit_the_listed_words_in_any_case() {
        let shapes = Shapes::of(["March", "Sept.", "AP"]);
        for w in ["March", "MARCH", "march", "sept.", "ap", "Ap"] {
            assert!(shapes.admit(w), "{w}");
        }
        for w in ["Marc", "Marches", "Bloomberg", ""] {
            assert!(!shapes.admit(w), "{w}");
        }
        // a listed word's first letter and length, with a last letter that no listed word
        // of that length has
        for w in ["Marcp", "septx", "Aq"] {
            assert!(!shapes.admit(w), "{w}");
        }
        assert!(shapes.admit("mARCh") && shapes.admit("SEPT.") && shapes.admit("aP"));
    }

    #[test]
    fn edges_admit_the_listed_words_in_any_case() {
        let listed = ["said", "told", "according", "a", "it's", "co-signed"];
        let edges = Edges::of(listed);
        for w in listed {
            let capital = w[..1].to_uppercase() + &w[1..];
            for form in [w.to_string(), w.to_uppercase(), capital] {
                assert!(edges.admit(form.as_bytes()), "{form}");
            }
        }
        // words that share a listed word's length and first and last letters, and others
        let unlisted = [
            "sand", "teld", "a-", "and", "that", "with", "would", "people",
        ];
        let admitted: Vec<&str> = unlisted
            .into_iter()
            .filter(|w| edges.admit(w.as_bytes()))
            .collect();
        assert!(admitted.is_empty(), "{admitted:?}");
    }

    #[test]
    fn tables_find_their_words_as_written_and_in_any_case() {
        let table = WordTable::from_lists(&[&["said", "told"], &["according"]]);
        assert!(table.contains("said") && table.contains("according"));
        assert!(!table.contains("Said") && !table.contains("sai"));
        assert!(table.contains_any_case("SAID") && table.contains_any_case("Told"));
        assert!(!table.contains_any_case("saidx") && !table.contains_any_case(""));
        // words of eight bytes and more hash by their first and last eight
        let long = WordTable::new(&["spokeswoman", "notwithstanding", "longer"]);
        assert!(long.contains_any_case("SpokesWoman") && long.contains_any_case("NOTWITHSTANDING"));
        assert!(long.contains("longer") && !long.contains("Longer"));
        assert!(!long.contains_any_case("spokeswomen") && !long.contains_any_case("spokes"));
        let long = "a".repeat(40);
        assert!(!table.contains_any_case(&long));
        // words of every length up to eight, in any case
        let short = WordTable::new(&["a", "of", "the", "said", "quote", "quoted", "replied"]);
        for w in [
            "A", "OF", "Of", "THE", "tHe", "SAID", "Quote", "QUOTED", "RePlied",
        ] {
            assert!(short.contains_any_case(w), "{w}");
        }
        for w in ["", "b", "off", "th", "sad", "quota", "quotes", "replies"] {
            assert!(!short.contains_any_case(w), "{w}");
        }
    }
}
