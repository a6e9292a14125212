//! The checks that decide whether an input is text at all, before any grammar runs.

use crate::Error;

/// More than this share of control characters (besides tab, newline, carriage return and form
/// feed) marks a binary file that happens to be valid UTF-8.
const MAX_CONTROL_PER_MILLE: usize = 100;

/// Returns the number of bytes below 0x20 or 0x7f (control characters, line breaks and
/// tabs among them), which the line split reads to know a text with no `\r`. A NUL is one
/// of those bytes: it is searched for here only in a text with too many of them, and the
/// caller asks `nul` of a text whose split finds them not all line feeds (nearly every
/// text is settled by that count): keeping the lowest byte cost the scan four of its 27
/// instructions a block of 64 bytes, and about 20 a text.
pub(crate) fn check(text: &str, limit: usize) -> Result<usize, Error> {
    if text.len() > limit {
        return Err(Error::TooLarge {
            len: text.len(),
            limit,
        });
    }
    let bytes = text.as_bytes();
    let bound = scan(bytes);
    // A NUL is no white space: a blank text holds none, and is empty as before.
    if is_blank(text) {
        return Err(Error::Empty);
    }
    let too_many = |n: usize| exceeds_control_share(n, bytes.len());
    // Bytes below 0x20 or 0x7f (line breaks and tabs among them) bound the control
    // characters from above with one compare per byte; only text that passes that bound is
    // counted exactly, in chunks of u8 summed with no branch, so that the loop vectorizes.
    // A chunk holds fewer than 256 bytes, so its u8 sum cannot overflow, and a multiple of
    // 64, so the unrolled vector loop leaves no bytes to a scalar tail.
    if too_many(bound) {
        nul(text)?;
        let controls: usize = bytes
            .chunks(192)
            .map(|chunk| chunk.iter().map(|&b| is_control(b) as u8).sum::<u8>() as usize)
            .sum();
        if too_many(controls) {
            let offset = bytes.iter().position(|&b| is_control(b)).unwrap_or(0);
            return Err(Error::NotText { offset });
        }
    }
    Ok(bound)
}

/// `Error::NotText` at the first NUL of `text`, which holds one: the error that `check`
/// leaves to its caller for a text whose control bytes are not all line feeds.
pub(crate) fn nul(text: &str) -> Result<(), Error> {
    match memchr::memchr(0, text.as_bytes()) {
        Some(offset) => Err(Error::NotText { offset }),
        None => Ok(()),
    }
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

/// The bytes of a block, one to a u8 lane of the counts.
const LANES: usize = 64;

/// Blocks counted before the lanes are summed: the 64 lanes are folded into 8 by adding
/// them as u64 words, eight lanes to a byte, which is exact while a lane holds at most 31.
const GROUP: usize = 31;

/// The number of bytes `is_control_or_line_break` takes. Each of `LANES` u8 lanes counts
/// the other bytes (the compare then needs no copy of its constant) of its place in the
/// blocks, with no branch, so that the loop vectorizes. A text of a block or more ends
/// with the block of its last `LANES` bytes, whose lanes already seen count as other
/// bytes; a shorter one is copied into a block padded with 0xff, another byte.
fn scan(bytes: &[u8]) -> usize {
    let mut other = 0;
    let (blocks, rest) = bytes.as_chunks::<LANES>();
    for group in blocks.chunks(GROUP) {
        let mut count = [0u8; LANES];
        for block in group {
            add_block(block, 0, &mut count);
        }
        other += lane_sum(&count);
    }
    let mut seen = blocks.len() * LANES;
    if !rest.is_empty() {
        let mut count = [0u8; LANES];
        match bytes.last_chunk::<LANES>() {
            Some(last) => add_block(last, (LANES - rest.len()) as u8, &mut count),
            None => {
                let mut last = [u8::MAX; LANES];
                last[..rest.len()].copy_from_slice(rest);
                add_block(&last, 0, &mut count);
            }
        }
        other += lane_sum(&count);
        seen += LANES;
    }
    seen - other
}

/// Counts the bytes of `block` that `is_control_or_line_break` does not take, and its
/// lanes below `from` as such bytes.
#[inline(always)]
fn add_block(block: &[u8; LANES], from: u8, count: &mut [u8; LANES]) {
    for (i, (&b, c)) in (0u8..).zip(block.iter().zip(count.iter_mut())) {
        *c += u8::from(!is_control_or_line_break(b) | (i < from));
    }
}

/// The sum of the lanes, each at most `GROUP`: eight lanes to a byte of one word, which
/// the pairs and the multiply then sum (a loop over the lanes was not vectorized).
fn lane_sum(count: &[u8; LANES]) -> usize {
    const LOW: u64 = 0x00ff_00ff_00ff_00ff;
    let w = count
        .as_chunks::<8>()
        .0
        .iter()
        .fold(0u64, |sum, &lanes| sum + u64::from_le_bytes(lanes));
    let pairs = (w & LOW) + ((w >> 8) & LOW);
    (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize
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

    #[test]
    fn the_one_range_is_the_control_bytes() {
        for b in 0..=u8::MAX {
            assert_eq!(is_control_or_line_break(b), b < 0x20 || b == 0x7f, "{b:#x}");
        }
    }

    fn scan_before(bytes: &[u8]) -> usize {
        bytes.iter().filter(|&&b| b < 0x20 || b == 0x7f).count()
    }

    #[test]
    fn the_one_pass_scan_counts_the_control_bytes() {
        // Every length around a block, the tail taken from a block that overlaps the one
        // before it or padded, and groups of blocks long enough to overflow a lane that
        // was summed too late.
        let unit: Vec<u8> = (0..=0x7f_u8).chain([0xc3, 0xa9, 0xe2, 0x80]).collect();
        for len in (0..200).chain([1983, 1984, 1985, 2047, 2048, 4032, 4100]) {
            for fill in [&unit[..], b"\n", b"\x01", b"a", b"\x7f", b" \x00"] {
                let bytes: Vec<u8> = fill.iter().copied().cycle().take(len).collect();
                assert_eq!(scan(&bytes), scan_before(&bytes), "{len} {fill:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_scans_as_counted(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)) {
            proptest::prop_assert_eq!(scan(&bytes), scan_before(&bytes));
        }
    }

    #[test]
    fn a_text_returns_its_count_of_control_bytes() {
        // The line split takes a count equal to its line feeds for a text with no `\r`.
        for text in [
            "plain",
            "a\nb\n",
            "a\r\nb",
            "tab\there\n",
            "a delete \x7f in a line\n\n",
            "\u{85}\u{2028} line\n",
        ] {
            let controls = text.bytes().filter(|&b| b < 0x20 || b == 0x7f).count();
            assert_eq!(check(text, 100), Ok(controls), "{text:?}");
        }
    }

    #[test]
    fn nul_byte_is_not_text_at_its_offset() {
        // Among too many control bytes, the check finds it before their count.
        assert_eq!(check("abc\0def", 100), Err(Error::NotText { offset: 3 }));
        assert_eq!(
            check("\x01\x02\0\x03", 100),
            Err(Error::NotText { offset: 2 })
        );
        // Among few, it is counted with them and left to `nul`.
        let text = "one NUL \0 in a line of text long enough";
        assert_eq!(check(text, 100), Ok(1));
        assert_eq!(nul(text), Err(Error::NotText { offset: 8 }));
        assert_eq!(nul("no NUL\n\there"), Ok(()));
    }

    #[test]
    fn mostly_control_characters_is_not_text() {
        assert_eq!(
            check("a\x01\x02\x03\x04", 100),
            Err(Error::NotText { offset: 1 })
        );
        assert_eq!(
            check("one stray \x07 bell in a long line of text", 100),
            Ok(1)
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
