//! Direct quotations: pairing quotation marks of every style, telling speech from scare
//! quotes and titles, and finding who said it.

use std::borrow::Cow;
use std::cell::Cell;

use crate::attribution::{self, Before, Toks, Verbs, before_apostrophe};
use crate::lexicon::{
    ANAPHORS, POSSESSIVE_ENDINGS, S_CONTRACTIONS, TERM_MARKERS, TITLE_MINOR_WORDS,
    WORK_PREPOSITIONS,
};
use crate::words::{is_alphanumeric, is_ascii_blank, last_word, split_whitespace, trim_end};
use crate::{Quote, Segment, Span, Speaker};

/// Which way a quotation mark faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    /// A straight mark: its neighbours decide.
    Either,
}

/// Double marks pair with double marks; single marks only stand outside doubles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    start: usize,
    end: usize,
    dir: Dir,
    family: Family,
}

/// A quote found in a block, before attribution.
#[derive(Debug, Clone, Copy)]
struct Raw {
    inner: Span,
    open: Span,
    close: Option<Span>,
}

/// The mark starting at byte `i` of `s`, if there is one.
fn mark_at(s: &str, i: usize) -> Option<Mark> {
    let b = s.as_bytes();
    let (len, dir, family) = match b[i] {
        b'"' => (1, Dir::Either, Family::Double),
        // old wire copy writes `''` for both marks, not only as the closing one
        b'\'' if b.get(i + 1) == Some(&b'\'') => (2, Dir::Either, Family::Double),
        b'\'' => (1, Dir::Either, Family::Single),
        b'`' if b.get(i + 1) == Some(&b'`') => (2, Dir::Open, Family::Double),
        0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2)? {
            0x9C => (3, Dir::Open, Family::Double),
            0x9D => (3, Dir::Close, Family::Double),
            0x9E => (3, Dir::Open, Family::Double),
            0x98 => (3, Dir::Open, Family::Single),
            0x99 => (3, Dir::Close, Family::Single),
            _ => return None,
        },
        0xC2 => match b.get(i + 1)? {
            0xAB => (2, Dir::Open, Family::Double),
            0xBB => (2, Dir::Close, Family::Double),
            _ => return None,
        },
        _ => return None,
    };
    Some(Mark {
        start: i,
        end: i + len,
        dir,
        family,
    })
}

/// What stands on each side of a mark decides which way a straight mark faces, and
/// whether a single mark is an apostrophe. Inlined where it is asked: the pairing loop asks
/// it of every mark, where a call costs more than its work.
#[inline(always)]
fn facing(s: &str, m: &Mark) -> Option<Dir> {
    if m.family == Family::Double && m.dir != Dir::Either {
        return Some(m.dir); // a curly mark says which way it faces
    }
    let b = s.as_bytes();
    let before = match m.start.checked_sub(1).map(|k| b[k]) {
        None => None,
        Some(c) if c.is_ascii() => Some(Side::of_ascii(c)),
        Some(_) => s[..m.start].chars().next_back().map(Side::of),
    };
    let after = match b.get(m.end) {
        None => None,
        Some(&c) if c.is_ascii() => Some(Side::of_ascii(c)),
        Some(_) => s[m.end..].chars().next().map(Side::of),
    };
    let after_word = after.is_some_and(|a| a.word);
    let before_word = before.is_some_and(|b| b.word);
    if m.family == Family::Single && before_word && after_word {
        return None; // Clinton's, rock'n'roll: most single marks, settled first
    }
    let open_side = before.is_none_or(|b| b.opens);
    let close_side = after.is_none_or(|a| a.closes);
    if m.family == Family::Single && open_side && is_decade(&b[m.end..]) {
        return None; // '90s
    }
    match m.dir {
        Dir::Either if open_side && !close_side => Some(Dir::Open),
        Dir::Either if close_side && !open_side => Some(Dir::Close),
        Dir::Either => Some(Dir::Either),
        d => Some(d),
    }
}

/// What a character beside a mark tells: whether it is part of a word, whether a mark
/// after it may open a quote, and whether a mark before it may close one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Side {
    word: bool,
    opens: bool,
    closes: bool,
}

impl Side {
    fn of(c: char) -> Side {
        Side {
            word: is_alphanumeric(c),
            opens: c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '―' | '-' | '/'),
            closes: c.is_whitespace()
                || matches!(
                    c,
                    '.' | ','
                        | ';'
                        | ':'
                        | '!'
                        | '?'
                        | ')'
                        | ']'
                        | '}'
                        | '—'
                        | '–'
                        | '―'
                        | '-'
                        | '/'
                ),
        }
    }

    /// `of` an ASCII byte, told without decoding a character from the text: the
    /// neighbours of nearly every straight mark are ASCII.
    #[inline(always)]
    fn of_ascii(b: u8) -> Side {
        let space = is_ascii_blank(b);
        Side {
            word: b.is_ascii_alphanumeric(),
            opens: space || matches!(b, b'(' | b'[' | b'{' | b'-' | b'/'),
            closes: space
                || matches!(
                    b,
                    b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'}' | b'-' | b'/'
                ),
        }
    }
}

fn is_decade(b: &[u8]) -> bool {
    b.len() >= 2
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && b.get(2).is_none_or(|c| !c.is_ascii_digit())
}

/// The bytes that can start a quotation mark, searched in the whole input ahead of the
/// block being read: most blocks hold none, and a search that stopped at each block's end
/// would read every block to learn so. The common bytes (`"`, `'` and the lead byte of
/// `“ ” ‘ ’ „`) and the rare ones (`` ` `` and the lead byte of `« »`) are searched apart,
/// each from where its last search stopped: most texts hold no rare byte, and one search
/// tells so for the whole text.
struct Candidates<'a> {
    bytes: &'a [u8],
    search: Searchers,
    /// Where the searches last started: none of their bytes stands in `from..next`.
    from: usize,
    /// The first common byte at or after `from`, `usize::MAX` for none.
    common: usize,
    /// The first rare byte at or after `from`, `usize::MAX` for none.
    rare: usize,
    /// The nearer of the two: most asks are answered by it alone.
    next: usize,
}

/// The AVX2 searchers for the common and the rare bytes, where the machine has AVX2.
#[cfg(target_arch = "x86_64")]
type Avx2 = (
    memchr::arch::x86_64::avx2::memchr::Three,
    memchr::arch::x86_64::avx2::memchr::Two,
);

/// Made once a process: made for each text, with its
/// copy, they were a fixed cost of every text, and `memchr3` makes one at every call.
#[cfg(target_arch = "x86_64")]
static AVX2: std::sync::LazyLock<Option<Avx2>> = std::sync::LazyLock::new(|| {
    use memchr::arch::x86_64::avx2::memchr::{Three, Two};
    let [a, b, c] = Searchers::COMMON;
    let [d, e] = Searchers::RARE;
    Some((Three::new(a, b, c)?, Two::new(d, e)?))
});

/// The searches for the common and the rare bytes.
#[derive(Clone, Copy)]
struct Searchers {
    #[cfg(target_arch = "x86_64")]
    avx2: Option<&'static Avx2>,
}

impl Searchers {
    const COMMON: [u8; 3] = [b'"', b'\'', 0xE2];
    const RARE: [u8; 2] = [b'`', 0xC2];

    fn new() -> Searchers {
        Searchers {
            #[cfg(target_arch = "x86_64")]
            avx2: AVX2.as_ref(),
        }
    }

    fn common(self, haystack: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some((three, _)) = self.avx2 {
            return three.find(haystack);
        }
        let [a, b, c] = Self::COMMON;
        memchr::memchr3(a, b, c, haystack)
    }

    fn rare(self, haystack: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some((_, two)) = self.avx2 {
            return two.find(haystack);
        }
        let [a, b] = Self::RARE;
        memchr::memchr2(a, b, haystack)
    }
}

impl<'a> Candidates<'a> {
    /// Searched from the input's start at once: every text asks that first, and half ask
    /// nothing more, where `search_from` weighed both remembered answers to learn it had
    /// none.
    fn new(input: &'a str) -> Candidates<'a> {
        let (bytes, search) = (input.as_bytes(), Searchers::new());
        let common = search.common(bytes).unwrap_or(usize::MAX);
        let rare = search.rare(bytes).unwrap_or(usize::MAX);
        Candidates {
            bytes,
            search,
            from: 0,
            common,
            rare,
            next: common.min(rare),
        }
    }

    /// The first candidate at or after byte `i` of the input, `usize::MAX` for none.
    #[inline(always)]
    fn next_from(&mut self, i: usize) -> usize {
        if i >= self.from && self.next >= i {
            return self.next;
        }
        self.search_from(i)
    }

    /// `next_from` when its answer is not at hand: a search for each kind of byte whose
    /// last answer stands before `i`, or when `i` stands before where they started.
    fn search_from(&mut self, i: usize) -> usize {
        let (bytes, search, from) = (self.bytes, self.search, self.from);
        let find = |found: usize, find: fn(Searchers, &[u8]) -> Option<usize>| {
            if i < from || found < i {
                bytes
                    .get(i..)
                    .and_then(|rest| find(search, rest))
                    .map_or(usize::MAX, |k| i + k)
            } else {
                found
            }
        };
        self.common = find(self.common, Searchers::common);
        self.rare = find(self.rare, Searchers::rare);
        self.from = i;
        self.next = self.common.min(self.rare);
        self.next
    }
}

/// Pairs the marks of one block (`s` is the block's text, `base` its offset in the input
/// `marks` searches) into quotes. Returns whether the block ended inside an open quote, and
/// the first candidate after the block (`usize::MAX` for none).
fn pair_block(
    s: &str,
    base: usize,
    marks: &mut Candidates,
    out: &mut impl FnMut(Raw),
) -> (bool, usize) {
    let mut open: Option<Mark> = None;
    let mut single: Option<Mark> = None;
    let mut i = 0;
    let end = base + s.len();
    let after = loop {
        let at = marks.next_from(base + i);
        if at >= end {
            break at;
        }
        i = at - base;
        if is_apostrophe_at(s.as_bytes(), i) {
            i += 1;
            continue;
        }
        let Some(m) = mark_at(s, i) else {
            i += 1;
            continue;
        };
        i = m.end;
        let Some(dir) = facing(s, &m) else { continue };
        match m.family {
            Family::Double => match (open, dir) {
                (None, Dir::Open | Dir::Either) => {
                    let around = single.and_then(|o| Some((o, single_closing_around(s, &m)?)));
                    if let Some((o, close)) = around {
                        // British style: the double marks are the quote inside the quote
                        out(raw(base, &o, Some(&close)));
                        i = close.end;
                        single = None;
                        continue;
                    }
                    open = Some(m);
                    single = None;
                }
                (None, Dir::Close) => {}
                (Some(o), Dir::Close | Dir::Either) => {
                    out(raw(base, &o, Some(&m)));
                    open = None;
                }
                (Some(o), Dir::Open) => {
                    if closes_anyway(s, &m) {
                        out(raw(base, &o, Some(&m)));
                        open = None;
                    } else {
                        open = Some(m);
                    }
                }
            },
            Family::Single if open.is_none() => match (single, dir) {
                (None, Dir::Open) => single = Some(m),
                (Some(o), Dir::Close | Dir::Either) if is_plural_possessive(s, &o, &m) => {}
                (Some(o), Dir::Close | Dir::Either) => {
                    let r = raw(base, &o, Some(&m));
                    if r.inner.len() > 2 {
                        out(r);
                    }
                    single = None;
                }
                (Some(_), Dir::Open) => single = Some(m),
                _ => {}
            },
            Family::Single => {}
        }
    };
    if let Some(o) = open {
        let r = Raw {
            inner: Span::new(base + o.end, base + s.len()),
            open: Span::new(base + o.start, base + o.end),
            close: None,
        };
        if !s[o.end..].trim().is_empty() {
            out(r);
        }
        return (true, after);
    }
    (false, after)
}

/// The single mark that closes a quote opened by a single mark, where a double mark `inner`
/// opens inside it: `'He told me "get out" and so I left,' she said.` The first single mark
/// after `inner` that faces as a closing one decides, and it must close a sentence or a
/// clause (`,'`, `.'`, `?'`): an opening single is as often a contraction (`'Cause "we
/// said so," he said, and the players' union agreed`), and then the doubles are the quote.
/// Asked only where a double mark opens after a single one.
#[inline(never)]
fn single_closing_around(s: &str, inner: &Mark) -> Option<Mark> {
    let b = s.as_bytes();
    let close = memchr::memchr2_iter(b'\'', 0xE2, &b[inner.end..])
        .map(|k| inner.end + k)
        .filter_map(|k| mark_at(s, k).filter(|m| m.family == Family::Single))
        .filter(|m| !has_possessive_shape(b, m))
        .find(|m| matches!(facing(s, m), Some(Dir::Close)))?;
    let before = s[..close.start].chars().next_back()?;
    matches!(before, ',' | '.' | '?' | '!' | '…').then_some(close)
}

/// A `'` between two ASCII letters or digits (`Clinton's`, `rock'n'roll`), told from the
/// bytes: most single marks are such apostrophes, and `facing` would decode both
/// neighbours to settle each.
fn is_apostrophe_at(b: &[u8], i: usize) -> bool {
    b.get(i) == Some(&b'\'')
        && i.checked_sub(1)
            .and_then(|p| b.get(p))
            .is_some_and(u8::is_ascii_alphanumeric)
        && b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
}

/// Inside single marks, the apostrophe of a plural's possessive (`'The kids' futures are at
/// stake,' one parent said.`): a mark after an `s` with a small word after its space, in
/// quoted words that run past one word, where the next single mark closes a quote after a
/// sentence's punctuation (`stake,'`). A lone quoted word closes at it (`'rights'
/// activists`, `the ‘experts’ now`), and so does a mark whose next one opens (`the
/// 'experts' say the 'rules'`) or follows no such punctuation (`the landlords'.`).
#[inline(never)]
fn is_plural_possessive(s: &str, open: &Mark, m: &Mark) -> bool {
    let b = s.as_bytes();
    if !has_possessive_shape(b, m) || !b[open.end..m.start].contains(&b' ') {
        return false;
    }
    let next = memchr::memchr2_iter(b'\'', 0xE2, &b[m.end..])
        .map(|k| m.end + k)
        .find_map(|k| mark_at(s, k).filter(|n| n.family == Family::Single));
    next.is_some_and(|n| {
        matches!(facing(s, &n), Some(Dir::Close))
            && n.start > 0
            && matches!(b[n.start - 1], b',' | b'.' | b'?' | b'!')
    })
}

/// An `s` before the mark, and a space and a small letter after it.
fn has_possessive_shape(b: &[u8], m: &Mark) -> bool {
    m.start > 0
        && matches!(b[m.start - 1], b's' | b'S')
        && b.get(m.end) == Some(&b' ')
        && b.get(m.end + 1).is_some_and(u8::is_ascii_lowercase)
}

/// An opening curly mark written where a closing one belongs (`“word“ he said`).
fn closes_anyway(s: &str, m: &Mark) -> bool {
    let before = s[..m.start].chars().next_back();
    let after = s[m.end..].chars().next();
    before.is_some_and(|c| !c.is_whitespace())
        && after.is_none_or(|c| c.is_whitespace() || ".,;:!?)".contains(c))
}

fn raw(base: usize, open: &Mark, close: Option<&Mark>) -> Raw {
    let end = close.map_or(open.end, |c| c.start);
    Raw {
        inner: Span::new(base + open.end, base + end),
        open: Span::new(base + open.start, base + open.end),
        close: close.map(|c| Span::new(base + c.start, base + c.end)),
    }
}

/// A speaker with the cue that introduced it.
type Voice<'a> = (Speaker<'a>, Option<Segment<'a>>);

/// What the quotes read so far tell about who speaks next. A speaker is kept as the index
/// of its quote in the text's quote list, and copied out only for a quote that takes it:
/// most quotes have a cue of their own, and a speaker is five strings to clone.
#[derive(Default)]
struct Voices<'a> {
    /// The last quote with a speaker in the block before, if that block had one.
    last_block: Option<usize>,
    /// The last quote with a speaker in the current block.
    this_block: Option<usize>,
    /// The block before, whose lead-in (`X said:`, or its closing sentence's speaker) a
    /// quote opening this block may take: read only when such a quote asks for it.
    previous_block: Option<Span>,
    /// The last quote with a speaker of all, with its block's index.
    recent: Option<(usize, usize)>,
    /// The last speaker that names someone, for pronouns to refer to.
    last_named: Option<&'a str>,
}

/// The speaker and cue of the `at`th quote, for a quote that takes them.
fn voice_of<'a>(quotes: &[Quote<'a>], at: usize) -> Option<Voice<'a>> {
    let q = quotes.get(at)?;
    Some((q.speaker.clone()?, q.cue.clone()))
}

/// Where a quote stands in its block, and the quotes of the text before it.
struct Place<'q, 'a> {
    earlier: &'q [Quote<'a>],
    block: Span,
    index: usize,
    in_headline: bool,
    opens_block: bool,
    continued: bool,
}

impl<'a> Voices<'a> {
    /// The speaker of a quote with no cue of its own: a cue closing its sentence or in the
    /// sentence before, the last speaker in the block (a split quote), the lead-in of the
    /// block before, or the speaker of the quote it continues.
    fn inherit(
        &self,
        input: &'a str,
        r: &Raw,
        at: &Place<'_, 'a>,
        before: &Before,
        verbs: &Verbs,
        toks: &mut Toks,
    ) -> Option<Voice<'a>> {
        // each rule returns what it finds at once, made in place: a chain of `or_else`
        // moved the voice (150 bytes) at each link after the one that found it
        if let Some(a) = r
            .close
            .and_then(|c| attribution::trailing_attribution(input, before, c, verbs, toks))
        {
            return Some(a.voice(input));
        }
        // a paragraph that goes on with the quote of the one before speaks in its voice: the
        // sentence before it is that quote's own words (`"... I told her no.`)
        if at.continued
            && at.opens_block
            && let Some(v) = self.last_block.and_then(|q| voice_of(at.earlier, q))
        {
            return Some(v);
        }
        if let Some(a) = attribution::previous_sentence(input, before, verbs, toks)
            .filter(|a| !inside_last_quote(at, a.speaker.span))
        {
            return Some(a.voice(input));
        }
        // `Then she turned to "..."`: a pronoun subject of the quote's own sentence says it,
        // not the speaker carried from an earlier quote
        if self.this_block.is_some()
            && let Some(s) = attribution::pronoun_subject(input, at.block, r.open, verbs, toks)
        {
            return Some((s, None));
        }
        if let Some(v) = self.this_block.and_then(|q| voice_of(at.earlier, q)) {
            return Some(v);
        }
        if let Some(before) = self.previous_block.filter(|_| at.opens_block)
            && let Some(v) = attribution::lead_in(input, before, verbs)
        {
            return Some(v);
        }
        (at.continued || (at.opens_block && at.index > 0))
            .then(|| voice_of(at.earlier, self.last_block?))
            .flatten()
    }

    /// News quotes one voice at a time: the last speaker, a paragraph back at most.
    fn recent(&self, quotes: &[Quote<'a>], index: usize) -> Option<Speaker<'a>> {
        let (q, b) = self.recent?;
        (index <= b + 1)
            .then(|| quotes.get(q)?.speaker.clone())
            .flatten()
    }

    /// Remembers the speaker of a quote, to be the `at`th of the quote list, and points a
    /// pronoun at the last name.
    fn remember(
        &mut self,
        input: &'a str,
        q: &mut Quote<'a>,
        (block, open): (Span, Span),
        at: usize,
        index: usize,
    ) {
        let Some(s) = q.speaker.as_mut() else { return };
        if is_named_speaker(s) {
            self.last_named = Some(&input[s.span.range()]);
        } else if s.refers_to.is_none() && stands_for_one_person(&s.text) {
            // only a pronoun for one person: `a spokesman` or `the hospital` after a named
            // speaker is most often someone else. A person named as the subject of the
            // sentence before (`Peel turned to the gallery. "...," he said.`) comes first.
            if let Some(name) =
                attribution::named_just_before(input, block, self.previous_block, open)
            {
                self.last_named = Some(name);
            }
            s.refers_to = self.last_named.map(Cow::Borrowed);
        }
        self.this_block = Some(at);
        self.recent = Some((at, index));
    }

    /// Closes a block: its last speaker carries on to a quote that continues it.
    fn end_block(&mut self, block: Span, had_quotes: bool) {
        if let Some(v) = self.this_block.take() {
            self.last_block = Some(v);
        } else if !had_quotes {
            self.last_block = None;
        }
        self.previous_block = Some(block);
    }

    /// Closes a block that holds no mark, as `end_block` would: it has no speaker of its
    /// own, so nothing carries past it.
    fn end_quiet_block(&mut self, block: Span) {
        self.last_block = None;
        self.previous_block = Some(block);
    }
}

/// A pronoun for one person, also contracted (`he`, `she’s`, `who`).
fn stands_for_one_person(text: &str) -> bool {
    let word = attribution::before_apostrophe(text);
    ANAPHORS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// `attribution::speaker_is_named`, asked of the speaker of every quote. A speaker made
/// from a mention holds a name exactly when its text names someone (its title split kept
/// one), so only a transcript label (`label_speaker`), made without that split, needs its
/// text read: a text no label opens (`he`, `the spokesman`) is let go before `is_named`.
fn is_named_speaker(s: &Speaker) -> bool {
    s.name.is_some() || (may_open_with_label(s.text.as_bytes()) && attribution::speaker_is_named(s))
}

thread_local! {
    /// The token buffer of the last text with quotes on this thread, kept for the next: one
    /// made for each such text was zeroed (1.5 KB) and moved into place, about 170
    /// instructions a text.
    static TOKS: Cell<Option<Box<Toks>>> = const { Cell::new(None) };
}

/// The thread's kept token buffer with no windows held (a window is known by the address
/// of its text, which a new text may share), or a new one.
fn lend_toks() -> Box<Toks> {
    // `try_with`: in another thread-local's destructor, after this one's, a new buffer
    match TOKS.try_with(Cell::take).ok().flatten() {
        Some(mut toks) => {
            toks.forget();
            toks
        }
        None => Box::new(Toks::new()),
    }
}

/// Finds the quotes of `blocks` (headline and paragraphs, in input order), attributes them,
/// and sorts speech into `quotes` and other quoted words into `terms`.
pub(crate) fn extract<'a>(
    input: &'a str,
    headline: Option<Span>,
    blocks: impl IntoIterator<Item = Span>,
    verbs: &Verbs,
    quotes: &mut Vec<Quote<'a>>,
    terms: &mut Vec<Segment<'a>>,
) {
    let mut marks = Candidates::new(input);
    // Most texts hold no byte that can start a mark: one search tells so, and no block
    // needs reading.
    let mut next = marks.next;
    if next == usize::MAX {
        return;
    }
    let mut carried_open = false;
    let mut voices = Voices::default();
    // The tokens of the windows attribution reads, one buffer for every quote of the text,
    // taken at the first: most texts have none.
    let mut toks: Option<Box<Toks>> = None;
    for (index, block) in blocks.into_iter().enumerate() {
        if next < block.start {
            next = marks.next_from(block.start);
            if next == usize::MAX {
                // the blocks are in input order: none after this holds a mark either
                break;
            }
        }
        if next >= block.end {
            // no quote opens here, and none carried in goes on past it
            carried_open = false;
            voices.end_quiet_block(block);
            continue;
        }
        let text = &input[block.range()];
        let first_in_block = quotes.len();
        let continues = carried_open;
        (carried_open, next) = pair_block(text, block.start, &mut marks, &mut |r: Raw| {
            let opens_block = is_blank(input, block.start, r.open.start);
            let at = Place {
                earlier: quotes,
                block,
                index,
                in_headline: headline == Some(block),
                opens_block,
                continued: continues && quotes.len() == first_in_block && opens_block,
            };
            let toks = toks.get_or_insert_with(lend_toks);
            match quote_of(input, &r, &at, &voices, verbs, toks) {
                Ok(mut q) => {
                    voices.remember(input, &mut q, (block, r.open), quotes.len(), index);
                    if quotes.capacity() == 0 {
                        quotes.reserve(quote_room(input));
                    }
                    quotes.push(q);
                }
                Err(term) => {
                    if terms.capacity() == 0 {
                        terms.reserve(term_room(input));
                    }
                    terms.push(term);
                }
            }
        });
        voices.end_block(block, quotes.len() > first_in_block);
        if next == usize::MAX {
            break;
        }
    }
    if let Some(t) = toks {
        let _ = TOKS.try_with(|kept| kept.set(Some(t)));
    }
}

/// `input[from..to].trim().is_empty()`, settled by the first byte that is not ASCII white
/// space when that byte is ASCII: a quote that does not open its block nearly always
/// follows a word, and the trim read the gap from both ends in a call.
fn is_blank(input: &str, from: usize, to: usize) -> bool {
    let gap = &input.as_bytes()[from..to];
    match gap.iter().find(|&&b| !is_ascii_blank(b)) {
        None => true,
        Some(b) if b.is_ascii() => false,
        Some(_) => input[from..to].trim().is_empty(),
    }
}

/// Room for the quotes of a text, made at its first quote so that the list grows rarely:
/// one a 192 bytes, about the densest quoting news text runs to (a quote a sentence or
/// two). Guessed from the length: counting the text's marks, as this once did, cost a
/// search per mark, about a hundred instructions each, more than the growth it spared; the
/// list still doubles where the guess is short.
fn quote_room(input: &str) -> usize {
    input.len() / 192
}

/// Room for the quoted terms (`the so-called "reform"`), made at the first: a term is a
/// fifth of a quote's size, and a text that quotes one term often quotes a list of them,
/// which a list grown from empty would reallocate at 4, 8 and 16.
fn term_room(input: &str) -> usize {
    input.len() / 64 + 4
}

/// The quote for the marks of `r` with its speaker, or the quoted words as a term when
/// nobody is quoted as saying them.
fn quote_of<'a>(
    input: &'a str,
    r: &Raw,
    at: &Place<'_, 'a>,
    voices: &Voices<'a>,
    verbs: &Verbs,
    toks: &mut Toks,
) -> Result<Quote<'a>, Segment<'a>> {
    // a marked term (`so-called "reform"`, `id="..."`) is a term whoever is found to say
    // it: told first, before the attribution its result would not use
    if is_marked_term(input, at.block, r.open, r.close)
        || (!at.in_headline && names_a_work(input, at.block, r.open, r.inner))
    {
        return Err(Segment::at(input, r.inner));
    }
    let text = &input[r.inner.range()];
    let mut q = Quote {
        text: Cow::Borrowed(text),
        span: r.inner,
        speaker: None,
        cue: None,
        closed: r.close.is_some(),
        continued: at.continued,
    };
    // the clause before the marks, found once for attribution and the inherited speaker
    let before = Before::new(at.block, r.open);
    if let Some(a) = attribution::attribute(input, &before, r.close, verbs, toks)
        .filter(|a| !inside_last_quote(at, a.speaker.span))
    {
        // made in place: most quotes take their own attribution
        q.speaker = Some(a.speaker.speaker());
        q.cue = a.cue.map(|c| Segment::at(input, c));
    } else if let Some((s, c)) = r
        .close
        .filter(|_| at.opens_block)
        // a quote that is its whole paragraph may be signed on the line after it
        .and_then(|c| attribution::signature_after(input, at.block, c, verbs))
        .map(|s| (s, None))
        .or_else(|| voices.inherit(input, r, at, &before, verbs, toks))
    {
        q.speaker = Some(s);
        q.cue = c;
    }
    if let Some(s) = transcript_speaker(input, r.inner) {
        // `"PENCE: Well, ..."`: a transcript names its speaker inside the quote
        q.speaker = Some(s);
        q.cue = None;
    }
    // only "one", "two or more" and "six or more" words tell anything here; counted only
    // for a quote without a speaker, since most have one
    let words = || split_whitespace(text).take(SENTENCE_WORDS).count();
    let attributed = q.speaker.is_some() || q.cue.is_some();
    if !(attributed || looks_like_speech(text, words()) || is_lowercase_word(text)) {
        return Err(Segment::at(input, r.inner));
    }
    if q.speaker.is_none() {
        // a partial quote with no cue (`Jane Doe pledged to act "today, not tomorrow."`)
        // is the words of the sentence's subject
        q.speaker = attribution::sentence_subject_before(input, at.block, r.open, verbs, toks);
        if q.speaker.is_none() && words() < 2 {
            // a lone word with nobody in its sentence to say it: a scare quote
            return Err(Segment::at(input, r.inner));
        }
        q.speaker = q
            .speaker
            .take()
            .or_else(|| voices.recent(at.earlier, at.index));
    }
    Ok(q)
}

/// Whether `span` lies inside the quote before, in the same block: a mention found there
/// is words someone said (`'We are not going anywhere,' said union leader Jane Doe. 'It
/// is that simple.'`, where the straight marks let the sentence's subject be read as `We`),
/// never the speaker of the quote after it.
fn inside_last_quote(at: &Place<'_, '_>, span: Span) -> bool {
    at.earlier.last().is_some_and(|q| {
        q.span.start >= at.block.start && q.span.start <= span.start && span.end <= q.span.end
    })
}

/// Title-case words right after `on`, `of` or a capitalized possessive name a show, a book
/// or a film (`told CBS's "Face the Nation,"`, `the author of "Destiny and Power"`),
/// whoever the sentence has speak: what people say is seldom capitalized word by word. Not
/// in a headline, which capitalizes every word of what it quotes (`Jane Doe's "Hateful
/// Rhetoric"`).
fn names_a_work(input: &str, block: Span, open: Span, inner: Span) -> bool {
    // A screen by the last byte before the blanks, that of `on`, `of` and the
    // possessives' `s`, `'` and `’` (0x99 ends it), or a no-break space's (0xA0): nearly
    // every quote follows another word, and needs no trim or word split.
    let b = &input.as_bytes()[block.start..open.start];
    let last_byte = b.iter().rev().find(|&&c| !is_ascii_blank(c));
    if !last_byte.is_some_and(|c| {
        matches!(
            c.to_ascii_lowercase(),
            b'n' | b'f' | b's' | b'\'' | 0x99 | 0xA0
        )
    }) {
        return false;
    }
    let last = last_word(trim_end(&input[block.start..open.start]));
    let introduces = WORK_PREPOSITIONS
        .iter()
        .any(|p| p.eq_ignore_ascii_case(last))
        || is_capitalized_possessive(last);
    introduces && is_title(&input[inner.range()])
}

/// `CNN's`, `ABC’s`, `CBS'`; not a contraction of `is` or `us` (`It's`, `That's`, `Let's`).
fn is_capitalized_possessive(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && POSSESSIVE_ENDINGS.iter().any(|end| w.ends_with(end))
        && !S_CONTRACTIONS
            .iter()
            .any(|c| c.eq_ignore_ascii_case(before_apostrophe(w)))
}

/// The words of a title: up to eight, in title case from a capital, with no `!` or `?`,
/// which chants and questions carry (`chants of "Feel the Bern!"`).
fn is_title(text: &str) -> bool {
    let t = trim_end(text);
    let mut words = split_whitespace(t);
    words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.nth(TITLE_WORDS - 1).is_none()
        && !t.contains(['!', '?'])
        && is_title_case(t)
}

/// The most words a quoted title runs to here.
const TITLE_WORDS: usize = 8;

/// Every word that opens with a letter opens with a capital, or is a short word a title
/// leaves in lower case.
fn is_title_case(t: &str) -> bool {
    split_whitespace(t)
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .all(|w| w.chars().next().is_some_and(char::is_uppercase) || is_minor_word(w))
}

/// Quoted words after `so-called` and the like name something, and so do words followed
/// by their author (`"...," by Jane Doe`); an HTML attribute value (`id="..."`) is markup.
fn is_marked_term(input: &str, block: Span, open: Span, close: Option<Span>) -> bool {
    marked_by_bytes(input.as_bytes(), block, open, close)
        .unwrap_or_else(|| marked_by_chars(input, block, open, close))
}

/// `is_marked_term` read from ASCII bytes, or `None` where a byte beyond ASCII stands where
/// the answer turns (white space beyond ASCII may part words): the text before nearly
/// every quote ends in ASCII, and the trims, the split for the last word and the search
/// for `by` cost about 190 instructions a quote.
fn marked_by_bytes(b: &[u8], block: Span, open: Span, close: Option<Span>) -> Option<bool> {
    let before = &b[block.start..open.start];
    let mut end = before.len();
    while end > 0 && is_ascii_blank(before[end - 1]) {
        end -= 1;
    }
    let last = end.checked_sub(1).map(|k| before[k]);
    if last.is_some_and(|c| !c.is_ascii()) {
        return None;
    }
    if last == Some(b'=') {
        return Some(true);
    }
    if let Some(c) = close.filter(|c| c.start > 0 && b[c.start - 1] == b',') {
        let after = &b[c.end..block.end];
        let lead = after.iter().take_while(|&&c| is_ascii_blank(c)).count();
        match after.get(lead..lead + 3) {
            _ if after.get(lead).is_some_and(|c| !c.is_ascii()) => return None,
            Some(b"by ") => return None, // the author's name may begin beyond ASCII
            _ => {}
        }
    }
    let mut word_end = end;
    while word_end > 0 && matches!(before[word_end - 1], b',' | b':') {
        word_end -= 1;
    }
    for m in TERM_MARKERS {
        let Some(start) = word_end.checked_sub(m.len()) else {
            continue;
        };
        if before[start..word_end].eq_ignore_ascii_case(m.as_bytes()) {
            match start.checked_sub(1).map(|k| before[k]) {
                None | Some(b'(') => return Some(true),
                Some(c) if is_ascii_blank(c) => return Some(true),
                Some(c) if c.is_ascii() => {} // the word is longer than the marker
                Some(_) => return None,
            }
        }
    }
    // no marker ends the last word, wherever the word begins
    Some(false)
}

/// `is_marked_term` by the full rules.
fn marked_by_chars(input: &str, block: Span, open: Span, close: Option<Span>) -> bool {
    let before = input[block.start..open.start].trim_end();
    if before.ends_with('=') {
        return true;
    }
    // `"Mayor quits," by Jane Doe`: a headline with its author
    if let Some(c) = close.filter(|c| input[..c.start].ends_with(',')) {
        let after = input[c.end..block.end].trim_start();
        if after
            .strip_prefix("by ")
            .is_some_and(|a| a.starts_with(char::is_uppercase))
        {
            return true;
        }
    }
    let last = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ':']);
    TERM_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(last))
}

/// The longest transcript speaker label (`SEN. JANE DOE:`), in bytes.
const LABEL: usize = 32;

/// The upper-case label that opens a transcript line inside a quote (`PENCE: Well, ...`).
fn transcript_speaker(input: &str, inner: Span) -> Option<Speaker<'_>> {
    if !may_open_with_label(input[inner.range()].as_bytes()) {
        return None;
    }
    label_speaker(input, inner)
}

/// `transcript_speaker` by the full rules.
fn label_speaker(input: &str, inner: Span) -> Option<Speaker<'_>> {
    let text = &input[inner.range()];
    let lead = text.len() - text.trim_start().len();
    let head = &text[lead..floor_boundary(text, lead + LABEL)];
    let colon = head.find(':')?;
    let label = &head[..colon];
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let upper = label
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '-'));
    if letters < 2 || !upper || !label.starts_with(char::is_alphabetic) {
        return None;
    }
    let span = Span::new(inner.start + lead, inner.start + lead + colon);
    Some(Speaker {
        text: Cow::Borrowed(&input[span.range()]),
        span,
        title: None,
        name: None,
        refers_to: None,
    })
}

/// Whether `text` may open with a transcript label, told from its first two bytes where
/// the first is ASCII and not white space: a label starts with a capital letter, and
/// runs on in capitals, spaces or `.'-`, so a quote that opens with anything else, or with
/// a capital and a lower-case letter (nearly every quote), has none, and needs neither
/// the trim nor the search for a colon.
fn may_open_with_label(text: &[u8]) -> bool {
    match text.first() {
        Some(&b) if b.is_ascii() && !is_ascii_blank(b) => {
            b.is_ascii_uppercase() && !text.get(1).is_some_and(u8::is_ascii_lowercase)
        }
        _ => true,
    }
}

fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Unattributed quoted words are speech when they read like a sentence or a phrase
/// lifted from one (`a "deeply troubling" decision`); a single word, or words in title
/// case, are titles, names, nicknames and scare quotes.
fn looks_like_speech(text: &str, words: usize) -> bool {
    let t = text.trim_end();
    words >= SENTENCE_WORDS
        || (words >= 3 && t.ends_with(['.', '!', '?', ',']))
        || (words >= 2 && !is_title_case(t))
}

/// Quoted words this many or more read as speech whatever their case.
const SENTENCE_WORDS: usize = 6;

/// A single lowercase word (`a "disaster"`): speech only where the sentence has a speaker.
fn is_lowercase_word(text: &str) -> bool {
    let mut words = split_whitespace(text);
    words
        .next()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
        && words.next().is_none()
}

/// Short words a title leaves in lower case (`Face the Nation`).
fn is_minor_word(w: &str) -> bool {
    // by length first: most words of a title are longer than any of them
    w.len() <= 4 && TITLE_MINOR_WORDS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> (Vec<Quote<'_>>, Vec<Segment<'_>>) {
        let mut q = Vec::new();
        let mut t = Vec::new();
        let blocks: Vec<Span> = crate::lines::split(text)
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| l.content)
            .collect();
        extract(text, None, blocks, &Verbs::default(), &mut q, &mut t);
        (q, t)
    }

    fn texts(text: &str) -> Vec<String> {
        quotes(text).0.iter().map(|q| q.text.to_string()).collect()
    }

    #[test]
    fn a_kept_token_buffer_reads_each_text_as_a_new_one() {
        // texts of one length read one after another at one address, with the thread's
        // buffer: each is attributed as a copy of it is with a buffer of its own
        fn read(text: &str) -> Vec<(String, Option<String>)> {
            quotes(text)
                .0
                .iter()
                .map(|q| {
                    let who = q.speaker.as_ref().map(|s| s.text.to_string());
                    (q.text.to_string(), who)
                })
                .collect()
        }
        let texts = [
            "\"We will win,\" Jane Doe said.",
            "\"We will win,\" and the rests.",
            "\"We will win,\" he said later.",
        ];
        let mut at = String::with_capacity(64);
        for t in texts {
            assert_eq!(t.len(), texts[0].len());
            let alone = std::thread::scope(|s| s.spawn(|| read(t)).join().unwrap());
            at.clear();
            at.push_str(t);
            assert_eq!(read(&at), alone, "{t:?}");
        }
    }

    #[test]
    fn common_and_rare_marks_interleave_across_blocks() {
        let text = "No marks in this line at all.\n\
                    « Nous gagnerons », said the mayor. \"We will win,\" she said.\n\
                    The team’s coach said nothing.\n\
                    ``Not yet,'' he said. “Soon,” they said. « Demain », said she.";
        assert_eq!(
            texts(text),
            [
                " Nous gagnerons ",
                "We will win,",
                "Not yet,",
                "Soon,",
                " Demain "
            ]
        );
    }

    #[test]
    fn a_block_without_marks_ends_what_the_blocks_before_carried() {
        // the speaker of the block before does not reach past a block with no marks
        let (q, _) = quotes(
            "\"We were not warned,\" said Mara Lind.\nThe river rose overnight.\n\"Not once in ten years.\"",
        );
        assert_eq!(q.len(), 2);
        assert!(q[1].speaker.is_none());
        // nor does a quote left open: the next quote continues nothing
        let (q, _) = quotes(
            "\"We were not warned, said Mara Lind.\nThe river rose overnight.\n\"Not once in ten years.\"",
        );
        assert_eq!(q.len(), 2);
        assert!(!q[1].continued);
        // while a quote paragraph right after one left open continues it
        let (q, _) = quotes("\"We were not warned, said Mara Lind.\n\"Not once in ten years.\"");
        assert!(q[1].continued);
    }

    #[test]
    fn the_searchers_find_what_memchr_finds() {
        let text = "A \"long\" wire: ‘it’s’ “done” — `` ok '' « non » and the rest, with no mark at \
                    all for more than thirty-two bytes of plain words\"";
        let search = Searchers::new();
        let b = text.as_bytes();
        for i in 0..=b.len() {
            let rest = &b[i..];
            assert_eq!(
                search.common(rest),
                memchr::memchr3(b'"', b'\'', 0xE2, rest),
                "{i}"
            );
            assert_eq!(search.rare(rest), memchr::memchr2(b'`', 0xC2, rest), "{i}");
        }
    }

    /// The first byte at or after `i` that may open a quote mark, read byte by byte.
    fn first_candidate_from(b: &[u8], i: usize) -> usize {
        (i..b.len())
            .find(|&k| matches!(b[k], b'"' | b'\'' | 0xE2 | b'`' | 0xC2))
            .unwrap_or(usize::MAX)
    }

    #[test]
    fn candidates_answer_every_ask_in_any_order() {
        // the remembered answers must serve asks forward, backward and repeated alike
        let text = "No marks here. \"Then\" one `` and ‘two’ « and » a 'last' word, then none.";
        let b = text.as_bytes();
        let slow = |i| first_candidate_from(b, i);
        let mut marks = Candidates::new(text);
        let asks = (0..=b.len())
            .chain((0..=b.len()).rev())
            .chain((0..=b.len()).step_by(7))
            .chain([3, 3, 40, 2, b.len(), 0]);
        for i in asks {
            assert_eq!(marks.next_from(i), slow(i), "{i}");
        }
    }

    #[test]
    fn the_opening_search_finds_the_first_candidate() {
        // `new` searches from the start itself: its answer, and every ask after it, must be
        // what a search from byte 0 finds, whichever kind of byte comes first or alone
        let long = "plain words and no mark at all for more than thirty-two bytes, ";
        let texts = [
            String::new(),
            "no mark".to_string(),
            format!("{long}{long}"),
            "\"at the start".to_string(),
            "at the end'".to_string(),
            format!("{long}`` rare first, then \"common\""),
            format!("{long}\"common first, then « rare »"),
            format!("{long}only « rare » bytes {long}"),
            format!("{long}only ‘common’ bytes {long}"),
            "`".to_string(),
            "«".to_string(),
        ];
        for text in &texts {
            let b = text.as_bytes();
            let slow = |i| first_candidate_from(b, i);
            let mut marks = Candidates::new(text);
            assert_eq!(marks.next, slow(0), "{text:?}");
            for i in (0..=b.len()).chain((0..=b.len()).rev()) {
                assert_eq!(marks.next_from(i), slow(i), "{text:?} {i}");
            }
        }
    }

    #[test]
    fn marks_between_blocks_are_skipped() {
        // a line left out of the blocks (boilerplate, a dateline) keeps its marks to itself
        let text = "First block, no mark.\nLeft out: \"not a quote\" here.\n\"A real quote,\" he said.\nLast.";
        let lines = crate::lines::split(text);
        let blocks = [lines[0].content, lines[2].content, lines[3].content];
        let (mut q, mut t) = (Vec::new(), Vec::new());
        extract(text, None, blocks, &Verbs::default(), &mut q, &mut t);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "A real quote,");
        assert!(t.is_empty());
    }

    #[test]
    fn the_ascii_sides_agree_with_the_character_rules() {
        for b in 0..128u8 {
            assert_eq!(Side::of_ascii(b), Side::of(char::from(b)), "{b:#x}");
        }
    }

    #[test]
    fn blank_gap_agrees_with_trim() {
        let text = "a \t\r\n\x0b\x0c b\u{a0} \u{2003}x\u{85}. \u{a0}é\u{3000} \x1f ";
        let ends: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &from in &ends {
            for &to in ends.iter().filter(|&&to| to >= from) {
                let slow = text[from..to].trim().is_empty();
                assert_eq!(is_blank(text, from, to), slow, "{from}..{to}");
            }
        }
    }

    #[test]
    fn named_speakers_are_told_as_the_full_check_tells() {
        let texts = [
            "Jane Doe",
            "he",
            "He",
            "She",
            "they",
            "the spokesman",
            "The minister",
            "PENCE",
            "MR. SMITH",
            "HOST",
            "A B",
            "Friday",
            "FRIDAY",
            "However",
            "HOWEVER",
            "THE",
            "IT",
            "President Barack Obama",
            "Sen. Jane Doe",
            "Élan Doe",
            "ÉLAN",
            "a",
            "A",
            "The New York Times",
            "THE NEW YORK TIMES",
            "US",
            "We",
            "WE",
            "o'Neil",
        ];
        let mut labels = 0;
        for text in texts {
            let input = format!("{text}: and more");
            let mention = attribution::mention_speaker(&input, Span::new(0, text.len()));
            let label = label_speaker(&input, Span::new(0, input.len()));
            labels += usize::from(label.is_some());
            for s in std::iter::once(mention).chain(label) {
                let full = attribution::speaker_is_named(&s);
                assert_eq!(is_named_speaker(&s), full, "{text:?}");
            }
        }
        assert!(labels > 10, "{labels}");
    }

    #[test]
    fn label_screen_passes_every_transcript_label() {
        // every pair of leading characters, and a colon at each place after them
        let chars: Vec<char> = (1u8..128)
            .map(char::from)
            .chain(['É', 'é', '\u{a0}'])
            .collect();
        for &a in &chars {
            for &b in &chars {
                for tail in [":", "B:", "B: x", "BC.:", " x:", "x:", ""] {
                    let text = format!("{a}{b}{tail} and more");
                    let found = label_speaker(&text, Span::new(0, text.len())).is_some();
                    if found {
                        assert!(may_open_with_label(text.as_bytes()), "{text:?}");
                    }
                }
            }
        }
        assert!(!may_open_with_label(b"We said: yes"));
        assert!(!may_open_with_label(b"a: yes"));
        assert!(may_open_with_label(b"HOST: yes"));
    }

    #[test]
    fn marked_terms_by_bytes_agree_with_the_full_rules() {
        let befores = [
            "",
            " ",
            "x ",
            "the so-called ",
            "So-Called: ",
            "(hashtag",
            "a hashtag, ",
            "id=",
            "id= \t",
            "x\u{a0}so-called ",
            "éso-called ",
            "so-called\u{a0}",
            "word\u{2003}",
            "also-called ",
            "hashtag,,",
            "so-called ,",
            "a ,:",
            "é",
            "=\u{a0}",
            "(so-called",
        ];
        let closes = [",", "", ":"];
        let afters = [
            "",
            " by Jane",
            "by jane",
            " \u{a0}by X",
            " by Élan",
            " said",
            "\u{a0}said",
            " by",
        ];
        for before in befores {
            for close in closes {
                for after in afters {
                    for closed in [true, false] {
                        let mut text = format!("{before}\"a b{close}");
                        let open = Span::new(before.len(), before.len() + 1);
                        let shut = closed.then(|| Span::new(text.len(), text.len() + 1));
                        if closed {
                            text.push('"');
                        }
                        text.push_str(after);
                        let block = Span::new(0, text.len());
                        let full = marked_by_chars(&text, block, open, shut);
                        if let Some(quick) = marked_by_bytes(text.as_bytes(), block, open, shut) {
                            assert_eq!(quick, full, "{text:?}");
                        }
                        assert_eq!(is_marked_term(&text, block, open, shut), full, "{text:?}");
                    }
                }
            }
        }
        // the bytes settle the common cases themselves
        let text = "the so-called \"reform\" passed";
        let (block, open) = (Span::new(0, text.len()), Span::new(14, 15));
        assert_eq!(
            marked_by_bytes(text.as_bytes(), block, open, None),
            Some(true)
        );
        let text = "he said \"no,\" today";
        let (open, close) = (Span::new(8, 9), Span::new(12, 13));
        let block = Span::new(0, text.len());
        assert_eq!(
            marked_by_bytes(text.as_bytes(), block, open, Some(close)),
            Some(false)
        );
    }

    #[test]
    fn apostrophe_screen_agrees_with_facing() {
        // every ASCII byte and a few lead bytes on either side of a straight single mark
        let sides: Vec<char> = (1u8..128).map(char::from).chain(['é', '’', '—']).collect();
        for &before in &sides {
            for &after in &sides {
                let s = format!("{before}'{after}");
                let i = before.len_utf8();
                let slow = mark_at(&s, i).is_some_and(|m| facing(&s, &m).is_none());
                if is_apostrophe_at(s.as_bytes(), i) {
                    assert!(slow, "{s:?}");
                }
            }
        }
        assert!(is_apostrophe_at(b"it's", 2) && !is_apostrophe_at(b"'s", 0));
    }

    #[test]
    fn straight_and_curly_marks() {
        assert_eq!(texts(r#""We will win," she said."#), ["We will win,"]);
        assert_eq!(texts("“We will win,” she said."), ["We will win,"]);
        assert_eq!(texts("“We will win,\" she said."), ["We will win,"]);
        assert_eq!(
            texts("« Nous gagnerons », said the mayor."),
            [" Nous gagnerons "]
        );
        assert_eq!(texts("„Wir gewinnen“, said the mayor."), ["Wir gewinnen"]);
        assert_eq!(texts("``We will win,'' she said."), ["We will win,"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(texts("Clinton's students' rock 'n' roll of the '90s.").is_empty());
    }

    #[test]
    fn a_plural_possessive_inside_single_marks_closes_nothing() {
        for text in [
            "'The kids' futures are at stake,' one parent said.",
            "\u{2018}The kids\u{2019} futures are at stake,\u{2019} one parent said.",
        ] {
            let (q, _) = quotes(text);
            assert_eq!(q.len(), 1, "{text}");
            assert!(q[0].text.ends_with("at stake,"), "{text}: {}", q[0].text);
        }
        // the next mark opens, or may be a possessive itself: this one closes
        let (q, t) = quotes("The 'experts' say the 'rules' are wrong.");
        assert!(q.is_empty());
        assert_eq!(t.len(), 2);
        let (_, t) = quotes(
            "The new \u{2018}Arrangements\u{2019} collection shows Jane Matthews\u{2019} work.",
        );
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].text, "Arrangements");
        // a lone quoted word closes, and so does a mark whose next one follows no
        // sentence's punctuation
        for (text, term) in [
            (
                "Tenants' 'rights' activists cheered, as did the landlords'.",
                "rights",
            ),
            (
                "'Tenant rights' activists cheered, as did the landlords'.",
                "Tenant rights",
            ),
            (
                "Critics called the scheme 'bonkers' and said it ignored the parents', \
                 teachers' and pupils' views.",
                "bonkers",
            ),
        ] {
            let (q, t) = quotes(text);
            let found: Vec<_> = q
                .iter()
                .map(|q| &q.text)
                .chain(t.iter().map(|t| &t.text))
                .collect();
            assert_eq!(found, [term], "{text}");
        }
        let (q, _) = quotes("\u{2018}Stop the \u{2018}experts\u{2019} now,\u{2019} she said.");
        assert!(q.iter().all(|q| q.text != "experts\u{2019} now,"), "{q:?}");
    }

    #[test]
    fn single_quotes_nested_and_outer() {
        assert_eq!(
            texts(r#""He told me 'never again' and left," she said."#),
            ["He told me 'never again' and left,"]
        );
        assert_eq!(
            texts("Trump: 'We will build the wall,' he said."),
            ["We will build the wall,"]
        );
    }

    #[test]
    fn single_outer_marks_hold_a_double_quoted_inner_quote() {
        for text in [
            r#"'He told me "get out" and so I left,' she said."#,
            "‘He told me “get out” and so I left,’ she said.",
        ] {
            assert_eq!(texts(text).len(), 1, "{text}");
            assert!(texts(text)[0].starts_with("He told me"), "{text}");
            assert!(texts(text)[0].ends_with("and so I left,"), "{text}");
            assert_eq!(who(text), pairs(&[("she", "said")]), "{text}");
        }
        // an opening single that closes no clause is a contraction: the doubles quote
        assert_eq!(
            texts(r#"'Cause "we said so," he said, and the players' union agreed."#),
            ["we said so,"]
        );
        assert_eq!(
            texts(r#"'I said "no" and the players' union agreed,' she said."#),
            [r#"I said "no" and the players' union agreed,"#]
        );
        assert_eq!(
            texts(r#"'Tis "the season," the mayor said of the 'winter' fair."#),
            ["the season,", "winter"]
        );
    }

    #[test]
    fn unclosed_quote_is_a_value() {
        let (q, _) = quotes(r#"He said: "this never ends and it goes on"#);
        assert_eq!(q.len(), 1);
        assert!(!q[0].closed);
    }

    #[test]
    fn multi_paragraph_quote_is_linked_parts() {
        let (q, _) = quotes(
            "“First part of what she said,” said Jane Doe. “It goes on.\n“And it ends here,” she said.",
        );
        assert_eq!(q.len(), 3);
        assert!(!q[1].closed);
        assert!(q[2].continued);
    }

    #[test]
    fn scare_quotes_and_titles_are_terms() {
        let (q, t) =
            quotes("He appeared on \"Face the Nation\" as a so-called \"fiscal conservative\".");
        assert!(q.is_empty());
        assert_eq!(t.len(), 2);
        let (q, t) = quotes("The \"Green Wave\" team ran <img alt=\"the quiet one seen here\">");
        assert!(q.is_empty());
        assert_eq!(t[1].text, "the quiet one seen here");
    }

    #[test]
    fn a_marked_term_is_a_term_whoever_says_it() {
        // the marker is asked before attribution, which would find a speaker for each
        let (q, t) = quotes("Jane Doe said the so-called \"reform plan\" would fail.");
        assert!(q.is_empty());
        assert_eq!(t[0].text, "reform plan");
        let (q, t) = quotes("The so-called \"quiet streets plan,\" said Jane Doe, is dead.");
        assert!(q.is_empty());
        assert_eq!(t.len(), 1);
    }

    #[test]
    fn a_title_after_on_of_or_a_possessive_is_a_term_whoever_says_it() {
        for text in [
            "Jane Doe said on CBS's \"Face the Nation,\" that the plan would fail.",
            "\"We will win,\" Jane Doe told ABC\u{2019}s \u{201c}Good Morning America.\u{201d}",
            "\"We will win,\" he said on \"Meet the Press.\"",
            "Jane Doe, the author of \"Destiny and Power,\" said the race was close.",
        ] {
            let (q, t) = quotes(text);
            let q: Vec<_> = q
                .iter()
                .filter(|q| !q.text.starts_with("We will"))
                .collect();
            assert!(q.is_empty(), "{text:?}: {q:?}");
            assert_eq!(t.len(), 1, "{text:?}");
        }
    }

    #[test]
    fn speech_after_on_of_or_a_possessive_stays_a_quote() {
        for (text, quoted) in [
            // chants and questions carry `!` and `?`
            (
                "The crowd broke into chants of \"Feel the Bern!\"",
                "Feel the Bern!",
            ),
            // not in title case
            (
                "Jane Doe said the plan relies on \"a lot of hope.\"",
                "a lot of hope.",
            ),
            (
                "Jane Doe said the plan relies on \"Jobs and hope.\"",
                "Jobs and hope.",
            ),
            // a contraction is no possessive
            ("It's \"Game Over,\" she said.", "Game Over,"),
            // more words than a title runs to
            (
                "She insisted on \"Peace And Jobs For Every Town In The State Now.\"",
                "Peace And Jobs For Every Town In The State Now.",
            ),
        ] {
            let (q, _) = quotes(text);
            assert_eq!(texts(text), [quoted], "{text:?}");
            assert!(q[0].speaker.is_some(), "{text:?}");
        }
    }

    #[test]
    fn no_speaker_is_read_inside_the_quote_before() {
        // with straight single marks the sentence before reads `We ... said`
        let text = "'We are not going anywhere,' said union leader Jane Doe. 'It is that simple.'";
        let (q, _) = quotes(text);
        assert_eq!(q.len(), 2);
        for q in &q {
            let s = q.speaker.as_ref().unwrap();
            assert_eq!(s.text, "union leader Jane Doe", "{}", q.text);
        }
        // the clause before the second quote reads `We ... telling`
        let text = "\"We all miss her so much,\" Jane Doe weighed in, telling the crowd, \"she was kind.\"";
        let (q, _) = quotes(text);
        assert_eq!(q[1].speaker.as_ref().unwrap().text, "Jane Doe");
    }

    #[test]
    fn a_headline_quotes_in_title_case() {
        // a headline capitalizes every word, what it quotes too
        let text = "Doe: Roe's \"Hateful Rhetoric\" Hurts Party\n\nBody text here.";
        let lines = crate::lines::split(text);
        let (mut q, mut t) = (Vec::new(), Vec::new());
        let headline = lines[0].content;
        extract(
            text,
            Some(headline),
            [headline],
            &Verbs::default(),
            &mut q,
            &mut t,
        );
        assert_eq!(q.len(), 1, "{t:?}");
        assert_eq!(q[0].text, "Hateful Rhetoric");
        let (q, _) = quotes(text);
        assert!(q.is_empty(), "a body line is read as prose");
    }

    #[test]
    fn partial_quote_in_paraphrase_is_attributed() {
        let (q, _) = quotes("He called it a \"personal insult.\"");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "He");
        assert_eq!(q[0].cue.as_ref().unwrap().text, "called");
    }

    /// Speaker and cue of every quote, as text.
    fn who(text: &str) -> Vec<(String, String)> {
        quotes(text)
            .0
            .iter()
            .map(|q| {
                (
                    q.speaker.as_ref().map_or("", |s| &s.text).to_string(),
                    q.cue.as_ref().map_or("", |c| &c.text).to_string(),
                )
            })
            .collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn old_wire_marks_open_and_close() {
        assert_eq!(
            texts("''The bridge stays shut,'' the engineer said."),
            ["The bridge stays shut,"]
        );
        assert_eq!(
            who("''The bridge stays shut,'' the engineer said."),
            pairs(&[("the engineer", "said")])
        );
    }

    #[test]
    fn mixed_pair_curly_closed_by_straight() {
        assert_eq!(
            who("“The ferry is late again,\" said Nora Quill."),
            pairs(&[("Nora Quill", "said")])
        );
    }

    #[test]
    fn single_quotes_as_outer_marks() {
        assert_eq!(
            texts("Mayor on budget: ‘We cannot pay for the tunnel’"),
            ["We cannot pay for the tunnel"]
        );
        assert_eq!(
            texts("Council votes 'no' on the 'quiet streets' plan in the '80s style"),
            ["quiet streets"]
        );
    }

    #[test]
    fn stray_marks_do_not_derail_pairing() {
        let (q, _) =
            quotes(r#"The 12" pipe burst at noon. "It flooded the whole street," she said."#);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "It flooded the whole street,");
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "she");
    }

    #[test]
    fn unclosed_quote_runs_to_the_end_of_its_paragraph() {
        let (q, _) = quotes("The clerk said: “the files were never sent\nNobody answered.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "the files were never sent");
        assert!(!q[0].closed);
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "The clerk");
    }

    #[test]
    fn multi_paragraph_quote_keeps_its_speaker() {
        let (q, _) = quotes(
            "“We built the dam in two summers,” said Ada Brook, the site manager. “Then the rain came.\n“It took the road first,” she said.\n“And then the bridge.”",
        );
        assert_eq!(q.len(), 4);
        assert!(!q[1].closed);
        assert!(q[2].continued);
        assert_eq!(q[1].speaker.as_ref().unwrap().text, "Ada Brook");
        assert_eq!(q[2].speaker.as_ref().unwrap().text, "she");
        assert_eq!(
            q[2].speaker.as_ref().unwrap().refers_to.as_deref(),
            Some("Ada Brook")
        );
        assert_eq!(q[3].speaker.as_ref().unwrap().text, "she");
    }

    #[test]
    fn said_after_the_quote() {
        assert_eq!(
            who(r#""The vote is final," Tom Reyes said."#),
            pairs(&[("Tom Reyes", "said")])
        );
        assert_eq!(
            who(r#""The vote is final," said Tom Reyes."#),
            pairs(&[("Tom Reyes", "said")])
        );
        assert_eq!(
            who(r#""Where is the money?" Tom Reyes asked on Friday."#),
            pairs(&[("Tom Reyes", "asked")])
        );
    }

    /// Asserts the speakers and cues `who` finds in each text.
    fn assert_who(cases: &[(&str, &[(&str, &str)])]) {
        for (text, want) in cases {
            assert_eq!(who(text), pairs(want), "{text}");
        }
    }

    #[test]
    fn a_noun_that_is_also_a_speech_verb_opens_a_mention_after_an_article() {
        assert_who(&[
            (
                r#""Exports will fall," the report says."#,
                &[("the report", "says")],
            ),
            (
                r#""Exports will fall," according to the report."#,
                &[("the report", "according to")],
            ),
            // a determiner that stands for people is the mention itself
            (r#""Not yet," one said."#, &[("one", "said")]),
        ]);
    }

    #[test]
    fn initials_after_a_hyphen_end_no_sentence() {
        assert_who(&[
            (
                r#""We will appeal," Sen. Lena Ortiz (D-N.Y.) said on Monday."#,
                &[("Sen. Lena Ortiz", "said")],
            ),
            (
                r#"Rep. Tom Reyes (R-S.C.) said: "The vote is final.""#,
                &[("Rep. Tom Reyes", "said")],
            ),
        ]);
    }

    #[test]
    fn a_bare_attribution_may_name_its_listener() {
        assert_who(&[
            (
                r#""Where is the money?" Tom Reyes asked the minister."#,
                &[("Tom Reyes", "asked")],
            ),
            (
                r#""We will win." She told reporters on Monday."#,
                &[("She", "told")],
            ),
            (r#""We will win." He told him."#, &[("He", "told")]),
        ]);
        // a sentence that goes on past the listener is a new one about something else
        assert_ne!(
            who(r#""We will win." Tom Reyes told the crowd that taxes would fall."#),
            pairs(&[("Tom Reyes", "told")])
        );
        // only verbs that take a listener
        assert_ne!(
            who(r#""We will win." Tom Reyes said the words."#),
            pairs(&[("Tom Reyes", "said")])
        );
    }

    #[test]
    fn went_on_closes_an_attribution_but_not_before_a_title() {
        assert_who(&[
            (
                r#""It is late," Tom Reyes went on."#,
                &[("Tom Reyes", "went")],
            ),
            (
                r#""It is late," he went on, "and we are tired.""#,
                &[("he", "went"), ("he", "went")],
            ),
        ]);
    }

    #[test]
    fn a_continued_quote_keeps_its_voice_over_a_cue_inside_the_quote_before() {
        assert_who(&[(
            "\"We got letters every day,\" Tom Reyes said. \"Most we threw away.\n\n\
             \"My wife wanted to move. I told her no.\n\n\
             \"Looking back, that was the right call.\"",
            &[
                ("Tom Reyes", "said"),
                ("Tom Reyes", "said"),
                ("Tom Reyes", "said"),
                ("Tom Reyes", "said"),
            ],
        )]);
    }

    #[test]
    fn a_description_after_the_verb_takes_the_name_set_beside_it() {
        let (q, _) = quotes("\"We will reopen,\" said the plant manager, Tom Reyes, on Monday.");
        let s = q[0].speaker.as_ref().unwrap();
        assert_eq!(
            (s.text.as_ref(), s.title.as_deref(), s.name.as_deref()),
            (
                "the plant manager, Tom Reyes",
                Some("the plant manager"),
                Some("Tom Reyes")
            )
        );
        assert_who(&[
            // what follows the comma is no name that ends the clause
            (
                r#""We will reopen," said the manager, who asked not to be named."#,
                &[("the manager", "said")],
            ),
            (
                r#""We will reopen," said the manager, Reuters reported."#,
                &[("the manager", "said")],
            ),
            // a description with a phrase may be followed by its firm or place
            (
                r#""We will reopen," said a spokesman for the company, Exxon Mobil."#,
                &[("a spokesman for the company", "said")],
            ),
        ]);
    }

    #[test]
    fn what_a_name_called_is_the_names_words_and_what_a_pronoun_called_the_subjects() {
        assert_who(&[
            (
                r#"The mine closed because of what the company described as "unsafe conditions.""#,
                &[("the company", "described")],
            ),
            (
                r#"Tom Reyes condemned what he called "a disgrace.""#,
                &[("Tom Reyes", "called")],
            ),
        ]);
    }

    #[test]
    fn an_as_clause_before_the_quote_names_its_speaker_whatever_its_length() {
        assert_who(&[
            (
                r#"As the head of the agency told reporters, "We will appeal.""#,
                &[("the head of the agency", "told")],
            ),
            (
                r#"However, as Bishop Tom Reyes of the Diocese of Salem said, "We will appeal.""#,
                &[("Bishop Tom Reyes of the Diocese of Salem", "said")],
            ),
            // the clause reaches no speech verb: the quote's own attribution speaks
            (
                r#"As costs rose, the mayor of the city said, "We will appeal.""#,
                &[("the mayor of the city", "said")],
            ),
        ]);
    }

    #[test]
    fn a_relative_pronoun_parted_from_its_verb_is_the_mention_as_written() {
        assert_who(&[
            (
                r#"Tom Reyes, who in 2010 said the plan was "a disaster," left."#,
                &[("who", "said")],
            ),
            (
                r#"Ana Silva, who has in the past described him as "a menace," spoke."#,
                &[("who", "described")],
            ),
            (
                r#"Ana Silva, who, on a call Friday, criticized the plan as "a menace," left."#,
                &[("who", "criticized")],
            ),
            // a name before the verb is its subject, not the relative pronoun before it
            (
                r#"Tom Reyes, who met Ana Silva in 2010, said the plan was "a disaster.""#,
                &[("Tom Reyes", "said")],
            ),
        ]);
    }

    #[test]
    fn a_demonstrative_opens_a_mention_only_before_its_noun_and_verb() {
        assert_who(&[
            (
                r#""We will appeal," this official said."#,
                &[("this official", "said")],
            ),
            (
                r#""We will appeal," these people say."#,
                &[("these people", "say")],
            ),
            // a time is no speaker
            (
                r#""We will appeal," this week, the minister said."#,
                &[("the minister", "said")],
            ),
        ]);
        assert_ne!(
            who(r#""We will appeal," this week said Tom Reyes."#)[0].0,
            "this week"
        );
    }

    #[test]
    fn an_it_that_stands_for_a_clause_is_no_speaker() {
        assert_who(&[
            (
                r#"It was clear that Lena Ortiz wanted "a steady hand at the wheel.""#,
                &[("Lena Ortiz", "")],
            ),
            (
                r#"It has not helped that the campaign has cycled through slogans like "a steady hand for all.""#,
                &[("the campaign", "")],
            ),
            // an `it` with no clause after it is left as it was read
            (
                r#"It wanted "a steady hand at the wheel" this year."#,
                &[("It", "")],
            ),
        ]);
    }

    #[test]
    fn a_lead_in_after_a_date_with_its_year_names_the_speaker() {
        assert_who(&[(
            "On July 6, 2015, Lena Ortiz made the following comment:\n\n\"We will not back down from this fight.\"",
            &[("Lena Ortiz", "")],
        )]);
    }

    #[test]
    fn and_joins_two_mentions_into_one_speaker() {
        assert_who(&[
            (
                r#""We will act," the mayor and the governor said."#,
                &[("the mayor and the governor", "said")],
            ),
            (
                r#""Rates will rise," said Tom Reyes of Hale and Dorr Securities Inc."#,
                &[("Tom Reyes of Hale and Dorr Securities Inc", "said")],
            ),
            // an `and` that opens a new clause joins nothing
            (
                r#""Rates will rise," said Tom Reyes, and he left."#,
                &[("Tom Reyes", "said")],
            ),
        ]);
    }

    #[test]
    fn said_before_the_quote() {
        assert_eq!(
            who(r#"Tom Reyes said: "The vote is final.""#),
            pairs(&[("Tom Reyes", "said")])
        );
        assert_eq!(
            who(r#"Tom Reyes said "the vote is final" and left."#),
            pairs(&[("Tom Reyes", "said")])
        );
    }

    #[test]
    fn appositive_between_speaker_and_verb() {
        assert_eq!(
            who(r#""We will appeal," Lena Ortiz, the spokeswoman for the port authority, said."#),
            pairs(&[("Lena Ortiz", "said")])
        );
        assert_eq!(
            who(r#""We will appeal," Rep. Lena Ortiz (D-Ore.) said on Monday."#),
            pairs(&[("Rep. Lena Ortiz", "said")])
        );
    }

    #[test]
    fn split_quote_has_one_speaker() {
        assert_eq!(
            who(r#""The ice is thin," Pavel Dorn said. "Nobody should skate today.""#),
            pairs(&[("Pavel Dorn", "said"), ("Pavel Dorn", "said")])
        );
    }

    #[test]
    fn parenthetical_attribution() {
        assert_eq!(
            who(r#""The ice is thin," he said, "and nobody should skate today.""#),
            pairs(&[("he", "said"), ("he", "said")])
        );
    }

    #[test]
    fn quote_paragraph_after_a_lead_in() {
        assert_eq!(
            who("Pavel Dorn said:\n\"Nobody should skate today.\""),
            pairs(&[("Pavel Dorn", "said")])
        );
        assert_eq!(
            who("The coach continued:\n\"We train indoors until March.\""),
            pairs(&[("The coach", "continued")])
        );
    }

    #[test]
    fn according_to_told_and_wrote() {
        assert_eq!(
            who(
                r#"The plant will close in May, according to a union official, who called it "a betrayal.""#
            ),
            pairs(&[("a union official", "according to")])
        );
        assert_eq!(
            who(r#"Ines Varga told Reuters: "We never saw the contract.""#),
            pairs(&[("Ines Varga", "told")])
        );
        assert_eq!(
            who(r#"Ines Varga wrote on Twitter: "We never saw the contract.""#),
            pairs(&[("Ines Varga", "wrote")])
        );
    }

    #[test]
    fn dash_attribution() {
        let w = who("\"Roads first, stadiums later.\" -Commissioner Hal Brandt");
        assert_eq!(w[0].0, "Commissioner Hal Brandt");
        let (q, _) = quotes("\"Roads first, stadiums later.\" -Commissioner Hal Brandt");
        let s = q[0].speaker.as_ref().unwrap();
        assert_eq!(s.title.as_deref(), Some("Commissioner"));
        assert_eq!(s.name.as_deref(), Some("Hal Brandt"));
    }

    #[test]
    fn uncued_quote_paragraph_continues_the_previous_speaker() {
        assert_eq!(
            who("\"We were not warned,\" said Mara Lind.\n\"Not once in ten years.\""),
            pairs(&[("Mara Lind", "said"), ("Mara Lind", "said")])
        );
    }

    #[test]
    fn sentence_end_attribution() {
        assert_eq!(
            who(r#""A wall of water" hit the pier at dawn, the harbor master said."#),
            pairs(&[("the harbor master", "said")])
        );
    }

    #[test]
    fn sentence_end_attribution_after_several_quotes() {
        // the cue closing the sentence serves every quoted phrase in it
        assert_eq!(
            who(
                "The old ferry was a \"lifeline\" that brought \"real hope to the island,\" she said."
            ),
            pairs(&[("she", "said"), ("she", "said")])
        );
        // but not when the sentence ends inside a quote
        assert_eq!(
            who("The mayor praised \"the crews\" and vowed to \"keep the lights on, she said.\""),
            pairs(&[("The mayor", "praised"), ("The mayor", "praised")])
        );
    }

    #[test]
    fn pronoun_opening_a_clause_says_the_words_that_end_it() {
        // a clause of its own, nearest the quote, over a described mention before it
        assert_eq!(
            who(
                "The new budget report said that cuts were coming, which she called \"a long overdue correction.\""
            ),
            pairs(&[("she", "called")])
        );
        // with no cue before it, over the sentence's subject
        assert_eq!(
            who(
                "Lena Ortiz kept smiling as he kept talking about \"the future of this old town.\""
            ),
            pairs(&[("he", "")])
        );
        // a named speaker keeps the words of a clause about someone the name may be
        assert_eq!(
            who(
                "Mayor Ruth Keane said the plan, which she called \"our best chance,\" would pass."
            ),
            pairs(&[("Mayor Ruth Keane", "said")])
        );
    }

    #[test]
    fn opening_adverbs_and_auxiliaries_are_not_speakers() {
        assert_eq!(
            who("First, Jane Doe called the bridge plan \"a waste of good steel.\""),
            pairs(&[("Jane Doe", "called")])
        );
        assert_eq!(
            who("Even before the vote, the union said it was \"ready to strike tomorrow.\""),
            pairs(&[("the union", "said")])
        );
        assert_eq!(
            who("The city board has always claimed to be \"a neutral referee here.\""),
            pairs(&[("The city board", "claimed")])
        );
        // `it's` stands for no one
        let (q, _) = quotes("It's plain that the players want \"a fresh start next season.\"");
        assert!(
            q.iter()
                .all(|q| q.speaker.as_ref().is_none_or(|s| s.text != "It's"))
        );
    }

    #[test]
    fn pronoun_opening_the_quotes_sentence_over_the_carried_speaker() {
        assert_eq!(
            who(
                "\"We will rebuild,\" said Mayor Ana Ruiz. Then she turned to \"the long road ahead.\""
            ),
            pairs(&[("Mayor Ana Ruiz", "said"), ("she", "")])
        );
        // after a quote that closes the sentence before
        assert_eq!(
            who(
                "Mayor Ana Ruiz said, \"We will rebuild.\" She thanked \"every single volunteer\" by name."
            ),
            pairs(&[("Mayor Ana Ruiz", "said"), ("She", "")])
        );
    }

    #[test]
    fn relative_clause_after_the_speaker_holds_the_nearest_cue() {
        assert_eq!(
            who(
                "\"It was a long night,\" said Omar Haddad, who added that the pumps had \"held up better than anyone hoped.\""
            ),
            pairs(&[("Omar Haddad", "said"), ("who", "added")])
        );
        // not a restrictive clause about someone else, nor a passive
        assert_eq!(
            who(
                "Omar Haddad told voters who asked about the levy that it was \"a fair price for safety.\""
            ),
            pairs(&[("Omar Haddad", "told")])
        );
        assert_eq!(
            who(
                "Omar Haddad wrote the memo, which was reported by local radio, calling the levy \"a fair price for safety.\""
            ),
            pairs(&[("Omar Haddad", "wrote")])
        );
    }

    #[test]
    fn according_to_at_the_end_of_the_sentence() {
        assert_eq!(
            who(
                "The county is hiring \"dozens of new inspectors\" this spring, according to the budget office."
            ),
            pairs(&[("the budget office", "according to")])
        );
    }

    #[test]
    fn with_and_a_participle_introduce_their_own_speaker() {
        assert_eq!(
            who(
                "Farmers were quick to respond, with the growers' union saying the rule was \"a disaster for small plots.\""
            ),
            pairs(&[("the growers' union", "saying")])
        );
    }

    #[test]
    fn qualified_adverbials_and_perhaps_open_no_subject() {
        assert_eq!(
            who(
                "Hours after the storm, the governor issued a statement, \"We will rebuild every home.\""
            ),
            pairs(&[("the governor", "")])
        );
        assert_eq!(
            who("Perhaps Lena Ortiz prefers \"a steady hand at the wheel\" this year."),
            pairs(&[("Lena Ortiz", "")])
        );
    }

    #[test]
    fn participle_after_a_place_and_state_or_a_quoted_title() {
        assert_eq!(
            who(
                "At a diner in Dover, Del., on Friday, Mayor Ana Ruiz backed the plan, saying it would \"pay for itself in a decade.\""
            ),
            pairs(&[("Mayor Ana Ruiz", "saying")])
        );
        assert_eq!(
            who(
                "Coach Dale Brenner went on \"Morning Talk\" to discuss his rival, Sam Ortega, saying he was \"the best in the league.\""
            ),
            pairs(&[("Coach Dale Brenner", "saying")])
        );
    }

    #[test]
    fn quote_paragraph_signed_on_the_next_line() {
        assert_eq!(
            who(
                "\"We will never close this library.\"\n- Mayor Ana Ruiz.\n\nThe council met again."
            ),
            pairs(&[("Mayor Ana Ruiz", "")])
        );
        // a paragraph that is not all quote is not signed by the line after it
        assert_eq!(
            who("The mayor said the library was \"a treasure we keep.\"\n- Daily Wire.\n"),
            pairs(&[("The mayor", "said")])
        );
    }

    #[test]
    fn digest_label_after_a_dash() {
        assert_eq!(
            who(
                "FARM INCOMES FALL AGAIN - Rosa Delgado and Tim Hale: \"Prices dropped for the third year running.\""
            ),
            pairs(&[("Rosa Delgado and Tim Hale", "")])
        );
    }

    #[test]
    fn determiners_that_stand_for_people_speak() {
        assert_eq!(
            who(
                "\"It was cold,\" one fan wrote.\n\nAnother said the game was \"worth every minute.\""
            ),
            pairs(&[("one fan", "wrote"), ("Another", "said")])
        );
        // but `another tweet` is a noun
        assert_eq!(
            who("Jane Doe posted another tweet on Monday: \"We are not done yet.\""),
            pairs(&[("Jane Doe", "posted")])
        );
    }

    #[test]
    fn parenthetical_cue_after_a_later_quote_serves_the_sentence() {
        assert_eq!(
            who(
                "Fans who keep \"chasing old glory\" and \"living in the past,\" she said, are wasting their time."
            ),
            pairs(&[("she", "said"), ("she", "said")])
        );
    }

    #[test]
    fn pronoun_after_the_quotes_last_words_speaks() {
        assert_eq!(
            who(
                "\"Most of the cost comes from the need to repair\" bridges, she said, not from new roads."
            ),
            pairs(&[("she", "said")])
        );
        // `at one point` is no cue
        assert_eq!(
            who("Lena Ortiz met the crew, at one point calling them \"the best in the state.\""),
            pairs(&[("Lena Ortiz", "calling")])
        );
    }

    #[test]
    fn passive_verbs_are_not_cues() {
        assert_eq!(
            who(
                "Lena Ortiz, who phoned her rival after the result was announced, told the crowd, \"We did this together.\""
            ),
            pairs(&[("Lena Ortiz", "told")])
        );
    }

    #[test]
    fn verb_forms_inside_a_noun_phrase_are_not_cues() {
        assert_eq!(
            who(
                "Mayor Ana Ruiz made an unexpected call for calm, calling the vote \"a fair fight.\""
            ),
            pairs(&[("Mayor Ana Ruiz", "calling")])
        );
        // but a report that states is a sentence
        assert_eq!(
            who("The annual report states that costs \"rose sharply last year.\""),
            pairs(&[("The annual report", "states")])
        );
    }

    #[test]
    fn date_without_a_comma_before_a_subject_pronoun() {
        assert_eq!(
            who(
                "\"We will rebuild,\" said Mayor Ana Ruiz.\n\nIn 2019 she campaigned for \"cleaner streets and safer parks.\""
            ),
            pairs(&[("Mayor Ana Ruiz", "said"), ("she", "")])
        );
        // a clause that opens the sentence is no date
        assert_eq!(
            who("When asked whom she backed, Lena Ortiz said, \"Nobody yet.\""),
            pairs(&[("Lena Ortiz", "said")])
        );
    }

    #[test]
    fn every_form_of_a_speech_verb() {
        assert_eq!(
            who("\"Nice try, coach,\" she mocks. \"Come back next year.\""),
            pairs(&[("she", "mocks"), ("she", "mocks")])
        );
    }

    #[test]
    fn a_pronoun_stands_for_the_person_the_sentence_before_names() {
        let referents = |text: &str| {
            let (q, _) = quotes(text);
            q.iter()
                .map(|q| {
                    let s = q.speaker.as_ref().unwrap();
                    s.refers_to.as_deref().unwrap_or(&s.text).to_string()
                })
                .collect::<Vec<_>>()
        };
        // a full name before the quote's paragraph, or a surname named in full earlier
        assert_eq!(
            referents(
                "\"We were better,\" said coach Luis Alvarez.\n\nGuard Jalen Price disagreed.\n\n\"We gave them life,\" she said."
            ),
            ["coach Luis Alvarez", "Guard Jalen Price"]
        );
        assert_eq!(
            referents(
                "Defense lawyer Mark Peel rose.\n\n\"It was wrong,\" said Anna Karras.\n\nPeel turned to the gallery. \"I am ashamed,\" he said. \"Deeply,\" he added."
            ),
            ["Anna Karras", "Peel", "Peel"]
        );
        // a role between capitals: the name after it
        assert_eq!(
            referents(
                "\"It was wrong,\" said Anna Karras. World Bank president Jo Roe spoke. \"Yes,\" she said."
            ),
            ["Anna Karras", "Jo Roe"]
        );
        // no one named before: the last named speaker
        for text in [
            // a lone word never named in full
            "\"It was wrong,\" said Anna Karras.\n\nPeel turned to the gallery. \"I am ashamed,\" he said.",
            // a body, a modifier, a contraction, a sentence that quotes someone
            "\"It was wrong,\" said Anna Karras. Police arrested Jo Roe. \"He was calm,\" she said.",
            "\"It was wrong,\" said Anna Karras. World Bank officials declined. \"Yes,\" she said.",
            "\"It was wrong,\" said Anna Karras. Don't Republicans see it? \"No,\" she said.",
        ] {
            assert_eq!(referents(text).last().unwrap(), "Anna Karras", "{text}");
        }
    }

    #[test]
    fn pronoun_speaker_names_its_referent() {
        let (q, _) = quotes(
            "\"Taxes will rise,\" said Governor Ana Silva. Later she added: \"Not by much.\"",
        );
        let s = q[1].speaker.as_ref().unwrap();
        assert_eq!(s.text, "she");
        assert_eq!(s.refers_to.as_deref(), Some("Governor Ana Silva"));
        // a description is most often someone else: it is given no referent
        let (q, _) = quotes(
            "\"Taxes will rise,\" said Governor Ana Silva. \"Not by much,\" a spokesman said.",
        );
        let s = q[1].speaker.as_ref().unwrap();
        assert_eq!(
            (s.text.as_ref(), s.refers_to.as_deref()),
            ("a spokesman", None)
        );
        let first = q[0].speaker.as_ref().unwrap();
        assert_eq!(first.title.as_deref(), Some("Governor"));
        assert_eq!(first.name.as_deref(), Some("Ana Silva"));
    }

    #[test]
    fn transcript_speaker_in_the_quote() {
        let (q, _) = quotes("\"HOST: Will you run again? GRANT: We will see.\"");
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "HOST");
    }

    #[test]
    fn headline_with_its_author_is_a_term() {
        let (q, t) =
            quotes(r#"Read: "City hall votes to sell the old depot," by Times' Ada Brook."#);
        assert!(q.is_empty());
        assert_eq!(t[0].text, "City hall votes to sell the old depot,");
        // a passive agent is a speaker, not an author
        let (q, _) = quotes(r#"The plan was called "a reckless gamble" by critics."#);
        assert_eq!(q.len(), 1);
    }

    #[test]
    fn verbs_of_manner_outside_the_lexicon() {
        assert_eq!(
            who(r#""Sit down," Ivo Marsh barked. "Now.""#),
            pairs(&[("Ivo Marsh", "barked"), ("Ivo Marsh", "barked")])
        );
        assert_eq!(
            who(r#""Not a chance," she shot back."#),
            pairs(&[("she", "shot")])
        );
        // a new sentence about something else does not attribute the quote before it
        assert_eq!(
            who(r#"The mayor praised the "steady hands." The report was published later."#),
            pairs(&[("The mayor", "praised")])
        );
    }

    #[test]
    fn according_to_names_the_source_of_a_reported_quote() {
        assert_eq!(
            who(r#""We lost the vote," Ivo Marsh said, according to the Harbor Gazette."#),
            pairs(&[("the Harbor Gazette", "according to")])
        );
    }

    #[test]
    fn put_it_and_back_work_as_cues() {
        assert_eq!(
            who(r#"As Ivo Marsh put it: "The deal is dead.""#),
            pairs(&[("Ivo Marsh", "put")])
        );
        assert_eq!(
            who(r#""The deal is dead," as Ivo Marsh put it."#),
            pairs(&[("Ivo Marsh", "put")])
        );
        assert_eq!(
            who(r#"Ivo Marsh fired back, "The deal is dead.""#),
            pairs(&[("Ivo Marsh", "fired")])
        );
    }

    #[test]
    fn participle_after_a_name_belongs_to_the_name() {
        assert_eq!(
            who(r#"Critics piled on, with Ivo Marsh saying the plan was "a fantasy.""#),
            pairs(&[("Ivo Marsh", "saying")])
        );
    }

    #[test]
    fn headline_label_names_the_speaker() {
        let (q, _) = quotes("Ivo Marsh: Harbor Plan 'Will Sink the Town'");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "Ivo Marsh");
        // a weekday is no one
        assert_eq!(
            who(r#"Ivo Marsh went online early Friday saying it was "a disgrace.""#),
            pairs(&[("Ivo Marsh", "saying")])
        );
    }

    #[test]
    fn lone_word_is_speech_only_with_someone_to_say_it() {
        let (q, t) = quotes(r#"Ivo Marsh wants a "reset" with the council."#);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "Ivo Marsh");
        assert!(t.is_empty());
        let (q, t) = quotes(r#"The "reset" failed within a week."#);
        assert!(q.is_empty());
        assert_eq!(t[0].text, "reset");
    }

    #[test]
    fn sentence_subject_across_earlier_quoted_words() {
        let (q, t) = quotes(
            r#"Ivo Marsh, host of the radio show "Harbor Hour," listed one goal: "Fix the pier first.""#,
        );
        assert_eq!(t[0].text, "Harbor Hour,");
        assert_eq!(q[0].speaker.as_ref().unwrap().text, "Ivo Marsh");
    }
}
