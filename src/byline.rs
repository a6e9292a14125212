//! The author line: `By Jane Doe`, `by Jane Doe, Reuters`, `Jane Doe, Associated Press`.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while1},
    character::complete::{anychar, char, space0, space1},
    combinator::{eof, opt, recognize, verify},
    multi::fold_many_m_n,
    sequence::{preceded, terminated},
};

use crate::lexicon::AGENCIES;
use crate::words::opens_with_any_case;

/// The last two bytes of the agencies' names and abbreviations: for each last byte, the
/// bytes before it, as a bit for their low five bits. Most lines end with a full stop, or
/// with two bytes no name ends with (`NET`, `SALES`, where one byte let most of the wire's
/// headlines through), and are let go before the comma is searched for. Built by the
/// compiler: asked of every headline, a table built at first use was checked on each.
const AGENCY_ENDS: [u32; 256] = {
    let mut ends = [0; 256];
    let mut k = 0;
    while k < AGENCIES.len() {
        let names = [AGENCIES[k].0.as_bytes(), AGENCIES[k].1.as_bytes()];
        let mut n = 0;
        while n < names.len() {
            if let [.., before, last] = names[n] {
                ends[*last as usize] |= 1 << (*before & 31);
            }
            n += 1;
        }
        k += 1;
    }
    ends
};

/// Whether `line` may end with an agency's name, as its last two bytes tell.
fn may_end_with_agency(line: &[u8]) -> bool {
    match line {
        [.., before, last] => AGENCY_ENDS[usize::from(*last)] >> (before & 31) & 1 != 0,
        _ => false,
    }
}

/// A byline: the whole line is the byline; name and organization are sub-slices of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found<'a> {
    pub name: &'a str,
    pub organization: Option<&'a str>,
}

type Res<'a, T> = IResult<&'a str, T>;

/// Parses `line` (already trimmed) as a byline, or says it is not one.
pub(crate) fn parse(line: &str) -> Option<Found<'_>> {
    // A byline opens with `By` (`after_by`) or ends with an agency's name: the bytes at the
    // two ends turn away nearly every other line (the wire's headlines) here, before the
    // grammar below sets up its frame, which cost more than these tests.
    if line.len() > 120 {
        return None;
    }
    let by = after_by(line);
    if by.is_none() && !may_end_with_agency(line.as_bytes()) {
        return None;
    }
    parse_past_ends(line, by)
}

/// A byline that opens with `By` (`By Jane Doe`, `Written by Jane Doe`), not one told by
/// the agency at its end: after a story, a line that names an agency is often its own.
pub(crate) fn parse_by_line(line: &str) -> Option<Found<'_>> {
    if line.len() > 120 {
        return None;
    }
    let by = after_by(line)?;
    parse_past_ends(line, Some(by))
}

/// `parse` past its screens, with what follows the line's `By` where it opens with one.
/// Out of line: few lines get here.
#[inline(never)]
fn parse_past_ends<'a>(line: &'a str, by: Option<&'a str>) -> Option<Found<'a>> {
    if let Some(Ok((_, found))) = by.map(by_name) {
        return Some(found);
    }
    // Without `By`, only a known agency at the end makes a name a byline: the last bytes
    // (asked again here, where `parse` let a `By` line through whatever they were) and the
    // agency after the last comma spare the name grammar every other short line.
    let agency_last = may_end_with_agency(line.as_bytes()) && agency_after_last_comma(line);
    if !agency_last {
        return None;
    }
    name_then_agency(line).ok().map(|(_, found)| found)
}

/// Whether an agency's name stands after the line's last comma and the spaces after it,
/// as `name_then_agency` needs (its organization holds no comma and runs to the end): one
/// search from the end and a compare of whole names, where the line's end was compared
/// with every name.
fn agency_after_last_comma(line: &str) -> bool {
    let Some(comma) = memchr::memrchr(b',', line.as_bytes()) else {
        return false;
    };
    let after = &line[comma + 1..];
    // `space1`, then the organization, which `organization` trims at the end.
    let org = after.trim_start_matches([' ', '\t']);
    let spaced = org.len() < after.len();
    let org = org.trim_end();
    spaced && is_agency_name(org)
}

/// Whether `name` is an agency's abbreviation or full name as the list writes it.
fn is_agency_name(name: &str) -> bool {
    AGENCIES
        .iter()
        .any(|&(abbr, full)| name == abbr || name == full)
}

/// What follows a byline's opening, `By`, `By:` or `Written by ` (in any case) and the
/// spaces after it, or `None` where the line opens otherwise: the bytes compared in ASCII
/// case, where nom's `tag_no_case` lower-cased every character of each of the four tags
/// through Unicode's tables (about 600 instructions a byline). No character beyond ASCII
/// lower-cases to a letter of the tags (the Kelvin sign's `k` is in none of them), so the
/// ASCII compare matches what it matched.
fn after_by(i: &str) -> Option<&str> {
    let opens = |word: &str| opens_with_any_case(i, word);
    // The first byte turns most lines away before any compare.
    let first = i.as_bytes().first().map(u8::to_ascii_lowercase);
    if !matches!(first, Some(b'b' | b'w' | b'p' | b's' | b'i')) {
        return None;
    }
    // An opening word, once matched, is kept: `by` must follow it.
    let word = match first {
        Some(b'w') => "written ",
        Some(b'p') => "posted ",
        Some(b's') => "story ",
        Some(b'i') => "interview ",
        _ => "",
    };
    let skip = if opens(word) { word.len() } else { 0 };
    let rest = i.get(skip..)?.as_bytes();
    if !rest.get(..2)?.eq_ignore_ascii_case(b"by") || !matches!(rest.get(2), Some(b':' | b' ')) {
        return None;
    }
    // `space0`: spaces and tabs
    let spaces = rest[3..]
        .iter()
        .take_while(|&&b| matches!(b, b' ' | b'\t'))
        .count();
    i.get(skip + 3 + spaces..)
}

/// `By NAME`, `By NAME and NAME`, `By NAME, ORGANIZATION`, `Written by NAME | ORG`: what
/// follows the opening, which `after_by` has read.
fn by_name(line: &str) -> Res<'_, Found<'_>> {
    // `By Jane Doe | jdoe@example.com`: the writer's address is no organization, and the
    // names before it are read as a byline without one
    let i = without_address(line);
    let (_, found) = match plain_byline(i) {
        Some(found) => (&i[i.len()..], found),
        None => name_and_organization(i)?,
    };
    Ok((
        &line[line.len()..],
        found
            .organization
            .map_or_else(|| agency_after_names(found.name), |_| found),
    ))
}

/// What follows `By` without the writer's e-mail address after a bar or a comma at its end
/// (`Jane Doe | jdoe@example.com`), or all of it where none ends it.
fn without_address(i: &str) -> &str {
    let Some(at) = memchr::memrchr(b'@', i.as_bytes()) else {
        return i;
    };
    let Some(sep) = memchr::memrchr2(b'|', b',', &i.as_bytes()[..at]) else {
        return i;
    };
    let address = i[sep + 1..].trim();
    let is_address = !address.contains(char::is_whitespace)
        && address[address.find('@').unwrap_or(0)..].contains('.');
    if is_address { i[..sep].trim_end() } else { i }
}

/// A line that is an agency's name alone (`Associated Press`, `The Associated Press`,
/// `AP`), as a byline's organization stands on the line under it.
pub(crate) fn is_agency_line(line: &str) -> bool {
    line.len() <= LONGEST_AGENCY_LINE
        && (is_agency_name(line)
            || line
                .strip_prefix("The ")
                .is_some_and(|name| AGENCIES.iter().any(|&(_, full)| name == full)))
}

/// The longest line `is_agency_line` reads: no agency's name with `The ` is longer.
const LONGEST_AGENCY_LINE: usize = 64;

/// `By JANE DOE Associated Press`, `By Jane Doe The Associated Press`: an agency's full
/// name may end the names with no comma before it, as wire bylines print it.
fn agency_after_names(names: &str) -> Found<'_> {
    let split = AGENCIES.iter().find_map(|&(_, full)| {
        let before = names.strip_suffix(full)?.strip_suffix(' ')?;
        let before = before.strip_suffix(" The").unwrap_or(before);
        let name = before.trim_end();
        (!name.is_empty()).then(|| (name, &names[before.len() + 1..]))
    });
    match split {
        Some((name, organization)) => Found {
            name,
            organization: Some(organization),
        },
        None => Found {
            name: names,
            organization: None,
        },
    }
}

/// What follows `By`: names, then an organization after `,`, `|` or `-`, if any.
fn name_and_organization(i: &str) -> Res<'_, Found<'_>> {
    let (i, name) = names(i)?;
    let (i, organization) = opt(preceded(
        (space0, alt((char(','), char('|'), char('-'))), space0),
        organization,
    ))
    .parse(i)?;
    let (i, _) = (space0, eof).parse(i)?;
    Ok((i, Found { name, organization }))
}

/// What follows `By` in most bylines, `Jane Doe` or `Jane Doe, Reuters`: two to five
/// capitalized ASCII words, then the end or a comma and an organization that opens with a
/// capital and runs to the end. These the grammar after `by_name`'s opening takes whole,
/// as this returns them, where its combinators cost about 1,500 instructions a byline;
/// `None` leaves every other line to it. A capitalized word is no particle, and an
/// organization with a capital is no `, and` of a second name.
fn plain_byline(i: &str) -> Option<Found<'_>> {
    let b = i.as_bytes();
    let (mut at, mut words) = (0, 0);
    loop {
        // a name word: a capital and one letter or more
        if !b.get(at).is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        let letters = b[at + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        if letters == 0 {
            return None;
        }
        at += 1 + letters;
        words += 1;
        match b.get(at) {
            Some(b' ') if words < 5 => at += 1,
            Some(b',') | None if words >= 2 => break,
            _ => return None,
        }
    }
    let name = &i[..at];
    let Some(after) = i.get(at + 1..) else {
        return Some(Found {
            name,
            organization: None,
        });
    };
    let org = after.trim_start_matches([' ', '\t']);
    if !org.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        || org.contains(ends_organization)
    {
        return None;
    }
    let org = org.trim_end();
    is_organization(org).then_some(Found {
        name,
        organization: Some(org),
    })
}

/// `Jane Doe, Associated Press`: a name is only a byline when a known agency follows it.
fn name_then_agency(i: &str) -> Res<'_, Found<'_>> {
    let (i, name) = names(i)?;
    let (i, org) = preceded((char(','), space1), verify(organization, is_agency_name)).parse(i)?;
    let (i, _) = (space0, eof).parse(i)?;
    Ok((
        i,
        Found {
            name,
            organization: Some(org),
        },
    ))
}

/// One or more names joined by `and` or `,`.
fn names(i: &str) -> Res<'_, &str> {
    recognize((
        name,
        fold_many_m_n(
            0,
            3,
            preceded(alt((tag(" and "), tag(" & "), tag(", and "))), name),
            || (),
            |_, _| (),
        ),
    ))
    .parse(i)
}

/// Two to five capitalized words or initials: `Jane Doe`, `J.R. Smith Jr.`, `Ana de la Cruz`.
fn name(i: &str) -> Res<'_, &str> {
    recognize((
        name_word,
        fold_many_m_n(
            1,
            4,
            preceded(
                char(' '),
                preceded(opt(terminated(particle, char(' '))), name_word),
            ),
            || (),
            |_, _| (),
        ),
    ))
    .parse(i)
}

fn particle(i: &str) -> Res<'_, &str> {
    alt((
        tag("de la"),
        tag("de"),
        tag("van der"),
        tag("van"),
        tag("von"),
        tag("da"),
        tag("del"),
        tag("bin"),
        tag("al"),
    ))
    .parse(i)
}

fn name_word(i: &str) -> Res<'_, &str> {
    recognize((
        verify(anychar, |c: &char| c.is_uppercase()),
        take_while1(|c: char| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-')),
    ))
    .parse(i)
    .or_else(|_: nom::Err<nom::error::Error<&str>>| {
        // a lone initial: `J.`
        recognize((verify(anychar, |c: &char| c.is_uppercase()), char('.'))).parse(i)
    })
}

/// A short capitalized organization name (`Reuters`, `The Associated Press`, `CBS News`).
fn organization(i: &str) -> Res<'_, &str> {
    verify(take_while1(|c| !ends_organization(c)), |s: &str| {
        is_organization(s.trim_end())
    })
    .map(str::trim_end)
    .parse(i)
}

/// What ends an organization's name: another field (`|`, `,`) or the line.
fn ends_organization(c: char) -> bool {
    matches!(c, '|' | ',' | '\n')
}

/// Whether a name cut at `ends_organization`, trimmed, is short and capitalized.
fn is_organization(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase) && s.split(' ').count() <= 5
}

#[cfg(test)]
mod tests {
    use super::*;
    use nom::bytes::complete::tag_no_case;

    /// `by_name`'s opening as it was: a screen on the first bytes, then nom's `tag_no_case`.
    fn after_by_before(i: &str) -> Option<&str> {
        let opens = |word: &str| {
            i.as_bytes()
                .get(..word.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(word.as_bytes()))
        };
        let first = i.as_bytes().first().map(u8::to_ascii_lowercase);
        if !matches!(first, Some(b'b' | b'w' | b'p' | b's'))
            || !["by", "written ", "posted ", "story "]
                .into_iter()
                .any(opens)
        {
            return None;
        }
        let opening: Res<'_, _> = (
            opt(alt((
                tag_no_case("written "),
                tag_no_case("posted "),
                tag_no_case("story "),
            ))),
            tag_no_case("by"),
            alt((char(':'), char(' '))),
            space0,
        )
            .parse(i);
        opening.ok().map(|(rest, _)| rest)
    }

    #[test]
    fn the_opening_is_read_as_tag_no_case_read_it() {
        let mut lines = Vec::new();
        for opening in [
            "",
            "Written ",
            "WRITTEN ",
            "written",
            "Writtenby",
            "Posted ",
            "posted  ",
            "Story ",
            "STORY ",
            "story:",
            "Sto",
            "W",
            "Wrİtten ",
            "Written\t",
            "\u{212a}",
            "Bÿ ",
        ] {
            for by in [
                "By",
                "by",
                "BY",
                "bY",
                "B",
                "Bx",
                "ſy",
                "\u{212a}y",
                "",
                "by by",
            ] {
                for after in [
                    " Jane",
                    "\tJane",
                    ":Jane",
                    ": Jane",
                    ":\t Jane",
                    "  \t Jane",
                    "Jane",
                    "",
                    " ",
                    ":",
                    "\u{a0}Jane",
                    ",Jane",
                ] {
                    lines.push(format!("{opening}{by}{after}"));
                }
            }
        }
        for line in &lines {
            assert_eq!(after_by(line), after_by_before(line), "{line:?}");
        }
        // no character beyond ASCII lower-cases to a letter of the openings
        for c in ('\u{80}'..=char::MAX).filter(|c| c.to_lowercase().count() == 1) {
            let lower = c.to_lowercase().next().unwrap_or(c);
            assert!(!"writenposdyb :".contains(lower), "{c:?}");
        }
    }

    #[test]
    fn a_plain_byline_is_what_the_grammar_finds() {
        let mut rests = Vec::new();
        for name in [
            "Jane Doe",
            "Jane",
            "Jane Q Doe",
            "A B",
            "Ab Cd",
            "Ab Cd Ef Gh Ij",
            "Ab Cd Ef Gh Ij Kl",
            "Jane doe",
            "Jane  Doe",
            "Jane de la Cruz",
            "J. Doe",
            "Jane O'Neill",
            "Jane Doe-Roe",
            "Zoë Doe",
            "Jane Doe and John Roe",
            "Jane Doe & Roe",
            "JANE DOE",
            "Jane Doe ",
            "Jane\tDoe",
            "Jane D",
        ] {
            for org in [
                "",
                ",",
                ", Reuters",
                ",Reuters",
                ",  \tReuters",
                ", reuters",
                ", and John Roe",
                ", And John Roe",
                ", Reuters|AP",
                ", Reuters, AP",
                ", The Associated Press",
                ", One Two Three Four Five",
                ", One Two Three Four Five Six",
                ", Reuters ",
                ", Reuters\u{a0}",
                ", Agence France-Presse",
                ", Reuters\nAP",
                ", ",
                " - Reuters",
                " | CBS News",
                ", Zoë Press",
                ", A",
                ", \u{c9}cho",
            ] {
                rests.push(format!("{name}{org}"));
            }
        }
        let mut plain = 0;
        for rest in &rests {
            let Some(found) = plain_byline(rest) else {
                continue;
            };
            plain += 1;
            let (left, by_grammar) = name_and_organization(rest).expect(rest);
            assert_eq!((left, by_grammar), ("", found), "{rest:?}");
        }
        // the common shapes take the plain path
        assert!(plain >= 40, "{plain}");
        for line in ["By Jane Doe", "By Jane Doe, Reuters", "BY: Ab Cd Ef Gh Ij"] {
            assert!(after_by(line).and_then(plain_byline).is_some(), "{line}");
        }
    }

    /// `parse` as it was before its screens moved ahead of the grammar: the opening read
    /// first, then the agency after the last comma on lines that end with a byte some
    /// agency's name ends with.
    fn parse_before(line: &str) -> Option<Found<'_>> {
        if line.len() > 120 {
            return None;
        }
        if let Some(Ok((_, found))) = after_by(line).map(by_name) {
            return Some(found);
        }
        let last = line.as_bytes().last();
        let ends = |name: &str| name.as_bytes().last() == last;
        if !AGENCIES.iter().any(|(abbr, full)| ends(abbr) || ends(full))
            || !agency_after_last_comma(line)
        {
            return None;
        }
        name_then_agency(line).ok().map(|(_, found)| found)
    }

    #[test]
    fn the_screens_at_the_ends_turn_away_no_byline() {
        let mut orgs: Vec<String> = vec!["Local".into(), "".into(), "X".into(), "Reuters.".into()];
        for (abbr, full) in AGENCIES {
            for name in [abbr, full] {
                orgs.push(name.to_string());
                orgs.push(name.to_lowercase());
                orgs.push(format!("{name}x"));
                orgs.push(name[..name.len() - 1].to_string());
            }
        }
        let (mut lines, mut found) = (0, 0);
        for opening in ["", "By ", "written by ", "BY: "] {
            for name in ["Jane Doe", "JANE DOE", "Ann de la Cruz", "SALES ROSE"] {
                for sep in [", ", ",", " | ", ",\t"] {
                    for org in &orgs {
                        for end in ["", " ", "."] {
                            let line = format!("{opening}{name}{sep}{org}{end}");
                            assert_eq!(parse(&line), parse_before(&line), "{line:?}");
                            lines += 1;
                            found += usize::from(parse(&line).is_some());
                        }
                    }
                }
            }
        }
        assert!(lines > 30_000 && found > 3_000, "{lines} {found}");
        // most of the wire's headlines end with two bytes no agency's name ends with
        for line in [
            "SUGAR IMPORTS DOWN IN WEEK",
            "U.S. TRADE NET",
            "BONUS SALES",
        ] {
            assert!(after_by(line).is_none() && !may_end_with_agency(line.as_bytes()));
        }
    }

    #[test]
    fn every_agency_ends_a_name_line() {
        // the screen on the line's last two bytes lets every agency through, by either name
        for (abbr, full) in AGENCIES {
            for org in [abbr, full] {
                if !org.starts_with(char::is_uppercase) || org.split(' ').count() > 5 {
                    continue; // an organization is capitalized, five words at most
                }
                let line = format!("Jane Doe, {org}");
                let f = parse(&line).unwrap_or_else(|| panic!("{line}"));
                assert_eq!((f.name, f.organization), ("Jane Doe", Some(*org)));
            }
        }
        assert_eq!(parse("Jane Doe, Reuters."), None);
    }

    #[test]
    fn by_lines() {
        let f = parse("By Jane Doe").unwrap();
        assert_eq!((f.name, f.organization), ("Jane Doe", None));
        let f = parse("by Jane Doe, Reuters").unwrap();
        assert_eq!((f.name, f.organization), ("Jane Doe", Some("Reuters")));
        let f = parse("By JANE DOE and JOHN Q. ROE").unwrap();
        assert_eq!(f.name, "JANE DOE and JOHN Q. ROE");
        assert_eq!(
            parse("Written by Ana de la Cruz | CBS News")
                .unwrap()
                .organization,
            Some("CBS News")
        );
        // every opening word, in any case
        for line in [
            "POSTED BY Jane Doe",
            "Story by Jane Doe",
            "WRITTEN BY Jane Doe",
            "BY: Jane Doe",
            "Interview by Jane Doe",
        ] {
            assert_eq!(parse(line).map(|f| f.name), Some("Jane Doe"), "{line}");
        }
    }

    #[test]
    fn a_writers_address_after_the_name_is_no_organization() {
        for line in [
            "By Jane Doe | jdoe@example.com",
            "By Jane Doe, jane.doe@example.co.uk",
            "By Jane Doe and John Roe | desk@example.com",
        ] {
            let f = parse(line).unwrap_or_else(|| panic!("{line}"));
            assert!(f.name.starts_with("Jane Doe"), "{line}");
            assert_eq!(f.organization, None, "{line}");
        }
        // an agency before the address still ends the names
        let f = parse("By Jane Doe Reuters | jdoe@example.com").unwrap();
        assert_eq!((f.name, f.organization), ("Jane Doe", Some("Reuters")));
        // an organization with an `@` in its name, and an address with words around it
        let f = parse("By Jane Doe | News@Noon").unwrap();
        assert_eq!(f.organization, Some("News@Noon"));
        assert_eq!(
            without_address("Jane Doe | write to jdoe@example.com"),
            "Jane Doe | write to jdoe@example.com"
        );
    }

    #[test]
    fn an_agency_may_end_the_names_without_a_comma() {
        for (line, name, org) in [
            (
                "By JANE DOE Associated Press",
                "JANE DOE",
                Some("Associated Press"),
            ),
            (
                "By Jane Doe and John Roe The Associated Press",
                "Jane Doe and John Roe",
                Some("The Associated Press"),
            ),
            (
                "By Jane Doe Bloomberg News",
                "Jane Doe",
                Some("Bloomberg News"),
            ),
            // an agency's name alone is no byline's split, nor is a name it does not end
            ("By Jane Press", "Jane Press", None),
            ("By Jane Doe, Reuters", "Jane Doe", Some("Reuters")),
        ] {
            let f = parse(line).unwrap();
            assert_eq!((f.name, f.organization), (name, org), "{line}");
        }
    }

    #[test]
    fn the_agency_screen_lets_every_name_with_agency_through() {
        for line in [
            "Jane Doe, Reuters",
            "Jane Doe,  Reuters",
            "Jane Doe,\tReuters",
            "Jane Doe, \t Associated Press",
            "Jane Doe and John Roe, AP",
            "Jane Doe and John Roe, and Ann Poe, AFP",
            "Jane Doe, Reuters ",
            "Jane Doe, Reuters\u{a0}",
        ] {
            assert!(name_then_agency(line).is_ok(), "{line:?}");
            assert!(agency_after_last_comma(line), "{line:?}");
        }
        for line in [
            "Jane Doe,Reuters",
            "Jane Doe, Reuters|AP",
            "Jane Doe, Local, Reuters x",
            "Jane Doe, Reuters, Local",
            "Jane Doe, Reuters, Reuters",
            "Jane Doe Reuters",
            "Reuters",
        ] {
            assert!(name_then_agency(line).is_err(), "{line:?}");
            assert!(parse(line).is_none(), "{line:?}");
        }
    }

    #[test]
    fn name_with_agency() {
        let f = parse("Jane Doe, Associated Press").unwrap();
        assert_eq!(
            (f.name, f.organization),
            ("Jane Doe", Some("Associated Press"))
        );
        assert_eq!(parse("Jane Doe, Local Resident"), None);
    }

    #[test]
    fn sentences_are_not_bylines() {
        assert_eq!(parse("By the end of the week, prices rose."), None);
        assert_eq!(parse("By Monday"), None);
        assert_eq!(parse("Bypass Road reopened"), None);
        assert_eq!(
            parse("President Obama said they needed the Russians."),
            None
        );
    }
}
