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
    if let Some(offset) = memchr::memchr(0, text.as_bytes()) {
        return Err(Error::NotText { offset });
    }
    let bytes = text.as_bytes();
    let mut first_control = None;
    let mut controls = 0usize;
    let mut non_space = false;
    for (i, &b) in bytes.iter().enumerate() {
        if is_control(b) {
            controls += 1;
            first_control.get_or_insert(i);
        } else if b.is_ascii() && !b.is_ascii_whitespace() {
            non_space = true;
        }
    }
    if !non_space && !has_non_ascii_text(text) {
        return Err(Error::Empty);
    }
    if let Some(offset) = first_control
        && controls * 1000 > bytes.len() * MAX_CONTROL_PER_MILLE
    {
        return Err(Error::NotText { offset });
    }
    Ok(())
}

fn is_control(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f
}

/// Only called when every ASCII byte is white space: the rest decides whether there is text.
fn has_non_ascii_text(text: &str) -> bool {
    text.chars().any(|c| !c.is_whitespace())
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
