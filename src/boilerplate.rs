//! Boilerplate: the share lines, promos, notices, credits and stray fragments that scraped
//! news text carries around the article, each classified by kind.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::BoilerplateKind;
use crate::lexicon::{Anchor, BOILERPLATE_PHRASES, SOCIAL_WORDS};

/// The phrase lexicon compiled once: one pass over a line finds every phrase in it.
#[derive(Debug, Clone)]
pub(crate) struct Phrases {
    matcher: AhoCorasick,
    rules: Vec<(BoilerplateKind, Anchor)>,
}

static BUILT_IN: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(&[]));

impl Phrases {
    /// The built-in lexicon plus the caller's own phrases (matched anywhere in a line).
    pub(crate) fn new(extra: &[(String, BoilerplateKind)]) -> Phrases {
        let mut patterns: Vec<&str> = BOILERPLATE_PHRASES.iter().map(|p| p.0).collect();
        let mut rules: Vec<_> = BOILERPLATE_PHRASES.iter().map(|p| (p.1, p.2)).collect();
        for (phrase, kind) in extra {
            patterns.push(phrase);
            rules.push((*kind, Anchor::Anywhere));
        }
        let matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("boilerplate phrases compile");
        Phrases { matcher, rules }
    }

    pub(crate) fn built_in() -> &'static Phrases {
        &BUILT_IN
    }
}

/// Lines longer than this are running text: only `Anywhere` phrases can mark them.
const LONG_BLOCK: usize = 400;

/// The kind of boilerplate `text` (one trimmed block) is, or `None` for article text.
pub(crate) fn classify(text: &str, phrases: &Phrases) -> Option<BoilerplateKind> {
    if is_fragment(text) {
        return Some(BoilerplateKind::Fragment);
    }
    if let Some(kind) = phrase_kind(text, phrases) {
        return Some(kind);
    }
    if text.len() <= 160 && is_share_row(text) {
        return Some(BoilerplateKind::Share);
    }
    if is_link_line(text) {
        return Some(BoilerplateKind::Navigation);
    }
    None
}

fn phrase_kind(text: &str, phrases: &Phrases) -> Option<BoilerplateKind> {
    let core = text.trim_matches(|c: char| !c.is_alphanumeric() && c != '©' && c != '(');
    let core_start = text.len()
        - text
            .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©' && c != '(')
            .len();
    let haystack = if text.len() > LONG_BLOCK * 4 {
        &text[..floor_char(text, LONG_BLOCK * 4)]
    } else {
        text
    };
    for m in phrases.matcher.find_overlapping_iter(haystack) {
        let (kind, anchor) = phrases.rules[m.pattern().as_usize()];
        let hit = match anchor {
            Anchor::Whole => {
                m.start() <= core_start
                    && m.end() >= core_start + core.len()
                    && word_boundary_after(text, m.end())
            }
            Anchor::Start => {
                text.len() <= LONG_BLOCK
                    && m.start() <= core_start
                    && word_boundary_after(text, m.end())
            }
            Anchor::Anywhere => true,
        };
        if hit {
            return Some(kind);
        }
    }
    None
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn word_boundary_after(text: &str, end: usize) -> bool {
    let prev_alnum = text[..end]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    !prev_alnum
        || !text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// A stray letter, a rule of underscores or asterisks, a lone bullet.
fn is_fragment(text: &str) -> bool {
    let mut chars = text.chars();
    let short = text.chars().take(3).count() <= 2;
    (short && !text.chars().all(|c| c.is_ascii_digit())) || chars.all(|c| !c.is_alphanumeric())
}

/// `Facebook | Twitter | Email`: a short row of social buttons.
fn is_share_row(text: &str) -> bool {
    let mut social = 0;
    let mut words = 0;
    for w in text.split(|c: char| c.is_whitespace() || matches!(c, '|' | ',' | '/' | '·' | '•'))
    {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '+');
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
    !text.contains(' ')
        && (text.starts_with("http://")
            || text.starts_with("https://")
            || text.starts_with("www.")
            || (text.starts_with('@') && text.len() > 1)
            || (text.contains('@') && text.contains('.')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use BoilerplateKind::*;

    fn kind(line: &str) -> Option<BoilerplateKind> {
        classify(line, Phrases::built_in())
    }

    #[test]
    fn share_and_follow() {
        assert_eq!(kind("Follow CBSMIAMI.COM: Facebook | Twitter"), Some(Share));
        assert_eq!(kind("Share on Facebook"), Some(Share));
        assert_eq!(kind("Facebook Twitter Email Print"), Some(Share));
    }

    #[test]
    fn navigation_and_promos() {
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
    fn own_phrases() {
        let phrases = Phrases::new(&[("brought to you by".to_string(), Custom)]);
        assert_eq!(
            classify("This story is brought to you by Acme.", &phrases),
            Some(Custom)
        );
    }
}
