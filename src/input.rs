//! The checks that decide whether an input is text at all, before any grammar runs.

use crate::Error;

/// More than this share of control characters (besides tab, newline, carriage return and form
/// feed) marks a binary file that happens to be valid UTF-8.
const MAX_CONTROL_PER_MILLE: usize = 100;

/// The checks every text passes before it is split: not too large, and not blank.
pub(crate) fn check_size(text: &str, limit: usize) -> Result<(), Error> {
    if text.len() > limit {
        return Err(Error::TooLarge {
            len: text.len(),
            limit,
        });
    }
    if is_blank(text) {
        return Err(Error::Empty);
    }
    Ok(())
}

/// `Error::NotText` for a text that holds a NUL (at the first) or more than its share of
/// control characters (at the first of them). Asked only of a text whose split found
/// bytes below 0x20 or 0x7f other than line feeds (`lines::split_plain`): nearly every text
/// has none, and is known for text with no pass of its own.
pub(crate) fn check_controls(text: &str) -> Result<(), Error> {
    let bytes = text.as_bytes();
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(Error::NotText { offset });
    }
    // Chunks of u8 summed with no branch, so that the loop vectorizes: a chunk holds fewer
    // than 256 bytes, so its u8 sum cannot overflow, and a multiple of 64, so the unrolled
    // vector loop leaves no bytes to a scalar tail.
    let controls: usize = bytes
        .chunks(192)
        .map(|chunk| chunk.iter().map(|&b| is_control(b) as u8).sum::<u8>() as usize)
        .sum();
    if exceeds_control_share(controls, bytes.len()) {
        let offset = bytes.iter().position(|&b| is_control(b)).unwrap_or(0);
        return Err(Error::NotText { offset });
    }
    Ok(())
}

/// Whether `controls` out of `len` bytes is more than the share a text may hold, in
/// u128: on a 32-bit target `len * 100` overflowed a usize past 43 MB, below the default
/// 64 MiB limit, and `controls * 1000` past 4.3 million line breaks.
fn exceeds_control_share(controls: usize, len: usize) -> bool {
    controls as u128 * 1000 > len as u128 * MAX_CONTROL_PER_MILLE as u128
}

/// `text.trim().is_empty()`, settled by the first byte when that is a visible ASCII
/// character (nearly every text): the trim from both ends cost about 60 instructions a
/// text.
fn is_blank(text: &str) -> bool {
    !text.as_bytes().first().is_some_and(u8::is_ascii_graphic) && text.trim().is_empty()
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
    fn the_control_share_is_exact_at_any_length() {
        assert!(!exceeds_control_share(100, 1000));
        assert!(exceeds_control_share(101, 1000));
        // Lengths whose products overflow a usize, on any target.
        let len = usize::MAX / 2;
        assert!(!exceeds_control_share(len / 10, len));
        assert!(exceeds_control_share(len / 10 + 1, len));
        assert!(exceeds_control_share(usize::MAX, usize::MAX));
        assert!(!exceeds_control_share(0, usize::MAX));
    }

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

    fn check(text: &str, limit: usize) -> Result<(), Error> {
        check_size(text, limit)?;
        check_controls(text)
    }

    #[test]
    fn too_many_control_characters_are_not_text_at_the_first() {
        assert_eq!(check("\x01\x02 ab", 100), Err(Error::NotText { offset: 0 }));
        assert_eq!(
            check("abcdefghi\x7f\x1b", 100),
            Err(Error::NotText { offset: 9 })
        );
        // one in ten bytes is allowed, and line breaks, tabs and form feeds are no controls
        assert_eq!(check("abcdefghi\x1b", 100), Ok(()));
        assert_eq!(check("a\t\t\r\n\r\n\x0c\x0c\n\n", 100), Ok(()));
        // the count is exact across the chunks it is summed in
        for len in [191, 192, 193, 384, 1000, 4099] {
            for (controls, parses) in [(len / 10, true), (len / 10 + 1, false)] {
                let text = format!("{}{}", "x".repeat(len - controls), "\x01".repeat(controls));
                let first = len - controls;
                let expected = if parses {
                    Ok(())
                } else {
                    Err(Error::NotText { offset: first })
                };
                assert_eq!(check(&text, 10_000), expected, "{controls} of {len}");
            }
        }
    }

    #[test]
    fn nul_byte_is_not_text_at_its_offset() {
        // among few control bytes or many, the NUL is the one told
        assert_eq!(check("abc\0def", 100), Err(Error::NotText { offset: 3 }));
        assert_eq!(
            check("\x01\x02\0\x03", 100),
            Err(Error::NotText { offset: 2 })
        );
        let text = "one NUL \0 in a line of text long enough";
        assert_eq!(check(text, 100), Err(Error::NotText { offset: 8 }));
        assert_eq!(check("no NUL\n\there", 100), Ok(()));
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
