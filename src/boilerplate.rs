//! Boilerplate: the share lines, promos, notices, credits and stray fragments that scraped
//! news text carries around the article, each classified by kind.

use std::sync::LazyLock;

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, Match, MatchKind, StartKind,
    automaton::{Automaton, OverlappingState, StateID},
    dfa::DFA,
};

use crate::BoilerplateKind;
use crate::dateline;
use crate::headline;
use crate::lexicon::{
    ARTICLES, Anchor, BIO_ROLES, BOILERPLATE_PHRASES, CREDIT_LABELS, NOTE_VERBS, PAGE_LABELS,
    PHOTO_CREDITS, READER_WORDS, SLUG_CYCLES, SOCIAL_WORDS, STAMP_LABELS, STAMP_WORDS,
};
use crate::masks::{self, BLOCK, WordClasses};
use crate::words::{
    CLOSING_MARKS, ends_with_stop, is_alphanumeric, is_ascii_blank, opens_with_any_case,
    split_whitespace,
};

/// The phrase lexicon compiled once, split by where a phrase must stand so that no search
/// walks a block further than it has to.
#[derive(Debug, Clone)]
pub(crate) struct Phrases {
    /// Phrases that open the block (`Whole`, `Start`, `Label`): found overlapping, anchored
    /// where the block's text starts, so a search stops at the first byte no phrase takes.
    opening: AhoCorasick,
    opening_rules: Vec<(BoilerplateKind, Anchor)>,
    /// The `Whole` phrases with their kinds, by their length in bytes: a block that is one
    /// of them, as written (`Reuter`, `Advertisement`), is named without the automaton. Most
    /// blocks are longer than any, and are compared with none.
    whole: Vec<Vec<Whole>>,
    /// The bytes the opening phrases start with: most blocks open with a word none does,
    /// and are let go before the automaton is asked.
    opening_starts: Starts,
    /// Phrases that may stand anywhere (`Short`, `Reader`, `Anywhere`): one leftmost pass.
    inside: AhoCorasick,
    inside_rules: Vec<(BoilerplateKind, Anchor)>,
    /// Whether any inside phrase (`short_blocks`), or any `Anywhere` phrase (`long_blocks`),
    /// stands in a block at all; most blocks hold none. Built for the built-in lexicon
    /// only, which is compiled once.
    short_blocks: Option<Presence>,
    long_blocks: Option<Presence>,
}

/// Whether a text holds any of a set of phrases, in any ASCII case, wherever it stands. A
/// DFA walking every byte waits on one table look-up per byte; here the text is read at
/// places `STEP` (six) bytes apart, every look-up independent of the others. A phrase of
/// `LONG_GRAM + 5` bytes or more covers, wherever it stands, an 8-byte piece of the text
/// that starts at a place, and that piece is one of the phrase's six pieces at offsets 0
/// to 5; shorter phrases are caught the same way with 4-byte pieces, down to nine bytes,
/// `SHORT_GRAM + 5`. A phrase one byte shorter than that (`min read`), or than the 8-byte
/// pieces need (`follow us on`), that ends in a letter or digit counts only before a byte
/// that is none (or at the end of the text), and at offset 5 its last bytes and that byte
/// make the piece: its pieces there are its last three (or seven) bytes with each such
/// byte, and with a zero past the end of the text. (The full search judges word boundaries
/// anyway: a phrase that runs on into a word marks no block. A block that runs on into one
/// in its text is read alone: `TextPhrases`.)
/// Each place is first asked one bit, of its first four bytes (`quick`); only where that
/// bit is set are the 8-byte and 4-byte sets asked, out of the loop. A piece found is
/// checked against its whole phrase, since short pieces (`n re` of `min read`) are common
/// words. When every phrase is `SHORT_GRAM + 7` bytes or more (the `Anywhere` phrases,
/// searched in long blocks), the same holds of places eight bytes apart, with eight pieces
/// a phrase.
/// Bytes are compared with their `0x20` bit set, which makes ASCII capitals small letters
/// (and equates a few other bytes): it finds every phrase the full search finds, and
/// seldom more.
#[derive(Debug, Clone)]
struct Presence {
    /// How far apart the places read are: `STEP`, or `WIDE_STEP` when no phrase is short.
    step: usize,
    /// The 8-byte pieces of phrases of `LONG_GRAM + step - 1` bytes or more, and of the
    /// phrases one byte shorter that end in a letter or digit.
    long: Pieces,
    /// The 4-byte pieces of phrases of `SHORT_GRAM + step - 1` to `LONG_GRAM + step - 2`
    /// bytes that `long` does not take, and of the phrases one byte shorter that end in a
    /// letter or digit.
    mid: Pieces,
    /// The first four bytes of every piece of `long` and `mid`: one look-up a place asks
    /// whether either may hold the piece there.
    quick: Quick,
    /// Phrases shorter than `mid`'s (`©`), searched whole: they hold no ASCII letter.
    short: Vec<memchr::memmem::Finder<'static>>,
    /// Every short phrase holds a byte above ASCII, so a text of ASCII alone holds none.
    short_beyond_ascii: bool,
    /// Every phrase, folded.
    phrases: Vec<Vec<u8>>,
}

const LONG_GRAM: usize = 8;
const SHORT_GRAM: usize = 4;
/// Where a text is read: every `STEP` bytes, or every `WIDE_STEP` bytes when every phrase
/// is long enough. (A step of five, with no pieces past a phrase's end, read a fifth more
/// places.)
const STEP: usize = 6;
const WIDE_STEP: usize = 8;

/// A set of folded pieces (at most eight bytes in a `u64`), as one bit each: it may err
/// by saying yes, never by saying no. (`Starts` asks only this.)
#[derive(Debug, Clone)]
struct Bits(
    /// A fixed size, so that a look-up needs no bounds check.
    Box<[u64; Bits::WORDS]>,
);

impl Bits {
    const BITS: u32 = 16;
    const WORDS: usize = 1 << (Bits::BITS - 6);

    fn new(pieces: impl Iterator<Item = u64>) -> Bits {
        let mut bits = Bits(Box::new([0; Bits::WORDS]));
        for g in pieces {
            let k = Bits::slot(g);
            bits.0[k / 64] |= 1 << (k % 64);
        }
        bits
    }

    /// Fibonacci hashing of the piece folded to 32 bits: a multiply by an immediate, where
    /// a 64-bit constant took a register of the scan loop. (A 4-byte piece folds to itself.)
    fn slot(g: u64) -> usize {
        let folded = (g ^ (g >> 32)) as u32;
        (folded.wrapping_mul(0x9E37_79B1) >> (32 - Bits::BITS)) as usize
    }

    fn may_hold(&self, g: u64) -> bool {
        let k = Bits::slot(g);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// The first four bytes of folded pieces, as one bit each, asked once a place: the word is
/// chosen by a hash of the four bytes, the bit by the low six bits of the first, which the
/// bit test takes from the place's bytes as they are (a bit chosen by the hash cost a copy
/// and a shift a place). It may err by saying yes, never by saying no.
#[derive(Debug, Clone)]
struct Quick(
    /// A fixed size, so that a look-up needs no bounds check.
    Box<[u64; Quick::WORDS]>,
);

impl Quick {
    /// 2,048 words (16 KiB, which the L1 cache still holds beside the text): against 1,024,
    /// 14% fewer places of Reuters pass to `stands_at`, and most that pass are a branch
    /// guessed wrong.
    const BITS: u32 = 11;
    const WORDS: usize = 1 << Quick::BITS;

    fn new(pieces: impl Iterator<Item = u64>) -> Quick {
        let mut quick = Quick(Box::new([0; Quick::WORDS]));
        for g in pieces {
            quick.0[Quick::word(g)] |= 1 << (g & 63);
        }
        quick
    }

    /// Fibonacci hashing of the first four bytes.
    fn word(g: u64) -> usize {
        ((g as u32).wrapping_mul(0x9E37_79B1) >> (32 - Quick::BITS)) as usize
    }

    /// Whether a piece may start with the first four bytes of `g`.
    fn may_hold(&self, g: u64) -> bool {
        self.0[Quick::word(g)] >> (g & 63) & 1 != 0
    }
}

/// Folded pieces of phrases, each with its phrase and its offset in it, asked one bit
/// first.
#[derive(Debug, Clone)]
struct Pieces {
    bits: Bits,
    /// `(piece, phrase, offset)`, sorted.
    pieces: Vec<(u64, u32, u32)>,
}

impl Pieces {
    fn new(pieces: impl Iterator<Item = (u64, u32, u32)>) -> Pieces {
        let mut pieces: Vec<_> = pieces.collect();
        pieces.sort_unstable();
        Pieces {
            bits: Bits::new(pieces.iter().map(|p| p.0)),
            pieces,
        }
    }

    fn may_hold(&self, g: u64) -> bool {
        self.bits.may_hold(g)
    }

    /// The phrases and offsets whose piece is `g`.
    fn of(&self, g: u64) -> impl Iterator<Item = (usize, usize)> + '_ {
        let from = self.pieces.partition_point(|p| p.0 < g);
        self.pieces[from..]
            .iter()
            .take_while(move |p| p.0 == g)
            .map(|&(_, phrase, offset)| (phrase as usize, offset as usize))
    }
}

/// The bytes, folded, that may follow a phrase that ends in a letter or digit where the full
/// search takes it: the first byte of a character that is no letter or digit (every byte
/// above ASCII, which is more than needed), and a zero for the end of the text.
fn after_word() -> impl Iterator<Item = u64> {
    let bytes = (0..=u8::MAX).filter(|b| !b.is_ascii_alphanumeric());
    let mut folded: Vec<u64> = bytes.map(|b| u64::from(b | 0x20)).collect();
    folded.push(0);
    folded.sort_unstable();
    folded.dedup();
    folded.into_iter()
}

/// The piece of `n` bytes (at most eight) at the start of `b`, folded.
fn piece(b: &[u8], n: usize) -> u64 {
    b[..n]
        .iter()
        .rev()
        .fold(0, |g, &byte| (g << 8) | u64::from(byte | 0x20))
}

impl Presence {
    /// `None` when a phrase is too short to be read in pieces and holds an ASCII letter.
    fn new<'p>(phrases: impl Iterator<Item = &'p str> + Clone) -> Option<Presence> {
        let step = if phrases
            .clone()
            .all(|p| p.len() >= SHORT_GRAM + WIDE_STEP - 1)
        {
            WIDE_STEP
        } else {
            STEP
        };
        // One byte short of an `n`-byte piece at the last offset, which the byte after the
        // phrase makes, where the full search takes the phrase.
        let ends_short = |p: &[u8], n: usize| {
            p.len() + 2 == n + step && p.last().is_some_and(u8::is_ascii_alphanumeric)
        };
        let short: Vec<&[u8]> = phrases
            .clone()
            .map(str::as_bytes)
            .filter(|p| p.len() < SHORT_GRAM + step - 1 && !ends_short(p, SHORT_GRAM))
            .collect();
        // folded, a letter matches its capital; these are searched as they are
        if short.iter().any(|p| p.iter().any(u8::is_ascii_alphabetic)) {
            return None;
        }
        let phrases: Vec<Vec<u8>> = phrases
            .map(|p| p.bytes().map(|b| b | 0x20).collect())
            .collect();
        // The pieces of `n` bytes of the phrases `takes` chooses, and of those one byte short.
        let pieces = |takes: &dyn Fn(&[u8]) -> bool, n: usize| {
            let whole = phrases.iter().enumerate().filter(|(_, p)| takes(p));
            let whole = whole
                .flat_map(|(k, p)| (0..step).map(move |o| (piece(&p[o..], n), k as u32, o as u32)));
            let ending = phrases.iter().enumerate().filter(|(_, p)| ends_short(p, n));
            let ending = ending.flat_map(|(k, p)| {
                let last = step - 1;
                let full = (0..last).map(move |o| (piece(&p[o..], n), k as u32, o as u32));
                let head = piece(&p[last..], n - 1);
                let past =
                    after_word().map(move |b| (head | b << (8 * (n - 1)), k as u32, last as u32));
                full.chain(past)
            });
            Pieces::new(whole.chain(ending))
        };
        let long = pieces(&|p| p.len() >= LONG_GRAM + step - 1, LONG_GRAM);
        let mid = pieces(
            &|p| {
                (SHORT_GRAM + step - 1..=LONG_GRAM + step - 2).contains(&p.len())
                    && !ends_short(p, LONG_GRAM)
            },
            SHORT_GRAM,
        );
        let quick = Quick::new((long.pieces.iter().chain(&mid.pieces)).map(|p| p.0));
        Some(Presence {
            step,
            long,
            mid,
            quick,
            short_beyond_ascii: short.iter().all(|p| !p.is_ascii()),
            short: short
                .iter()
                .map(|p| memchr::memmem::Finder::new(p).into_owned())
                .collect(),
            phrases,
        })
    }

    fn any_in(&self, haystack: &[u8]) -> bool {
        self.each_in(haystack, |_| true)
    }

    /// Tells `stop` each place of `haystack` where a phrase was found to stand (a place
    /// inside that phrase, or where a short phrase starts), until it answers `true`; returns
    /// whether it did. Every phrase that stands in `haystack` is told of, by one place in it
    /// at least.
    fn each_in(&self, haystack: &[u8], stop: impl FnMut(usize) -> bool) -> bool {
        if self.step == WIDE_STEP {
            self.read::<WIDE_STEP>(haystack, stop)
        } else {
            self.read::<STEP>(haystack, stop)
        }
    }

    /// `each_in`, reading places `S` bytes apart. With `WIDE_STEP` no phrase is short, and
    /// the bytes the last places skip need not be known to be ASCII.
    // Out of line: inlined into `classify`, the loop lost its registers to the code around
    // it and reloaded the text's address and its constants every turn.
    #[inline(never)]
    fn read<const S: usize>(&self, haystack: &[u8], mut stop: impl FnMut(usize) -> bool) -> bool {
        // The pass over the pieces also gathers the high bits of the bytes it reads: most
        // texts are ASCII alone, and the search for short phrases (`©`) is skipped for them.
        let mut high = 0;
        let mut i = 0;
        // Compared with the last place an 8-byte piece fits, the turn costs one test where
        // `i + LONG_GRAM <= len` cost the next place and the end of its piece.
        let last = haystack.len().checked_sub(LONG_GRAM);
        // Opaque to the compiler, the mask is kept in a register or read from the stack as
        // an operand; as a constant it was made again with a 64-bit move every turn when
        // the loop's registers ran short (12 instructions a place where 11 do).
        let fold = std::hint::black_box(0x2020_2020_2020_2020);
        while last.is_some_and(|last| i <= last) {
            let raw = u64::from_le_bytes(haystack[i..i + LONG_GRAM].try_into().unwrap_or([0; 8]));
            let g = raw | fold;
            // folding leaves the high bits as they were, and the raw bytes need no register
            high |= g;
            // the loop asks only the bits; a piece found is settled out of line, which
            // leaves the loop its registers
            if self.quick.may_hold(g) && self.stands_at(haystack, i, g) && stop(i) {
                return true;
            }
            i += S;
        }
        // Of the places too near the end for an 8-byte piece, one at most has three bytes or
        // more (a step is six or eight): it is asked its 4-byte piece, whose top bytes are
        // zero, which no 8-byte piece holds, where a loop of its own, with its setup, cost
        // about thirty instructions a text. Past the end of the text are zeros, which no
        // folded byte is: a piece that ends a phrase ending the text holds them, after its
        // last three bytes (`min read`) or seven (`follow us on`).
        if let Some(p) = haystack
            .get(i..)
            .and_then(<[u8]>::first_chunk::<SHORT_GRAM>)
        {
            let raw = u32::from_le_bytes(*p);
            high |= u64::from(raw);
            let g = u64::from(raw | 0x2020_2020);
            if self.quick.may_hold(g) && self.stands_at(haystack, i, g) && stop(i) {
                return true;
            }
            if haystack.len() - i == LONG_GRAM - 1 && self.ends_long(haystack, i) && stop(i) {
                return true;
            }
        } else if let Some(&[a, b, c]) = haystack.get(i..) {
            let g = u64::from(u32::from_le_bytes([a, b, c, 0]) | 0x20_2020);
            if self.quick.may_hold(g) && self.stands_at(haystack, i, g) && stop(i) {
                return true;
            }
        }
        // The bytes past the last place are among the text's last eight, read at once where
        // one at a time cost about twenty instructions a text.
        let tail_ascii = haystack.last_chunk::<LONG_GRAM>().map_or_else(
            || haystack.is_ascii(),
            |last| u64::from_le_bytes(*last) & HIGH == 0,
        );
        let ascii = high & HIGH == 0 && tail_ascii;
        if ascii && self.short_beyond_ascii {
            return false;
        }
        self.short
            .iter()
            .any(|f| f.find_iter(haystack).any(&mut stop))
    }

    /// Whether an 8-byte piece stands at `at`, seven bytes before the end of `haystack`, with
    /// a zero past the end: a phrase one byte longer than an 8-byte piece at every offset
    /// ends the text. Out of line: only a text whose length puts a read place there (one
    /// length in `step`) asks it, once.
    #[inline(never)]
    fn ends_long(&self, haystack: &[u8], at: usize) -> bool {
        let Some(rest) = haystack
            .get(at..)
            .and_then(<[u8]>::first_chunk::<{ LONG_GRAM - 1 }>)
        else {
            return false;
        };
        let g = rest
            .iter()
            .rev()
            .fold(0, |g, &b| g << 8 | u64::from(b | 0x20));
        self.long.may_hold(g) && self.stands(haystack, at, self.long.of(g))
    }

    /// Whether a phrase whose 8-byte piece `g`, or whose 4-byte piece in `g`'s low half,
    /// stands at `at`. Most places the quick bit lets through (about one in twenty) hold
    /// neither piece: both bits are asked first, and the pieces are looked up out of line,
    /// so that these places pay for no saved registers.
    #[inline(never)]
    fn stands_at(&self, haystack: &[u8], at: usize, g: u64) -> bool {
        (self.long.may_hold(g) || self.mid.may_hold(g & 0xFFFF_FFFF))
            && self.pieces_stand(haystack, at, g)
    }

    /// `stands_at` past its bits.
    #[inline(never)]
    fn pieces_stand(&self, haystack: &[u8], at: usize, g: u64) -> bool {
        let m = g & 0xFFFF_FFFF;
        (self.long.may_hold(g) && self.stands(haystack, at, self.long.of(g)))
            || (self.mid.may_hold(m) && self.stands(haystack, at, self.mid.of(m)))
    }

    /// Whether one of the phrases whose piece was found at `at` stands whole around it.
    fn stands(
        &self,
        haystack: &[u8],
        at: usize,
        mut found: impl Iterator<Item = (usize, usize)>,
    ) -> bool {
        found.any(|(k, offset)| {
            let phrase = &self.phrases[k];
            at.checked_sub(offset)
                .and_then(|start| haystack.get(start..start + phrase.len()))
                .is_some_and(|text| text.iter().zip(phrase).all(|(t, p)| t | 0x20 == *p))
        })
    }
}

static BUILT_IN: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(&[]));

fn opens_block(anchor: Anchor) -> bool {
    matches!(anchor, Anchor::Whole | Anchor::Start | Anchor::Label)
}

impl Phrases {
    /// The built-in lexicon plus the caller's own phrases (matched anywhere in a block).
    pub(crate) fn new(extra: &[(String, BoilerplateKind)]) -> Phrases {
        let all = BOILERPLATE_PHRASES
            .iter()
            .map(|&(p, kind, anchor)| (p, (kind, anchor)))
            .chain(
                extra
                    .iter()
                    .map(|(p, kind)| (p.as_str(), (*kind, Anchor::Anywhere))),
            );
        let (opening, inside): (Vec<_>, Vec<_>) = all.partition(|(_, (_, a))| opens_block(*a));
        // The built-in lexicon is compiled once per process, so it pays for the fastest
        // search; a caller's own lexicon is compiled per `Parser`, so it is left to the
        // library to weigh build time against search time.
        let kind = extra.is_empty().then_some(AhoCorasickKind::DFA);
        let build = |phrases: &[(&str, (BoilerplateKind, Anchor))], match_kind, start_kind| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(match_kind)
                .start_kind(start_kind)
                .kind(kind)
                .build(phrases.iter().map(|(p, _)| p))
                .expect("boilerplate phrases compile")
        };
        let mut whole: Vec<Vec<Whole>> = Vec::new();
        for &(p, (kind, anchor)) in &opening {
            if anchor == Anchor::Whole {
                whole.resize(whole.len().max(p.len() + 1), Vec::new());
                whole[p.len()].push(Whole {
                    key: lowered_key(p.as_bytes()),
                    text: p.to_string(),
                    kind,
                });
            }
        }
        Phrases {
            opening: build(&opening, MatchKind::Standard, StartKind::Anchored),
            opening_starts: Starts::new(opening.iter().map(|(p, _)| *p)),
            opening_rules: opening.iter().map(|(_, r)| *r).collect(),
            whole,
            inside: build(&inside, MatchKind::LeftmostLongest, StartKind::Unanchored),
            inside_rules: inside.iter().map(|(_, r)| *r).collect(),
            short_blocks: extra
                .is_empty()
                .then(|| Presence::new(inside.iter().map(|(p, _)| *p)))
                .flatten(),
            long_blocks: extra
                .is_empty()
                .then(|| {
                    let anywhere = inside.iter().filter(|(_, (_, a))| *a == Anchor::Anywhere);
                    Presence::new(anywhere.map(|(p, _)| *p))
                })
                .flatten(),
        }
    }

    pub(crate) fn built_in() -> &'static Phrases {
        &BUILT_IN
    }

    /// The phrases as the text `text` holds them: the inside phrases are looked for once in
    /// the whole text, which every block of it is a part of. Most texts hold none, and then
    /// none of their blocks is read for one, where each block paid for setting up and
    /// ending a read of its own (about 75 instructions a block).
    pub(crate) fn in_text<'a>(&'a self, text: &'a str) -> TextPhrases<'a> {
        let mut found = Found::EMPTY;
        let read = u32::try_from(text.len()).is_ok()
            && self.short_blocks.as_ref().is_some_and(|p| {
                // stops when the list is full: then the text is not known to be read whole
                !p.each_in(text.as_bytes(), |at| !found.add(at))
            });
        TextPhrases {
            phrases: self,
            text: text.as_bytes(),
            found: if read { found } else { Found::UNREAD },
        }
    }

    /// The phrases for a block whose text is not known to hold no inside phrase.
    #[cfg(test)]
    pub(crate) fn any_text(&self) -> TextPhrases<'_> {
        TextPhrases {
            phrases: self,
            text: &[],
            found: Found::UNREAD,
        }
    }

    /// The kind of the `Whole` phrase `text` is, in any ASCII case. The automaton would find
    /// it too, and nothing longer: no two opening phrases are the same words.
    fn whole_block(&self, text: &str) -> Option<BoilerplateKind> {
        let same_length = self.whole.get(text.len())?;
        let key = lowered_key(text.as_bytes());
        let found = same_length.iter().find(|w| match key {
            Some(key) => w.key == Some(key),
            None => w.text.eq_ignore_ascii_case(text),
        })?;
        Some(found.kind)
    }

    /// Every opening phrase that starts at `start`, shortest first. (The library's
    /// overlapping iterator refuses anchored searches, so the search is stepped here.)
    fn openings_at<'h>(&'h self, text: &'h str, start: usize) -> impl Iterator<Item = Match> + 'h {
        let input = Input::new(text).range(start..).anchored(Anchored::Yes);
        let mut state = OverlappingState::start();
        std::iter::from_fn(move || {
            self.opening.find_overlapping(input.clone(), &mut state);
            state.get_match()
        })
    }
}

/// The phrase lexicon, with where a read of the whole text the blocks are taken from found
/// inside phrases.
#[derive(Debug, Clone)]
pub(crate) struct TextPhrases<'p> {
    phrases: &'p Phrases,
    /// The text: its address places a block in it, and a block that a letter or digit
    /// follows is read as it stands alone (a phrase that ends it runs on in the text, and
    /// the read of the text may have let it go).
    text: &'p [u8],
    /// Near which bytes of the text inside phrases stand. A block holds the places found in
    /// any phrase that stands in it, or holds none: the screen the blocks ask
    /// (`short_blocks`) is the one the text was read with, and the one of long blocks
    /// (`long_blocks`) looks for some of its phrases only.
    found: Found,
}

impl TextPhrases<'_> {
    /// Whether an inside phrase may stand in `block`, a part of the text; `false` only where
    /// none does. (A block that is no part of it is read as it would be alone.)
    fn may_hold_inside(&self, block: &str) -> bool {
        let len = self.text.len();
        let at = (block.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        let end = at.wrapping_add(block.len());
        let part = at <= len && block.len() <= len - at;
        !part || self.text.get(end).is_some_and(is_word_byte) || self.found.touches(at, end)
    }
}

/// Places of a text where phrases were found, as spans of places near each other: a text
/// that holds phrases at all holds a few, and some hold the same phrase on every line of a
/// list. Small, as the one text it is made for is read whole before it is kept, and
/// kept in an argument where a larger one was copied with a call.
#[derive(Debug, Clone, Copy)]
struct Found {
    /// The first and last place of each span (bytes from the text's start), in the order
    /// found.
    spans: [(u32, u32); Found::MOST],
    /// How many spans there are, or `UNREAD`.
    len: u32,
}

impl Found {
    const MOST: usize = 4;
    /// Places this near the span before are added to it: the places of one phrase are a
    /// step apart. (Only the blocks a span touches are read block by block.)
    const NEAR: u32 = 64;
    const EMPTY: Found = Found {
        spans: [(0, 0); Found::MOST],
        len: 0,
    };
    /// The text was not read whole: too many phrases, or none of the built-in screen.
    const UNREAD: Found = Found {
        spans: [(0, 0); Found::MOST],
        len: u32::MAX,
    };

    /// Adds the place `at` (of a text of at most `u32::MAX` bytes); `false` when there is
    /// no room.
    fn add(&mut self, at: usize) -> bool {
        let at = at as u32;
        let n = self.len as usize;
        if let Some(last) = n.checked_sub(1).and_then(|k| self.spans.get_mut(k))
            && (last.0..=last.1.saturating_add(Found::NEAR)).contains(&at)
        {
            last.1 = last.1.max(at);
            return true;
        }
        let Some(span) = self.spans.get_mut(n) else {
            return false;
        };
        *span = (at, at);
        self.len += 1;
        true
    }

    /// Whether a span touches the bytes `start..end`, or the text was not read whole.
    fn touches(&self, start: usize, end: usize) -> bool {
        match self.spans.get(..self.len as usize) {
            Some(spans) => spans
                .iter()
                .any(|&(first, last)| (first as usize) < end && start <= last as usize),
            None => true,
        }
    }
}

/// A `Whole` phrase, with its key when it has one.
#[derive(Debug, Clone)]
struct Whole {
    key: Option<(u64, u64)>,
    text: String,
    kind: BoilerplateKind,
}

/// The bytes of a text of 4 to 16 bytes, ASCII capitals made small, as two words: its first
/// and last four (or eight) bytes, which overlap in most texts but cover every byte. Two
/// texts of one length have the same key exactly when they are the same in any ASCII case.
/// A block that is `Reuter` (most Reuters stories end with one) is named with one compare
/// of its key, where comparing it a byte at a time cost about a hundred instructions.
fn lowered_key(b: &[u8]) -> Option<(u64, u64)> {
    if let (Some(first), Some(last), 4..=8) = (b.first_chunk::<4>(), b.last_chunk::<4>(), b.len()) {
        let word =
            u64::from(u32::from_le_bytes(*first)) | u64::from(u32::from_le_bytes(*last)) << 32;
        return Some((ascii_lowercase(word), 0));
    }
    let (first, last) = (b.first_chunk::<8>()?, b.last_chunk::<8>()?);
    (b.len() <= 16).then(|| {
        (
            ascii_lowercase(u64::from_le_bytes(*first)),
            ascii_lowercase(u64::from_le_bytes(*last)),
        )
    })
}

/// Each byte of `word` as `u8::to_ascii_lowercase` makes it: a byte whose low seven bits
/// lie in `A..=Z` and whose top bit is clear gains its `0x20` bit.
fn ascii_lowercase(word: u64) -> u64 {
    let capital = in_range(word & !HIGH, b'A', b'Z') & !word;
    word | capital >> 2
}

/// The bytes a set of phrases starts with: says "no phrase starts here" with a look-up or
/// two, in any ASCII case, for most places in text.
#[derive(Debug, Clone)]
struct Starts {
    /// For each byte a phrase can start with, the bytes that follow it in one, as a bit for
    /// their low five bits (all of them for a phrase of one byte); no bit for other bytes.
    /// Many words that pass the first byte (`the`, for `tweet`) are let go at the second,
    /// before a key is made and hashed.
    first: [u32; 256],
    /// The first bytes of phrases shorter than a key (`ad`, `sms`, `©`).
    short_first: [bool; 256],
    /// Those phrases, folded, each with the mask of its bytes in a key: a place one of them
    /// may start is compared with each. (They were looked into with the automaton wherever
    /// their first byte stood: every block opening with an `A`, for `ad`.)
    short: Vec<(u64, u64)>,
    /// The phrases' first `KEY` bytes, folded: a key not among them starts no phrase.
    keys: Bits,
    /// The first `LONG_KEY` bytes of the phrases that long or longer, folded, and the
    /// shorter phrases whole (`Head`): asked of the blocks whose key passes, most of them
    /// sentences that share four bytes with a phrase (`Continental` with `continue
    /// reading`, `Last year` with `last updated`), which the anchored automaton read at
    /// about 400 instructions each.
    heads: Bits,
    /// Sorted by their first byte folded, whose range here `head_range` gives: a block
    /// is compared with the few that open with its first byte.
    short_heads: Vec<Head>,
    head_range: Box<[(u16, u16); 256]>,
}

/// A phrase shorter than `Starts::LONG_KEY`, folded, with the mask of its bytes in a piece.
#[derive(Debug, Clone)]
struct Head {
    piece: u64,
    mask: u64,
    len: usize,
    /// Whether it ends in an ASCII letter or digit: then it marks no block where one
    /// follows it (`ad` in `Advanced`).
    ends_in_word: bool,
}

impl Starts {
    /// How many leading bytes make a key.
    const KEY: usize = SHORT_GRAM;
    /// How many leading bytes make the key of a phrase this long or longer in `heads`.
    const LONG_KEY: usize = 8;

    fn new<'p>(phrases: impl Iterator<Item = &'p str> + Clone) -> Starts {
        let mut first = [0; 256];
        let mut short_first = [false; 256];
        for p in phrases.clone().map(str::as_bytes) {
            let Some(&b) = p.first() else { continue };
            let seconds = p.get(1).map_or(u32::MAX, |&s| 1 << (s & 31));
            for c in [b.to_ascii_lowercase(), b.to_ascii_uppercase()] {
                first[usize::from(c)] |= seconds;
                short_first[usize::from(c)] |= p.len() < Starts::KEY;
            }
        }
        let short = phrases
            .clone()
            .map(str::as_bytes)
            .filter(|p| p.len() < Starts::KEY)
            .map(|p| (piece(p, p.len()), (1 << (8 * p.len())) - 1))
            .collect();
        let keys = Bits::new(
            phrases
                .clone()
                .filter(|p| p.len() >= Starts::KEY)
                .map(|p| piece(p.as_bytes(), Starts::KEY)),
        );
        let heads = Bits::new(
            phrases
                .clone()
                .filter(|p| p.len() >= Starts::LONG_KEY)
                .map(|p| piece(p.as_bytes(), Starts::LONG_KEY)),
        );
        let mut short_heads: Vec<Head> = phrases
            .map(str::as_bytes)
            .filter(|p| (1..Starts::LONG_KEY).contains(&p.len()))
            .map(|p| Head {
                piece: piece(p, p.len()),
                mask: u64::MAX >> (64 - 8 * p.len()),
                len: p.len(),
                ends_in_word: p.last().is_some_and(u8::is_ascii_alphanumeric),
            })
            .collect();
        short_heads.sort_by_key(|h| h.piece & 0xFF);
        let mut head_range = Box::new([(0, 0); 256]);
        for (k, h) in short_heads.iter().enumerate() {
            let k = u16::try_from(k).expect("few short phrases");
            let range = &mut head_range[(h.piece & 0xFF) as usize];
            *range = if range.1 == 0 {
                (k, k + 1)
            } else {
                (range.0, k + 1)
            };
        }
        Starts {
            first,
            short_first,
            short,
            keys,
            heads,
            short_heads,
            head_range,
        }
    }

    /// Whether a phrase may start `rest`; `false` only where none does.
    fn may_start(&self, rest: &[u8]) -> bool {
        let Some(&b) = rest.first() else { return false };
        let seconds = self.first[usize::from(b)];
        seconds != 0 && self.may_start_past_first(rest, seconds)
    }

    /// `may_start_long` at any of the places `0..=last` of `text`. Out of line: most
    /// blocks it is asked of are let go here, where they were let go after the prologue
    /// of `longest_opening`, and inlined into `classify` it cost that more than it saved.
    #[inline(never)]
    fn may_start_long_at(&self, text: &[u8], last: usize) -> bool {
        (0..=last).any(|i| self.may_start_long(&text[i..]))
    }

    /// A second screen, as sure as `may_start` and sharper, asked where that one passes:
    /// whether a phrase shorter than `LONG_KEY` starts `rest` and is not followed there by
    /// a letter or digit where it ends in one (the search would take it, but no block is
    /// marked by it), or a longer phrase starts with the first `LONG_KEY` bytes of `rest`;
    /// `false` only where no phrase marks a block from there.
    fn may_start_long(&self, rest: &[u8]) -> bool {
        let Some(&b) = rest.first() else { return false };
        let n = rest.len().min(Starts::LONG_KEY);
        let head = match rest.first_chunk::<{ Starts::LONG_KEY }>() {
            Some(h) => u64::from_le_bytes(*h) | u64::from_le_bytes([0x20; Starts::LONG_KEY]),
            None => piece(rest, n),
        };
        let (from, to) = self.head_range[usize::from(b | 0x20)];
        let short = self.short_heads[usize::from(from)..usize::from(to)]
            .iter()
            .any(|h| {
                h.len <= n
                    && head & h.mask == h.piece
                    && !(h.ends_in_word && rest.get(h.len).is_some_and(u8::is_ascii_alphanumeric))
            });
        short || (n == Starts::LONG_KEY && self.heads.may_hold(head))
    }

    /// `may_start` past its first byte, whose bytes that may follow are `seconds` (not
    /// none).
    fn may_start_past_first(&self, rest: &[u8], seconds: u32) -> bool {
        let Some(head) = rest.first_chunk::<{ Starts::KEY }>() else {
            return true;
        };
        let b = head[0];
        if seconds >> (head[1] & 31) & 1 == 0 {
            return false;
        }
        let key = Starts::key(head);
        self.keys.may_hold(key) || (self.short_first[usize::from(b)] && self.starts_short(key))
    }

    /// The key of a place, folded as the phrases' keys are (`piece`), so that a key matches
    /// in any ASCII case: its bytes read as one word, where `piece` shifted them in one at
    /// a time (every block and every word start of a short line makes one).
    fn key(head: &[u8; Starts::KEY]) -> u64 {
        u64::from(u32::from_le_bytes(*head) | 0x2020_2020)
    }

    /// Whether a phrase shorter than a key starts the place whose key is `key`.
    fn starts_short(&self, key: u64) -> bool {
        self.short.iter().any(|&(short, mask)| key & mask == short)
    }
}

/// A quick test for whether any of a set of phrases stands in a text where a word starts.
/// Most word starts fail a look-up or two here, and the anchored automaton that settles the
/// rest dies within a few bytes, where a search for phrases anywhere walks every byte.
#[derive(Debug, Clone)]
struct Screen {
    dfa: DFA,
    start: StateID,
    starts: Starts,
    /// Whether a phrase opens with a byte that is no ASCII letter or digit (`©`): then
    /// every byte after one that is neither is a place, not only the word starts.
    opens_off_words: bool,
}

/// ASCII letters and digits: a phrase that marks a block starts after none of them.
const WORD_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// `u8::is_ascii_alphanumeric` as one look-up, where the two range tests took about eight
/// instructions: every block asks it of its first byte twice and of the byte after it.
fn is_word_byte(b: &u8) -> bool {
    WORD_BYTE[usize::from(*b)]
}

impl Screen {
    fn new<'p>(phrases: impl Iterator<Item = &'p str> + Clone) -> Screen {
        let dfa = DFA::builder()
            .ascii_case_insensitive(true)
            .start_kind(StartKind::Anchored)
            .build(phrases.clone())
            .expect("boilerplate phrases compile");
        let start = dfa
            .start_state(Anchored::Yes)
            .expect("the screen is anchored");
        let starts = Starts::new(phrases);
        let opens_off_words =
            (0..=u8::MAX).any(|b| !b.is_ascii_alphanumeric() && starts.first[usize::from(b)] != 0);
        Screen {
            dfa,
            start,
            starts,
            opens_off_words,
        }
    }

    /// Whether phrases start in `haystack` at `wanted` places or more (one at least), each
    /// after no ASCII letter or digit. A phrase that continues a word marks no block, so
    /// places inside words are skipped.
    fn finds(&self, haystack: &[u8], wanted: usize) -> bool {
        self.finds_or_year(haystack, wanted, false).0
    }

    /// `finds`, and, where `years` is set, whether a year's digits open any of the places
    /// (`opens_with_year_digits`): a second test that rides on the one walk, which no place
    /// a phrase may open passes. Where the phrases are found the walk stops there, and the
    /// second answer covers only the places up to there.
    ///
    /// The places are the word starts of 64 bytes at a time, from a mask of their letters and
    /// digits made by vector compares (`masks::alnum_at`); each is read for the phrases its
    /// first byte may open, and for a year where it opens with `1` or `2`. The classes of
    /// eight bytes at a time, looked up a byte each and gathered into a mask of the places a
    /// phrase or a year may open, left fewer places to read but cost more: the walk took
    /// 16.2M instructions a pass on Reuters, where it takes 12.1M.
    fn finds_or_year(&self, haystack: &[u8], wanted: usize, years: bool) -> (bool, bool) {
        let mut found = 0;
        let mut year = false;
        // 1 where the byte before the block is a letter or digit (none stands before the text)
        let mut in_word = 0;
        let mut at = 0;
        while at < haystack.len() {
            let alnum = masks::alnum_at(haystack, at);
            let after_no_word = !((alnum << 1) | in_word);
            in_word = alnum >> 63;
            let mut places = if self.opens_off_words {
                // past the text's end the block reads as no letter or digit
                after_no_word & WordClasses::first(haystack.len() - at)
            } else {
                after_no_word & alnum
            };
            while places != 0 {
                let rest = &haystack[at + places.trailing_zeros() as usize..];
                places &= places - 1;
                let seconds = self.starts.first[usize::from(rest[0])];
                // One test of the first two bytes lets most places go, a year's among them,
                // where a test of the first byte came first: about half the word starts
                // pass it, which made it the walk's hottest branch (Reuters 1.015 and 1.022
                // on the clock with the one test, for 1% more instructions).
                let opens = match rest.get(1) {
                    Some(&second) => seconds >> (second & 31) & 1 != 0,
                    None => seconds != 0,
                };
                if !opens {
                    year |= years & (seconds == 0) & opens_with_year_digits(rest);
                } else if self.starts.may_start_past_first(rest, seconds) && self.starts(rest) {
                    found += 1;
                    if found >= wanted {
                        return (true, year);
                    }
                }
            }
            at += BLOCK;
        }
        (false, year)
    }

    /// Whether a phrase starts `rest`.
    fn starts(&self, rest: &[u8]) -> bool {
        let dfa = &self.dfa;
        let mut sid = self.start;
        for &b in rest {
            if dfa.is_match(sid) {
                return true;
            }
            sid = dfa.next_state(Anchored::Yes, sid, b);
            if dfa.is_dead(sid) {
                return false;
            }
        }
        dfa.is_match(sid)
    }
}

/// A line a page or a wire sets over its headline, which the phrases do not name: a
/// section's label (`OPINION`, `Breaking News`), a menu's words (`Menu`, `Print this page`),
/// a breadcrumb trail (`Home / World / Asia`) or a wire's slug (`AM-Budget-Senate,0412`).
/// Asked only of the lines over a headline, where a story never opens.
pub(crate) fn page_label(text: &str) -> Option<BoilerplateKind> {
    let label = text.trim_end_matches(':');
    if label.len() <= 20 {
        if let Some(&(_, kind)) = PAGE_LABELS
            .iter()
            .find(|(l, _)| l.eq_ignore_ascii_case(label))
        {
            return Some(kind);
        }
        if dateline::is_lead_label(label) {
            return Some(BoilerplateKind::Title);
        }
    }
    if is_breadcrumb(text) {
        return Some(BoilerplateKind::Navigation);
    }
    is_wire_slug(text).then_some(BoilerplateKind::Credit)
}

/// `Home / World / Asia`, `News › Politics › Elections`: three short capitalized items or
/// more between the same separator, or two after `Home`. A bar alone (`Storm Hits Coast |
/// WSOC`) is more often a title and its site's name, and is a trail only after `Home`.
/// The separator is looked for by its bytes first (a ticker's `>` in `ACME <ACM> SAYS` has
/// no spaces around it), and the items are read only where one stands.
fn is_breadcrumb(text: &str) -> bool {
    if text.len() > 100 {
        return false;
    }
    let Some(sep) = trail_separator(text) else {
        return false;
    };
    // the items read once: each short and capitalized, the first `Home` as a whole item,
    // not a word it opens (`Home Sales Surge | CNBC`)
    let (mut items, mut home) = (0, false);
    for item in text.split(sep) {
        if item.is_empty()
            || item.split(' ').count() > 3
            || !item.starts_with(|c: char| c.is_uppercase())
        {
            return false;
        }
        home |= items == 0 && item.eq_ignore_ascii_case("home");
        items += 1;
    }
    (items >= 3 || home && items == 2) && (sep != " | " || home) && !headline::ends_sentence(text)
}

/// The separator of a breadcrumb trail in `text`, with a space on each side: the first of
/// ` / `, ` > ` and ` | `, else of ` › ` and ` » `.
fn trail_separator(text: &str) -> Option<&'static str> {
    let b = text.as_bytes();
    let spaced = |i: usize, len: usize| i > 0 && b[i - 1] == b' ' && b.get(i + len) == Some(&b' ');
    let ascii = memchr::memchr3_iter(b'/', b'>', b'|', b)
        .find(|&i| spaced(i, 1))
        .map(|i| match b[i] {
            b'/' => " / ",
            b'>' => " > ",
            _ => " | ",
        });
    ascii.or_else(|| {
        memchr::memchr2_iter(0xE2, 0xC2, b).find_map(|i| {
            let rest = &text[i..];
            if rest.starts_with('›') && spaced(i, '›'.len_utf8()) {
                Some(" › ")
            } else if rest.starts_with('»') && spaced(i, '»'.len_utf8()) {
                Some(" » ")
            } else {
                None
            }
        })
    })
}

/// A wire's slug: a desk's cycle and a dash (`AM-`, `BC-`), the story's keywords joined by
/// dashes, and its codes after a comma (`AM-Budget-Senate,0412`), between carets in the
/// wire's own coding (`^AM-Flood-Georgia, 1st Ld-Writethru,a0523,0389^`).
fn is_wire_slug(text: &str) -> bool {
    let slug = text.trim_start_matches('^');
    let (Some(cycle), Some(rest)) = (
        slug.get(..2),
        slug.get(2..).and_then(|r| r.strip_prefix('-')),
    ) else {
        return false;
    };
    // the keywords run up to the codes' comma (or the line's end), letters, digits and
    // dashes only (no space: `AP-GfK Poll: Voters ...` is a headline)
    let keywords = rest.split([',', '^']).next().unwrap_or("");
    let keyword = keywords.split('-').next().unwrap_or("");
    SLUG_CYCLES.contains(&cycle)
        && keyword.len() >= 3
        && keyword.starts_with(|c: char| c.is_ascii_uppercase())
        && keywords
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && text.len() <= 100
}

/// Blocks longer than this are running text: only `Anywhere` phrases can mark them.
const LONG_BLOCK: usize = 400;

/// A label (`Also on Example News:`) is at most this many words.
const LABEL_WORDS: usize = 8;

/// Most blocks open with an ASCII letter or digit and are three characters or more (nine
/// bytes hold three, and so do three ASCII bytes: `Reuter`, which ends most Reuters
/// stories): such a block holds a letter or digit, is too long for two characters and has
/// no `[` to open markup, and is neither a fragment nor markup.
fn is_plain(text: &str) -> bool {
    let b = text.as_bytes();
    b.first().is_some_and(is_word_byte)
        && (b.len() >= 9 || b.get(1..3).is_some_and(<[u8]>::is_ascii))
}

/// The kind of boilerplate `text` (one trimmed block) is, or `None` for article text.
pub(crate) fn classify(text: &str, phrases: &TextPhrases<'_>) -> Option<BoilerplateKind> {
    // Most blocks are paragraphs of the story, let go by the screen with the caller's
    // registers; the rules below took a frame of six saved registers and 168 bytes of stack
    // for each (about 24 instructions a block, some 110,000 blocks a pass on Reuters).
    if is_story_text(text, phrases) {
        return None;
    }
    classify_block(text, phrases)
}

/// Whether `text` is a block `classify_block` names no kind, told by its ends: it opens
/// with a word (behind an opening mark at most), ends a sentence or is too long for a line
/// (no share row or date stamp), holds a space among its first sixteen bytes (no link line:
/// a link holds none), and no phrase may open it or stand in it. `false` says nothing: the
/// rules decide.
fn is_story_text(text: &str, phrases: &TextPhrases<'_>) -> bool {
    let b = text.as_bytes();
    let Some(head) = b.first_chunk::<8>().map(|h| u64::from_le_bytes(*h)) else {
        return false;
    };
    // Where the first word starts, at or past where the block's opening punctuation ends
    // (`core_start`). Eight bytes with a letter or digit among the first four hold three
    // characters or more and a letter or digit (no fragment), and no `[` opens markup.
    let core = if is_plain(text) {
        0
    } else if b[0] != b'['
        && let Some(k) = b[1..4].iter().position(is_word_byte)
    {
        k + 1
    } else {
        return false;
    };
    // a block that ends with `)` may end with a photo's credit
    (text.len() > 160 && b.last() != Some(&b')') || b.last().is_some_and(|c| b".!?".contains(c)))
        && (text.len() > LONG_BLOCK
            || !(0..=core).any(|i| phrases.phrases.opening_starts.may_start(&b[i..])))
        && !phrases.may_hold_inside(text)
        // asked last: its masks took registers the screens above need
        && (holds_byte(head, b' ')
            || b.get(8..16)
                .and_then(<[u8]>::first_chunk::<8>)
                .is_some_and(|n| holds_byte(u64::from_le_bytes(*n), b' ')))
}

/// `classify` past its screen. Out of line, so that the screen's blocks pay for no frame.
#[inline(never)]
fn classify_block(text: &str, phrases: &TextPhrases<'_>) -> Option<BoilerplateKind> {
    let plain = is_plain(text);
    if !plain && is_fragment(text) {
        return Some(BoilerplateKind::Fragment);
    }
    if !plain && is_markup(text) {
        return Some(BoilerplateKind::Markup);
    }
    if let Some(kind) = phrase_kind(text, phrases) {
        return Some(kind);
    }
    // Share rows and date stamps are short lines that end no sentence.
    let line = text.len() <= 160 && !ends_sentence(text);
    let mut year_place = None;
    if line {
        let (row, year) = share_row(text);
        if row {
            return Some(BoilerplateKind::Share);
        }
        year_place = year;
    }
    if is_link_line(text) {
        return Some(BoilerplateKind::Navigation);
    }
    if line && is_date_stamp(text, year_place) {
        return Some(BoilerplateKind::Timestamp);
    }
    if text.as_bytes().last() == Some(&b')') && text.len() <= LONG_BLOCK {
        return ends_with_photo_credit(text).then_some(BoilerplateKind::Caption);
    }
    None
}

/// A caption ends with its photo's credit in parentheses: a name and a slash before the
/// agency (`(AP Photo/Jane Roe)`, `(Jane Roe/Getty Images)`), or a credit's label
/// (`(credit: NASA/Jude Guidry)`, `(Photo by Jane Roe)`).
fn ends_with_photo_credit(text: &str) -> bool {
    let Some(inside) = text.strip_suffix(')') else {
        return false;
    };
    let Some(open) = memchr::memrchr(b'(', inside.as_bytes()) else {
        return false;
    };
    let credit = &inside[open + 1..];
    (credit.contains('/') && PHOTO_CREDITS.iter().any(|c| credit.contains(c)))
        || opens_with_credit_label(credit)
}

/// `credit: NASA`, `Photo by Jane Roe`: a label of `CREDIT_LABELS` in any case.
fn opens_with_credit_label(credit: &str) -> bool {
    CREDIT_LABELS
        .iter()
        .any(|label| opens_with_any_case(credit, label))
}

/// The longest desk sign-off (`bur-jmr/tc`), in bytes.
const DESK_INITIALS: usize = 40;

/// An agency desk's sign-off, the initials of its writers and editors (`jmr/ab/tc`,
/// `bur-jmr/tc`): groups of one to five small letters parted by `/` (one at least) or `-`.
fn is_desk_initials(text: &str) -> bool {
    // by the first byte first: asked of every short line, and the wire's tables are many
    if !text.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let text = text.trim_end();
    text.contains('/')
        && text
            .split(['/', '-'])
            .all(|g| (1..=5).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_lowercase()))
}

/// The longest reporting note (`Jane Doe reported from New York.`), in bytes.
const REPORTING_NOTE: usize = 100;

/// `Jane Doe reported from New York.`: the AP's note on where its writers worked, a sentence
/// of its own after the story: a few capitalized words (names, `and`) before the verb.
fn is_reporting_note(text: &str) -> bool {
    // a block's text is trimmed
    let b = text.as_bytes();
    // a name opens it and a full stop ends it, which most last paragraphs of the wire's
    // tables and the web's lines do not both do
    if !(b.first().is_some_and(u8::is_ascii_uppercase) && b.ends_with(b".")) {
        return false;
    }
    // the first word in small letters past the names, read from the bytes: the last
    // paragraph of nearly every story has one within its first words
    let mut names = 0;
    let mut i = 1;
    while i < b.len() && names <= NOTE_NAME_WORDS {
        if b[i - 1] == b' ' {
            let rest = &text[i..];
            if let Some(places) = NOTE_VERBS.iter().find_map(|v| rest.strip_prefix(v)) {
                return names_writers(&text[..i]) && names_places(places);
            }
            if !(rest.starts_with(|c: char| c.is_ascii_uppercase()) || rest.starts_with("and ")) {
                return false;
            }
            names += 1;
        }
        i += 1;
    }
    false
}

/// The writers of a reporting note: names, not `The BBC` or `A reporter`.
fn names_writers(names: &str) -> bool {
    let first = split_whitespace(names).next().unwrap_or("");
    !ARTICLES.iter().any(|a| a.eq_ignore_ascii_case(first))
}

/// The places of a reporting note (`Oakland, Calif.; Gearan, from Washington.`): capitalized
/// words, and `and` or `from` between them, not a clause (`Gaza that 12 people died.`).
fn names_places(places: &str) -> bool {
    split_whitespace(places)
        .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "and" | "from"))
}

/// The most words of names before the verb of a reporting note (`Jane Doe and Tom Roe`).
const NOTE_NAME_WORDS: usize = 7;

fn phrase_kind(text: &str, in_text: &TextPhrases<'_>) -> Option<BoilerplateKind> {
    let phrases = in_text.phrases;
    let short = text.len() <= LONG_BLOCK;
    let opening = short.then(|| opening_phrase(text, phrases)).flatten();
    // A phrase that is the whole block (`Reuter`) leaves no longer one to find inside it.
    if let Some((len, kind)) = opening
        && len == text.len()
    {
        return Some(kind);
    }
    let inside = if in_text.may_hold_inside(text) {
        inside_phrase(text, short, phrases)
    } else {
        None
    };
    // The longest phrase that marks the block names it best (`continue reading below` is an
    // ad marker, `continue reading` a link).
    match (opening, inside) {
        (Some(o), Some(i)) => Some(if i.0 > o.0 { i.1 } else { o.1 }),
        (o, i) => o.or(i).map(|(_, kind)| kind),
    }
}

/// The longest phrase that opens a short block as its anchor asks, with its length.
fn opening_phrase(text: &str, phrases: &Phrases) -> Option<(usize, BoilerplateKind)> {
    let punctuation = |c: char| !is_alphanumeric(c) && c != '©' && c != '(';
    // most blocks open with a letter or digit, and need no trimming
    let core_start = if text.as_bytes().first().is_some_and(is_word_byte) {
        0
    } else {
        text.len() - text.trim_start_matches(punctuation).len()
    };
    let may_open = |i: usize| phrases.opening_starts.may_start(&text.as_bytes()[i..]);
    if !(0..=core_start).any(may_open) {
        return None;
    }
    if let Some(kind) = phrases.whole_block(text) {
        return Some((text.len(), kind));
    }
    // Most blocks past the first screen are sentences that share a key with a phrase.
    if !phrases
        .opening_starts
        .may_start_long_at(text.as_bytes(), core_start)
    {
        return None;
    }
    longest_opening(text, core_start, phrases)
}

/// `opening_phrase` past its screens: the anchored automaton at each place the block's
/// opening punctuation leaves. Out of line: few blocks get here, and inlined into
/// `classify` its state took the registers and stack of the path every block takes.
#[inline(never)]
fn longest_opening(
    text: &str,
    core_start: usize,
    phrases: &Phrases,
) -> Option<(usize, BoilerplateKind)> {
    let punctuation = |c: char| !is_alphanumeric(c) && c != '©' && c != '(';
    let core = text.trim_matches(punctuation);
    let mut best: Option<(usize, BoilerplateKind)> = None;
    // A phrase may start in the punctuation before the core (`-30-`), never after it. Of
    // two as long, the earlier one counts.
    for start in (0..=core_start).filter(|&i| text.is_char_boundary(i)) {
        for m in phrases.openings_at(text, start) {
            if !word_boundary_before(text, m.start()) || !word_boundary_after(text, m.end()) {
                continue;
            }
            let (kind, anchor) = phrases.opening_rules[m.pattern().as_usize()];
            let hit = match anchor {
                Anchor::Whole => m.end() >= core_start + core.len(),
                Anchor::Label => {
                    word_count(text) <= LABEL_WORDS
                        || names_site_after(text, m.end())
                        || heads_a_list(text)
                }
                _ => true,
            };
            if hit && best.is_none_or(|(len, _)| m.len() > len) {
                best = Some((m.len(), kind));
            }
        }
    }
    best
}

/// The most of a block the inside search reads.
const INSIDE_REACH: usize = LONG_BLOCK * 4;

/// The first phrase standing anywhere in the block that marks it, with its length. Past
/// `LONG_BLOCK` only `Anywhere` phrases count, and only the block's first bytes are read.
fn inside_phrase(text: &str, short: bool, phrases: &Phrases) -> Option<(usize, BoilerplateKind)> {
    let haystack = &text[..floor_char(text, text.len().min(INSIDE_REACH))];
    let presence = if short {
        &phrases.short_blocks
    } else {
        &phrases.long_blocks
    };
    if presence
        .as_ref()
        .is_some_and(|p| !p.any_in(haystack.as_bytes()))
    {
        return None;
    }
    first_inside(text, haystack, short, phrases)
}

/// `inside_phrase` past its screen: the search for the phrases themselves. Out of line, as
/// `longest_opening` is: few blocks get here.
#[inline(never)]
fn first_inside(
    text: &str,
    haystack: &str,
    short: bool,
    phrases: &Phrases,
) -> Option<(usize, BoilerplateKind)> {
    // Computed once, and only when a phrase asks for it.
    let mut reader: Option<bool> = None;
    phrases.inside.find_iter(haystack).find_map(|m| {
        if !word_boundary_before(text, m.start()) || !word_boundary_after(text, m.end()) {
            return None;
        }
        let (kind, anchor) = phrases.inside_rules[m.pattern().as_usize()];
        let hit = match anchor {
            Anchor::Short => short,
            Anchor::Reader => short && *reader.get_or_insert_with(|| speaks_to_reader(text)),
            _ => true,
        };
        hit.then_some((m.len(), kind))
    })
}

/// `More from Example News:` on a line of its own over links, a headline a line: a label
/// that heads a list, which is no sentence, is a label however many lines follow it.
fn heads_a_list(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let label = lines.next().unwrap_or("");
    if !label.ends_with(':') || word_count(label) > LABEL_WORDS {
        return false;
    }
    let mut items = 0;
    for item in lines {
        if word_count(item) > LIST_ITEM_WORDS || ends_sentence(item) {
            return false;
        }
        items += 1;
    }
    items > 0
}

/// The most words a headline in a list of links holds.
const LIST_ITEM_WORDS: usize = 16;

/// `Also on example.com Ten things ...`: a label naming a web site, then a linked title.
fn names_site_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let site = split_whitespace(rest).next().unwrap_or("");
    let site = site.trim_end_matches(':');
    !ends_sentence(rest)
        && site.split_once('.').is_some_and(|(name, tld)| {
            !name.is_empty() && tld.len() >= 2 && tld.chars().all(char::is_alphabetic)
        })
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A phrase must not continue a word: `admin read` is no `min read`, and the `©` of a
/// garbled `Ã©` is no copyright sign.
fn word_boundary_before(text: &str, start: usize) -> bool {
    !text[..start].chars().next_back().is_some_and(is_word_char)
}

/// Letters, digits, and the combining accents that belong to the letter before them.
fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || ('\u{300}'..='\u{36f}').contains(&c)
}

fn word_boundary_after(text: &str, end: usize) -> bool {
    let prev_alnum = text[..end].chars().next_back().is_some_and(is_alphanumeric);
    !prev_alnum || !text[end..].chars().next().is_some_and(is_alphanumeric)
}

/// The words of `text`, without the punctuation around them.
fn words(text: &str) -> impl Iterator<Item = &str> {
    split_whitespace(text)
        .map(bare_word)
        .filter(|w| !w.is_empty())
}

/// `w` without the punctuation around it. Most words start and end with an ASCII letter or
/// digit and have none: they are taken as they are, where trimming decoded a character at
/// each end and asked a closure about it.
fn bare_word(w: &str) -> &str {
    let b = w.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        return w;
    }
    w.trim_matches(|c: char| !is_alphanumeric(c))
}

fn word_count(text: &str) -> usize {
    words(text).count()
}

/// Ends the way a sentence does, closing quotes and brackets aside.
fn ends_sentence(text: &str) -> bool {
    ends_with_stop(text, b".!?", &['"', '”', '\'', '’', ')', ']'])
}

/// Site text talks to its reader or is no sentence at all; a news paragraph does neither,
/// and one that quotes someone is reporting what was said.
fn speaks_to_reader(text: &str) -> bool {
    if text.contains(['"', '“', '”']) {
        return false;
    }
    !ends_sentence(text)
        || words(text).any(|w| READER_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w)))
}

/// A stray letter, a rule of underscores or asterisks, a lone bullet.
fn is_fragment(text: &str) -> bool {
    let mut chars = text.chars();
    // two characters take eight bytes at most
    let short = text.len() < 9 && text.chars().take(3).count() <= 2;
    (short && !text.chars().all(|c| c.is_ascii_digit())) || chars.all(|c| !is_alphanumeric(c))
}

/// `[button link="..."]`: a shortcode the page's markup left in the text. Brackets in news
/// text hold words (`[sic]`, `[the mayor]`), never `name=value` attributes.
fn is_markup(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('[') else {
        return false;
    };
    let closing = rest.starts_with('/');
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name = rest
        .bytes()
        .take_while(|b| b.is_ascii_lowercase() || *b == b'_' || *b == b'-')
        .count();
    let Some(close) = rest.find(']') else {
        return false;
    };
    name >= 2 && name <= close && (closing || rest[name..close].contains('='))
}

/// `Facebook | Twitter | Email`: whether `text` is a short row of social buttons, and, where
/// the screen walked all its word places, whether a year's digits open one.
fn share_row(text: &str) -> (bool, Option<bool>) {
    // A social word stands where a word starts; most lines hold none, and the screen says
    // so faster than splitting them into words. A row needs two, each at a place of its
    // own: a headline with one (`SHARES RISE`) is not split either. A year stands where a
    // word starts too, and the date stamp rule needs one: looked for on the same walk, it
    // costs a bit of each place's class and a comparison at the places that open with `1`
    // or `2` (which no social word does), where a walk of its own read every fourth byte
    // of each short line.
    static SOCIAL: LazyLock<Screen> = LazyLock::new(|| Screen::new(SOCIAL_WORDS.iter().copied()));
    let b = text.as_bytes();
    // only a line short enough for a date stamp is asked for a year
    let (found, year) = if text.len() <= DATE_STAMP_LEN {
        SOCIAL.finds_or_year(b, 2, true)
    } else {
        (SOCIAL.finds(b, 2), false)
    };
    if !found {
        return (false, Some(year));
    }
    (is_share_row(text), None)
}

/// Whether the words of `text`, two or more of them social, are half social or more.
fn is_share_row(text: &str) -> bool {
    let mut social = 0;
    let mut words = 0;
    for w in text.split(|c: char| c.is_whitespace() || matches!(c, '|' | ',' | '/' | '·' | '•'))
    {
        let w = w.trim_matches(|c: char| !is_alphanumeric(c) && c != '+');
        if w.is_empty() {
            continue;
        }
        words += 1;
        if SOCIAL_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)) {
            social += 1;
        }
    }
    social >= 2 && social * 2 >= words.min(8)
}

/// A line that is only a URL, an e-mail address or a handle.
fn is_link_line(text: &str) -> bool {
    // one search settles most lines: a space before any `@` makes a line no link
    let b = text.as_bytes();
    // Most lines have a space, and no `@`, among their first eight bytes: read at once, they
    // are let go before the search is set up.
    if let Some(head) = b.first_chunk::<8>().map(|h| u64::from_le_bytes(*h))
        && holds_byte(head, b' ')
        && !holds_byte(head, b'@')
    {
        return false;
    }
    match memchr::memchr2(b' ', b'@', b) {
        Some(i) if b[i] == b' ' => false,
        Some(i) => !b[i..].contains(&b' ') && is_link_token(text),
        None => is_link_token(text),
    }
}

/// Whether one of the eight bytes of `word` is `b`, that is whether `x` has a zero byte:
/// taking one from every byte sets the top bit of the lowest zero byte, and with no zero
/// byte nothing borrows and only bytes whose top bit was set keep one, which `!x` drops.
fn holds_byte(word: u64, b: u8) -> bool {
    let x = word ^ (u64::from(b) * ONES);
    x.wrapping_sub(ONES) & !x & (ONES << 7) != 0
}

/// Whether `text` holds what every link token does (`@`, `://` or `www.`): most lines hold
/// none, and are settled without being split into tokens.
fn may_hold_link(text: &str) -> bool {
    // One search for the bytes those start or end with, where three searches were set up
    // (two of them for strings) for every line; each byte found is checked where it stands.
    let b = text.as_bytes();
    memchr::memchr3_iter(b'@', b':', b'.', b).any(|i| match b[i] {
        b'@' => true,
        b':' => b[i + 1..].starts_with(b"//"),
        _ => b[..i].ends_with(b"www"),
    })
}

fn is_link_token(token: &str) -> bool {
    token.starts_with("http://")
        || token.starts_with("https://")
        || token.starts_with("www.")
        || (token.starts_with('@') && token.len() > 1)
        || token
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

/// A date stamp is at most this many bytes.
const DATE_STAMP_LEN: usize = 60;

/// `Monday, 22 January 2018 at 0:13`: a line that is only a date, or a date and a time.
/// Asked only of lines that end no sentence; `year_place` says whether a year's digits open
/// a word place, where the share-row screen has looked.
fn is_date_stamp(text: &str, year_place: Option<bool>) -> bool {
    if text.len() > DATE_STAMP_LEN || !year_place.unwrap_or_else(|| holds_year_digits(text)) {
        return false;
    }
    let (mut year, mut clock, mut month, mut day) = (false, false, false, false);
    let mut other = 0;
    // no clock without a `:`, and then a second word of no date settles the line
    let may_have_clock = memchr::memchr(b':', text.as_bytes()).is_some();
    for w in date_words(text) {
        let is_day = is_day_number(w);
        // `May` is also a verb; the short forms are also words.
        let is_month = dateline::is_long_month_form(w);
        year |= is_year(w);
        clock |= is_clock(w);
        day |= is_day;
        month |= is_month;
        if !(is_year(w) || is_clock(w) || is_day || is_month) {
            other += 1;
            if other > 1 && !may_have_clock {
                return false;
            }
        }
    }
    // Beside a date, one more word is a weekday or a place; more make a table heading
    // (`Year to December 31, 1986`).
    year && (clock || (month && day && other <= 1))
}

/// A publication or update stamp is at most this many bytes.
const CLOCK_STAMP_LEN: usize = 120;

/// `Updated 3:45 p.m. ET`, `Published 6:02 a.m. CT Jan. 5, 2024 | Updated 7:15 a.m. CT`: a
/// clock, and a stamp's label or the half of the day or a time zone, and no word but those,
/// dates and days of the week. The words a stamp alone uses tell it from a table's row of
/// clock times. Asked only of the lines between the headline and the story, where pages
/// set such stamps: asked of every short line, its screens cost 2M instructions a pass
/// over the wire's tables.
pub(crate) fn is_clock_stamp(text: &str) -> bool {
    if text.len() > CLOCK_STAMP_LEN
        || memchr::memchr(b':', text.as_bytes()).is_none()
        || ends_sentence(text)
    {
        return false;
    }
    let (mut clock, mut stamp) = (false, false);
    for w in date_words(text) {
        if is_clock(w) {
            clock = true;
        } else if is_stamp_word(w) {
            stamp = true;
        } else if !(is_year(w)
            || is_day_number(w)
            || dateline::is_month(w)
            || dateline::is_weekday(w))
        {
            return false;
        }
    }
    clock && stamp
}

/// A day of the month as a date stamp writes it: one or two digits.
fn is_day_number(w: &str) -> bool {
    w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())
}

/// A word of `STAMP_LABELS` or `STAMP_WORDS`, in any case.
fn is_stamp_word(w: &str) -> bool {
    STAMP_LABELS
        .iter()
        .chain(STAMP_WORDS)
        .any(|s| s.eq_ignore_ascii_case(w))
}

/// The words of a date stamp line: split at blanks and commas, each bare of the marks around
/// it (a clock's `:` kept).
fn date_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| !is_alphanumeric(c) && c != ':'))
        .filter(|w| !w.is_empty())
}

/// Four digits that start like a year (`19..`, `20..`): no year without them. Asked only of
/// the lines whose word places the share-row screen did not all read. Four bytes
/// in a row hold one place of every four, so only those places are asked for a digit, and
/// the four places a year holding it could start are asked only around a digit found
/// there: lines of words are read a quarter of the times.
fn holds_year_digits(text: &str) -> bool {
    let b = text.as_bytes();
    let year_at = |start: usize| b.get(start..).is_some_and(opens_with_year_digits);
    // a loop of its own: `step_by` cost about a seventh more
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c.is_ascii_digit() && (i.saturating_sub(3)..=i).any(year_at) {
            return true;
        }
        i += 4;
    }
    false
}

/// Whether `rest` opens with four digits that start like a year. A year word (`is_year`)
/// opens a word place: what stands before it is a separator, or what its word was trimmed
/// of, never an ASCII letter or digit.
fn opens_with_year_digits(rest: &[u8]) -> bool {
    // most places open with a letter: one comparison lets them go
    rest.first().is_some_and(|b| b.wrapping_sub(b'1') < 2)
        && matches!(rest, [b'1', b'9', c, d, ..] | [b'2', b'0', c, d, ..]
            if c.is_ascii_digit() && d.is_ascii_digit())
}

fn is_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// `0:13`, `10:45`.
fn is_clock(w: &str) -> bool {
    w.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// Whether a boilerplate block stays boilerplate between two paragraphs. A lone link there
/// is usually a source the story cites or a product it lists, so only at the edges of the
/// body does it count as a link out.
pub(crate) fn holds_inside(text: &str) -> bool {
    !is_link_line(text)
}

/// `Related stories`, `More:`, `Don't miss`: a navigation label that heads a list of links.
pub(crate) fn heads_link_list(text: &str, kind: BoilerplateKind) -> bool {
    kind == BoilerplateKind::Navigation
        && !is_link_line(text)
        && (text.ends_with(':') || word_count(text) <= 3)
}

/// A linked headline in a list under a navigation label: a few words that make no sentence.
/// Sub-headings, which also make none, are shorter than four words.
pub(crate) fn is_teaser(text: &str) -> bool {
    text.len() <= 300
        && !ends_with_stop(text, b".!;:", &CLOSING_MARKS)
        && (4..=30).contains(&word_count(text))
}

/// A line in capitals this many words long is no sub-heading. Erring long: a sub-heading
/// taken for a link loses the reader a piece of the story.
const SHOUTED_WORDS: usize = 9;

/// `OFFICIALS SAY THE OLD BRIDGE WILL REOPEN IN MAY`: a long line in capitals between
/// paragraphs links to another story. A sub-heading in capitals is a few words.
pub(crate) fn is_shouted_teaser(text: &str) -> bool {
    // cheapest first: most blocks are long or hold a lower-case letter early on
    text.len() <= 200
        && !text.chars().any(char::is_lowercase)
        && text.chars().filter(|c| c.is_uppercase()).count() >= 20
        && !ends_sentence(text)
        && word_count(text) >= SHOUTED_WORDS
}

/// A paragraph of the story proper: a full sentence or more.
pub(crate) fn is_running_text(text: &str) -> bool {
    // the fifteenth word settles it: a long paragraph is not counted to its end
    ends_sentence(text) && holds_words(text, 15)
}

/// Whether `text` holds `n` or more of the words `words` reads: the runs between white
/// space that hold a letter or a digit (`bare_word` trims all else off a run). Eight bytes
/// at a time bound their count from both sides, where `words` found each run's bounds,
/// trimmed it and asked whether anything was left (about 100 instructions a word): a letter
/// or digit right after ASCII white space (or at the start) opens a word, and a word opens
/// after white space, which ends in ASCII white space or a byte beyond ASCII. Only a text
/// between the bounds is read word by word.
fn holds_words(text: &str, n: usize) -> bool {
    if n == 0 {
        return true;
    }
    let mut sure = 0;
    let mut most = 0;
    // the top bit of the byte before the chunk's first: white space before, and white space
    // or a byte beyond ASCII before; the text's start is both
    let (mut blank_before, mut gap_before) = (0x80, 0x80);
    let mut count = |x: u64| {
        let wide = x & HIGH;
        let low = x & !HIGH;
        let blank = ascii_blank_mask(low) & !wide;
        let alnum = (in_range(low, b'0', b'9') | in_range(low | LOWER, b'a', b'z')) & !wide;
        let after_blank = (blank << 8) | blank_before;
        let after_gap = ((blank | wide) << 8) | gap_before;
        sure += bytes_set(alnum & after_blank);
        most += bytes_set(!blank & HIGH & after_gap);
        blank_before = blank >> 56;
        gap_before = (blank | wide) >> 56;
        sure >= n
    };
    let (chunks, rest) = text.as_bytes().as_chunks::<8>();
    if chunks.iter().any(|c| count(u64::from_le_bytes(*c))) {
        return true;
    }
    // The last bytes, with spaces past the text's end: they open no word.
    if !rest.is_empty()
        && count(
            rest.iter()
                .rev()
                .fold(SPACES, |x, &b| (x << 8) | u64::from(b)),
        )
    {
        return true;
    }
    most >= n && words(text).nth(n - 1).is_some()
}

/// A one in every byte of a `u64`: a byte times it is that byte in every place.
const ONES: u64 = u64::from_le_bytes([1; 8]);
/// The top bit of every byte of a `u64`.
const HIGH: u64 = ONES << 7;
/// The `0x20` bit of every byte, which makes an ASCII capital a small letter.
const LOWER: u64 = ONES * 0x20;
/// Eight spaces.
const SPACES: u64 = ONES * b' ' as u64;

/// The top bit of each byte of `low` (whose bytes are all below `0x80`) set where the byte
/// is `lo` to `hi`: added to `0x80 - lo` a byte reaches the top bit when it is `lo` or
/// more, added to `0x7F - hi` when it is more than `hi`, and no sum carries into the next
/// byte.
fn in_range(low: u64, lo: u8, hi: u8) -> u64 {
    let from = low + u64::from(0x80 - lo) * ONES;
    let past = low + u64::from(0x7F - hi) * ONES;
    from & !past & HIGH
}

/// The bytes of `low` (top bits clear) that are ASCII white space, `is_ascii_blank`'s
/// set, as top bits.
fn ascii_blank_mask(low: u64) -> u64 {
    in_range(low, b'\t', b'\r') | in_range(low, b' ', b' ')
}

/// How many bytes of `mask` (top bits only) are set: each moved to its byte's low bit and
/// all summed into the top byte by one multiply.
fn bytes_set(mask: u64) -> usize {
    ((mask >> 7).wrapping_mul(ONES) >> 56) as usize
}

/// The headline again, or a variant of it (`Roundup: Ann wins` for `HS Roundup: Ann wins`),
/// standing as a line of its own in the body.
pub(crate) fn repeats_headline(text: &str, headline: &str) -> bool {
    if text.len() > 300 || ends_sentence(text) {
        return false;
    }
    // The block's words and the headline's are read once each, with whether each is ASCII,
    // where each word of one read the other's again; a longer headline is read as it was.
    let mut block = [("", true); BLOCK_WORDS];
    let mut n = 0;
    for w in words(text) {
        match block.get_mut(n) {
            Some(slot) => *slot = (w, w.is_ascii()),
            None => return false,
        }
        n += 1;
    }
    if n < 4 {
        return false;
    }
    let block = &block[..n];
    let mut title = [("", true); HEADLINE_WORDS];
    let mut m = 0;
    for h in words(headline) {
        match title.get_mut(m) {
            Some(slot) => *slot = (h, h.is_ascii()),
            // a longer headline is read word by word for each word of the block
            None => return shares_headline(block, || words(headline).map(|h| (h, h.is_ascii()))),
        }
        m += 1;
    }
    shares_headline(block, || title[..m].iter().copied())
}

/// Whether the block's words repeat the headline's (`title` yields them afresh each call):
/// three in four of the block's words stand in the headline, and half of the headline's in
/// the block.
#[inline(always)]
fn shares_headline<'a, I>(block: &[(&str, bool)], title: impl Fn() -> I) -> bool
where
    I: Iterator<Item = (&'a str, bool)>,
{
    let n = block.len();
    // Fewer than three in four words shared (`shared * 4 < n * 3`) is more than one in four
    // missed: a block that repeats no headline is let go at its first few misses, where
    // every word was looked for in the headline.
    let mut missed = 0;
    for &w in block {
        if !title().any(|h| same_word_known(w, h)) {
            missed += 1;
            if missed * 4 > n {
                return false;
            }
        }
    }
    let (mut len, mut covered) = (0, 0);
    for h in title() {
        len += 1;
        covered += usize::from(block.iter().any(|&w| same_word_known(w, h)));
    }
    covered * 2 >= len
}

/// Equal when lower-cased, for two words whose ASCII-ness is known: two ASCII words are
/// compared without decoding, as every word of the block is compared with every word of
/// the headline, and asking each time read both.
fn same_word_known((a, a_ascii): (&str, bool), (b, b_ascii): (&str, bool)) -> bool {
    if a_ascii && b_ascii {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// The most words a block that repeats the headline has.
const BLOCK_WORDS: usize = 30;

/// The most headline words `repeats_headline` keeps.
const HEADLINE_WORDS: usize = 32;

/// The kind of a block that is boilerplate when nothing but boilerplate follows it: the
/// author's bio, a line of links. Before the end of the story such a line is the story's.
pub(crate) fn trailer_kind(text: &str) -> Option<BoilerplateKind> {
    if text.len() <= REPORTING_NOTE && is_reporting_note(text) {
        return Some(BoilerplateKind::Credit);
    }
    // at the story's end only: inside it, `n/a` is a cell of a table
    if text.len() <= DESK_INITIALS && is_desk_initials(text) {
        return Some(BoilerplateKind::Signoff);
    }
    // Most blocks asked are a story's last paragraph: a sentence (no line of links) whose
    // second word is small (no bio), told here without the frame of the rules.
    let no_bio = text.len() > 300 || second_word_is_small(text);
    if no_bio && text.as_bytes().last().is_some_and(|c| b".!?".contains(c)) {
        return None;
    }
    trailer_kind_of(text, no_bio)
}

/// `trailer_kind` past its screen, told whether the block is too long for a bio or its
/// second word small (`no_bio`).
#[inline(never)]
fn trailer_kind_of(text: &str, no_bio: bool) -> Option<BoilerplateKind> {
    if !no_bio && names_owner_role(text) {
        return Some(BoilerplateKind::Bio);
    }
    // `By Jane Doe` after the story: its writer's credit, as some pages set it last
    if crate::byline::parse_by_line(text).is_some() {
        return Some(BoilerplateKind::Credit);
    }
    let links = text.len() <= 200
        && !ends_sentence(text)
        && may_hold_link(text)
        && split_whitespace(text).any(|t| {
            is_link_token(t.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '.' | ';')))
        });
    links.then_some(BoilerplateKind::Navigation)
}

/// `Jane Doe is a staff writer at Example News.`, `Jane Doe covers courts for ...`: a name,
/// then the newsroom role of its owner. Asked of a block of 300 bytes or less whose second
/// word is not small (`second_word_is_small`).
fn names_owner_role(text: &str) -> bool {
    // Read from the bytes as far as they are ASCII; a byte beyond leaves it to the words.
    let b = text.as_bytes();
    let Some((name, verb, mut at)) = name_then_verb_ascii(b) else {
        return names_a_role(text);
    };
    if name < 2 {
        return false;
    }
    match verb {
        b"covers" => true,
        b"is" | b"was" => {
            for _ in 0..8 {
                match next_ascii_word(b, &mut at) {
                    None => return names_a_role(text),
                    Some(None) => return false,
                    Some(Some(w))
                        if BIO_ROLES
                            .iter()
                            .any(|r| r.as_bytes().eq_ignore_ascii_case(w)) =>
                    {
                        return true;
                    }
                    Some(Some(_)) => {}
                }
            }
            false
        }
        _ => false,
    }
}

/// `names_owner_role` read word by word, where the bytes hold one beyond ASCII. Out of
/// line: few blocks get here.
#[inline(never)]
fn names_a_role(text: &str) -> bool {
    let mut ws = words(text);
    let mut name = 0;
    let verb = loop {
        match ws.next() {
            Some(w) if name < 4 && w.starts_with(char::is_uppercase) => name += 1,
            Some(w) => break w,
            None => return false,
        }
    };
    if name < 2 {
        return false;
    }
    match verb {
        "covers" => true,
        "is" | "was" => ws
            .take(8)
            .any(|w| BIO_ROLES.iter().any(|r| r.eq_ignore_ascii_case(w))),
        _ => false,
    }
}

/// How a byte stands in the words `words` reads, for `next_ascii_word`.
const ASCII_BLANK: u8 = 1;
const BEYOND_ASCII: u8 = 2;
const WORD_GAP: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = if b >= 0x80 {
            BEYOND_ASCII
        } else if is_ascii_blank(b as u8) {
            ASCII_BLANK
        } else {
            0
        };
        b += 1;
    }
    table
};

/// `names_owner_role`'s name and the word that ends it, read from the bytes: how many
/// capitalized words open the text (four at most), the word after them, bare (empty at the
/// end of the text), and where that word's token ends; `None` at a byte beyond ASCII before
/// that word ends, which may be white space or a letter. Where `words` trimmed each word
/// and decoded its first character, a word here is passed with one look-up a byte.
fn name_then_verb_ascii(b: &[u8]) -> Option<(usize, &[u8], usize)> {
    let mut name = 0;
    let mut at = 0;
    loop {
        match next_ascii_word(b, &mut at)? {
            Some(word) if name < 4 && word[0].is_ascii_uppercase() => name += 1,
            Some(word) => return Some((name, word, at)),
            None => return Some((name, &[], at)),
        }
    }
}

/// The next of the words `words` reads, bare, from the bytes from `at` on, moving `at`
/// past it: `Some(None)` at the end of the text, `None` at a byte beyond ASCII before the
/// word ends (it may be white space or a letter).
// Inlined into both callers: the name reader, one of them, runs on the last paragraph of
// most stories, where a call a word cost more than the loop.
#[inline(always)]
fn next_ascii_word<'a>(b: &'a [u8], at: &mut usize) -> Option<Option<&'a [u8]>> {
    let mut i = *at;
    loop {
        while b
            .get(i)
            .is_some_and(|&c| WORD_GAP[usize::from(c)] == ASCII_BLANK)
        {
            i += 1;
        }
        let start = i;
        while let Some(&c) = b.get(i) {
            match WORD_GAP[usize::from(c)] {
                0 => i += 1,
                ASCII_BLANK => break,
                _ => return None,
            }
        }
        *at = i;
        let token = &b[start..i];
        if token.is_empty() {
            return Some(None);
        }
        // `bare_word`: no letter or digit makes no word
        let Some(first) = token.iter().position(u8::is_ascii_alphanumeric) else {
            continue;
        };
        let last = token
            .iter()
            .rposition(u8::is_ascii_alphanumeric)
            .unwrap_or(first);
        return Some(Some(&token[first..=last]));
    }
}

/// Whether what follows the block's first white space starts with an ASCII small letter:
/// then two capitalized words do not open the block, and it is no bio (`The company said
/// ...`, the last paragraph of most stories). Read from the bytes up to that white space; a
/// byte beyond ASCII before it leaves the question to `names_owner_role`.
fn second_word_is_small(text: &str) -> bool {
    let b = text.as_bytes();
    // `is_ascii_blank`: the white space `split_whitespace` splits at, as far as ASCII goes.
    // The first eight bytes are asked at once: the first word of most blocks ends in them.
    let gap = match b.first_chunk::<8>().map(|h| u64::from_le_bytes(*h)) {
        Some(x) => {
            let low = x & !HIGH;
            let gaps = ascii_blank_mask(low) | (x & HIGH);
            match gaps {
                0 => b[8..]
                    .iter()
                    .position(|&c| WORD_GAP[usize::from(c)] != 0)
                    .map(|k| k + 8),
                _ => Some(gaps.trailing_zeros() as usize / 8),
            }
        }
        None => b.iter().position(|&c| WORD_GAP[usize::from(c)] != 0),
    };
    match gap {
        Some(gap) => {
            WORD_GAP[usize::from(b[gap])] == ASCII_BLANK
                && b.get(gap + 1).is_some_and(u8::is_ascii_lowercase)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BoilerplateKind::*;

    /// Equal when lower-cased: the headline rules' word compare, with each word's ASCII-ness
    /// asked.
    fn same_word(a: &str, b: &str) -> bool {
        same_word_known((a, a.is_ascii()), (b, b.is_ascii()))
    }

    /// The kind of a block, which the read of its text for the inside phrases (here the
    /// block alone) does not change.
    fn kind(line: &str) -> Option<BoilerplateKind> {
        let phrases = Phrases::built_in();
        let kind = classify(line, &phrases.any_text());
        assert_eq!(classify(line, &phrases.in_text(line)), kind, "{line}");
        kind
    }

    #[test]
    fn share_and_follow() {
        assert_eq!(kind("Follow CBSMIAMI.COM: Facebook | Twitter"), Some(Share));
        assert_eq!(kind("Share on Facebook"), Some(Share));
        assert_eq!(kind("Facebook Twitter Email Print"), Some(Share));
        assert_eq!(kind("FACEBOOK · TWITTER · E-MAIL"), Some(Share));
        assert_eq!(kind("Google+ | Reddit"), Some(Share));
        assert_eq!(kind("Shares of Facebook and Twitter"), None);
    }

    #[test]
    fn notes_on_the_story_itself() {
        for note in [
            "Correction: An earlier version of this story misstated the date of the vote.",
            "This story has been updated with comments from the mayor.",
            "A version of this article appears in print on June 5, 2024, Section A.",
        ] {
            assert_eq!(kind(note), Some(BoilerplateKind::Credit), "{note}");
        }
        // the word in a sentence of the story
        assert_eq!(
            kind("The mayor issued a correction: the vote is on Friday."),
            None
        );
    }

    #[test]
    fn a_reporting_note_names_its_writers_and_where_they_were() {
        for note in [
            "Ortiz reported from New York.",
            "Jane Doe and Tom Roe reported from Kyiv, Ukraine.",
        ] {
            assert_eq!(trailer_kind(note), Some(BoilerplateKind::Credit), "{note}");
        }
        // the writer's byline, set after the story
        for byline in ["By Jane Doe", "By JANE DOE, Associated Press"] {
            assert_eq!(
                trailer_kind(byline),
                Some(BoilerplateKind::Credit),
                "{byline}"
            );
        }
        for initials in ["jmr/ab/tc", "bur-jmr/tc"] {
            assert_eq!(trailer_kind(initials), Some(Signoff), "{initials}");
            assert_eq!(kind(initials), None, "inside the story: {initials}");
        }
        for story in [
            "The BBC said it had reported from the scene for a week.",
            "Ortiz reported from New York on the storm for years",
            "The BBC reported from the scene.",
            "Al Jazeera reported from Gaza that 12 people were killed.",
        ] {
            assert_eq!(trailer_kind(story), None, "{story}");
        }
    }

    #[test]
    fn notes_on_the_story_and_the_site() {
        for (line, want) in [
            ("Editor's note: This story has been corrected.", Credit),
            ("Editor’s Note: The author is a former aide.", Credit),
            ("This article originally appeared on Example News.", Credit),
            ("This story was originally published March 5, 2024.", Credit),
            (
                "This story was produced in partnership with Example Lab.",
                Credit,
            ),
            (
                "This interview has been edited for length and clarity.",
                Credit,
            ),
            ("Have a news tip? Email us at tips@example.com.", Contact),
            (
                "To contact the reporter on this story: Jane Doe in London",
                Contact,
            ),
            ("Our Standards: The Example Trust Principles.", Notice),
            ("Reuse this content", Notice),
            ("Explore more on these topics", Navigation),
            (
                "Residents gather in the square. (AP Photo/Sam Ortiz)",
                Caption,
            ),
            ("Pictured: the new library branch on Main Street", Caption),
            (
                "A long caption of a file photo that runs past a line's length, as most captions \
                 that the AP sends with its photos do, naming the place and the day it was taken \
                 and the people in it. (AP Photo/Jane Roe, File)",
                Caption,
            ),
            (
                "Firefighters at the scene on Monday. (Jane Roe/Getty Images)",
                Caption,
            ),
            (
                "The rocket's core stage in its hangar in early November. (credit: NASA/Jo Roe)",
                Caption,
            ),
            ("Volunteers sort donations. (Photo by Jane Roe)", Caption),
            (
                "More from Example News:\nMan charged in shooting\nRoads close",
                Navigation,
            ),
        ] {
            assert_eq!(kind(line), Some(want), "{line}");
        }
        for story in [
            "The editor's note was removed on Friday after readers complained.",
            "This story has more twists than any other, the judge said.",
            "More from the minister:\nWe will build it.\nThe works start in May.",
            "24/7",
            "yes/no vote",
            "The image (licensed through Getty Images) was shared a million times.",
            "The poll (Reuters/Ipsos) asked 1,000 people (Reuters/Ipsos) on Monday",
            "Households owe more than ever (credit card debt)",
            "The mural was painted over in one night (photo below)",
        ] {
            assert_eq!(kind(story), None, "{story}");
        }
    }

    #[test]
    fn navigation_and_promos() {
        assert_eq!(kind("Skip to main content"), Some(Navigation));
        assert_eq!(kind("Read more"), Some(Navigation));
        assert_eq!(kind("Read more: Ten things to know"), Some(Navigation));
        assert_eq!(kind("Related: The market falls again"), Some(Navigation));
        assert_eq!(kind("Continue reading"), Some(Navigation));
        assert_eq!(kind("Sign up for our daily briefing"), Some(Promo));
        assert_eq!(kind("https://example.com/story"), Some(Navigation));
    }

    #[test]
    fn notices_copyright_credits() {
        assert_eq!(
            kind(
                "We and our partners use cookies to improve your experience. By continuing to use this site, you accept these cookies."
            ),
            Some(Notice)
        );
        assert_eq!(kind("This slideshow requires JavaScript."), Some(Notice));
        assert_eq!(
            kind("© 2016 CBS Local Media. All Rights Reserved."),
            Some(Copyright)
        );
        assert_eq!(
            kind("This material may not be published, broadcast, rewritten or redistributed."),
            Some(Copyright)
        );
        assert_eq!(
            kind("(Reporting by Jane Doe; Editing by John Roe)"),
            Some(Credit)
        );
        assert_eq!(
            kind("Additional reporting by Ann Lee in Paris"),
            Some(Credit)
        );
        assert_eq!(kind("Compiled by Staff"), Some(Credit));
    }

    #[test]
    fn contact_affiliate_ads_captions_time_fragments() {
        assert_eq!(
            kind("Have a tip? The reporter may be reached at tips@example.com"),
            Some(Contact)
        );
        assert_eq!(
            kind("If you buy something through this post, we may get a share of the sale."),
            Some(Affiliate)
        );
        assert_eq!(kind("Advertisement"), Some(Ad));
        assert_eq!(kind("Story continues below"), Some(Ad));
        assert_eq!(kind("(Photo: Jane Doe/Example)"), Some(Caption));
        assert_eq!(kind("Image copyright Getty Images"), Some(Caption));
        assert_eq!(kind("5 min read"), Some(Timestamp));
        assert_eq!(kind("f"), Some(Fragment));
        assert_eq!(kind("___"), Some(Fragment));
        assert_eq!(kind("Leave a comment"), Some(Comment));
        assert_eq!(kind("Reuter"), Some(Signoff));
    }

    #[test]
    fn news_paragraphs_that_look_like_boilerplate_are_kept() {
        for line in [
            "Regulators said the cookies that track users across sites would be banned next year.",
            "The court ruled that copyright law does not protect a photograph taken by a monkey.",
            "Shares rose 12 percent after the company said it would sign up new customers.",
            "He added that readers should follow the instructions on the label.",
            "Advertisement spending fell 3 percent in the quarter, the group said.",
            "Reuters reported the deal first.",
            "Pay May 20",
        ] {
            assert_eq!(kind(line), None, "{line}");
        }
    }

    #[test]
    fn phrases_mark_only_where_they_stand() {
        assert_eq!(kind("Also on Harbor Gazette:"), Some(Navigation));
        assert_eq!(
            kind("Also on harborgazette.com Ferry fares rise for the third year"),
            Some(Navigation)
        );
        assert_eq!(kind("Continue Reading Below"), Some(Ad));
        assert_eq!(
            kind("Click here to get the Harbor Gazette app"),
            Some(Navigation)
        );
        assert_eq!(kind("Previous Story"), Some(Navigation));
        assert_eq!(kind("Don't miss"), Some(Navigation));
        assert_eq!(
            kind("Get the morning briefing delivered to your inbox."),
            Some(Promo)
        );
        assert_eq!(kind("Subscribe to the Harbor Gazette"), Some(Promo));
        assert_eq!(kind("Terms of Use | Privacy Policy"), Some(Notice));
        assert_eq!(
            kind("By using this site you agree to our privacy policy."),
            Some(Notice)
        );
        assert_eq!(kind("Photos © Ana Ruiz, 2021"), Some(Copyright));
        assert_eq!(
            kind("Tom Ng contributed reporting from Lagos."),
            Some(Credit)
        );
        assert_eq!(
            kind("Harbor Gazette has affiliate partnerships and may earn money from links."),
            Some(Affiliate)
        );
        assert_eq!(
            kind("Comments are moderated before they appear."),
            Some(Comment)
        );
    }

    #[test]
    fn the_walk_asks_for_a_year_where_no_social_word_starts() {
        let social = Screen::new(SOCIAL_WORDS.iter().copied());
        // what the walk relies on: no social word opens with a year's first byte
        for b in b'0'..=b'9' {
            assert_eq!(social.starts.first[usize::from(b)], 0, "{}", char::from(b));
        }
        // the rule it replaces: every word place asked
        let every_place = |b: &[u8]| word_places(b).any(|i| opens_with_year_digits(&b[i..]));
        let pieces = [
            "2021", "1987", "x2021", "Facebook", "share", "SMS", "tw", "20", "1", ",", " ", "(",
            "|", "\u{e9}", "12:30",
        ];
        let n = pieces.len();
        let mut walked = 0;
        for len in 1..=4u32 {
            for k in 0..n.pow(len) {
                let text: String = (0..len).map(|j| pieces[k / n.pow(j) % n]).collect();
                let (found, year) = social.finds_or_year(text.as_bytes(), 2, true);
                if !found {
                    walked += 1;
                    assert_eq!(year, every_place(text.as_bytes()), "{text:?}");
                }
            }
        }
        assert!(walked > 40_000, "{walked}");
        assert_eq!(share_row("Shares and SMS in 2021"), (false, None));
        assert_eq!(share_row("Share 2021"), (false, Some(true)));
    }

    #[test]
    fn date_stamp_screens_agree_with_the_whole_rule() {
        let pieces = [
            "2021", "1987", "20", "19", "4", "March", ",", " ", "(", ":", "\u{b7}", "x", "12:30",
            "Facebook", "\u{e9}", "-",
        ];
        let n = pieces.len();
        for len in 1..=4u32 {
            for k in 0..n.pow(len) {
                let text: String = (0..len).map(|j| pieces[k / n.pow(j) % n]).collect();
                let (_, year) = share_row(&text);
                // the walk read every place: a year word opens one of them
                if let Some(year) = year {
                    assert!(year || !date_words(&text).any(is_year), "{text:?}");
                }
                assert_eq!(
                    is_date_stamp(&text, year),
                    is_date_stamp(&text, None),
                    "{text:?}"
                );
                // every word read, with no early answer
                let is_day = |w: &str| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
                let dated = |w: &str| {
                    is_year(w) || is_clock(w) || is_day(w) || dateline::is_long_month_form(w)
                };
                let other = date_words(&text).filter(|w| !dated(w)).count();
                let any = |f: &dyn Fn(&str) -> bool| date_words(&text).any(f);
                let stamp = any(&is_year)
                    && (any(&is_clock)
                        || (any(&dateline::is_long_month_form) && any(&is_day) && other <= 1));
                assert_eq!(is_date_stamp(&text, None), stamp, "{text:?}");
            }
        }
        assert_eq!(share_row("Monday, 4 March 2021").1, Some(true));
        assert_eq!(share_row("Monday,2021").1, Some(true));
        assert_eq!(share_row("March 4, x2021").1, Some(false));
        // a row the screen took is not walked to its end
        assert_eq!(share_row("Facebook Twitter 2021"), (true, None));
        assert_eq!(kind("Facebook Twitter 2021"), Some(Share));
        assert_eq!(kind("(\u{b7}2021) 12:30"), Some(Timestamp));
        // a line with no `:` is let go at its second word of no date; one with a clock is not
        assert!(is_date_stamp("Monday, 4 March 2021", None));
        assert!(!is_date_stamp("Monday, 4 March 2021 in Paris", None));
        assert!(is_date_stamp(
            "Monday in Paris, 4 March 2021 at 12:30",
            None
        ));
    }

    #[test]
    fn reading_time_date_stamps_and_markup() {
        for stamp in [
            "Updated 3:45 p.m. ET",
            "Published 6:02 a.m. CT Jan. 5, 2024 | Updated 7:15 a.m. CT Jan. 5, 2024",
            "June 4, 2024, 1:15 PM EDT / Updated June 4, 2024, 3:20 PM EDT",
            "Monday, June 3, 2024 at 9:30 a.m. ET",
        ] {
            assert!(is_clock_stamp(stamp), "{stamp}");
        }
        // a clock with no word of a stamp is a table's row; a stamp's words in a line of
        // other words are no stamp
        for line in [
            "10:30 11:00 12:30",
            "Updated 3:45 p.m. ET to add the mayor's office",
            "Trains leave at 3:45 and 4:15",
            "Updated at 3:45 p.m. The mayor spoke.",
        ] {
            assert!(!is_clock_stamp(line), "{line}");
        }
        assert_eq!(kind("3 min read"), Some(Timestamp));
        assert_eq!(kind("Tiempo de lectura: 2 minutos"), Some(Timestamp));
        assert_eq!(kind("Lesezeit: 4 Minuten"), Some(Timestamp));
        assert_eq!(kind("Thursday, March 4, 2021"), Some(Timestamp));
        assert_eq!(kind("12:30 1987"), Some(Timestamp));
        assert_eq!(kind("Net 1,900 vs 2,000"), None);
        assert!(holds_year_digits("May 3, 2021") && !holds_year_digits("May 3, 21"));
        // every place a year can stand, against a search of every four bytes
        let every_window = |t: &str| {
            t.as_bytes().windows(4).any(|w| {
                matches!(w, [b'1', b'9', c, d] | [b'2', b'0', c, d]
                    if c.is_ascii_digit() && d.is_ascii_digit())
            })
        };
        let alphabet = ['1', '9', '2', '0', '7', 'a'];
        for len in 0..=7 {
            for n in 0..alphabet.len().pow(len) {
                let text: String = (0..len)
                    .map(|k| alphabet[n / alphabet.len().pow(k) % alphabet.len()])
                    .collect();
                assert_eq!(holds_year_digits(&text), every_window(&text), "{text}");
            }
        }
        assert_eq!(
            kind("quinta-feira, 4 de março de 2021 às 9:40"),
            Some(Timestamp)
        );
        assert_eq!(
            kind("[cta url=\"https://example.com/tips\"] Send us your photos"),
            Some(Markup)
        );
        assert_eq!(kind("[/cta]"), Some(Markup));
    }

    #[test]
    fn sentences_that_share_words_with_the_lexicon_are_kept() {
        for line in [
            "Also on Thursday, the council voted to close the old ferry terminal.",
            "\"Follow us,\" the guide told the hikers, and they set off up the ridge.",
            "The company quietly changed its privacy policy last week, regulators said.",
            "The site's admin read the complaint aloud at the hearing.",
            "Year to December 31, 2020",
            "He called the ruling a setback for the résumé-screening industry.",
            "Sign up for the program closes on Friday, the district said.",
            "[sic] was all the editor wrote in the margin.",
            "The plaintiffs said the cookie banner misled users, and the judge agreed.",
        ] {
            assert_eq!(kind(line), None, "{line}");
        }
        // A garbled accent carries a © that is no copyright sign.
        assert_eq!(
            kind("The mayor's rÃ\u{303}©sumÃ\u{303}© lists two terms."),
            None
        );
    }

    #[test]
    fn the_headline_rule_stops_where_the_count_would_fail() {
        // the rule as it counted every word of the block before comparing
        let counted = |text: &str, headline: &str| {
            if text.len() > 300 || ends_sentence(text) {
                return false;
            }
            let n = word_count(text);
            if !(4..=30).contains(&n) {
                return false;
            }
            let shared = words(text)
                .filter(|w| words(headline).any(|h| same_word(w, h)))
                .count();
            if shared * 4 < n * 3 {
                return false;
            }
            let title = word_count(headline);
            let covered = words(headline)
                .filter(|h| words(text).any(|w| same_word(w, h)))
                .count();
            covered * 2 >= title
        };
        let headline = "Harbor Line adds a night boat";
        // blocks of four and five words, each from the headline (in its case or another) or
        // not, so that every count of missed words stands at every place
        let pieces = [
            "Harbor", "LINE", "adds", "night", "ferry", "said", "-", "Boat",
        ];
        let n = pieces.len();
        let (mut same, mut other) = (0, 0);
        for len in 4..=5u32 {
            for k in 0..n.pow(len) {
                let words: Vec<&str> = (0..len).map(|j| pieces[k / n.pow(j) % n]).collect();
                let text = words.join(" ");
                let found = repeats_headline(&text, headline);
                assert_eq!(found, counted(&text, headline), "{text:?}");
                if found {
                    same += 1;
                } else {
                    other += 1;
                }
            }
        }
        assert!(same > 1_000 && other > 10_000, "{same} {other}");
        // words beyond ASCII, compared as characters (the Kelvin sign is a `k`)
        let headline_beyond = "\u{c4}rger \u{fc}ber die F\u{e4}hre am Hafen key";
        let beyond = [
            "\u{c4}RGER",
            "\u{fc}ber",
            "DIE",
            "f\u{e4}hre",
            "\u{212a}EY",
            "Hafen",
            "x",
        ];
        let mut found_beyond = 0;
        for len in 4..=5u32 {
            for k in 0..beyond.len().pow(len) {
                let words: Vec<&str> = (0..len)
                    .map(|j| beyond[k / beyond.len().pow(j) % beyond.len()])
                    .collect();
                let text = words.join(" ");
                let found = repeats_headline(&text, headline_beyond);
                assert_eq!(found, counted(&text, headline_beyond), "{text:?}");
                found_beyond += usize::from(found);
            }
        }
        assert!(found_beyond > 1_000, "{found_beyond}");
        // blocks about the most words a repeat may have, and a headline longer than the
        // words kept of one
        let long_headline = ["Harbor line adds a night boat"; 7].join(" ");
        let half_covered = ["Harbor line adds night a the of to in on"; 4].join(" ");
        let mut found_long = 0;
        for headline in [headline, &long_headline, &half_covered] {
            for len in 26..=33 {
                for k in 0..5 {
                    let text = (0..len).map(|j| pieces[(j + k) % 5]).collect::<Vec<_>>();
                    let text = text.join(" ");
                    let found = repeats_headline(&text, headline);
                    assert_eq!(found, counted(&text, headline), "{text:?}");
                    found_long += usize::from(found);
                }
            }
        }
        assert!(found_long > 0 && found_long < 3 * 8 * 5, "{found_long}");
    }

    #[test]
    fn trailer_kind_reads_bios_from_bytes_as_the_words_do() {
        // the rule as it read every block word by word
        let bio_by_words = |text: &str| {
            if text.len() > 300 || second_word_is_small(text) {
                return false;
            }
            let mut ws = words(text);
            let mut name = 0;
            let verb = loop {
                match ws.next() {
                    Some(w) if name < 4 && w.starts_with(char::is_uppercase) => name += 1,
                    Some(w) => break w,
                    None => return false,
                }
            };
            name >= 2
                && match verb {
                    "covers" => true,
                    "is" | "was" => ws
                        .take(8)
                        .any(|w| BIO_ROLES.iter().any(|r| r.eq_ignore_ascii_case(w))),
                    _ => false,
                }
        };
        let by_words = |text: &str| {
            if bio_by_words(text) {
                return Some(Bio);
            }
            let links = text.len() <= 200
                && !ends_sentence(text)
                && may_hold_link(text)
                && split_whitespace(text).any(|t| {
                    is_link_token(
                        t.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '.' | ';')),
                    )
                });
            links.then_some(Navigation)
        };
        // names, verbs, roles and what stands between them, in and beyond ASCII
        let pieces = [
            "Jane",
            "DOE",
            "\u{dc}mit",
            "the",
            "-",
            "(AP)",
            "is",
            "was",
            "covers",
            "said",
            "a",
            "staff",
            "Writer.",
            "reporter,",
            "\u{e9}diteur",
            "\u{a0}",
            ".",
            "www.x.com",
        ];
        // five words from fewer pieces: four names and a verb, or names, a verb and a role
        let five = [
            "Jane",
            "DOE",
            "\u{dc}mit",
            "covers",
            "is",
            "staff",
            "\u{a0}",
            "www.x.com",
        ];
        let mut bios = 0;
        for len in 1..=5u32 {
            let pieces: &[&str] = if len < 5 { &pieces } else { &five };
            let n = pieces.len();
            for k in 0..n.pow(len) {
                let words: Vec<&str> = (0..len).map(|j| pieces[k / n.pow(j) % n]).collect();
                for sep in [" ", "\t"] {
                    let text = words.join(sep);
                    let kind = trailer_kind(&text);
                    assert_eq!(kind, by_words(&text), "{text:?}");
                    bios += usize::from(kind == Some(Bio));
                }
            }
        }
        assert!(bios > 1_000, "{bios}");
        // and past the eight bytes read at once
        for text in [
            "Correspondents Jane Doe is a writer.",
            "Jane\u{a0}Doe is a writer.",
            "Jane Doe is the paper\u{2019}s writer.",
            // a role as the eighth word after the verb counts, as the ninth not
            "Jane Doe was one of the two new sports and reporter",
            "Jane Doe was one of the two new sports and local reporter",
            &format!("Jane Doe is a writer {}", "x ".repeat(150)),
        ] {
            assert_eq!(trailer_kind(text), by_words(text), "{text:?}");
        }
        assert_eq!(
            trailer_kind("Jane Doe was one of the two new sports and reporter"),
            Some(Bio)
        );
    }

    #[test]
    fn body_only_rules() {
        assert!(repeats_headline(
            "Ferry Roundup: Harbor line adds a night boat",
            "Roundup: Harbor line adds a night boat"
        ));
        assert!(!repeats_headline(
            "The harbor line will add a night boat in June, officials said.",
            "Harbor line adds a night boat"
        ));
        // a headline repeated in capitals, and in a script beyond ASCII
        assert!(repeats_headline(
            "HARBOR LINE ADDS A NIGHT BOAT",
            "Harbor line adds a night boat"
        ));
        assert!(repeats_headline(
            "Ärger über die Fähre am Hafen",
            "ÄRGER ÜBER DIE FÄHRE AM HAFEN"
        ));
        assert!(same_word("Harbor", "hARBOR") && !same_word("Harbor", "Harbors"));
        // the Kelvin sign lower-cases to an ASCII `k`
        assert!(same_word("\u{212A}ey", "key") && same_word("Öl", "öL"));
        assert!(is_shouted_teaser(
            "HARBOR CITY MAYOR SAYS NIGHT FERRY WILL RUN ALL WINTER"
        ));
        assert!(!is_shouted_teaser("HARBOR CITY FERRY CREWS WIN PAY RISE"));
        assert!(!is_shouted_teaser("WHAT COMES NEXT"));
        assert!(is_teaser("Night ferry service to start in June"));
        assert!(!is_teaser("Ferry fares"));
        assert!(heads_link_list("Related stories", Navigation));
        assert!(!holds_inside("https://example.com/product/42"));
        assert!(holds_inside("Read more: Ferry fares rise"));
    }

    #[test]
    fn every_link_token_passes_the_link_screen() {
        for t in [
            "http://a.b",
            "https://a.b/c",
            "www.example.com",
            "@handle",
            "jane@example.com",
        ] {
            assert!(is_link_token(t) && may_hold_link(t), "{t}");
        }
        assert!(!may_hold_link("Shr 12 cts vs 15 cts"));
        for (line, link) in [
            ("Net 1.5 mln vs 1.2 mln", false),
            ("Time: 10:30", false),
            ("see http://a.b", true),
            ("mail jane@x", true),
            ("www.example.com", true),
            ("WWW.EXAMPLE.COM", false),
            ("ends with www", false),
            ("ends with :/", false),
            ("://", true),
        ] {
            assert_eq!(may_hold_link(line), link, "{line}");
            let contains = line.contains('@') || line.contains("://") || line.contains("www.");
            assert_eq!(may_hold_link(line), contains, "{line}");
        }
        // the first eight bytes alone settle a line with a space and no `@` among them
        for line in ["jane@example.com", "a@b.co x", "@handle", "https://a.b/c d"] {
            assert_eq!(
                is_link_line(line),
                line == "jane@example.com" || line == "@handle"
            );
        }
        assert!(!is_link_line("Shr 12 cts vs 15 cts") && !is_link_line("Ann Lee@x.com"));
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = [b'x'; 8];
                word[at] = b;
                let word = u64::from_le_bytes(word);
                assert_eq!(holds_byte(word, b' '), b == b' ', "{b} at {at}");
                assert_eq!(holds_byte(word, b'@'), b == b'@', "{b} at {at}");
            }
        }
    }

    #[test]
    fn trailers_after_the_story() {
        assert_eq!(
            trailer_kind("Ana Ruiz is a staff writer at the Harbor Gazette."),
            Some(Bio)
        );
        assert_eq!(
            trailer_kind("Tom Ng covers transport for the Harbor Gazette."),
            Some(Bio)
        );
        assert_eq!(
            trailer_kind("More Harbor sports: https://example.com/sports"),
            Some(Navigation)
        );
        assert_eq!(
            trailer_kind("Ana Ruiz is expected to appear in court on Monday."),
            None
        );
        assert_eq!(
            trailer_kind("The hearing resumes on Monday, the court said."),
            None
        );
        // the second word settles most blocks before they are split into words
        assert!(second_word_is_small("The hearing resumes"));
        for (text, bio) in [
            (
                "Ana\u{b}Ruiz is a staff writer at the Harbor Gazette.",
                true,
            ),
            (
                "Ana\u{a0}Ruiz is a staff writer at the Harbor Gazette.",
                true,
            ),
            ("— Ana Ruiz is a staff writer at the Harbor Gazette.", true),
            ("Ana  Ruiz is a staff writer at the Harbor Gazette.", true),
            ("Ana ruiz is a staff writer at the Harbor Gazette.", false),
        ] {
            assert_eq!(trailer_kind(text), bio.then_some(Bio), "{text}");
        }
    }

    #[test]
    fn position_decides_links_bios_and_lists() {
        let text = "Ferry Fares Rise\n\nHARBOR CITY (AP) -- Fares rose again on Monday, the \
                    transit board said.\n\nhttps://example.com/report.pdf\n\nThe board \
                    meets again in June to review the night service.\n\nRelated stories\n\n\
                    Night ferry service to start in June\n\nAna Ruiz is a staff writer at \
                    the Harbor Gazette.\n";
        let a = crate::parse(text).unwrap();
        let paragraphs: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_ref()).collect();
        assert!(paragraphs.contains(&"https://example.com/report.pdf"));
        let after: Vec<(BoilerplateKind, &str)> = a
            .boilerplate
            .iter()
            .filter(|b| b.position == crate::Position::After)
            .map(|b| (b.kind, b.text.as_ref()))
            .collect();
        assert_eq!(
            after,
            [
                (Navigation, "Related stories"),
                (Navigation, "Night ferry service to start in June"),
                (Bio, "Ana Ruiz is a staff writer at the Harbor Gazette."),
            ]
        );
    }

    #[test]
    fn teaser_and_dek_before_the_dateline() {
        let text = "Ferry Fares Rise\n\nRiders shrug off the third rise in a year\n\n\
                    HARBOR CITY (AP) -- Fares rose again on Monday, the transit board said.\n\n\
                    The board meets again in June.\n";
        let a = crate::parse(text).unwrap();
        assert_eq!(a.boilerplate.len(), 1, "{:?}", a.boilerplate);
        assert_eq!(a.boilerplate[0].kind, Title);
    }

    #[test]
    fn presence_finds_a_phrase_wherever_it_stands() {
        let phrases = [
            "all rights reserved",
            "\u{a9}",
            "click here",
            "min read",
            "follow us on",
        ];
        let presence = Presence::new(phrases.into_iter()).unwrap();
        assert_eq!(presence.step, STEP);
        assert!(!presence.any_in(b""));
        let written = [
            "All Rights RESERVED",
            "\u{a9}",
            "click here",
            "3 MIN READ",
            "Follow us on",
        ];
        for len in [0, 1, 3, 7, 17, 64, 65, 200] {
            let filler = "x".repeat(len);
            assert!(!presence.any_in(filler.as_bytes()), "{len}");
            // every place in the text, at every offset from the six-byte steps, before a
            // byte that is no letter or digit, or at the end of the text
            for at in 0..=len {
                for phrase in written {
                    for after in [" ", ".", "\u{2019}", "\n"] {
                        let (head, tail) = filler.split_at(at);
                        let text = format!("{head}{phrase}{after}{tail}");
                        assert!(presence.any_in(text.as_bytes()), "{text}");
                        let end = format!("{head}{phrase}");
                        assert!(presence.any_in(end.as_bytes()), "{end}");
                    }
                    // phrases that end in a piece of their own are found before anything
                    if !phrase.ends_with(['D', 'n']) {
                        let text = format!("{}{phrase}{}", &filler[..at], &filler[at..]);
                        assert!(presence.any_in(text.as_bytes()), "{text}");
                    }
                }
            }
        }
        // a piece of a phrase is not the phrase; the full search judges word boundaries
        assert!(!presence.any_in(b"all rights reserve, click her, 3 min. read"));
        assert!(!presence.any_in(b"admin reasons"));
        assert!(presence.any_in(b"admin reading"));
    }

    #[test]
    fn the_screened_search_finds_what_the_full_search_finds() {
        // Phrases at every offset from the steps, before every kind of byte: the screen may
        // let a phrase that runs on into a word go (the full search does not take it), and
        // nothing else. Blocks alone and as parts of a text give the same kinds.
        let phrases = Phrases::built_in();
        let written = [
            "5 MIN READ",
            "min read",
            "3 mins read",
            "Follow us on",
            "terms of use",
            "click here",
            "all rights reserved",
            "\u{a9} Ann",
        ];
        for before in ["", "x", "Ab ", "long enough words here "] {
            for pad in 0..7 {
                for phrase in written {
                    for after in ["", " ", "s", "x yz", "9", ".", "\u{e9}", "\u{2019}s", "\n"] {
                        let block = format!("{before}{}{phrase}{after}", "-".repeat(pad));
                        let screened = inside_phrase(&block, true, phrases);
                        let full = first_inside(&block, &block, true, phrases);
                        assert_eq!(screened, full, "{block:?}");
                        let text = format!("Heading\n\n{block}\n\nThe end.");
                        let in_text = phrases.in_text(&text);
                        let part = &text[9..9 + block.len()];
                        assert_eq!(
                            classify(part, &in_text),
                            classify(&block, &phrases.any_text()),
                            "{block:?}"
                        );
                    }
                }
            }
        }
        // a block that runs on into a word in its text is read alone, at every offset
        for pad in 0..STEP {
            let text = format!("{}\n\n5 min readers", "x".repeat(pad));
            let block = &text[pad + 2..pad + 12];
            assert_eq!(block, "5 min read");
            assert_eq!(classify(block, &phrases.in_text(&text)), Some(Timestamp));
        }
    }

    #[test]
    fn quick_holds_the_first_four_bytes_of_every_piece() {
        let built_in = Phrases::built_in();
        for presence in [&built_in.short_blocks, &built_in.long_blocks] {
            let presence = presence.as_ref().unwrap();
            let pieces = presence.long.pieces.iter().chain(&presence.mid.pieces);
            for &(g, _, _) in pieces {
                // the bytes past the first four are the text's, whatever they are
                for rest in [0, 0x2020_2020, 0xFFFF_FFFF] {
                    let place = (g & 0xFFFF_FFFF) | (rest << 32);
                    assert!(presence.quick.may_hold(place), "{g:x}");
                }
            }
        }
        let quick = Quick::new([piece(b"n re", 4), piece(b"all rights", 8)].into_iter());
        assert!(quick.may_hold(piece(b"n recent", 8)) && quick.may_hold(piece(b"all ", 4)));
    }

    #[test]
    fn presence_of_long_phrases_reads_places_eight_bytes_apart() {
        let phrases = ["all rights reserved", "get our app", "follow us on"];
        let presence = Presence::new(phrases.into_iter()).unwrap();
        assert_eq!(presence.step, WIDE_STEP);
        for len in [0, 1, 3, 7, 8, 9, 17, 64, 65, 200] {
            let filler = "x".repeat(len);
            assert!(!presence.any_in(filler.as_bytes()), "{len}");
            for at in 0..=len {
                for phrase in ["All Rights RESERVED", "get our app", "FOLLOW US ON"] {
                    let text = format!("{}{phrase}{}", &filler[..at], &filler[at..]);
                    assert!(presence.any_in(text.as_bytes()), "{text}");
                }
            }
        }
        assert!(!presence.any_in("get our ap\u{a9} follow us o".as_bytes()));
        let built_in = Phrases::built_in();
        assert_eq!(built_in.long_blocks.as_ref().unwrap().step, WIDE_STEP);
        assert_eq!(built_in.short_blocks.as_ref().unwrap().step, STEP);
    }

    #[test]
    fn presence_is_built_for_the_lexicon_and_refused_for_short_words() {
        let built_in = Phrases::built_in();
        assert!(built_in.short_blocks.is_some() && built_in.long_blocks.is_some());
        assert!(Presence::new(["ok", "all rights reserved"].into_iter()).is_none());
    }

    #[test]
    fn screen_finds_phrases_where_words_start() {
        let screen = Screen::new(["click here", "©", "all rights reserved"].into_iter());
        assert!(screen.finds(b"Please CLICK HERE now", 1));
        assert!(screen.finds("Photos \u{a9} Ann".as_bytes(), 1));
        assert!(screen.finds("(c)\u{a9}".as_bytes(), 1));
        assert!(screen.finds("\u{2014}All rights reserved".as_bytes(), 1));
        assert!(screen.finds(b"click here", 1));
        assert!(!screen.finds(b"doubleclick here", 1));
        assert!(!screen.finds(b"click her", 1));
        assert!(!screen.finds(b"", 1));
        // places of their own: a phrase inside another's word is not counted
        assert!(screen.finds(b"click here (c) \xC2\xA9", 2));
        assert!(!screen.finds(b"click here, then clickhere", 2));
        assert!(!screen.finds(b"click here", 2));
    }

    /// Where a block's opening punctuation ends, as `opening_phrase` reads it.
    fn core_start(text: &str) -> usize {
        let punctuation = |c: char| !is_alphanumeric(c) && c != '©' && c != '(';
        text.len() - text.trim_start_matches(punctuation).len()
    }

    #[test]
    fn a_block_the_story_screen_lets_go_is_named_no_kind() {
        let phrases = Phrases::built_in();
        // Every phrase in three cases opens blocks and stands in blocks that words of a story
        // open; around them the other rules' cases: link tokens, social words, dates, marks
        // before the first word, sentence ends, and lengths past a line (160 bytes) and a
        // short block (400).
        let cased: Vec<String> = BOILERPLATE_PHRASES
            .iter()
            .flat_map(|(p, _, _)| {
                let mut title = p.to_string();
                title.get_mut(..1).map(str::make_ascii_uppercase);
                [p.to_string(), title, p.to_uppercase()]
            })
            .collect();
        let story = [
            "The company said",
            "Arrivals",
            "BankAmerica Corp",
            "A",
            "I",
            "Shares",
            "Printing",
            "Emails",
            "Mr Smith",
            "1987",
            "We",
        ];
        let others = [
            "Reuter",
            "jane@example.com",
            "@jane",
            "www.example.com",
            "http://example.com/a",
            "Facebook Twitter",
            "Monday, 22 January 2018",
            "[button link=x]",
            "Ad",
            "***",
        ];
        let befores = [
            "", "\"", "\u{201c}", "(", "[", "-", "\u{e9}", "''", "* ", "\u{a9} ",
        ];
        let mut middles: Vec<String> = [
            "",
            " said on Monday",
            " | ",
            "@example.com",
            "said",
            &format!(" {}", "word ".repeat(33)),
            &format!(" {}", "word ".repeat(82)),
        ]
        .map(String::from)
        .to_vec();
        let fixed = middles.len();
        middles.extend(cased.iter().map(|p| format!(" {p}")));
        let ends = ["", ".", "!", "?", ".\"", ":", " Twitter"];
        let (mut let_go, mut asked) = (0, 0);
        let heads = cased.iter().map(|p| (p.as_str(), fixed));
        let heads = heads.chain((story.iter().chain(&others)).map(|w| (*w, middles.len())));
        for (head, middles) in heads.map(|(h, n)| (h, &middles[..n])) {
            for before in befores {
                for middle in middles {
                    for end in ends {
                        let text = format!("{before}{head}{middle}{end}");
                        let in_text = phrases.in_text(&text);
                        if is_story_text(&text, &in_text) {
                            let_go += 1;
                            let any = phrases.any_text();
                            assert_eq!(classify_block(&text, &any), None, "{text:?}");
                            assert_eq!(classify_block(&text, &in_text), None, "{text:?}");
                        } else {
                            asked += 1;
                        }
                    }
                }
            }
        }
        assert!(let_go > 100_000 && asked > 100_000, "{let_go} {asked}");
        // the blocks it is for
        for text in [
            "Standard Oil Co and BP North America Inc said they plan to form a venture.",
            "\"It will take time,\" he said.",
            "\u{201c}We are ready,\u{201d} she said on Monday.",
            "Arrivals for the week ended February 22 were 155,221 bags.",
        ] {
            assert!(is_story_text(text, &phrases.in_text(text)), "{text}");
        }
    }

    #[test]
    fn the_long_screen_lets_through_every_block_an_opening_phrase_marks() {
        let phrases = Phrases::built_in();
        let starts = &phrases.opening_starts;
        let opening = BOILERPLATE_PHRASES
            .iter()
            .filter(|(_, _, a)| opens_block(*a))
            .map(|(p, _, _)| *p);
        let mut heads: Vec<String> = Vec::new();
        for p in opening {
            // the phrase, cut short, and in other cases
            for end in (1..=p.len()).filter(|&e| p.is_char_boundary(e)) {
                heads.extend([p[..end].to_string(), p[..end].to_uppercase()]);
            }
            let mut title = p.to_string();
            title[..1].make_ascii_uppercase();
            heads.push(title);
        }
        let (mut marked, mut let_go) = (0, 0);
        for head in &heads {
            for before in ["", "-", "--", "(", "\u{2014}", "\"", "1"] {
                for after in [
                    "", " ", ":", ".", "s", "x", "1", "\u{e9}", " news", "ing now",
                ] {
                    let text = format!("{before}{head}{after}");
                    let core = core_start(&text);
                    let screen = starts.may_start_long_at(text.as_bytes(), core);
                    if longest_opening(&text, core, phrases).is_some() {
                        marked += 1;
                        assert!(screen, "{text:?}");
                    } else if !screen {
                        let_go += 1;
                    }
                }
            }
        }
        // it sees some of each, and lets go sentences that share a key with a phrase
        assert!(marked > 5_000 && let_go > 5_000, "{marked} {let_go}");
        for text in [
            "Continental Airlines",
            "Last year, profits",
            "Advanced Micro",
            "More",
        ] {
            assert!(starts.may_start(text.as_bytes()), "{text}");
            assert!(!starts.may_start_long_at(text.as_bytes(), 0), "{text}");
        }
    }

    #[test]
    fn phrases_shorter_than_a_key_are_compared_whole() {
        let starts = Starts::new(["ad", "sms", "click here"].into_iter());
        for rest in ["Ad", "AD here", "ad:", "SMS alerts", "sms", "Click here"] {
            assert!(starts.may_start(rest.as_bytes()), "{rest}");
        }
        for rest in ["A spokesman said", "Analysts", "said the", "Smoke rose"] {
            assert!(!starts.may_start(rest.as_bytes()), "{rest}");
        }
        // the second byte is asked in any ASCII case, and a phrase of one byte takes any
        let starts = Starts::new(["#", "e-mail", "click here"].into_iter());
        for rest in ["#1 pick", "E-MAIL us", "CLICK HERE", "cLiCk here"] {
            assert!(starts.may_start(rest.as_bytes()), "{rest}");
        }
        assert!(!starts.may_start(b"each day") && !starts.may_start(b"cats"));
        let social = Screen::new(["sms", "facebook"].into_iter());
        assert!(social.finds(b"Share by SMS today", 1));
        assert!(!social.finds(b"She said the smoke cleared", 1));
        // the opening phrase `ad` still marks a block behind punctuation
        assert_eq!(kind("--Ad--"), Some(Ad));
        assert_eq!(kind("A spokesman declined to comment."), None);
    }

    #[test]
    fn an_opening_phrase_that_is_the_whole_block_names_it() {
        assert_eq!(kind("Reuter"), Some(Signoff));
        assert_eq!(kind("ADVERTISEMENT"), Some(Ad));
        // an inside phrase as long as the block does not outrank the opening one ...
        let same = Phrases::new(&[("reuter".to_string(), Custom)]);
        assert_eq!(classify("Reuter", &same.any_text()), Some(Signoff));
        // ... and one longer than the opening phrase still does
        let longer = Phrases::new(&[("read more news".to_string(), Custom)]);
        assert_eq!(classify("Read more news", &longer.any_text()), Some(Custom));
        assert_eq!(classify("Read more", &longer.any_text()), Some(Navigation));
    }

    #[test]
    fn a_block_that_is_a_whole_phrase_is_named_by_it() {
        let opening: Vec<_> = BOILERPLATE_PHRASES
            .iter()
            .filter(|(_, _, a)| opens_block(*a))
            .collect();
        // what the shortcut relies on: the automaton finds no other phrase as long
        for (n, (p, _, _)) in opening.iter().enumerate() {
            assert!(
                opening[n + 1..]
                    .iter()
                    .all(|(q, _, _)| !p.eq_ignore_ascii_case(q)),
                "{p}"
            );
        }
        let phrases = Phrases::built_in();
        for (p, kind, _) in opening.iter().filter(|(_, _, a)| *a == Anchor::Whole) {
            for text in [p.to_string(), p.to_uppercase()] {
                assert_eq!(
                    opening_phrase(&text, phrases),
                    Some((p.len(), *kind)),
                    "{text}"
                );
            }
        }
        assert_eq!(phrases.whole_block("Reuters"), Some(Signoff));
        assert_eq!(phrases.whole_block("Reuters staff"), None);
        assert_eq!(kind("-30-"), Some(Signoff));
    }

    #[test]
    fn keys_compare_whole_phrases_as_eq_ignore_ascii_case_does() {
        for byte in 0..=u8::MAX {
            for at in 0..8 {
                let word =
                    u64::from(byte) << (8 * at) | 0x4161_7A5A_405B_607B & !(0xFF << (8 * at));
                let expected =
                    u64::from_le_bytes(word.to_le_bytes().map(|b| b.to_ascii_lowercase()));
                assert_eq!(ascii_lowercase(word), expected, "{byte:#x} at {at}");
            }
        }
        let phrases = Phrases::built_in();
        let by_bytes = |text: &str| {
            BOILERPLATE_PHRASES
                .iter()
                .find(|(p, _, a)| *a == Anchor::Whole && p.eq_ignore_ascii_case(text))
                .map(|(_, kind, _)| *kind)
        };
        let odd = [
            'A', 'z', '@', '[', '`', '{', ' ', '\'', '\u{e9}', '\u{2019}',
        ];
        for (p, _, _) in BOILERPLATE_PHRASES
            .iter()
            .filter(|(_, _, a)| *a == Anchor::Whole)
        {
            let mut texts = vec![
                p.to_string(),
                p.to_uppercase(),
                format!("{p}s"),
                format!("x{p}"),
            ];
            for (at, _) in p.char_indices() {
                for c in odd {
                    let mut text = p.to_string();
                    text.replace_range(
                        at..at + p[at..].chars().next().map_or(0, char::len_utf8),
                        &c.to_string(),
                    );
                    texts.push(text);
                }
            }
            for text in texts {
                assert_eq!(phrases.whole_block(&text), by_bytes(&text), "{text}");
            }
        }
    }

    #[test]
    fn keys_read_at_once_agree_with_the_byte_loop() {
        for byte in 0..=u8::MAX {
            for at in 0..Starts::KEY {
                let mut head = *b"Ab1-";
                head[at] = byte;
                assert_eq!(
                    Starts::key(&head),
                    piece(&head, Starts::KEY),
                    "{byte:#x} at {at}"
                );
            }
        }
    }

    /// The places a phrase may start at, found the way the walk did before it read masks:
    /// the first byte, then past each word and the byte after it.
    fn word_places(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
        let mut i = 0;
        std::iter::from_fn(move || {
            let place = (i < b.len()).then_some(i)?;
            let word = b[i..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            i += 1 + word;
            Some(place)
        })
    }

    /// `finds_or_year` as the walk from word to word answered it.
    fn finds_by_words(screen: &Screen, b: &[u8], wanted: usize, years: bool) -> (bool, bool) {
        let mut found = 0;
        let mut year = false;
        for i in word_places(b) {
            let rest = &b[i..];
            if screen.starts.first[usize::from(rest[0])] == 0 {
                year |= years && opens_with_year_digits(rest);
            } else if screen.starts(rest) {
                found += 1;
                if found >= wanted {
                    return (true, year);
                }
            }
        }
        (false, year)
    }

    #[test]
    fn the_walk_by_masks_finds_what_the_walk_by_words_found() {
        let social = Screen::new(SOCIAL_WORDS.iter().copied());
        // a screen with phrases that open with no letter or digit reads every byte after one
        let marks = Screen::new(SOCIAL_WORDS.iter().copied().chain(["\u{a9}", "(c)"]));
        assert!(!social.opens_off_words && marks.opens_off_words);
        // pieces that cross the eight-byte steps at every offset: words that open a
        // social word or continue one, years, digits, marks and letters beyond ASCII
        let pieces = [
            "share", "xshare", "Twitter", "email", "e-mail", "sms", "2021", "1987", "x2021", "the",
            " ", "|", ",", "\u{e9}", "\u{2014}", "-", "ab", "12", "\u{a9}", "(c)",
        ];
        let n = pieces.len();
        let mut finds = 0;
        let mut years = 0;
        for len in 1..=3u32 {
            for k in 0..n.pow(len) {
                let text: String = (0..len).map(|j| pieces[k / n.pow(j) % n]).collect();
                // the last two cross the 64 bytes whose places are gathered at once
                for lead in [
                    "",
                    "a",
                    "ab c",
                    "abc def",
                    &"word ".repeat(12),
                    &"x".repeat(61),
                ] {
                    let text = format!("{lead}{text}");
                    let b = text.as_bytes();
                    for wanted in [1, 2] {
                        for with_years in [false, true] {
                            for screen in [&social, &marks] {
                                let got = screen.finds_or_year(b, wanted, with_years);
                                assert_eq!(
                                    got,
                                    finds_by_words(screen, b, wanted, with_years),
                                    "{text:?} {wanted} {with_years}"
                                );
                                finds += usize::from(got.0);
                                years += usize::from(got.1);
                            }
                        }
                    }
                }
            }
        }
        // both answers are given many times either way
        assert!(finds > 15_000 && years > 6_000, "{finds} {years}");
    }

    #[test]
    fn the_word_byte_table_is_is_ascii_alphanumeric() {
        for b in 0..=u8::MAX {
            assert_eq!(is_word_byte(&b), b.is_ascii_alphanumeric(), "{b:#x}");
        }
        // where blocks ask it: their first byte (a plain block skips the fragment rule, and
        // one that opens with a letter or digit the trim before the opening phrases) ...
        assert_eq!(kind("_a"), Some(Fragment));
        assert_eq!(kind("ab"), Some(Fragment));
        assert_eq!(kind("Reuter"), Some(Signoff));
        assert_eq!(kind("-30-"), Some(Signoff));
        // ... and the byte after them in their text: a block a letter follows is read alone
        let phrases = Phrases::built_in();
        let text = "5 min readers\n\n5 min read";
        let in_text = phrases.in_text(text);
        assert!(in_text.may_hold_inside(&text[..10]));
        assert_eq!(classify(&text[..10], &in_text), Some(Timestamp));
        assert_eq!(classify(&text[15..], &in_text), Some(Timestamp));
    }

    #[test]
    fn bare_words_lose_the_punctuation_around_them_only() {
        for (w, bare) in [
            ("Harbor", "Harbor"),
            ("(Harbor),", "Harbor"),
            ("Harbor,", "Harbor"),
            ("(Harbor", "Harbor"),
            ("e-mail", "e-mail"),
            ("\u{201c}Yes!\u{201d}", "Yes"),
            ("Öl", "Öl"),
            ("3.5", "3.5"),
            ("--", ""),
            ("", ""),
        ] {
            assert_eq!(bare_word(w), bare, "{w}");
            assert_eq!(bare_word(w), w.trim_matches(|c: char| !is_alphanumeric(c)));
        }
    }

    #[test]
    fn a_plain_block_is_neither_fragment_nor_markup() {
        // every text of up to four characters over letters, digits, marks and wide
        // characters at the edges of the shortcut
        let alphabet = [
            "a", "Z", "7", " ", "[", "_", "=", "]", "é", "\u{2014}", "😀",
        ];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        texts
            .extend(["abcdefgh", "a\u{2014}\u{2014}\u{2014}", "Reuter", "[a=b]"].map(String::from));
        let mut plain = 0;
        for text in &texts {
            if is_plain(text) {
                plain += 1;
                assert!(!is_fragment(text) && !is_markup(text), "{text:?}");
            }
        }
        assert!(plain > 1000, "{plain}");
    }

    #[test]
    fn plain_blocks_skip_only_the_fragment_and_markup_rules() {
        // at the edge of the shortcut: two characters in up to eight bytes are a fragment
        for line in ["ab", "Öl", "x\u{2014}", "12a"] {
            let expected = (line != "12a").then_some(Fragment);
            assert_eq!(kind(line), expected, "{line}");
        }
        assert_eq!(kind("[ad_slot id=3]"), Some(Markup));
        assert_eq!(kind("abcdefgh"), None);
        // a plain block still meets the phrase, link and date rules
        assert_eq!(kind("Advertisement"), Some(Ad));
        assert_eq!(kind("12:30 1987"), Some(Timestamp));
        assert_eq!(kind("www.example.com"), Some(Navigation));
        assert_eq!(kind("Facebook | Twitter"), Some(Share));
        // a row needs two social words; the screen lets a line with one go
        assert_eq!(kind("SHARES RISE ON TWITTER NEWS"), None);
        assert_eq!(kind("SMS,E-MAIL"), Some(Share));
        assert_eq!(kind("(Facebook) (Twitter)"), Some(Share));
    }

    #[test]
    fn a_text_read_once_for_inside_phrases_classifies_each_block_as_it_stands_alone() {
        let phrases = Phrases::built_in();
        let text = "Ferry Fares Rise\n\nRiders were angry on Monday.\n\n\
                    Sign up for our daily newsletter\n\nTerms of Use\n\n© 2020 Harbor Gazette\n\n\
                    5 MIN READ\n\nThe board met.";
        let in_text = phrases.in_text(text);
        let blocks: Vec<&str> = text.split("\n\n").collect();
        let kinds: Vec<_> = blocks.iter().map(|b| classify(b, &in_text)).collect();
        let alone: Vec<_> = blocks
            .iter()
            .map(|b| classify(b, &phrases.any_text()))
            .collect();
        assert_eq!(kinds, alone);
        let found = [
            None,
            None,
            Some(Promo),
            Some(Notice),
            Some(Copyright),
            Some(Timestamp),
            None,
        ];
        assert_eq!(kinds, found);
        // the blocks far from every phrase found are not read for one
        let read: Vec<bool> = blocks.iter().map(|b| in_text.may_hold_inside(b)).collect();
        assert_eq!(read, [false, false, true, true, true, true, false]);
        // nor is any block of a text that holds none, and a text is no block of another
        let plain = "Ferry Fares Rise\n\nRiders were angry on Monday.";
        let in_plain = phrases.in_text(plain);
        assert!(!in_plain.may_hold_inside(&plain[18..]));
        assert!(in_plain.may_hold_inside("Riders were angry on Monday."));
    }

    #[test]
    fn a_text_that_holds_phrases_in_many_places_is_read_block_by_block() {
        let phrases = Phrases::built_in();
        let mut text = String::new();
        for n in 0..=Found::MOST {
            text += &format!("Terms of use {n}{}\n\n", " and more".repeat(10));
        }
        let in_text = phrases.in_text(&text);
        assert_eq!(in_text.found.len, Found::UNREAD.len);
        assert!(in_text.may_hold_inside(&text[..5]));
        let fewer = &text[..text.len() / 2];
        assert!(phrases.in_text(fewer).found.len < Found::UNREAD.len);
    }

    #[test]
    fn own_phrases() {
        let phrases = Phrases::new(&[("brought to you by".to_string(), Custom)]);
        assert_eq!(
            classify("This story is brought to you by Acme.", &phrases.any_text()),
            Some(Custom)
        );
    }

    /// Texts built of pieces that open, end and split words in every way `words` knows,
    /// long and short, with their bytes falling differently on the eight-byte chunks.
    fn word_texts() -> Vec<String> {
        let pieces = [
            "word", "Word", "9", "a1", " ", "  ", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{1c}",
            "-", "--", "(AP)", "\"", "“Quote", "”", "’s", "...", ".", "é", "Zürich", "日本",
            "\u{a0}", "\u{2003}", "\u{3000}", "\u{1680}", "\u{85}", "\u{2028}", "—", "&", "@x",
            "x.", "\u{7f}", "_", "½", "٣",
        ];
        let mut texts = vec![String::new()];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for len in 0..400 {
            let mut text = String::new();
            for _ in 0..(len % 60) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                // mostly words between spaces, as news text is
                if seed.is_multiple_of(3) {
                    text.push(' ');
                }
            }
            texts.push(text);
        }
        for piece in pieces {
            for gap in [" ", "\u{a0}", "-", ""] {
                for k in 10..20 {
                    texts.push(vec![piece; k].join(gap));
                }
            }
        }
        texts
    }

    #[test]
    fn words_are_counted_as_words_reads_them() {
        for text in word_texts() {
            for pad in ["", " ", "x", "é"] {
                let text = format!("{pad}{text}");
                let count = words(&text).count();
                for n in 1..=24 {
                    assert_eq!(holds_words(&text, n), count >= n, "{n} {text:?}");
                }
            }
        }
    }

    #[test]
    fn running_text_is_a_sentence_of_fifteen_words() {
        let mut texts = word_texts();
        texts.extend(
            [
                "Wheat prices rose on Monday.",
                "One two three four five six seven eight nine ten eleven twelve thirteen fourteen.",
                "One two three four five six seven eight nine ten eleven twelve thirteen four teen.",
                "“One” — two three four five six seven eight nine ten eleven twelve thirteen fourteen.",
                "One\u{a0}two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.",
            ]
            .map(String::from),
        );
        for text in texts {
            for end in ["", ".", ".”", "?'"] {
                let text = format!("{text}{end}");
                let rule = ends_sentence(&text) && words(&text).nth(14).is_some();
                assert_eq!(is_running_text(&text), rule, "{text:?}");
            }
        }
    }
}
