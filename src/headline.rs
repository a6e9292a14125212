//! The headline: the first line, when it reads as a title rather than as body text.

use crate::words::{CLOSING_MARKS, split_whitespace};

/// Longer than this, a first line is a paragraph, not a title.
const MAX_HEADLINE: usize = 400;

/// Whether `line` (the first non-blank line, trimmed) is a headline. `alone` is true when a
/// blank line or the end of the text follows it.
pub(crate) fn is_headline(line: &str, alone: bool) -> bool {
    if line.len() > MAX_HEADLINE || line.is_empty() {
        return false;
    }
    if alone {
        return true;
    }
    // Glued to the next line: only a short line that does not end a sentence is a title.
    let words = split_whitespace(line).count();
    words <= 20 && !ends_sentence(line)
}

/// Whether `line` ends the way a sentence does (`.`, `!`, `?`, ...), quotes aside.
pub(crate) fn ends_sentence(line: &str) -> bool {
    let l = line.trim_end_matches(CLOSING_MARKS);
    // a `;` ends a title that a subtitle line follows (`Title; \nSubtitle.`)
    l.ends_with(['.', '!', '?', ':', ',']) && !l.ends_with("...")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_followed_by_a_blank_is_a_title() {
        assert!(is_headline(
            "Obama Leaves G-20 With No Syria Peace Deal",
            true
        ));
        assert!(is_headline(
            "Stealth Over Health: Clinton Was Headed to ER.",
            true
        ));
    }

    #[test]
    fn a_glued_line_must_look_like_a_title() {
        assert!(is_headline("Storm Batters Coast", false));
        assert!(is_headline("Storm batters coast; ", false));
        assert!(!is_headline(
            "The storm battered the coast on Monday, officials said.",
            false
        ));
        assert!(!is_headline(&"word ".repeat(100), true));
    }
}
