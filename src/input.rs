//! The checks that decide whether an input is text at all, before any grammar runs.

use crate::Error;

/// More than this share of control characters (besides tab, newline, carriage return and form
/// feed) marks a binary file that happens to be valid UTF-8.
const MAX_CONTROL_PER_MILLE: usize = 100;

pub(crate) fn check(text: &str, limit: usize) -> Result<(), Error> {
    if text.len() > limit {
        return Err(Error::TooLarge {
            len: text.len(),
            limit,
        });
    }
    let bytes = text.as_bytes();
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(Error::NotText { offset });
    }
    if is_blank(text) {
        return Err(Error::Empty);
    }
    // Bytes below 0x20 (line breaks and tabs among them) bound the control characters from
    // above with one compare per byte; only text that passes that bound is counted exactly.
    // Both are summed in chunks of u8 with no branch, so that the loops vectorize; the
    // offset is only looked for when the input fails. A chunk holds fewer than 256 bytes,
    // so its u8 sum cannot overflow, and a multiple of 64, so the unrolled vector loop
    // leaves no bytes to a scalar tail (255 left 15 in every chunk).
    let count = |test: fn(u8) -> bool| -> usize {
        bytes
            .chunks(192)
            .map(|chunk| chunk.iter().map(|&b| test(b) as u8).sum::<u8>() as usize)
            .sum()
    };
    let too_many = |n: usize| n * 1000 > bytes.len() * MAX_CONTROL_PER_MILLE;
    if too_many(count(is_control_or_line_break)) && too_many(count(is_control)) {
        let offset = bytes.iter().position(|&b| is_control(b)).unwrap_or(0);
        return Err(Error::NotText { offset });
    }
    Ok(())
}

/// `text.trim().is_empty()`, settled by the first byte when that is a visible ASCII
/// character (nearly every text): the trim from both ends cost about 60 instructions a
/// text.
fn is_blank(text: &str) -> bool {
    !text.as_bytes().first().is_some_and(u8::is_ascii_graphic) && text.trim().is_empty()
}

/// `b < 0x20 || b == 0x7f` (control characters, line breaks and tabs among them) as one
/// range: flipping bit 6 moves 0x00-0x1f to 0x40-0x5f and 0x7f to 0x3f just below them,
/// and the add then puts that range at the bottom of the signed bytes, so that the
/// vector loop asks it with one signed compare (an unsigned compare and an equality
/// took two, and an or).
fn is_control_or_line_break(b: u8) -> bool {
    ((b ^ 0x40).wrapping_add(0x41) as i8) < -95
}

/// A control character other than tab, newline, carriage return and form feed; written
/// with bitwise operators so that it vectorizes.
fn is_control(b: u8) -> bool {
    ((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0c)) | (b == 0x7f)
}

pub(crate) fn check_bytes(bytes: &[u8], limit: usize) -> Result<&str, Error> {
    if bytes.len() > limit {
        return Err(Error::TooLarge {
            len: bytes.len(),
            limit,
        });
    }
    std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        valid_up_to: e.valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_blank_inputs_are_empty() {
        assert_eq!(check("", 100), Err(Error::Empty));
        assert_eq!(check(" \n\t\r\n", 100), Err(Error::Empty));
        assert_eq!(check("\u{a0}\u{2003}\n", 100), Err(Error::Empty));
    }

    #[test]
    fn the_first_byte_screen_agrees_with_the_trim() {
        let mut texts: Vec<String> = Vec::new();
        for first in (0..=0x7f_u8)
            .map(char::from)
            .chain(['\u{85}', '\u{a0}', '\u{2003}', 'é'])
        {
            for rest in ["", " ", "x", "\u{a0}", " x "] {
                texts.push(format!("{first}{rest}"));
            }
        }
        for text in texts {
            assert_eq!(is_blank(&text), text.trim().is_empty(), "{text:?}");
        }
    }

    #[test]
    fn the_one_range_is_the_control_bytes() {
        for b in 0..=u8::MAX {
            assert_eq!(is_control_or_line_break(b), b < 0x20 || b == 0x7f, "{b:#x}");
        }
    }

    #[test]
    fn nul_byte_is_not_text_at_its_offset() {
        assert_eq!(check("abc\0def", 100), Err(Error::NotText { offset: 3 }));
    }

    #[test]
    fn mostly_control_characters_is_not_text() {
        assert_eq!(
            check("a\x01\x02\x03\x04", 100),
            Err(Error::NotText { offset: 1 })
        );
        assert_eq!(
            check("one stray \x07 bell in a long line of text", 100),
            Ok(())
        );
    }

    #[test]
    fn limit_and_utf8() {
        assert_eq!(
            check("abcdef", 3),
            Err(Error::TooLarge { len: 6, limit: 3 })
        );
        assert_eq!(
            check_bytes(b"ab\xffc", 10),
            Err(Error::InvalidUtf8 { valid_up_to: 2 })
        );
    }
}
