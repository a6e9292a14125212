//! The dateline that opens the body: `CITY, REGION, DATE (AGENCY) --` in its wire, AP,
//! broadcaster and scraped-text forms.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{take_while_m_n, take_while1},
    character::complete::{digit1, space0, space1},
    combinator::{opt, peek, recognize, verify},
    sequence::{delimited, preceded, terminated},
};

use std::sync::LazyLock;

use crate::lexicon::{
    AGENCIES, AP_STANDALONE_CITIES, COLON_LABELS, DASHES, DAYS, LEAD_LABELS, MONTHS,
    PLACE_PARTICLES, US_STATES,
};
use crate::words::{WordMap, first_bytes, is_alphanumeric};

/// A dateline found at the start of a line; every field borrows from that line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Found<'a> {
    /// Length of the dateline text, separator included.
    pub len: usize,
    /// Where the body text begins after it (past white space); the line's length when the
    /// dateline fills the line.
    pub body: usize,
    pub city: Option<&'a str>,
    pub region: Option<&'a str>,
    pub date: Option<&'a str>,
    pub agency: Option<&'a str>,
    pub separator: &'a str,
    pub month: Option<u8>,
    pub day: Option<u8>,
    /// The shape alone makes it a dateline: it has a date, a known agency, a US state, or a
    /// city that AP datelines name on its own. A bare `WORD -` is weak: a headline-like
    /// line or a lead-in label can look the same.
    pub strong: bool,
}

type Res<'a, T> = IResult<&'a str, T>;

/// The place part: city, region(s) and date, as slices of the line.
#[derive(Default)]
struct Place<'a> {
    city: &'a str,
    region: Option<&'a str>,
    date: Option<Date<'a>>,
    /// `Reuter` in the 1987 wire's `WASHINGTON, March 12, Reuter -`.
    agency: Option<&'a str>,
    /// A mistyped date stands at the end of the region.
    garbled: bool,
}

/// A dateline ends in a dash, an underscore, a scraped entity or mojibake, or an agency in
/// parentheses, and is short: a line with none of those within its first bytes holds none.
/// `parse` asks the same two questions itself (`screen`), keeping the first mark's place for
/// the wire's fast path; the tests hold the screen to its promise through this one.
#[cfg(test)]
fn may_hold_dateline(line: &str) -> bool {
    first_mark(line).is_some() || holds_scraped_dash(line)
}

/// The bytes a dateline's end is looked for in.
const REACH: usize = 160;

/// Where the first `-`, `_` or `(` stands within reach: the rule `screen` answers with.
#[cfg(test)]
fn first_mark(line: &str) -> Option<usize> {
    memchr::memchr3(b'-', b'_', b'(', &line.as_bytes()[..line.len().min(REACH)])
}

/// Whether a typographic or scraped dash may stand within reach (see `holds_dash`).
fn holds_scraped_dash(line: &str) -> bool {
    let head = &line.as_bytes()[..line.len().min(REACH)];
    memchr::memchr3(b'&', 0xE2, 0xC3, head).is_some() && holds_dash(line)
}

/// Whether a dash of any form, or an opening parenthesis, stands anywhere in `line`: a
/// dateline holds one. The first bytes of the typographic and scraped dashes open curly
/// quotes (`’`), accented letters and other entities too, so a line that has only those
/// near its start is turned away here, not by the grammar.
fn holds_dash(line: &str) -> bool {
    memchr::memchr3(b'-', b'_', b'(', line.as_bytes()).is_some() || holds_other_dash(line)
}

/// Whether a typographic (`—`, `–`) or scraped (`&mdash;`, `â€”`) dash stands in `line`.
fn holds_other_dash(line: &str) -> bool {
    memchr::memchr3_iter(b'&', 0xE2, 0xC3, line.as_bytes()).any(|at| dash(&line[at..]).is_ok())
}

/// `None` where `line` holds no dateline, as `may_hold_dateline` finds it (no mark and no
/// scraped dash within reach), and else where the first mark stands (`first_mark`).
///
/// Most lines asked are headlines and the body's first lines, read by two searches where
/// they are short (about 45 bytes on the wire). A short head is read once instead, for the
/// first byte that either search stops at: no such byte settles both, and a mark settles
/// the first. An `&` or a byte beyond ASCII first is left to the searches, from there on.
/// Over a longer head memchr's wide searches cost less.
fn screen(line: &str) -> Option<Option<usize>> {
    let head = &line.as_bytes()[..line.len().min(REACH)];
    let at = if head.len() <= SHORT_HEAD {
        first_screened(head)?
    } else {
        0
    };
    if matches!(head.get(at), Some(b'-' | b'_' | b'(')) {
        return Some(Some(at));
    }
    let mark = memchr::memchr3(b'-', b'_', b'(', &head[at..]).map(|m| at + m);
    (mark.is_some() || holds_scraped_dash(line)).then_some(mark)
}

/// The longest head `screen` reads for itself.
const SHORT_HEAD: usize = 64;

/// Whether `first_mark`'s or `holds_scraped_dash`'s search may stop at byte `b`: a mark, an
/// `&`, or any byte beyond ASCII (0xE2 and 0xC3 among them). The tests are joined without
/// branches, so that sixteen bytes are compared at once.
fn is_screened(b: u8) -> bool {
    (b == b'-') | (b == b'_') | (b == b'(') | (b == b'&') | (b >= 0x80)
}

/// Where the first byte that `is_screened` takes stands in `head`, read sixteen bytes at a
/// time: a block's answers are the bytes of one number, whose lowest set byte is the first.
fn first_screened(head: &[u8]) -> Option<usize> {
    let block =
        |b: &[u8; 16]| u128::from_le_bytes(std::array::from_fn(|i| u8::from(is_screened(b[i]))));
    let first = |bits: u128| (bits.trailing_zeros() / 8) as usize;
    let mut at = 0;
    while let Some(b) = head[at..].first_chunk::<16>() {
        let bits = block(b);
        if bits != 0 {
            return Some(at + first(bits));
        }
        at += 16;
    }
    if at == head.len() {
        return None;
    }
    let Some(last) = head.last_chunk::<16>() else {
        return head.iter().position(|&c| is_screened(c));
    };
    // the last sixteen bytes, less those read already
    let bits = block(last) >> (8 * (at + 16 - head.len()));
    (bits != 0).then(|| at + first(bits))
}

/// Parses a dateline at the start of `line`, or says there is none. `extra_agencies` are
/// the caller's own agency names, recognized like the built-in ones.
pub(crate) fn parse<'a>(line: &'a str, extra_agencies: &[(String, String)]) -> Option<Found<'a>> {
    let mark = screen(line)?;
    // The wire's dateline holds no `-`, `_` or `(` before its ` - `: a line whose first
    // such byte is another is not read for it (most of the AP's and the web's datelines,
    // `WASHINGTON (AP) —`, which would be read up to the parenthesis).
    let b = line.as_bytes();
    if mark.is_some_and(|at| b[at] == b'-' && at > 0 && b[at - 1] == b' ')
        && let Some(found) = wire_dateline(line)
    {
        return Some(found);
    }
    // A lead-in label (`RPT --`, `UPDATE -`) before a real dateline is kept in the
    // dateline's text, since it belongs to no paragraph; on its own it is no dateline.
    if may_open_with_label(line)
        && let Ok((rest, _)) = lead_label(line)
        && let Some(mut found) = parse_proper(rest, extra_agencies)
    {
        let skipped = line.len() - rest.len();
        found.len += skipped;
        found.body += skipped;
        return Some(found);
    }
    parse_proper(line, extra_agencies)
}

/// A dateline ended by a colon, as the press of South Asia writes it on a story's first
/// line: a place in capitals alone (`ISLAMABAD: The committee ...`, `DERA ISMAIL KHAN:`)
/// or a dated place in any case (`Peshawar, Jan 5: ...`). `parse` leaves such lines to
/// this, asked of the story's first line only: the screen on every line's path looks for
/// no colon, and elsewhere `WORD:` is a label (`UPDATE:`, a transcript's `PENCE:`), which
/// the caller rules out by the paragraph after it. A place in capitals is one to four
/// words of two letters or more, none a lead label or one of `COLON_LABELS` (`WARNING:`),
/// and no agency (`CNN:`).
pub(crate) fn parse_colon<'a>(
    line: &'a str,
    extra_agencies: &[(String, String)],
) -> Option<Found<'a>> {
    let b = line.as_bytes();
    let colon = memchr::memchr(b':', &b[..b.len().min(COLON_REACH)])?;
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let city = &line[..colon];
    // a date follows a comma after the place: only such a line is read by the grammar
    if memchr::memchr(b',', city.as_bytes()).is_some() {
        return parse_parts(line, extra_agencies, true)
            .filter(|f| f.date.is_some() && f.separator == ":");
    }
    let (rest, separator) = colon_separator(&line[colon..])?;
    let words_ok = city.split(' ').count() <= 4
        && city.split(' ').all(|w| {
            w.len() >= 2
                && w.bytes()
                    .all(|c| c.is_ascii_uppercase() || c == b'-' || c == b'.')
                && !is_lead_label(w)
                && !COLON_LABELS.contains(&w)
        })
        && !is_known_agency(city, extra_agencies);
    let body = line.len() - rest.len();
    words_ok.then(|| Found {
        len: colon + separator.len(),
        body,
        city: Some(city),
        region: None,
        date: None,
        agency: None,
        separator,
        month: None,
        day: None,
        strong: false,
    })
}

/// How far into a line the colon of `parse_colon` is looked for.
const COLON_REACH: usize = 48;

/// Whether `text` opens with a speaker's label and a colon (`PENCE:`, `Q:`, `Sanders:`,
/// `Mr. Roe:`), as the turns of a transcript do: one to three words that open with a
/// capital. A colon dateline is none before such a paragraph.
pub(crate) fn opens_with_label(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr(b':', &b[..b.len().min(COLON_REACH)]).is_some_and(|colon| {
        let label = &text[..colon];
        !label.is_empty()
            && label.split(' ').count() <= 3
            && label
                .split(' ')
                .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
    })
}

/// The wire's plain dateline, `CITY, DATE -` (`SALVADOR, Feb 26 -`, `NEW YORK, March 3 -`),
/// read as the grammar reads it, or `None` where the line has any other shape and is left
/// to the grammar. Most datelines of the wire are this one, and the grammar asks of each
/// the label, the bare agency, the loose city's words, the region, the agency after the date
/// and the shape before it settles on it.
///
/// The city is one to four words of ASCII letters, each opening with a capital, a single
/// space between them, and a comma and a space after the last. Such a city never opens
/// with a label (`may_open_with_label` and `may_lead_with_agency` find a letter, a space
/// before a letter, or a comma after the first word, never a dash), and the loose city ends
/// at its comma. After the date nothing the place reads may follow (a comma for an agency or
/// a stray comma, a parenthesis for an agency): the separator stands next, and only a dash,
/// not the line's end, makes the line a dateline.
fn wire_dateline(line: &str) -> Option<Found<'_>> {
    let b = line.as_bytes();
    // a fifth word leaves no comma after the fourth, as `city` reads four at most
    let end = capitalized_words(b, 4, u8::is_ascii_alphabetic)?;
    let city = &line[..end];
    let after = &line[end + 2..];
    let (region, (rest, date)) = match dated(after) {
        Ok(read) => (None, read),
        Err(_) => {
            let (region, after) = wire_region(after)?;
            (Some(region), dated(after).ok()?)
        }
    };
    // a comma or a parenthesis next is no separator, and is left to the grammar
    let at = line.len() - rest.len();
    let (body, separator, text_len) = wire_separator(rest)?;
    // with no dash only a known agency ends a dateline; a lead-in label is no city
    if separator.is_empty() || is_lead_label(city) || is_weekday(city) {
        return None;
    }
    Some(Found {
        len: at + text_len,
        body: line.len() - body.len(),
        city: Some(city),
        region,
        date: Some(date.text),
        agency: None,
        separator,
        month: date.month,
        day: date.day,
        strong: true,
    })
}

/// The region between the city's comma and the date's (`PORTLAND, Ore., Feb 26 -`,
/// `BRUNSWICK, West Germany, April 1 -`): one to three words, each a capital and ASCII
/// letters and full stops, a single space between them, and what follows its comma and
/// space. The grammar, having found no date after the city's comma, reads the same city
/// with `city` (capitalized words that a comma follows), then the region with
/// `region_words` (up to three words, which the comma ends; no word is a month before a
/// number, as a space and a capital or the comma follow each), and then the date after its
/// comma. A mistyped date (`garbled_date`), which the grammar would take in the region's
/// place, is a word and a number before the dash: no date follows it, and neither does
/// one where a second word stands before the number.
fn wire_region(i: &str) -> Option<(&str, &str)> {
    let end = capitalized_words(i.as_bytes(), 3, |c| c.is_ascii_alphabetic() || *c == b'.')?;
    Some((&i[..end], &i[end + 2..]))
}

/// Where the `, ` after one to `most` words at the start of `b` stands: each word a capital
/// and the bytes `rest` takes, a single space and a capital between them. The wire's city
/// and region are read so.
#[inline(always)]
fn capitalized_words(b: &[u8], most: usize, rest: impl Fn(&u8) -> bool) -> Option<usize> {
    let mut end = 0;
    for _ in 0..most {
        // a capital first: the words of a sentence, which most lines open, end it at once
        if !b.get(end).is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        end += 1 + b[end + 1..].iter().take_while(|c| rest(c)).count();
        match b.get(end..end + 2) {
            Some(b", ") => return Some(end),
            Some(&[b' ', c]) if c.is_ascii_uppercase() => end += 1,
            _ => return None,
        }
    }
    None
}

/// `separator_or_end`, with the wire's ` - ` read first from its three bytes: nearly every
/// wire dateline ends in it, and the blanks and the dash cost more read one by one. Also
/// where in `i` the dash ends, which ends the dateline's text: past it only the blanks
/// `blank_len` reads, which the grammar's `trim_end` drops. The wire's form tells it
/// without reading the blanks back.
fn wire_separator(i: &str) -> Option<(&str, &str, usize)> {
    match i.as_bytes() {
        [b' ', b'-', b' ', rest @ ..] => {
            let end = 3 + blank_len(rest);
            Some((&i[end..], &i[1..2], 2))
        }
        _ => {
            let (rest, separator) = separator_or_end(i).ok()?;
            let read = &i.as_bytes()[..i.len() - rest.len()];
            let blank = read.iter().rev().take_while(|c| is_blank(c)).count();
            Some((rest, separator, read.len() - blank))
        }
    }
}

fn parse_proper<'a>(line: &'a str, extra_agencies: &[(String, String)]) -> Option<Found<'a>> {
    // Of the wire's lines that reach the grammar, two in five are headlines whose only
    // dashes join words (`SAUDI-FRENCH BANK TO DOUBLE PAID-UP CAPITAL`): the grammar read
    // each for about 1,800 instructions before it found no end.
    if !may_end_dateline(line) {
        return None;
    }
    parse_parts(line, extra_agencies, true).or_else(|| {
        if may_open_with_date_and_agency(line) {
            return date_then_agency(line, extra_agencies);
        }
        // After a bare agency (`AP - Voters ...`) the first words may be the body's. Only a
        // line that opens with an agency can be read so: most lines skip the second parse.
        // Without a place, the agency is read there only in parentheses or before its dash,
        // so the bytes turn away most lines before the name is read and looked up.
        let start = line.trim_start_matches('*');
        let opens_with_agency = start.starts_with('(')
            || (may_lead_with_agency(start)
                && agency_token(start).is_ok_and(|(_, t)| is_known_agency(t, extra_agencies)));
        if !opens_with_agency {
            return None;
        }
        parse_parts(line, extra_agencies, false).filter(|f| f.agency.is_some())
    })
}

/// Whether `line` may open with a date and an agency in parentheses (`Feb. 14 (UPI) --`):
/// a capital first and a parenthesis among its first bytes, where a date's words end.
fn may_open_with_date_and_agency(line: &str) -> bool {
    let b = line.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && memchr::memchr(b'(', &b[..b.len().min(DATE_AND_PAREN)]).is_some()
}

/// The furthest a date's `(` stands from the line's start (`September 30, 2024 (`).
const DATE_AND_PAREN: usize = 24;

/// `Feb. 14 (UPI) -- ...`: UPI's dateline names no place, only the date and the agency, a
/// known one, before a dash.
fn date_then_agency<'a>(line: &'a str, extra_agencies: &[(String, String)]) -> Option<Found<'a>> {
    let (i, date) = dated(line).ok()?;
    let (i, agency) = preceded(space1, paren_agency).parse(i).ok()?;
    if !is_known_agency(agency, extra_agencies) {
        return None;
    }
    let (rest, separator) = separator(i).ok()?;
    let len = line.len() - rest.len();
    Some(Found {
        len: line[..len].trim_end().len(),
        body: len,
        city: None,
        region: None,
        date: Some(date.text),
        agency: Some(agency),
        separator: separator.trim(),
        month: date.month,
        day: date.day,
        strong: true,
    })
}

/// Whether the grammar may find where a dateline ends in `line`: at a dash (`separator`),
/// or, with none, after a known agency in parentheses, which opens with `(`. Of the parts
/// that end in a letter only a month may stand right before an ASCII `-` (`SYDNEY,
/// April-`): every word the grammar reads takes a `-` into it (`capitalized_word`,
/// `loose_word`, `agency_token`).
fn may_end_dateline(line: &str) -> bool {
    // one search for the three marks: most lines reaching here hold a `-` or two
    memchr::memchr3_iter(b'-', b'_', b'(', line.as_bytes())
        .any(|at| line.as_bytes()[at] != b'-' || may_start_separator(line, at))
        || holds_other_dash(line)
}

/// Whether the `-` at `at` may open the separator: whether what stands right before it is
/// no ASCII letter, or ends a month.
fn may_start_separator(line: &str, at: usize) -> bool {
    let b = line.as_bytes();
    let start = b[..at]
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    start == at || is_month(&line[start..at])
}

fn parse_parts<'a>(
    line: &'a str,
    extra_agencies: &[(String, String)],
    with_place: bool,
) -> Option<Found<'a>> {
    let known = |name: &str| is_known_agency(name, extra_agencies);
    // wire copy marks urgent items with a run of asterisks before the city
    let i = line.trim_start_matches('*');
    let (i, _) = if i.starts_with('(') {
        opt(timestamp).parse(i).ok()?
    } else {
        (i, None)
    };
    let (i, lead) = if may_lead_with_agency(i) {
        opt((verify(agency_token, known), separator))
            .parse(i)
            .ok()?
    } else {
        (i, None)
    };
    let (i, place) = if with_place {
        opt(|i| place(i, &known)).parse(i).ok()?
    } else {
        (i, None)
    };
    let (i, agency) = match i.bytes().find(|c| !is_blank(c)) {
        Some(b'(') => opt(preceded(space0, paren_agency)).parse(i).ok()?,
        // a press release's wire between slashes (`NEW YORK, Jan. 9, 2024 /PRNewswire/ --`)
        Some(b'/') => opt(preceded(space0, slash_agency)).parse(i).ok()?,
        _ => (i, None),
    };
    let (rest, separator) = match lead {
        // `AP - The ...`: the agency's own dash ends the dateline
        Some((_, sep)) if place.is_none() && agency.is_none() => (i, sep),
        // `NEW DELHI, Jan. 5 (PTI):`: a colon ends a dated place (on a line the screen lets
        // through, for its parenthesis or a dash: `Islamabad, Jan. 5: The ...` alone is not)
        _ if i.as_bytes().first() == Some(&b':')
            && place.as_ref().is_some_and(|p| p.date.is_some()) =>
        {
            colon_separator(i)?
        }
        _ => separator_or_end(i).ok()?,
    };
    // the agency between two dashes (`SAN DIEGO--(BUSINESS WIRE)--`), asked after the first:
    // a known one or a wire's name in capitals, since a page's label may stand there too
    // (`WASHINGTON -- (Video) --`)
    let (rest, agency) = match rest.as_bytes().first() {
        Some(b'(') if agency.is_none() && place.is_some() => {
            match (paren_agency, separator_or_end).parse(rest) {
                Ok((after, (a, _))) if known(a) || is_all_caps(a) => (after, Some(a)),
                _ => (rest, agency),
            }
        }
        _ => (rest, agency),
    };
    let lead_agency = lead.map(|(a, _)| a);
    let paren_known = agency.is_some_and(known);
    let len = line.len() - rest.len();
    let text_len = line[..len].trim_end().len();
    let place = place.unwrap_or_default();
    let city = Some(place.city).filter(|c| !c.is_empty());
    let agency = agency.or(place.agency).or(lead_agency);
    let date = place.date.map(|d| d.text);
    let parts = Parts {
        city,
        region: place.region,
        agency,
        agency_known: agency.is_some_and(known),
        paren_known,
        dated: place.date.is_some() || place.garbled,
        separator,
    };
    let strong = judge(&parts, rest)?;
    let month = place.date.and_then(|d| d.month);
    let day = place.date.and_then(|d| d.day);
    Some(Found {
        len: text_len,
        body: len,
        city,
        region: place.region,
        date,
        agency,
        separator,
        month,
        day,
        strong,
    })
}

struct Parts<'a> {
    city: Option<&'a str>,
    region: Option<&'a str>,
    agency: Option<&'a str>,
    agency_known: bool,
    /// The agency in parentheses is a known one.
    paren_known: bool,
    /// A date stands in it, read or mistyped.
    dated: bool,
    separator: &'a str,
}

/// The shape checks that keep an all-caps lead-in or a headline-like line from passing for
/// a dateline. `None` when it is none; else whether it is a strong one.
fn judge(p: &Parts, body: &str) -> Option<bool> {
    if p.separator.is_empty() && !p.paren_known {
        // Without a dash only a known agency ends a dateline: `WASHINGTON (AP)` alone on
        // its line. A line ending in `(ABC)` is a headline naming a company.
        return None;
    }
    // the rest of the line is looked for only where no date settles the shape
    if !p.dated && shouts(body.split('\n').next().unwrap_or("")) {
        // A dateline leads into a sentence; an all-caps rest is a headline or a label.
        return None;
    }
    // a US state is looked up only where no date settles the shape
    let state = || p.region.is_some_and(|r| state_name(r).is_some());
    let Some(city) = p.city else {
        return p.agency.is_some().then_some(p.agency_known);
    };
    if is_lead_label(city) || is_weekday(city) {
        return None;
    }
    if p.dated || p.agency.is_some() {
        return Some(p.dated || p.agency_known || state());
    }
    let state = state();
    // In mixed case a bare place is a sentence's subject (`Washington - The ...`) unless a
    // US state names it one (`Dekalb, Ill. -`).
    if !is_all_caps(city) && !state {
        return None;
    }
    // A bare `CITY --` must be followed by a sentence that starts like one.
    // the rest of the line's first character, without looking for the line's end
    let next = body.chars().next().filter(|&c| c != '\n');
    let starts_sentence = match next {
        None => p.region.is_some(),
        Some(c) => c.is_uppercase() || c.is_ascii_digit() || is_quote_mark(c),
    };
    // After a US state the shape is plain, whatever the body starts with (`<ACME Corp>`).
    let plausible =
        state || (starts_sentence && (p.region.is_some() || city.split(' ').count() <= 3));
    plausible.then_some(state || (p.region.is_none() && is_standalone_city(city)))
}

/// Some letters (more than a lone `A`), and not one of them lower case.
fn shouts(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).nth(3).is_some() && !s.chars().any(char::is_lowercase)
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '«')
}

fn is_all_caps(s: &str) -> bool {
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

fn is_standalone_city(city: &str) -> bool {
    static MAP: LazyLock<WordMap<()>> =
        LazyLock::new(|| WordMap::new(AP_STANDALONE_CITIES.iter().map(|&c| (c, ()))));
    MAP.get_any_case(city).is_some()
}

pub(crate) fn is_lead_label(word: &str) -> bool {
    may_be_lead_label(word.as_bytes()) && is_listed_lead_label(word)
}

/// A day of the week, in any case: it dates a live blog's entry (`Monday, Jan. 5 -`) and
/// names no place. Let go by its last byte first, as nearly every city is.
#[inline(always)]
pub(crate) fn is_weekday(word: &str) -> bool {
    matches!(word.as_bytes().last(), Some(b'y' | b'Y')) && is_listed_day(word)
}

/// Whether `word` is a day of `DAYS`, in any case.
#[inline(never)]
fn is_listed_day(word: &str) -> bool {
    DAYS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// Whether `word` is a lead label, as looked up in the list.
fn is_listed_lead_label(word: &str) -> bool {
    static MAP: LazyLock<WordMap<()>> =
        LazyLock::new(|| WordMap::new(LEAD_LABELS.iter().map(|&l| (l, ()))));
    MAP.get_any_case(word).is_some()
}

/// Whether a lead label opens with the letter `word` opens with and is as long: asked of
/// every wire dateline's city, nearly all of which no label matches so, before the table
/// is reached (its look-up, the table's guard and the call cost about 50 instructions).
fn may_be_lead_label(word: &[u8]) -> bool {
    match word.first() {
        Some(&c) if c.is_ascii_alphabetic() && word.len() < 32 => {
            LABEL_LENGTHS[usize::from(c & 0x1f)] >> word.len() & 1 != 0
        }
        _ => false,
    }
}

/// The lengths of the lead labels (one bit each) by the place of their first letter in the
/// alphabet, in any case; the labels are ASCII letters, and the look-up folds case.
const LABEL_LENGTHS: [u32; 32] = {
    let mut lengths = [0; 32];
    let mut k = 0;
    while k < LEAD_LABELS.len() {
        let label = LEAD_LABELS[k].as_bytes();
        let mut i = 0;
        while i < label.len() {
            assert!(label[i].is_ascii_alphabetic());
            i += 1;
        }
        assert!(label.len() < 32);
        lengths[(label[0] & 0x1f) as usize] |= 1 << label.len();
        k += 1;
    }
    lengths
};

/// Whether `line` has the shape `lead_label` reads, an opening parenthesis or capitals up to
/// a dash: read from the bytes, since nearly every line that may hold a dateline opens
/// with none (`SALVADOR, Feb 26 -`).
fn may_open_with_label(line: &str) -> bool {
    let b = line.as_bytes();
    let upper = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    let blank = blank_len(&b[upper..]);
    b.first() == Some(&b'(') || (upper > 0 && b.get(upper + blank).is_some_and(|&c| starts_dash(c)))
}

/// Whether a bare agency and its dash (`AP -`, `SPACE.com -`) may open `i`: read from the
/// bytes, since nearly every line opens with a word that no dash follows (`SALVADOR, Feb
/// 26 -`, `The ...`), and reading the word as a name and looking it up cost about 200
/// instructions a line.
fn may_lead_with_agency(i: &str) -> bool {
    let b = i.as_bytes();
    let name = b.iter().take_while(|&&c| NAME_BYTE[usize::from(c)]).count();
    let blank = blank_len(&b[name..]);
    // past ASCII the name may go on (`is_alphanumeric`): the grammar decides
    b.get(name).is_some_and(|c| !c.is_ascii())
        || b.get(name + blank).is_some_and(|&c| starts_dash(c))
}

/// The ASCII bytes of a bare agency's name (`agency_token`): letters, digits, `.` and `-`.
/// A table, since every line that may hold a dateline has its first word read with it,
/// and the three tests per byte cost more.
const NAME_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'.' || c == b'-';
        b += 1;
    }
    table
};

/// Whether byte `b` stands next in `i`, past blanks: read from the bytes before an optional
/// part that opens with it is parsed, since most datelines have none.
fn next_is(i: &str, b: u8) -> bool {
    i.bytes().find(|c| !is_blank(c)) == Some(b)
}

/// How many spaces and tabs (what nom's `space0` takes) open `b`.
fn blank_len(b: &[u8]) -> usize {
    b.iter().take_while(|c| is_blank(c)).count()
}

/// A space or a tab: a blank as nom's `space0` and `space1` take it.
fn is_blank(b: &u8) -> bool {
    matches!(b, b' ' | b'\t')
}

/// Whether a dash (`dash`) may start with byte `b`.
fn starts_dash(b: u8) -> bool {
    DASH_FIRST[usize::from(b)]
}

/// The first bytes of `DASHES`.
const DASH_FIRST: [bool; 256] = first_bytes(DASHES);

/// A label such as `RPT --` or `(CORRECTED) -` that can stand before a dateline.
fn lead_label(i: &str) -> Res<'_, &str> {
    terminated(
        alt((
            verify(take_while1(|c: char| c.is_ascii_uppercase()), is_lead_label),
            delimited(
                ascii_char('('),
                verify(take_while1(|c: char| c.is_ascii_uppercase()), is_lead_label),
                ascii_char(')'),
            ),
        )),
        separator,
    )
    .parse(i)
}

/// nom's `char(c)` for an ASCII `c`, compared with the first byte: a space, a comma or a
/// full stop is asked for after every word of a place, and decoding the character first
/// cost more than the comparison.
fn ascii_char<'a>(c: char) -> impl Fn(&'a str) -> Res<'a, char> {
    move |i: &'a str| match i.as_bytes().first() {
        Some(&b) if c.is_ascii() && char::from(b) == c => Ok((&i[1..], c)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Char,
        ))),
    }
}

/// `(07-17) 13:09 PDT ` before the city, as some syndication feeds write it.
fn timestamp(i: &str) -> Res<'_, &str> {
    recognize((
        delimited(
            ascii_char('('),
            take_while1(|c: char| c.is_ascii_digit() || c == '-'),
            ascii_char(')'),
        ),
        space1,
        digit1,
        ascii_char(':'),
        digit1,
        opt((
            space1,
            take_while_m_n(2, 4, |c: char| c.is_ascii_uppercase()),
        )),
        space1,
    ))
    .parse(i)
}

/// `CITY`, `CITY, DATE`, `CITY, REGION` or `CITY, REGION, DATE`, with the 1987 wire's
/// slips: `PARIS,March 16`, `OAKLAND , N.J.`, `ANGLETON, Tex. March 3`, `SYDNEY, April`,
/// `TULSA, Okla., April 1,`, `WASHINGTON, March 12, Reuter`.
fn place<'a>(base: &'a str, known: &dyn Fn(&str) -> bool) -> Res<'a, Place<'a>> {
    let at = |rest: &str| base.len() - rest.len();
    // A loose city is taken only with the date after its comma, which then needs no second
    // read. Where none follows, the capitalized city is read instead, and mostly ends where
    // the loose one did (`COLMAR, France, April 9`): the date after that comma is known to
    // be none, and is not read again there.
    let mut loose = None;
    let mut no_date_at = None;
    // (a line with no comma has none after a loose city, whose words are not read then)
    if memchr::memchr(b',', base.as_bytes()).is_some()
        && let Ok((rest, c)) = loose_city(base)
        && let Ok((after, _)) = comma(rest)
    {
        match dated(after) {
            Ok((rest, d)) => loose = Some((rest, c, d)),
            Err(_) => no_date_at = Some(at(after)),
        }
    }
    let (mut i, city, mut date) = match loose {
        Some((rest, c, d)) => (rest, c, Some(d)),
        None => {
            let (rest, c) = city(base)?;
            (rest, c, None)
        }
    };
    let mut region: Option<(usize, usize)> = None;
    let mut garbled = false;
    // with the date read already, no part of the place follows it
    if date.is_none() {
        for n in 0..4 {
            // the comma is read once for the three parts that may follow it
            let after_comma = comma(i).ok().map(|(rest, _)| rest);
            if let Some(after) = after_comma.or_else(|| blanks1(i).ok().map(|(rest, _)| rest))
                && Some(at(after)) != no_date_at
                && let Ok((rest, d)) = dated(after)
            {
                date = Some(d);
                i = rest;
                break;
            }
            // A mistyped date (`Narch 2`, `March 187`) is kept as written, with the region:
            // what it means is not known.
            if let Some(Ok((rest, g))) = after_comma.map(garbled_date) {
                let start = region.map_or(at(rest) - g.len(), |(s, _)| s);
                region = Some((start, at(rest)));
                garbled = true;
                i = rest;
                break;
            }
            if n == 3 {
                break;
            }
            match after_comma.map(region_words) {
                Some(Ok((rest, r))) => {
                    let start = region.map_or(at(rest) - r.len(), |(s, _)| s);
                    region = Some((start, at(rest)));
                    i = rest;
                }
                _ => break,
            }
        }
    }
    let mut agency = None;
    if date.is_some() {
        if next_is(i, b',')
            && let Ok((rest, a)) =
                preceded(comma, verify(agency_token, |a: &str| known(a))).parse(i)
        {
            agency = Some(a);
            i = rest;
        }
    } else if let Ok((rest, d)) = terminated(preceded(separator, dated), peek(separator)).parse(i) {
        // `LOUISVILLE, Colo. - March 16 -`: the date after a stray dash
        date = Some(d);
        i = rest;
    }
    // a comma left before the dash: `WASHINGTON, June 19, -`
    if next_is(i, b',')
        && let Ok((rest, _)) = terminated(
            (space0::<&str, nom::error::Error<&str>>, ascii_char(',')),
            peek(separator),
        )
        .parse(i)
    {
        i = rest;
    }
    let region = region.map(|(s, e)| &base[s..e]);
    Ok((
        i,
        Place {
            city,
            region,
            date,
            agency,
            garbled,
        },
    ))
}

/// `, ` between the parts, as typed: `PARIS,March 16` and `OAKLAND , N.J.` too.
fn comma(i: &str) -> Res<'_, &str> {
    // read from the bytes: the place loop asks for a comma at every part
    let b = i.as_bytes();
    let at = blank_len(b);
    if b.get(at) != Some(&b',') {
        return Err(nom::Err::Error(nom::error::Error::new(
            &i[at..],
            nom::error::ErrorKind::Char,
        )));
    }
    let end = at + 1 + blank_len(&b[at + 1..]);
    Ok((&i[end..], &i[..end]))
}

/// A place name in any case (`Mexico city`, `st paul`), taken only where a date follows it
/// (see `place`): the date makes the shape a dateline.
fn loose_city(i: &str) -> Res<'_, &str> {
    place_words(i, loose_word, 3, |i| i)
}

/// `recognize((word, fold_many_m_n(0, more, preceded(char(' '), (lead, word)), ..)))`,
/// where `lead` reads past what may stand between the space and the word (a particle)
/// and gives the input back where nothing does: a place's words, read without nom's
/// combinators, since every line that reaches the grammar has its first words read so
/// two or three times.
#[inline(always)]
fn place_words<'a>(
    i: &'a str,
    word: impl Fn(&'a str) -> Res<'a, &'a str>,
    more: usize,
    lead: impl Fn(&'a str) -> &'a str,
) -> Res<'a, &'a str> {
    let (mut rest, _) = word(i)?;
    for _ in 0..more {
        let Some(after) = rest.strip_prefix(' ').map(&lead) else {
            break;
        };
        match word(after) {
            Ok((r, _)) => rest = r,
            Err(nom::Err::Error(_)) => break,
            Err(e) => return Err(e),
        }
    }
    Ok((rest, &i[..i.len() - rest.len()]))
}

fn loose_word(i: &str) -> Res<'_, &str> {
    word(
        i,
        char::is_alphabetic,
        |b| b.is_ascii_alphabetic() || matches!(b, b'.' | b'\'' | b'-'),
        char::is_alphabetic,
    )
}

/// A word as `recognize((verify(anychar, first), take_while(rest)))` reads it, where `rest`
/// is `ascii` on ASCII bytes and `beyond` on other characters: the bytes are read one at a
/// time and only a character beyond ASCII is decoded, since a city's words are read before
/// every dateline and decoding each character cost more than the test.
fn word<'a>(
    i: &'a str,
    first: impl Fn(char) -> bool,
    ascii: impl Fn(u8) -> bool,
    beyond: impl Fn(char) -> bool,
) -> Res<'a, &'a str> {
    let b = i.as_bytes();
    let mut n = match b.first() {
        Some(&c) if c.is_ascii() && first(char::from(c)) => 1,
        Some(&c) if !c.is_ascii() => match i.chars().next() {
            Some(c) if first(c) => c.len_utf8(),
            _ => return Err(word_error(i)),
        },
        _ => return Err(word_error(i)),
    };
    while let Some(&c) = b.get(n) {
        if c.is_ascii() {
            if !ascii(c) {
                break;
            }
            n += 1;
        } else {
            match i[n..].chars().next() {
                Some(c) if beyond(c) => n += c.len_utf8(),
                _ => break,
            }
        }
    }
    Ok((&i[n..], &i[..n]))
}

fn word_error(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
}

/// One to four capitalized words, with the lower-case particles of place names between
/// them (`Rio de Janeiro`). Longer, it is a headline (`SYRIA SEEKING WHITE SUGAR ON`).
fn city(i: &str) -> Res<'_, &str> {
    place_words(i, capitalized_word, 3, |i| {
        particle(i).map_or(i, |(rest, _)| rest)
    })
}

/// A state, province or country: `Calif.`, `N.Y.`, `British Columbia`, `the Netherlands`.
fn region_words(i: &str) -> Res<'_, &str> {
    let the = if i.starts_with("the ") { 4 } else { 0 };
    let (rest, _) = place_words(&i[the..], capitalized_word, 2, |i| i)?;
    Ok((rest, &i[..i.len() - rest.len()]))
}

/// `terminated(alt(tags of PLACE_PARTICLES), char(' '))`, with a longer word tried before
/// a word that opens it (`del` before `de`): the listed word that opens `i` with a space
/// after it, and that space. Compared as bytes, since a lower-case word in a line read as
/// a place (`Woes Linger in 29 States - ...`) had nom try each of the twelve tags.
fn particle(i: &str) -> Res<'_, &str> {
    // Asked before every word after the first of a city, which is capitalized nearly
    // always: its first byte turns it away before the words are compared.
    if i.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
        && let Some(p) = PLACE_PARTICLES
            .iter()
            .find(|p| i.starts_with(**p) && i.as_bytes().get(p.len()) == Some(&b' '))
    {
        return Ok((&i[p.len() + 1..], &i[..p.len()]));
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// A word that starts with a capital: `HANGZHOU`, `Calif.`, `N.Y.`, `O'HARE`, `WINSTON-SALEM`.
fn capitalized_word(i: &str) -> Res<'_, &str> {
    let (i2, w) = word(
        i,
        char::is_uppercase,
        |b| b.is_ascii_alphabetic() || matches!(b, b'.' | b'\'' | b'-' | b'&' | b'/'),
        |c| c.is_alphabetic() || c == '’',
    )?;
    // a hyphen joins a name's words (`WINSTON-SALEM`); two at its end are a dash
    // (`SAN DIEGO--(BUSINESS WIRE)--`), which `may_end_dateline` lets through as one (a
    // single hyphen after letters is no separator, `PAID-UP-`)
    let (i2, w) = if w.ends_with("--") {
        let kept = w.trim_end_matches('-');
        (&i[kept.len()..], kept)
    } else {
        (i2, w)
    };
    // the digit after the blanks is read first: most words have none, and are not looked up
    let blank = blank_len(i2.as_bytes());
    if blank > 0
        && i2.as_bytes().get(blank).is_some_and(u8::is_ascii_digit)
        && is_month(w.trim_end_matches('.'))
    {
        // `Feb 26` is a date, not a region
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((i2, w))
}

/// A date as written, with the month and the day its words name as the output has always
/// read them: split at spaces, full stops and commas only, so that a tab joins the words
/// it stands between into one that names nothing (`3\tMay`), and a day past 31 names none.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Date<'a> {
    text: &'a str,
    month: Option<u8>,
    day: Option<u8>,
}

/// `Feb 26`, `Sept. 5`, `March 16`, `2 March`, optionally with `, 1987`; a month alone
/// right before the dash (`SYDNEY, April -`). The month and the day are taken from the
/// words as they are read: reading them from the text again cost about a hundred
/// instructions a dateline.
fn dated(i: &str) -> Res<'_, Date<'_>> {
    let (rest, (month, day)) = match month_first(i) {
        Ok(read) => read,
        Err(_) => day_first(i)?,
    };
    let rest = past_year(rest);
    let text = &i[..i.len() - rest.len()];
    Ok((rest, Date { text, month, day }))
}

/// What follows `, 1987` after a date, or `i` where no year stands: `opt((char(','),
/// space1, take_while_m_n(4, 4, digit)))` read from the bytes.
fn past_year(i: &str) -> &str {
    let b = i.as_bytes();
    if b.first() == Some(&b',') {
        let at = 1 + blank_len(&b[1..]);
        if at > 1
            && b.get(at..at + 4)
                .is_some_and(|y| y.iter().all(u8::is_ascii_digit))
        {
            return &i[at + 4..];
        }
    }
    i
}

/// `Feb 26`, `Marc 3` (see `month_before_day`), or a month alone right before the dash. The
/// word is read once for both: every listed month starts with its three-letter form, so a
/// word that `month_before_day` turns away is no month either, and most words end there.
fn month_first(i: &str) -> Res<'_, (Option<u8>, Option<u8>)> {
    let (word_end, (word, month)) = month_before_day(i)?;
    // `(opt(char('.')), space1, day_number)`, read from the bytes
    let b = word_end.as_bytes();
    let dot = usize::from(b.first() == Some(&b'.'));
    let blank = blank_len(&b[dot..]);
    let digits = b[dot + blank..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if blank > 0 && (1..=2).contains(&digits) {
        let start = dot + blank;
        let end = start + digits;
        // the month's word starts the first word; the day is one only after a space
        let day = day_of(&b[start..end]).filter(|_| b[start - 1] == b' ');
        return Ok((&word_end[end..], (Some(month), day)));
    }
    if !is_month(word) {
        return Err(nom::Err::Error(nom::error::Error::new(
            word_end,
            nom::error::ErrorKind::Digit,
        )));
    }
    let (rest, _) = (opt(ascii_char('.')), peek(separator)).parse(word_end)?;
    Ok((rest, (Some(month), None)))
}

/// `2 March`, `07 Dec.`: a day, blanks and a listed month.
fn day_first(i: &str) -> Res<'_, (Option<u8>, Option<u8>)> {
    let (rest, d) = day_number(i)?;
    let (rest, blank) = blanks1(rest)?;
    let (rest, word) = ascii_letters(rest)?;
    let Some(month) = month_number(word) else {
        return Err(nom::Err::Error(nom::error::Error::new(
            rest,
            nom::error::ErrorKind::Verify,
        )));
    };
    let (rest, _) = opt(ascii_char('.')).parse(rest)?;
    // a word ends at a space only: a tab joins the day or the month to the blanks
    let day = day_of(d.as_bytes()).filter(|_| blank.starts_with(' '));
    let month = Some(month).filter(|_| blank.ends_with(' '));
    Ok((rest, (month, day)))
}

/// The day one or two digits name, where they name one (1 to 31).
fn day_of(digits: &[u8]) -> Option<u8> {
    short_number(digits).filter(|d| (1..=31).contains(d))
}

/// A word and a number where the date stands, right before the dash, that `date_text`
/// does not read: `Narch 2`, `ABR 9`, `March 187`, `April, 13`.
fn garbled_date(i: &str) -> Res<'_, &str> {
    if !may_be_garbled_date(i) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    terminated(
        recognize((
            take_while_m_n(3, 9, |c: char| c.is_alphabetic()),
            opt(ascii_char(',')),
            space1,
            take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        )),
        peek(separator),
    )
    .parse(i)
}

/// Whether `garbled_date`'s word, comma, blanks and digit may open `i`: read from the bytes,
/// since it is asked of every region (`France, April 9`), and few have a number after them.
/// A byte beyond ASCII may belong to a letter, and is taken for one.
fn may_be_garbled_date(i: &str) -> bool {
    let b = i.as_bytes();
    let word = b
        .iter()
        .take_while(|c| c.is_ascii_alphabetic() || !c.is_ascii())
        .count();
    let comma = usize::from(b.get(word) == Some(&b','));
    let blank = blank_len(&b[word + comma..]);
    blank > 0 && b.get(word + comma + blank).is_some_and(u8::is_ascii_digit)
}

/// A run of ASCII letters, as `take_while1(char::is_ascii_alphabetic)` takes it: read from
/// the bytes, since a date is looked for after every part of the place, and decoding
/// characters cost more than the test.
fn ascii_letters(i: &str) -> Res<'_, &str> {
    ascii_run1(
        i,
        u8::is_ascii_alphabetic,
        nom::error::ErrorKind::TakeWhile1,
    )
}

/// The bytes that `keep` takes opening `i`, at least one; `keep` takes ASCII bytes only,
/// so the run ends at a character's boundary.
fn ascii_run1<'a>(
    i: &'a str,
    keep: fn(&u8) -> bool,
    kind: nom::error::ErrorKind,
) -> Res<'a, &'a str> {
    let n = i.bytes().take_while(keep).count();
    match i.split_at_checked(n) {
        Some((run, rest)) if n > 0 => Ok((rest, run)),
        _ => Err(nom::Err::Error(nom::error::Error::new(i, kind))),
    }
}

/// Before a day number a month may be mistyped: a word that starts with a month's
/// three-letter abbreviation (`Marc 3`, `Junee 2`) names that month.
fn month_before_day(i: &str) -> Res<'_, (&str, u8)> {
    let (rest, w) = ascii_letters(i)?;
    match month_by_prefix(w.as_bytes()) {
        Some(month) if w.len() <= 9 => Ok((rest, (w, month))),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// One or two digits, and no third after them: the whole run of digits, read once.
fn day_number(i: &str) -> Res<'_, &str> {
    let digits = |i| ascii_run1(i, u8::is_ascii_digit, nom::error::ErrorKind::Digit);
    verify(digits, |d: &str| d.len() <= 2).parse(i)
}

pub(crate) fn is_month(w: &str) -> bool {
    month_number(w).is_some()
}

/// The month a word names: its name or a listed abbreviation, in any case.
fn month_number(w: &str) -> Option<u8> {
    static MAP: LazyLock<WordMap<u8>> = LazyLock::new(|| WordMap::new(MONTHS.iter().copied()));
    MAP.get_any_case(w)
}

/// A month's listed form longer than three letters (`March`, `sept`), in any case. The
/// three-letter forms are words too (`may`, `mar`), and name a month only in a date.
pub(crate) fn is_long_month_form(w: &str) -> bool {
    static MAP: LazyLock<WordMap<()>> = LazyLock::new(|| {
        WordMap::new(
            MONTHS
                .iter()
                .filter(|(m, _)| m.len() > 3)
                .map(|&(m, _)| (m, ())),
        )
    });
    MAP.get_any_case(w).is_some()
}

/// The month whose three-letter abbreviation starts `w`: compared with the twelve forms
/// as bytes, since it is asked of every word where a date may stand, and hashing the
/// word cost more than the comparisons. The three letters are compared as one number.
fn month_by_prefix(w: &[u8]) -> Option<u8> {
    let &[a, b, c, ..] = w else {
        return None;
    };
    let head = prefix_key(a, b, c);
    MONTH_PREFIXES
        .iter()
        .find(|(form, _)| *form == head)
        .map(|&(_, m)| m)
}

/// Three bytes, with the bit that tells a capital from its small letter set, as one
/// number: for the small letters of the table that is their lower case, and a byte that
/// is no letter never reads as one so (the bit set, it lands outside both ranges), where
/// `to_ascii_lowercase` cost each byte a compare.
const fn prefix_key(a: u8, b: u8, c: u8) -> u32 {
    u32::from_le_bytes([a | 0x20, b | 0x20, c | 0x20, 0])
}

/// The three-letter forms in `MONTHS` (lower case there), with their months.
const MONTH_PREFIXES: [(u32, u8); 12] = {
    let mut forms = [(0, 0); 12];
    let mut n = 0;
    let mut k = 0;
    while k < MONTHS.len() {
        if let (&[a, b, c], m) = (MONTHS[k].0.as_bytes(), MONTHS[k].1) {
            forms[n] = (prefix_key(a, b, c), m);
            n += 1;
        }
        k += 1;
    }
    assert!(n == forms.len());
    forms
};

/// One or two digits.
fn short_number(w: &[u8]) -> Option<u8> {
    match *w {
        [d] if d.is_ascii_digit() => Some(d - b'0'),
        [t, d] if t.is_ascii_digit() && d.is_ascii_digit() => Some((t - b'0') * 10 + d - b'0'),
        _ => None,
    }
}

/// `(AP)`, `(CBSMiami)`, `(Reuters Health)`: a short capitalized name in parentheses, or a
/// known agency that writes its name in small letters (`(dpa)`).
fn paren_agency(i: &str) -> Res<'_, &str> {
    delimited(
        ascii_char('('),
        verify(
            take_while_m_n(1, 40, |c: char| c != ')' && c != '(' && c != '\n'),
            |s: &str| {
                (s.chars().next().is_some_and(|c| c.is_uppercase()) || built_in_agency(s).is_some())
                    && s.split(' ').count() <= 4
                    && !s.contains(',')
            },
        ),
        ascii_char(')'),
    )
    .parse(i)
}

/// A press-release wire between slashes (`/PRNewswire/`, `/PRNewswire-FirstCall/`), its
/// name a capital and up to 40 letters, digits, hyphens and spaces.
fn slash_agency(i: &str) -> Res<'_, &str> {
    delimited(
        ascii_char('/'),
        verify(
            take_while_m_n(2, 40, |c: char| {
                c.is_ascii_alphanumeric() || c == '-' || c == ' '
            }),
            |s: &str| s.starts_with(|c: char| c.is_ascii_uppercase()),
        ),
        ascii_char('/'),
    )
    .parse(i)
}

/// The colon that opens `i` and the blanks after it, where a capital or a digit opens what
/// follows: the sentence the dateline leads into.
fn colon_separator(i: &str) -> Option<(&str, &str)> {
    let after = &i[1..];
    let rest = &after[blank_len(after.as_bytes())..];
    rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        .then(|| (rest, &i[..1]))
}

/// A bare agency name before a separator (`AP -`, `SPACE.com -`).
fn agency_token(i: &str) -> Res<'_, &str> {
    take_while1(|c: char| is_alphanumeric(c) || c == '.' || c == '-').parse(i)
}

/// The dash that ends a dateline, in its typed, typographic and scraped forms, with the
/// white space around it.
fn separator(i: &str) -> Res<'_, &str> {
    delimited(blanks, dash, blanks).parse(i)
}

/// Spaces and tabs, at least one, as `space1` takes them, read from the bytes: a date's
/// words are parsed after every part of the place.
fn blanks1(i: &str) -> Res<'_, &str> {
    ascii_run1(i, is_blank, nom::error::ErrorKind::Space)
}

/// Spaces and tabs, as `space0` takes them, read from the bytes: the blanks around a dash
/// are asked for at every part of the place that may end the dateline.
fn blanks(i: &str) -> Res<'_, &str> {
    let n = blank_len(i.as_bytes());
    Ok((&i[n..], &i[..n]))
}

fn dash(i: &str) -> Res<'_, &str> {
    // The first byte says which dashes may stand here: most words fail at it, and a dash
    // is compared with its own forms only, not with eleven tags. Within a group the forms
    // keep their order, the longer first.
    let forms: &[&str] = match i.as_bytes() {
        // the wire's dash, in nearly every dateline: its two forms are told by one byte
        [b'-', b'-', ..] => return Ok((&i[2..], &i[..2])),
        [b'-', ..] => return Ok((&i[1..], &i[..1])),
        [b'_', ..] => &["_"],
        [0xE2, ..] => &["—", "–"],
        [0xC3, ..] => &["â€”", "â€“"],
        [b'&', ..] => &["&mdash;", "&#8212;", "&ndash;", "&#8211;"],
        _ => &[],
    };
    first_of(i, forms)
}

/// The first of `forms` that opens `i`, as `alt` of their tags reads it, compared without
/// nom's parser for each: a dash is asked for after every part of the place.
fn first_of<'a>(i: &'a str, forms: &[&str]) -> Res<'a, &'a str> {
    match forms.iter().find(|f| i.starts_with(**f)) {
        Some(f) => Ok((&i[f.len()..], &i[..f.len()])),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// `alt((separator, preceded(space0, eof)))`, the blanks read once for both: it is asked
/// after every place, and nom's `alt` and `space0` cost more than the dash.
fn separator_or_end(i: &str) -> Res<'_, &str> {
    let (rest, _) = blanks(i)?;
    if rest.is_empty() {
        return Ok((rest, rest));
    }
    let (rest, d) = dash(rest)?;
    let (rest, _) = blanks(rest)?;
    Ok((rest, d))
}

fn is_known_agency(name: &str, extra: &[(String, String)]) -> bool {
    // most names hold no full stop: one byte search settles `.com` for them
    agency_full_name(name, extra).is_some()
        || (name.as_bytes().contains(&b'.') && name.contains(".com"))
}

/// The full name of a well-known agency (`AP`: `Associated Press`), or the caller's own.
pub(crate) fn agency_full_name<'e>(name: &str, extra: &'e [(String, String)]) -> Option<&'e str> {
    extra
        .iter()
        .find(|(abbr, _)| abbr == name)
        .map(|(_, full)| full.as_str())
        .or_else(|| built_in_agency(name))
}

/// The full name of a built-in agency.
fn built_in_agency(name: &str) -> Option<&'static str> {
    // Most words asked about are no agency: a hash look-up in any case turns them away
    // before the list, which holds names that differ in case only, is compared as written.
    static ANY_CASE: LazyLock<WordMap<()>> =
        LazyLock::new(|| WordMap::new(AGENCIES.iter().map(|&(a, _)| (a, ()))));
    ANY_CASE.get_any_case(name)?;
    AGENCIES
        .iter()
        .find(|(abbr, _)| *abbr == name)
        .map(|&(_, full)| full)
}

/// The full name for the output: borrowed from the built-in list, so that only a caller's
/// own agency costs an allocation.
pub(crate) fn agency_name_for<'a>(
    name: &str,
    extra: &[(String, String)],
) -> Option<std::borrow::Cow<'a, str>> {
    use std::borrow::Cow;
    if let Some((_, full)) = extra.iter().find(|(abbr, _)| abbr == name) {
        return Some(Cow::Owned(full.clone()));
    }
    built_in_agency(name).map(Cow::Borrowed)
}

/// The state a US region abbreviation names (`Calif.`, `MICH.`, `N.Y.`).
pub(crate) fn state_name(region: &str) -> Option<&'static str> {
    static MAP: LazyLock<WordMap<&'static str>> =
        LazyLock::new(|| WordMap::new(US_STATES.iter().copied()));
    MAP.get_any_case(region)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The month and day of a date's text, read from its words: what `dated` answers
    /// as it reads them.
    fn month_day(date: &str) -> (Option<u8>, Option<u8>) {
        let mut month = None;
        let mut day = None;
        for w in date.as_bytes().split(|b| matches!(b, b' ' | b'.' | b',')) {
            // No month is written in digits and no day in letters: a word is looked up in
            // the months only while none has been found and when it is no number. Every
            // listed form starts with its month's three-letter form, so the prefix names
            // the month of a whole form too.
            if let Some(d) = short_number(w) {
                day = day.or((1..=31).contains(&d).then_some(d));
            } else if month.is_none() {
                month = month_by_prefix(w);
            }
        }
        (month, day)
    }

    fn date_text(i: &str) -> Res<'_, &str> {
        dated(i).map(|(rest, d)| (rest, d.text))
    }

    fn dl(line: &str) -> Found<'_> {
        parse(line, &[]).unwrap_or_else(|| panic!("no dateline in {line:?}"))
    }

    fn text(line: &str) -> &str {
        &line[..dl(line).len]
    }

    #[test]
    fn reuters_1987_wire() {
        let l = "SALVADOR, Feb 26 - Showers continued";
        let d = dl(l);
        assert_eq!(text(l), "SALVADOR, Feb 26 -");
        assert_eq!(
            (d.city, d.region, d.date),
            (Some("SALVADOR"), None, Some("Feb 26"))
        );
        assert_eq!((d.month, d.day), (Some(2), Some(26)));
        assert_eq!(&l[d.body..], "Showers continued");

        let d = dl("PORTLAND, Ore., Feb 26 - The");
        assert_eq!(
            (d.city, d.region, d.date),
            (Some("PORTLAND"), Some("Ore."), Some("Feb 26"))
        );
        let d = dl("KALAMAZOO, MICH., April 13 - The");
        assert_eq!(d.region, Some("MICH."));
        assert_eq!(state_name(d.region.unwrap()), Some("Michigan"));
        let d = dl("Mexico City, April 29 - Mexico");
        assert_eq!(d.city, Some("Mexico City"));
        assert_eq!(dl("TOKYO - Japan's").city, Some("TOKYO"));
        assert_eq!(dl("LONDON, FEb 3 -The").date, Some("FEb 3"));
        assert_eq!(dl("BONN, 2 March - The").month, Some(3));
        assert_eq!(dl("WASHINGTON, Sept. 5 - The").day, Some(5));
    }

    #[test]
    fn press_release_wires() {
        let l = "NEW YORK, Jan. 9, 2024 /PRNewswire/ -- Acme Corp. today announced";
        let d = dl(l);
        assert_eq!(text(l), "NEW YORK, Jan. 9, 2024 /PRNewswire/ --");
        assert_eq!(
            (d.city, d.date, d.agency),
            (Some("NEW YORK"), Some("Jan. 9, 2024"), Some("PRNewswire"))
        );
        assert_eq!(&l[d.body..], "Acme Corp. today announced");
        let d = dl("AUSTIN, Texas, March 3, 2023 /PRNewswire-FirstCall/ -- Acme");
        assert_eq!(
            (d.region, d.agency),
            (Some("Texas"), Some("PRNewswire-FirstCall"))
        );
        // the agency between two dashes, with and without spaces: no dash in the city
        for l in [
            "SAN DIEGO--(BUSINESS WIRE)--Acme Corp. today announced",
            "SAN DIEGO -- (BUSINESS WIRE) -- Acme Corp. today announced",
        ] {
            let d = dl(l);
            assert_eq!(
                (d.city, d.agency),
                (Some("SAN DIEGO"), Some("BUSINESS WIRE")),
                "{l}"
            );
            assert_eq!(&l[d.body..], "Acme Corp. today announced", "{l}");
        }
        assert_eq!(
            dl("WINSTON-SALEM, N.C. -- Acme").city,
            Some("WINSTON-SALEM")
        );
        // a wire's name opens with a capital
        assert!(parse("NEW YORK, Jan. 9 /and/ -- more", &[]).is_none());
        // a page's label between the dashes is no agency
        for l in [
            "WASHINGTON -- (Video) -- The council voted.",
            "WASHINGTON -- (Jan. 5) -- The council voted.",
        ] {
            assert_eq!(parse(l, &[]).and_then(|d| d.agency), None, "{l}");
        }
    }

    #[test]
    fn a_colon_ends_a_dated_place() {
        let l = "NEW DELHI, Jan 5 (PTI): The council voted";
        let d = dl(l);
        assert_eq!(text(l), "NEW DELHI, Jan 5 (PTI):");
        assert_eq!(
            (d.city, d.agency, d.separator),
            (Some("NEW DELHI"), Some("PTI"), ":")
        );
        assert_eq!(&l[d.body..], "The council voted");
        // not before a small letter, nor after an undated place
        assert!(parse("NEW DELHI, Jan 5 (PTI): the council", &[]).is_none());
        assert!(parse("NEW DELHI (PTI): The council", &[]).is_none());
    }

    #[test]
    fn a_colon_ends_a_place_on_a_story_first_line() {
        for (line, city, date) in [
            ("ISLAMABAD: The committee met", "ISLAMABAD", None),
            ("DERA ISMAIL KHAN: Police said", "DERA ISMAIL KHAN", None),
            (
                "Peshawar, Jan 5: The council voted",
                "Peshawar",
                Some("Jan 5"),
            ),
        ] {
            let d = parse_colon(line, &[]).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (d.city, d.date, d.separator),
                (Some(city), date, ":"),
                "{line}"
            );
            assert!(line[d.body..].starts_with(['T', 'P']), "{line}");
        }
        // a label, a letter, a place in small letters with no date, a small letter after it,
        // more words than a place, no colon near the start
        for line in [
            "UPDATE: The committee met",
            "Q: What did you see?",
            "Islamabad: The committee met",
            "ISLAMABAD: the committee met",
            "THE PANEL TOLD THE PRESS: The committee met",
            "ISLAMABAD The committee met and voted to hold its hearing in public: Yes",
        ] {
            assert!(parse_colon(line, &[]).is_none(), "{line}");
        }
        // the screen of every line lets none through
        assert!(parse("ISLAMABAD: The committee met", &[]).is_none());
        assert!(opens_with_label("PENCE: Well, look."));
        assert!(opens_with_label("Q: What happened?"));
        assert!(opens_with_label("Sanders: Thank you."));
        assert!(!opens_with_label("Pence said: Well."));
        for line in [
            "WARNING: This story tells of violence.",
            "FACT CHECK: The claim",
            "CNN: The network",
        ] {
            assert!(parse_colon(line, &[]).is_none(), "{line}");
        }
    }

    #[test]
    fn a_day_of_the_week_is_no_city() {
        for l in [
            "Monday, Jan 5 - What we know so far",
            "MONDAY, Jan. 5 -- Stocks fell",
            "Tuesday, March 3 (AP) - Stocks fell",
        ] {
            assert!(parse(l, &[]).is_none(), "{l}");
        }
    }

    #[test]
    fn a_particle_that_opens_another_is_read_whole() {
        // `de` opens `del`: the longer word is read, where `de` matched first and then
        // wanted a space after it, so that no dateline was found
        for (line, city) in [
            ("Rio del Mar, Calif. (AP) -- A storm", "Rio del Mar"),
            ("RIO del MAR, Calif. (AP) -- A storm", "RIO del MAR"),
            ("Rio de Janeiro, May 2 (Reuters) - Brazil", "Rio de Janeiro"),
            ("Frankfurt am Main, May 2 - Banks", "Frankfurt am Main"),
        ] {
            assert_eq!(dl(line).city, Some(city), "{line}");
        }
        assert!(particle("dela Cruz").is_err());
        assert_eq!(particle("del Mar").ok(), Some(("Mar", "del")));
        assert_eq!(particle("de la Cruz").ok(), Some(("la Cruz", "de")));
    }

    #[test]
    fn wire_slips_of_the_keys() {
        // no space after the comma, a space before it
        let d = dl("LISBON,May 4 - Port workers");
        assert_eq!(
            (d.city, d.date, d.day),
            (Some("LISBON"), Some("May 4"), Some(4))
        );
        let d = dl("DOVER , Del., June 9 - The firm");
        assert_eq!(
            (d.city, d.region, d.date),
            (Some("DOVER"), Some("Del."), Some("June 9"))
        );
        assert_eq!(dl("TOPEKA, KAN.,July 8 - A").region, Some("KAN."));
        // region and date without a comma between them
        let d = dl("GREENVILLE, S.C. Aug 14 - Sales");
        assert_eq!(
            (d.region, d.date, d.month),
            (Some("S.C."), Some("Aug 14"), Some(8))
        );
        // a month cut short or with a letter doubled
        assert_eq!(dl("OSLO, Octo 3 - Ferry").month, Some(10));
        assert_eq!(dl("BERN, Julyy 21 - Banks").month, Some(7));
        // a month and no day
        let d = dl("PERTH, November - Miners");
        assert_eq!((d.date, d.month, d.day), (Some("November"), Some(11), None));
        // the agency after the date, a comma left before the dash
        let d = dl("LIMA, May 2, Reuter - Peru");
        assert_eq!((d.date, d.agency), (Some("May 2"), Some("Reuter")));
        let l = "BOISE, Idaho, Jan 5, - Shares";
        assert_eq!(text(l), "BOISE, Idaho, Jan 5, -");
        assert_eq!(dl(l).date, Some("Jan 5"));
        // a date after a stray dash
        let d = dl("AUSTIN, Texas - Feb 2 - A");
        assert_eq!((d.region, d.date), (Some("Texas"), Some("Feb 2")));
    }

    #[test]
    fn a_region_after_the_city_is_read_once_for_a_date() {
        // the loose city and the capitalized one end alike: the date is looked for after
        // the region, and after the city only once
        let d = dl("COLMAR, France, April 9 - Sony");
        assert_eq!(
            (d.city, d.region, d.date),
            (Some("COLMAR"), Some("France"), Some("April 9"))
        );
        // they end apart (the loose city stops at the curly apostrophe): the date after
        // the capitalized city is still read
        let d = dl("O’HARE, May 3 - x");
        assert_eq!((d.city, d.date), (Some("O’HARE"), Some("May 3")));
        let d = dl("NEW YORK, N.Y., May 3 - x");
        assert_eq!((d.region, d.date), (Some("N.Y."), Some("May 3")));
    }

    #[test]
    fn wire_marks_and_odd_places() {
        let l = "***QUITO, Oct 9 - Ecuador";
        let d = dl(l);
        assert_eq!(text(l), "***QUITO, Oct 9 -");
        assert_eq!(d.city, Some("QUITO"));
        // a place in lower case, made a dateline by the date after it
        let d = dl("grand island, may 6 - hog prices rose");
        assert_eq!((d.city, d.month), (Some("grand island"), Some(5)));
        // several regions, a region with its article, a city with a slash
        let d = dl("SAINT-DENIS, Reunion, Indian Ocean, Dec 1 - The");
        assert_eq!(d.region, Some("Reunion, Indian Ocean"));
        let d = dl("LEIDEN, the Netherlands, Sept 30 - A");
        assert_eq!(d.region, Some("the Netherlands"));
        assert_eq!(
            dl("MINNEAPOLIS/ST. PAUL, March 2 - A").city,
            Some("MINNEAPOLIS/ST. PAUL")
        );
        // a date mistyped past reading stays with the region, as written
        let d = dl("MOBILE, Ala., Mrach 12 - CORN YIELDS");
        assert_eq!(
            (d.region, d.date, d.month),
            (Some("Ala., Mrach 12"), None, None)
        );
        // a label before the dateline stays in its text, not in the city
        let l = "RPT -- TURIN, Italy, May 3 - Fiat";
        let d = dl(l);
        assert_eq!(text(l), "RPT -- TURIN, Italy, May 3 -");
        assert_eq!((d.city, d.region), (Some("TURIN"), Some("Italy")));
    }

    #[test]
    fn the_lead_label_screen_lets_every_label_through() {
        let mut words: Vec<String> = vec![
            "".into(),
            "WASHINGTON".into(),
            "NEW YORK".into(),
            "BRUSSELS".into(),
            "LIVES".into(),
            "Évian".into(),
            "ÉDITORIAL".into(),
            "R".into(),
            "RP".into(),
            "RPT1".into(),
            "1RPT".into(),
            "F".repeat(40),
        ];
        for label in LEAD_LABELS {
            let lower = label.to_lowercase();
            let title = format!("{}{}", &label[..1], &lower[1..]);
            let longer = format!("{label}S");
            let shorter = label[..label.len() - 1].to_string();
            let other = format!("{}{}", &label[..1], "X".repeat(label.len() - 1));
            for w in [label.to_string(), lower, title, longer, shorter, other] {
                words.push(w);
            }
        }
        for w in &words {
            assert_eq!(is_lead_label(w), is_listed_lead_label(w), "{w:?}");
        }
        assert!(words.iter().filter(|w| is_lead_label(w)).count() >= 3 * LEAD_LABELS.len());
        // most cities are turned away by their first letter and length alone
        let cities = [
            "WASHINGTON",
            "NEW YORK",
            "LONDON",
            "TOKYO",
            "CHICAGO",
            "PARIS",
        ];
        assert!(cities.iter().all(|c| !may_be_lead_label(c.as_bytes())));
    }

    #[test]
    fn the_screen_answers_as_both_searches() {
        // what `parse` asked before it read a line: the first mark, and whether a line with
        // none holds a dash that starts beyond ASCII or with `&`
        let searches = |l: &str| {
            let mark = first_mark(l);
            (mark.is_some() || holds_scraped_dash(l)).then_some(mark)
        };
        let marks = [
            "-", "_", "(", "&", "&mdash;", "&amp;", "é", "’", "—", "–", "â€”", "- ", "a-b",
        ];
        let mut lines = Vec::new();
        // one mark or none at every place of lines as long as the head and past it, on
        // both sides of each block of sixteen bytes and of the longest head read at once
        for len in 0..=REACH + 12 {
            let filler = "a b ".repeat(len).chars().take(len).collect::<String>();
            lines.push(filler.clone());
            for at in (0..=len).filter(|at| at % 16 < 3 || at % 16 > 13 || len < 20) {
                for m in marks {
                    lines.push(format!("{}{m}{}", &filler[..at], &filler[at..]));
                }
            }
        }
        // a byte the screen leaves to the searches before a mark, or before a dash
        for first in ["é", "’", "&amp;", "&"] {
            for second in ["-", "(", "_", "—", "&ndash;", ""] {
                for gap in [0, 3, 14, 15, 16, 17, 40, 70, 170] {
                    let l = format!("ab{first}{}{second} x", "c".repeat(gap));
                    lines.push(l);
                }
            }
        }
        for l in &lines {
            assert_eq!(screen(l), searches(l), "{l:?}");
        }
        assert!(lines.iter().filter(|l| screen(l).is_none()).count() > 100);
        assert!(lines.iter().filter(|l| screen(l) == Some(None)).count() > 100);
    }

    #[test]
    fn lines_with_no_dash_of_any_form_are_turned_away_early() {
        for l in [
            "Trump’s rally drew a crowd",
            "“Yes,” he said. Café owners agreed",
            "AT&T said &amp; more",
            "Prices â€™ rose",
        ] {
            assert!(!may_hold_dateline(l), "{l}");
        }
        let far = format!("’{} - x", "a".repeat(200));
        for l in [
            "PARIS — The",
            "Café — x",
            "ROME â€“ The",
            "ROME &ndash; The",
            "DENVER (AP)",
            "AUSTIN, Tex. _ The",
            // a dash past the first bytes counts where a quote opens them, as it did
            &far,
        ] {
            assert!(may_hold_dateline(l), "{l}");
        }
    }

    /// A byte screen lets through every line its grammar parses (`hold`), and turns away
    /// lines the grammar refuses (`none`).
    fn screen_and_grammar_agree(
        screen: fn(&str) -> bool,
        grammar: fn(&str) -> Res<'_, &str>,
        hold: &[&str],
        none: &[&str],
    ) {
        for &l in hold {
            assert!(screen(l), "{l}");
            assert!(grammar(l).is_ok(), "{l}");
        }
        for &l in none {
            assert!(!screen(l), "{l}");
            assert!(grammar(l).is_err(), "{l}");
        }
    }

    #[test]
    fn the_label_shape_admits_every_line_a_label_opens() {
        screen_and_grammar_agree(
            may_open_with_label,
            lead_label,
            &[
                "RPT -- TURIN, Italy, May 3 - Fiat",
                "UPDATE\t- LONDON, May 3 - The",
                "(CORRECTED) - LONDON, May 3 - The",
                "REFILE—PARIS, May 3 - The",
            ],
            &[
                "SALVADOR, Feb 26 - Showers",
                "Rpt -- x",
                "UPDATE 2 - x",
                "- x",
                "",
            ],
        );
    }

    #[test]
    fn the_agency_shape_admits_every_line_an_agency_opens() {
        for l in [
            "AP - The",
            "SPACE.com - TORONTO, Canada -- A",
            "NewsCo - Markets",
            "Reuters\t— Oil",
            "AFP_ x",
            "AP &mdash; x",
            "Agência - x",
        ] {
            assert!(may_lead_with_agency(l), "{l}");
        }
        for l in [
            "SALVADOR, Feb 26 - Showers",
            "The president - and then",
            "WASHINGTON (AP) — The",
            "(AFP) - The",
            // the name takes the hyphen in
            "AP-The",
            "AP",
            "",
        ] {
            assert!(!may_lead_with_agency(l), "{l}");
            assert!((agency_token, separator).parse(l).is_err(), "{l}");
        }
    }

    #[test]
    fn name_bytes_are_the_ascii_ones_an_agency_name_takes() {
        for b in 0..=u8::MAX {
            let name = b.is_ascii_alphanumeric() || b == b'.' || b == b'-';
            assert_eq!(NAME_BYTE[usize::from(b)], name, "{b:#x}");
            // beyond ASCII the name may go on, which `may_lead_with_agency` leaves to
            // the grammar
            if b.is_ascii() {
                let token = agency_token(&format!("{}", char::from(b))).is_ok();
                assert_eq!(token, name, "{b:#x}");
            }
        }
    }

    #[test]
    fn optional_parts_are_read_where_their_first_byte_stands() {
        assert!(next_is(" (AP) - The", b'('));
        assert!(next_is("\t, - The", b','));
        assert!(!next_is(" - (AP)", b'('));
        assert!(!next_is("  ", b','));
        // and the lines that have them keep them
        assert_eq!(dl("WASHINGTON \t(AP) - The").agency, Some("AP"));
        assert_eq!(
            text("BOISE, Idaho, Jan 5 , - Shares"),
            "BOISE, Idaho, Jan 5 , -"
        );
        assert_eq!(dl("**(07-17) 13:09 PDT OAKLAND -- A").city, Some("OAKLAND"));
    }

    #[test]
    fn without_a_place_an_agency_is_read_before_its_dash_or_in_parentheses_only() {
        assert_eq!(dl("AP - Voters said - x").agency, Some("AP"));
        assert_eq!(dl("**(Reuters) - Voters said - x").agency, Some("Reuters"));
        // the second parse, which these skip, finds no agency in them either
        for l in [
            "AP Voters said - x",
            "Reuters: oil - x",
            "AFP, May 3 - x",
            "AP",
        ] {
            let start = l.trim_start_matches('*');
            assert!(
                !start.starts_with('(') && !may_lead_with_agency(start),
                "{l}"
            );
            assert!(
                parse_parts(l, &[], false).is_none_or(|f| f.agency.is_none()),
                "{l}"
            );
        }
    }

    #[test]
    fn strong_and_weak_shapes() {
        assert!(dl("ATLANTA - The").strong, "an AP stand-alone city");
        assert!(
            !dl("SPRINGFIELD - The").strong,
            "a bare city could be a kicker"
        );
        assert!(dl("SPRINGFIELD, Ill. - The").strong, "a US state");
        assert!(dl("SPRINGFIELD, May 2 - The").strong, "a date");
        assert!(dl("(AFP) - The").strong, "a known agency");
        assert!(!dl("(KXYZ) - The").strong, "an unknown broadcaster");
    }

    #[test]
    fn dateline_alone_on_its_line() {
        let l = "PORTLAND, Maine, March 13 -";
        let d = dl(l);
        assert_eq!(d.len, l.len());
        assert_eq!(d.body, l.len());
        assert_eq!(d.region, Some("Maine"));
    }

    #[test]
    fn ap_style() {
        let d = dl("HAYWARD, Calif. (AP) — A man");
        assert_eq!(
            (d.city, d.region, d.agency),
            (Some("HAYWARD"), Some("Calif."), Some("AP"))
        );
        assert_eq!(d.separator, "—");
        assert_eq!(dl("WASHINGTON (AP) — The").agency, Some("AP"));
        assert_eq!(dl("BUFFALO, N.Y. — Police").region, Some("N.Y."));
        assert_eq!(dl("SIOUX FALLS, S.D. – The").city, Some("SIOUX FALLS"));
        assert_eq!(dl("WASHINGTON _ The Senate").separator, "_");
        let d = dl("ALBANY, N.Y. (AP) — Lawmakers");
        assert_eq!(state_name(d.region.unwrap()), Some("New York"));
        assert_eq!(
            agency_full_name(d.agency.unwrap(), &[]),
            Some("Associated Press")
        );
        assert_eq!(state_name("D.C."), Some("District of Columbia"));
        assert_eq!(state_name("Mass."), Some("Massachusetts"));
        // a city in mixed case is a dateline where a US state follows it
        let d = dl("Ames, Iowa — A farmer");
        assert_eq!((d.city, d.region), (Some("Ames"), Some("Iowa")));
        assert_eq!(
            state_name(dl("Austin, TX – Startups").region.unwrap()),
            Some("Texas")
        );
        // alone on its line, the agency ends it
        let l = "DENVER (AP)";
        assert_eq!(dl(l).body, l.len());
    }

    #[test]
    fn broadcasters_and_online_wires() {
        let l = "HANGZHOU, CHINA (CBSMiami) -- President";
        let d = dl(l);
        assert_eq!(text(l), "HANGZHOU, CHINA (CBSMiami) --");
        assert_eq!(
            (d.city, d.region, d.agency),
            (Some("HANGZHOU"), Some("CHINA"), Some("CBSMiami"))
        );
        assert_eq!(dl("(CNN) -- The").agency, Some("CNN"));
        assert_eq!(dl("(Reuters) — The").city, None);
        let d = dl("LONDON, Sept 5 (Reuters) - Oil");
        assert_eq!((d.date, d.agency), (Some("Sept 5"), Some("Reuters")));
        assert_eq!(
            dl("NAPA COUNTY, Calif. (KGO) -- A").city,
            Some("NAPA COUNTY")
        );
        assert_eq!(
            dl("BEIJING, Sept. 5 (Xinhua) -- China").date,
            Some("Sept. 5")
        );
        assert_eq!(dl("PARIS (AFP) - France").agency, Some("AFP"));
        assert_eq!(dl("AP - The").agency, Some("AP"));
        let d = dl("SPACE.com - TORONTO, Canada -- A");
        assert_eq!(
            (d.agency, d.city, d.region),
            (Some("SPACE.com"), Some("TORONTO"), Some("Canada"))
        );
        assert_eq!(
            dl("(07-17) 13:09 PDT SAN FRANCISCO -- A").city,
            Some("SAN FRANCISCO")
        );
        let d = dl("NEW YORK, Sept 5 (Bloomberg) -- Stocks");
        assert_eq!(
            (d.city, d.date, d.agency),
            (Some("NEW YORK"), Some("Sept 5"), Some("Bloomberg"))
        );
        assert_eq!(agency_full_name("Bloomberg", &[]), Some("Bloomberg News"));
        assert_eq!(dl("AP - Voters").city, None);
        // UPI's date and agency, with no place
        let d = dl("Feb. 14 (UPI) -- The Senate voted on Tuesday.");
        assert_eq!(
            (d.city, d.date, d.agency, d.month, d.day),
            (None, Some("Feb. 14"), Some("UPI"), Some(2), Some(14))
        );
        assert_eq!(text("Feb. 14 (UPI) -- The"), "Feb. 14 (UPI) --");
        assert!(parse("Feb. 14 (Local) -- The", &[]).is_none());
        assert!(parse("March 5 (and beyond) - we", &[]).is_none());
        // a known agency that writes its name in small letters
        let d = dl("BERLIN (dpa) - Germany");
        assert_eq!((d.city, d.agency), (Some("BERLIN"), Some("dpa")));
        assert!(parse("BERLIN (xyz) - Germany", &[]).is_none());
    }

    #[test]
    fn scraped_dashes() {
        assert_eq!(dl("WASHINGTON â€” The").separator, "â€”");
        assert_eq!(dl("WASHINGTON &mdash; The").separator, "&mdash;");
        assert_eq!(dl("WASHINGTON &#8212; The").separator, "&#8212;");
        assert_eq!(dl("ROME â€“ The").separator, "â€“");
        assert_eq!(dl("ROME &ndash; The").city, Some("ROME"));
    }

    #[test]
    fn blanks_are_what_space0_takes() {
        for l in ["", " - x", " \t\t x", "x ", "\u{a0}x", "\n x", "\u{2003}x"] {
            assert_eq!(
                blanks(l),
                space0::<&str, nom::error::Error<&str>>(l),
                "{l:?}"
            );
        }
    }

    #[test]
    fn a_month_prefix_is_the_listed_form_of_its_three_letters() {
        let bytes: Vec<u8> = (b'a'..=b'z')
            .chain(b'A'..=b'Z')
            .chain(*b"@[`{.1 ")
            .collect();
        for &a in &bytes {
            for &b in &bytes {
                for &c in &bytes {
                    let w = [a, b, c, b'x'];
                    let head = std::str::from_utf8(&w[..3]).unwrap();
                    assert_eq!(month_by_prefix(&w), month_number(head), "{head}");
                }
            }
        }
        // bytes beyond ASCII, the capital bit set, are no letters either
        for x in [0xC1, 0xC3, 0xDA, 0xE1, 0xE2, 0xFA] {
            for w in [[x, b'a', b'r'], [b'M', x, b'r'], [b'm', b'a', x]] {
                assert_eq!(month_by_prefix(&w), None, "{w:?}");
            }
        }
        assert_eq!(month_by_prefix("Ma\u{e9}".as_bytes()), None);
        assert_eq!(month_by_prefix(b"Ma"), None);
    }

    #[test]
    fn month_and_day_as_the_words_and_the_word_list_read_them() {
        // the words as text, each looked up whole before its three letters
        fn by_words(date: &str) -> (Option<u8>, Option<u8>) {
            let mut month = None;
            let mut day = None;
            for w in date.split([' ', '.', ',']) {
                if w.len() <= 2
                    && let Ok(d) = w.parse::<u8>()
                {
                    day = day.or((1..=31).contains(&d).then_some(d));
                } else if month.is_none() {
                    month = month_number(w).or_else(|| month_number(w.get(..3)?));
                }
            }
            (month, day)
        }
        for date in [
            "Feb 26",
            "Sept. 5",
            "SEPTEMBER 30",
            "2 March",
            "March 16, 1987",
            "Marc 3",
            "Junee 2",
            "November",
            "May 32",
            "May 00",
            "May 32 June 3",
            "March\t3",
            "3\tMay",
            "07 Dec",
            "Mä 3",
            "",
        ] {
            assert_eq!(month_day(date), by_words(date), "{date}");
        }
    }

    #[test]
    fn no_number_names_a_month() {
        // `month_day` reads a short number as the day without asking the months
        for n in 0..100 {
            for w in [format!("{n}"), format!("{n:02}")] {
                assert_eq!(short_number(w.as_bytes()), w.parse::<u8>().ok(), "{w}");
                assert_eq!(
                    month_number(&w).or_else(|| month_by_prefix(w.as_bytes())),
                    None,
                    "{w}"
                );
            }
        }
    }

    #[test]
    fn dash_reads_every_form_whole() {
        // `dash` picks the forms by their first byte, and `may_hold_dateline` searches for
        // those bytes: a form added to the list must be added to both
        for &form in DASHES {
            let line = format!("{form} The");
            assert_eq!(dash(&line), Ok((" The", form)), "{form}");
            assert!(starts_dash(form.as_bytes()[0]), "{form}");
            assert!(may_hold_dateline(&format!("PARIS {form} The")), "{form}");
        }
        for b in (0..=255).filter(|&b| starts_dash(b)) {
            assert!(DASHES.iter().any(|d| d.as_bytes()[0] == b), "{b:#x}");
        }
        for l in ["&amp; x", "â x", "’ x", "x - y", ""] {
            assert!(dash(l).is_err(), "{l}");
        }
        // the first listed form that opens the line, as `alt` of the tags reads it
        for l in ["---x", "--", "-", "- -", "-–", "_-", "—-", "&mdash;-"] {
            let first = DASHES.iter().find(|f| l.starts_with(**f));
            assert_eq!(dash(l).ok().map(|(_, d)| d), first.copied(), "{l}");
        }
    }

    #[test]
    fn an_undated_place_is_judged_by_its_own_line() {
        // the rest of its line shouts, whatever the next line holds
        assert_eq!(parse("WASHINGTON - THE SENATE VOTED\nand then", &[]), None);
        // a dash that ends the line leaves no sentence to start, as at the end of the text
        assert!(parse("LEIDEN, Holland -\nthe vote", &[]).is_some());
        assert!(parse("LEIDEN, Holland -", &[]).is_some());
        assert_eq!(parse("LEIDEN, Holland - the vote", &[]), None);
    }

    #[test]
    fn the_garbled_date_shape_admits_every_mistyped_date() {
        screen_and_grammar_agree(
            may_be_garbled_date,
            garbled_date,
            &[
                "Narch 2 - x",
                "ABR 9 - x",
                "March 187 - x",
                "April, 13 - x",
                "Mrach\t12 - x",
                "Märzz 3 - x",
            ],
            &[
                "France, April 9 - x",
                "Calif. (AP) - x",
                "Ala., Mrach 12 - x",
                "N.Y. 3 - x",
            ],
        );
    }

    #[test]
    fn particles_open_with_a_lower_case_letter() {
        // (`del` is never read: `de` is tried first and wants the space)
        for p in [
            "de", "da", "do", "di", "du", "la", "el", "al", "am", "sur", "upon",
        ] {
            let l = format!("{p} Avon");
            assert_eq!(particle(&l), Ok(("Avon", &l[..p.len()])), "{p}");
        }
        // the first byte that turns a line away opens no particle's tag
        for b in 0..=u8::MAX {
            let l = format!("{}e Janeiro", char::from(b));
            if !b.is_ascii_lowercase() {
                assert!(particle(&l).is_err(), "{b:#x}");
            }
        }
        assert_eq!(dl("RIO de JANEIRO, May 3 - x").city, Some("RIO de JANEIRO"));
    }

    #[test]
    fn byte_runs_are_what_take_while1_takes() {
        type E<'a> = nom::error::Error<&'a str>;
        for l in [
            "March 3", "Märzz 3", "ÄB", "Sept.", "26 - x", "187", "0", "x5", " 5", "é", "",
        ] {
            let letters = take_while1::<_, _, E>(|c: char| c.is_ascii_alphabetic()).parse(l);
            assert_eq!(ascii_letters(l).ok(), letters.ok(), "{l}");
            let digits = ascii_run1(l, u8::is_ascii_digit, nom::error::ErrorKind::Digit);
            assert_eq!(digits.ok(), digit1::<_, E>(l).ok(), "{l}");
        }
        for l in [" 5", "\t 5", "  ", "5", "\u{a0}5", "\n5", ""] {
            assert_eq!(blanks1(l).ok(), space1::<_, E>(l).ok(), "{l:?}");
        }
    }

    #[test]
    fn ascii_char_is_what_char_takes() {
        type E<'a> = nom::error::Error<&'a str>;
        for c in [' ', ',', '.', '(', ')', ':'] {
            for l in [
                " x",
                "\tx",
                ", x",
                ".",
                "(AP)",
                ")",
                ":09",
                "é",
                "\u{2009}x",
                "x",
                "",
            ] {
                let nom_char = nom::character::complete::char::<_, E>(c).parse(l);
                assert_eq!(ascii_char(c)(l).ok(), nom_char.ok(), "{c} {l}");
            }
        }
    }

    #[test]
    fn place_words_are_what_the_nom_combinators_read() {
        use nom::{bytes::complete::tag, multi::fold_many_m_n};
        type E<'a> = nom::error::Error<&'a str>;
        fn nom_particle(i: &str) -> Res<'_, &str> {
            let tags = alt((
                tag("del"),
                tag("de"),
                tag("da"),
                tag("do"),
                tag("di"),
                tag("du"),
                tag("la"),
                tag("el"),
                tag("al"),
                tag("am"),
                tag("sur"),
                tag("upon"),
            ));
            terminated(tags, ascii_char(' ')).parse(i)
        }
        fn nom_city(i: &str) -> Res<'_, &str> {
            let next = preceded(
                ascii_char(' '),
                preceded(opt(nom_particle), capitalized_word),
            );
            recognize((
                capitalized_word,
                fold_many_m_n(0, 3, next, || (), |_, _| ()),
            ))
            .parse(i)
        }
        fn nom_loose_city(i: &str) -> Res<'_, &str> {
            let next = preceded(ascii_char(' '), loose_word);
            recognize((loose_word, fold_many_m_n(0, 3, next, || (), |_, _| ()))).parse(i)
        }
        fn nom_region_words(i: &str) -> Res<'_, &str> {
            let next = preceded(ascii_char(' '), capitalized_word);
            recognize((
                opt(tag::<_, _, E>("the ")),
                capitalized_word,
                fold_many_m_n(0, 2, next, || (), |_, _| ()),
            ))
            .parse(i)
        }
        let parts = [
            "A", "NEW", "York", "de", "del", "da", "upon", "sur", "am", "dex", "the", "The", "x",
            "Feb", "3", "", "São", "N.Y.",
        ];
        let seps = [" ", "  ", ", ", "\t", " - "];
        let mut lines = Vec::new();
        for a in parts {
            for s1 in seps {
                for b in parts {
                    for s2 in [" ", ", "] {
                        for c in ["C", "de Avon", "x", "2 - x"] {
                            lines.push(format!("{a}{s1}{b}{s2}{c} D E F"));
                            lines.push(format!("{a}{s1}{b}{s2}{c}"));
                        }
                    }
                }
            }
        }
        for l in &lines {
            let l = l.as_str();
            assert_eq!(particle(l).ok(), nom_particle(l).ok(), "{l:?}");
            assert_eq!(city(l).ok(), nom_city(l).ok(), "{l:?}");
            assert_eq!(loose_city(l).ok(), nom_loose_city(l).ok(), "{l:?}");
            assert_eq!(region_words(l).ok(), nom_region_words(l).ok(), "{l:?}");
        }
        assert!(lines.iter().filter(|l| particle(l).is_ok()).count() > 100);
        assert!(
            lines
                .iter()
                .filter(|l| city(l).is_ok_and(|(_, c)| c.contains(" de ")))
                .count()
                > 10
        );
    }

    #[test]
    fn words_are_what_the_nom_grammar_reads() {
        use nom::{bytes::complete::take_while, character::complete::anychar};
        type E<'a> = nom::error::Error<&'a str>;
        fn loose(i: &str) -> Res<'_, &str> {
            recognize((
                verify(anychar::<_, E>, |c: &char| c.is_alphabetic()),
                take_while(|c: char| c.is_alphabetic() || matches!(c, '.' | '\'' | '-')),
            ))
            .parse(i)
        }
        fn capitalized(i: &str) -> Res<'_, &str> {
            let (i2, w) = recognize((
                verify(anychar::<_, E>, |c: &char| c.is_uppercase()),
                take_while(|c: char| {
                    c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-' | '&' | '/')
                }),
            ))
            .parse(i)?;
            if is_month(w.trim_end_matches('.'))
                && peek(preceded(space1::<&str, E>, digit1)).parse(i2).is_ok()
            {
                return Err(nom::Err::Error(E::new(i, nom::error::ErrorKind::Verify)));
            }
            Ok((i2, w))
        }
        for l in [
            "NEW YORK, May 3",
            "O’HARE, May 3",
            "Ö’Hare x",
            "ÉCOLE-NORMALE/X.Y.&Z' - x",
            "SÃO PAULO",
            "ßtraße",
            "x1",
            "Feb 26",
            "Feb.\t3",
            "FEB. 3x",
            "March 187",
            "March x",
            "Marc 3",
            "May",
            "Sept., 3",
            "’x",
            "1A",
            "-A",
            "Ab\u{2019}\u{301}c d",
            "Ab\u{00A0}c",
            "Ж Ы",
            "",
        ] {
            let lower = l.to_lowercase();
            for l in [l, &lower] {
                assert_eq!(loose_word(l).ok(), loose(l).ok(), "{l}");
                assert_eq!(capitalized_word(l).ok(), capitalized(l).ok(), "{l}");
            }
        }
    }

    #[test]
    fn separator_or_end_is_what_alt_reads() {
        type E<'a> = nom::error::Error<&'a str>;
        for l in [
            "", " ", " \t", " - x", "-x", "  --  x", "\t— x", "x", " x", " \u{a0}", "\n", " _",
        ] {
            let end = preceded(space0::<_, E>, nom::combinator::eof);
            let nom_alt = alt((separator, end)).parse(l);
            assert_eq!(separator_or_end(l).ok(), nom_alt.ok(), "{l:?}");
        }
    }

    #[test]
    fn dates_are_what_the_nom_grammar_reads_with_their_month_and_day() {
        use nom::character::complete::char;
        type E<'a> = nom::error::Error<&'a str>;
        fn day(i: &str) -> Res<'_, &str> {
            verify(digit1::<&str, E>, |d: &str| d.len() <= 2).parse(i)
        }
        fn letters(i: &str) -> Res<'_, &str> {
            take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)
        }
        fn month_first(i: &str) -> Res<'_, &str> {
            let (word_end, word) = verify(letters, |w: &str| {
                w.len() <= 9 && month_by_prefix(w.as_bytes()).is_some()
            })
            .parse(i)?;
            let rest = match (opt(char('.')), space1, day).parse(word_end) {
                Ok((rest, _)) => rest,
                Err(e) if !is_month(word) => return Err(e),
                Err(_) => (opt(char('.')), peek(separator)).parse(word_end)?.0,
            };
            Ok((rest, &i[..i.len() - rest.len()]))
        }
        fn reference(i: &str) -> Res<'_, &str> {
            recognize((
                alt((
                    month_first,
                    recognize((day, space1, verify(letters, is_month), opt(char('.')))),
                )),
                opt((
                    char(','),
                    space1,
                    take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
                )),
            ))
            .parse(i)
        }
        let words = [
            "Feb",
            "Sept",
            "SEPTEMBER",
            "Marc",
            "Junee",
            "May",
            "mAy",
            "Xyz",
            "Octobers",
            "Mä",
        ];
        let gaps = [
            "", " ", ".", ". ", "\t", "  ", ".\t", ", ", "..", " \t", "\t ", " \t ", "\t \t",
        ];
        let days = ["", "3", "07", "26", "32", "00", "187", "3x"];
        let tails = [
            "",
            " - x",
            ", 1987 - x",
            ",1987",
            ", 198",
            ",\t19876",
            " -",
            ". -",
            ",  2001",
        ];
        let mut lines = Vec::new();
        for w in words {
            for g in gaps {
                for d in days {
                    for t in tails {
                        lines.push(format!("{w}{g}{d}{t}"));
                        lines.push(format!("{d}{g}{w}{t}"));
                    }
                }
            }
        }
        for l in &lines {
            let read = dated(l);
            assert_eq!(
                read.clone().map(|(rest, d)| (rest, d.text)).ok(),
                reference(l).ok(),
                "{l:?}"
            );
            if let Ok((_, d)) = read {
                assert_eq!((d.month, d.day), month_day(d.text), "{l:?}");
            }
        }
    }

    #[test]
    fn the_wire_dateline_is_what_the_grammar_reads() {
        let cities = [
            "SALVADOR",
            "NEW YORK",
            "grand island",
            "MEXICO city",
            "Mexico City",
            "A B C D",
            "A B C D E",
            "UPDATE",
            "RPT",
            "AP",
            "Lima",
            "ST. LOUIS",
            "RIO de JANEIRO",
            "NEW  YORK",
            "X1",
            "ÉVORA",
            "WINSTON-SALEM",
            "MAY",
            "",
            "*ROME",
        ];
        let commas = [", ", ",", " , ", ",  ", ",\t"];
        let dates = [
            "Feb 26",
            "March 3, 1987",
            "2 March",
            "Sept. 5",
            "April",
            "Marc 3",
            "May 32",
            "Feb\t3",
            "Ore., Feb 26",
            "Narch 2",
            "1987",
            "Texas, 2 March",
            "N.Y., May 3",
            "MICH., Sept. 5",
            "Maryland, May 3",
            "May, Feb 3",
            "Sept., Feb 3",
            "Texas, 26",
            "Texas, 12",
            "Ore. Feb 26",
            "the Netherlands, May 3",
            "West Germany, April 1",
            "Saudi Arabia, March 16, 1987",
            "Prince Edward Island, Sept. 5",
            "Four Word Long Region, May 3",
            "W. Va., April 3",
            "West germany, May 3",
            "West  Germany, May 3",
            "West Germany 3, May 3",
            "West Germany, 2 March",
            "Saudi Arabia, Narch 2",
            "Saudi Arabia, April",
            "West May, Feb 3",
            "May Day, 2 March",
            "Texas, Indian Ocean, May 3",
            "Indian Ocean, Texas, May 3",
            "New Jersey, May 3",
            "Ala., Mrach 12",
            "Ore.,Feb 26",
            "O’Hare, May 3",
            "Ore., Mrach 12",
            "Ore., 2 March",
            "Ore., Feb 26, Reuter",
            "X-Y, May 3",
            "Ore. , May 3",
            "Ore., Texas, May 3",
            "Ore., May",
            "Sept, 3 May",
        ];
        let tails = [
            " - Showers",
            " -",
            " -- The",
            " — A",
            " _ The",
            " &mdash; x",
            " - ALL CAPS HERE",
            ", Reuter - x",
            ", - x",
            " (Reuters) - x",
            " (AP)",
            "",
            " x",
            " - 3 x",
            "- x",
            " \t- x",
            " -\t The",
            " - x - y",
            "-\nnext",
            " - \n",
        ];
        let extra = vec![("Reuter".to_string(), "Someone".to_string())];
        let mut taken = 0;
        for c in cities {
            for m in commas {
                for d in dates {
                    for t in tails {
                        let l = format!("{c}{m}{d}{t}");
                        let fast = wire_dateline(&l);
                        if fast.is_some() {
                            taken += 1;
                            assert_eq!(fast, parse_parts(&l, &[], true), "{l:?}");
                            assert_eq!(fast, parse_parts(&l, &extra, true), "{l:?}");
                        }
                        let without = {
                            let mut found = parse_proper(&l, &extra);
                            if may_open_with_label(&l)
                                && let Ok((rest, _)) = lead_label(&l)
                                && let Some(mut f) = parse_proper(rest, &extra)
                            {
                                let skipped = l.len() - rest.len();
                                f.len += skipped;
                                f.body += skipped;
                                found = Some(f);
                            }
                            found.filter(|_| may_hold_dateline(&l))
                        };
                        assert_eq!(parse(&l, &extra), without, "{l:?}");
                    }
                }
            }
        }
        assert!(taken > 500, "{taken}");
    }

    #[test]
    fn the_grammar_ends_no_dateline_where_the_screen_finds_no_end() {
        let openers = ["", "**", "AP - ", "AP-", "(07-17) 13:09 PDT "];
        let cities = [
            "SYDNEY",
            "NEW YORK",
            "Rio de Janeiro",
            "WINSTON-SALEM",
            "APRIL",
            "MAY-DAY",
        ];
        let joins = [", ", " ", ","];
        let middles = [
            "April",
            "SEPT.",
            "Feb 26",
            "2 March",
            "Narch 2",
            "Ore.",
            "Ore., May",
            "Colo. - March 16",
            "March 3, 1987",
            "June 19,",
            "PAID-UP",
            "",
        ];
        let ends = [
            "-",
            " -",
            "--",
            " — ",
            "–",
            "â€”",
            "_",
            " &mdash; ",
            " (AP)",
            "(Reuters) -",
            ", Reuter -",
            "",
        ];
        let tails = [" The x", "x", " SHOUTED WORDS", "-UP", ""];
        let extra = vec![("Reuter".to_string(), "Someone".to_string())];
        let (mut read, mut turned_away) = (0, 0);
        for o in openers {
            for c in cities {
                for j in joins {
                    for m in middles {
                        for e in ends {
                            for t in tails {
                                let l = format!("{o}{c}{j}{m}{e}{t}");
                                // one search for the three marks reads as one for each
                                let b = l.as_bytes();
                                let searches = memchr::memchr2(b'_', b'(', b).is_some()
                                    || memchr::memchr_iter(b'-', b)
                                        .any(|at| may_start_separator(&l, at))
                                    || holds_other_dash(&l);
                                assert_eq!(may_end_dateline(&l), searches, "{l:?}");
                                let found = parse_parts(&l, &extra, true).is_some()
                                    || parse_parts(&l, &extra, false).is_some();
                                if !may_end_dateline(&l) {
                                    assert!(!found, "{l:?}");
                                    turned_away += 1;
                                } else if found {
                                    read += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(read > 2000 && turned_away > 500, "{read} {turned_away}");
        // a month alone before its dash ends a dateline, other words before one do not
        assert!(parse("SYDNEY, April- Rain fell", &[]).is_some());
        assert!(may_end_dateline("SYDNEY, April- Rain fell"));
        assert!(!may_end_dateline("SYDNEY, Apri- Rain fell"));
        assert!(!may_end_dateline(
            "SAUDI-FRENCH BANK TO DOUBLE PAID-UP CAPITAL"
        ));
    }

    #[test]
    fn the_wire_separator_is_what_separator_or_end_reads() {
        for l in [
            " - x", " -  \tx", " - ", " -- x", " -x", " - - x", " —x", "- x", "  - x", " -\nx", "",
        ] {
            // the text ends where the dash does: the blanks read after it are dropped
            let read = separator_or_end(l).ok().map(|(rest, sep)| {
                let text = l[..l.len() - rest.len()].trim_end_matches([' ', '\t']);
                (rest, sep, text.len())
            });
            assert_eq!(wire_separator(l), read, "{l:?}");
        }
    }

    #[test]
    fn a_day_is_one_or_two_digits() {
        assert_eq!(day_number("26 - x"), Ok((" - x", "26")));
        assert_eq!(day_number("5, 1987"), Ok((", 1987", "5")));
        assert_eq!(day_number("07"), Ok(("", "07")));
        for l in ["187 - x", "1987", "x5", ""] {
            assert!(day_number(l).is_err(), "{l}");
        }
    }

    #[test]
    fn month_and_day_of_every_date_shape() {
        for (date, month, day) in [
            ("Feb 26", Some(2), Some(26)),
            ("Sept. 5", Some(9), Some(5)),
            ("2 March", Some(3), Some(2)),
            ("March 16, 1987", Some(3), Some(16)),
            ("Marc 3", Some(3), Some(3)),
            ("November", Some(11), None),
            ("May 32", Some(5), None),
            // the first month and the first day count
            ("May 2 June 3", Some(5), Some(2)),
        ] {
            assert_eq!(month_day(date), (month, day), "{date}");
        }
    }

    #[test]
    fn no_false_datelines() {
        for l in [
            "NEW RULES for the road take effect",
            "WASHINGTON — the city that never sleeps",
            "Washington - The capital",
            "President Barack Obama is leaving the summit",
            "U.S.-backed rebels said",
            "The dry period means the temporao will be late",
            "THE COMPANY SAID IT WOULD PAY",
            // headline-like lines: an all-caps rest, no dash, a city too long to be one
            "MARKET WATCH - STEEL PRICES FIRM <XYZ>",
            "(CORRECTED)-STEEL MAKER RAISES PRICES",
            "ACME RAISES STAKE IN WIDGET CO (WDG)",
            "GRAIN SHIPPERS MEETING SET FOR JUNE 3 - TRADE",
            "OIL, GAS OUTPUT FALLS - OFFICIAL",
            // lead-in labels are not places
            "EXCLUSIVE - Senator says the vote is off",
            "UPDATE 2 - Talks resume",
            // a dash inside a sentence
            "Prices rose - and fell - all week",
            // no dash and no agency: the shape of a dateline alone is none
            "PORTLAND, Maine, March 13",
        ] {
            assert_eq!(parse(l, &[]), None, "{l}");
        }
    }

    #[test]
    fn shapes_admit_every_listed_word_in_any_case() {
        use crate::words::Shapes;
        let lists: [Vec<&str>; 4] = [
            MONTHS.iter().map(|(m, _)| *m).collect(),
            LEAD_LABELS.to_vec(),
            AGENCIES.iter().map(|(a, _)| *a).collect(),
            US_STATES.iter().map(|(s, _)| *s).collect(),
        ];
        for list in lists {
            let shapes = Shapes::of(list.iter().copied());
            for w in list {
                assert!(shapes.admit(w), "{w}");
                assert!(shapes.admit(&w.to_ascii_uppercase()), "{w}");
                assert!(shapes.admit(&w.to_ascii_lowercase()), "{w}");
            }
        }
    }

    #[test]
    fn own_agencies() {
        assert_eq!(parse("NewsCo - Markets", &[]), None);
        let extra = vec![("NewsCo".to_string(), "News Company".to_string())];
        assert_eq!(
            parse("NewsCo - Markets", &extra).unwrap().agency,
            Some("NewsCo")
        );
        assert_eq!(agency_full_name("NewsCo", &extra), Some("News Company"));
        assert_eq!(agency_full_name("AFP", &[]), Some("Agence France-Presse"));
    }

    #[test]
    fn built_in_agencies_are_found_as_written_only() {
        for &(abbr, full) in AGENCIES {
            let first = AGENCIES.iter().find(|(a, _)| *a == abbr).unwrap().1;
            assert_eq!(built_in_agency(abbr), Some(first), "{abbr}");
            assert_eq!(first, full, "{abbr}");
        }
        // both cases are listed for these, each as its own name
        assert_eq!(built_in_agency("dpa"), built_in_agency("DPA"));
        assert_eq!(built_in_agency("Tass"), Some("TASS"));
        for w in ["tass", "Afp", "ap", "REUTERS", "NEW", "Reute", ""] {
            assert_eq!(built_in_agency(w), None, "{w}");
        }
    }

    #[test]
    fn every_listed_month_passes_for_a_month_before_a_day() {
        // `month_first` reads a month alone only where `month_before_day` took the word
        for &(m, n) in MONTHS {
            for w in [m.to_string(), m.to_ascii_uppercase()] {
                assert_eq!(month_before_day(&w), Ok(("", (w.as_str(), n))), "{w}");
                assert_eq!(month_by_prefix(w.as_bytes()), Some(n), "{w}");
            }
        }
        assert_eq!(date_text("April - x"), Ok((" - x", "April")));
        assert_eq!(date_text("Sept. - x"), Ok((" - x", "Sept.")));
        // a mistyped month needs its day; a word that starts no month is no date
        assert!(date_text("Apri - x").is_err());
        assert_eq!(date_text("Apri 3 - x"), Ok((" - x", "Apri 3")));
        assert!(date_text("France, April 9 - x").is_err());
    }

    #[test]
    fn long_month_forms_in_any_case_and_not_the_short_ones() {
        for w in ["March", "SEPTEMBER", "sept", "June", "july"] {
            assert!(is_long_month_form(w), "{w}");
        }
        for w in ["May", "mar", "Jun", "Marching", "Septs", ""] {
            assert!(!is_long_month_form(w), "{w}");
        }
    }
}
