//! Byte classes of 64 bytes at a time, one bit a byte: the line breaks the split looks for
//! (and the other control bytes it tells), the letters, digits, joiners and blanks the
//! tokenizer reads its words from, and the letters and digits alone, whose word starts the
//! share-row walk reads.
//!
//! The compares run 16 bytes at a time on the vector unit (SSE2 on x86-64, NEON on aarch64,
//! arrays elsewhere) through `wide`, which holds the unsafe code: a byte at a time, or eight
//! as one integer, the same classes cost several times the instructions.

use wide::u8x16;

/// The bytes one mask covers.
pub(crate) const BLOCK: usize = 64;

/// `breaks` of the 64 bytes of `bytes` from `at` (`read_at`).
#[inline(always)]
pub(crate) fn breaks_at<const CR: bool>(bytes: &[u8], at: usize) -> u64 {
    read_at(bytes, at, 0, breaks::<CR>, |mask, by| mask >> by)
}

/// The masks `of` the 64 bytes of `bytes` from `at` (below its length), where the bytes
/// past the end of `bytes` are in no class (`pad` is in none). Near the end the last block
/// of `bytes` is read and its bits moved `down`; only a text shorter than a block is copied.
#[inline(always)]
fn read_at<T>(
    bytes: &[u8],
    at: usize,
    pad: u8,
    of: impl Fn(&[u8; BLOCK]) -> T,
    down: impl Fn(T, usize) -> T,
) -> T {
    if let Some(block) = bytes.get(at..).and_then(<[u8]>::first_chunk::<BLOCK>) {
        return of(block);
    }
    match bytes.last_chunk::<BLOCK>() {
        Some(last) => down(of(last), at + BLOCK - bytes.len()),
        None => {
            let rest = bytes.get(at..).unwrap_or_default();
            let mut padded = [pad; BLOCK];
            padded[..rest.len()].copy_from_slice(rest);
            of(&padded)
        }
    }
}

/// The line feeds of the block at byte `at` of `bytes` (`read_at`), and its other control
/// bytes (below 0x20, or 0x7f) as lanes to be gathered from block to block: the split
/// reads both, so that a text whose only control bytes are its line feeds (nearly every
/// text) needs no pass of its own to be known for text. The lanes are read once a text,
/// where a bit mask of them cost each block about 13 instructions more.
#[inline(always)]
pub(crate) fn feeds_and_others_at(bytes: &[u8], at: usize) -> (u64, Others) {
    // the last block, read again near the end, holds only bytes of the text
    read_at(bytes, at, b'a', feeds_and_others, |(feeds, others), by| {
        (feeds >> by, others)
    })
}

#[inline(always)]
fn feeds_and_others(block: &[u8; BLOCK]) -> (u64, Others) {
    let (mut feeds, mut others) = (0, Others::default());
    for (k, part) in block.as_chunks::<16>().0.iter().enumerate() {
        let v = u8x16::new(*part);
        let feed = v.simd_eq(splat(b'\n'));
        feeds |= top_bits(feed) << (16 * k);
        // a line feed is below 0x20: the XOR leaves the others
        others.0 |= (below(v, 0x20) | v.simd_eq(splat(0x7f))) ^ feed;
    }
    (feeds, others)
}

/// Lanes set where blocks held control bytes other than line feeds.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Others(u8x16);

impl Others {
    /// Whether any block did.
    pub(crate) fn any(self) -> bool {
        self.0.any()
    }
}

impl std::ops::BitOrAssign for Others {
    fn bitor_assign(&mut self, other: Others) {
        self.0 |= other.0;
    }
}

/// One bit a byte of `block`, set at each `\n` (and each `\r`, with `CR`).
#[inline(always)]
fn breaks<const CR: bool>(block: &[u8; BLOCK]) -> u64 {
    let mut mask = 0;
    for (k, part) in block.as_chunks::<16>().0.iter().enumerate() {
        let v = u8x16::new(*part);
        let mut hits = v.simd_eq(splat(b'\n'));
        if CR {
            hits |= v.simd_eq(splat(b'\r'));
        }
        mask |= top_bits(hits) << (16 * k);
    }
    mask
}

/// The classes of a block's bytes that the tokenizer reads, one bit a byte each. Bytes
/// above ASCII are in `high` alone: their characters are decoded to class them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordClasses {
    /// ASCII letters and digits.
    pub alnum: u64,
    /// `'`, `-`, `&` and `.`, which continue a word but start none.
    pub joiner: u64,
    /// The ASCII white space of `char::is_whitespace`: 9 to 13 and the space.
    pub blank: u64,
    /// Bytes above ASCII.
    pub high: u64,
}

impl WordClasses {
    /// The classes of `block`.
    #[inline(always)]
    pub(crate) fn of(block: &[u8; BLOCK]) -> WordClasses {
        let mut c = WordClasses::default();
        for (k, part) in block.as_chunks::<16>().0.iter().enumerate() {
            let v = u8x16::new(*part);
            // `&` (0x26) and `'` (0x27) differ in the low bit only
            let joiner = (v | splat(1)).simd_eq(splat(b'\''))
                | v.simd_eq(splat(b'-'))
                | v.simd_eq(splat(b'.'));
            let blank = v.simd_eq(splat(b' ')) | below(v - splat(9), 5);
            let at = 16 * k;
            c.alnum |= top_bits(alnum_lanes(v)) << at;
            c.joiner |= top_bits(joiner) << at;
            c.blank |= top_bits(blank) << at;
            c.high |= top_bits(v) << at;
        }
        c
    }

    /// The classes of the 64 bytes of `bytes` from `at` (`read_at`).
    #[inline(always)]
    pub(crate) fn at(bytes: &[u8], at: usize) -> WordClasses {
        read_at(bytes, at, 0, WordClasses::of, WordClasses::shifted)
    }

    /// The bits of the first `len` bytes of a block (all of them from 64 on).
    pub(crate) fn first(len: usize) -> u64 {
        if len >= BLOCK {
            u64::MAX
        } else {
            (1 << len) - 1
        }
    }

    fn shifted(self, by: usize) -> WordClasses {
        WordClasses {
            alnum: self.alnum >> by,
            joiner: self.joiner >> by,
            blank: self.blank >> by,
            high: self.high >> by,
        }
    }
}

/// The classes of both: a character's bytes classed in one block, carried into the next.
impl std::ops::BitOr for WordClasses {
    type Output = WordClasses;

    fn bitor(self, other: WordClasses) -> WordClasses {
        WordClasses {
            alnum: self.alnum | other.alnum,
            joiner: self.joiner | other.joiner,
            blank: self.blank | other.blank,
            high: self.high | other.high,
        }
    }
}

/// The ASCII letters and digits of the 64 bytes of `bytes` from `at` (`read_at`), one bit a
/// byte: `WordClasses::alnum` alone, for the share-row walk, which reads word starts only.
#[inline(always)]
pub(crate) fn alnum_at(bytes: &[u8], at: usize) -> u64 {
    read_at(bytes, at, 0, alnum, |mask, by| mask >> by)
}

#[inline(always)]
fn alnum(block: &[u8; BLOCK]) -> u64 {
    let mut mask = 0;
    for (k, part) in block.as_chunks::<16>().0.iter().enumerate() {
        mask |= top_bits(alnum_lanes(u8x16::new(*part))) << (16 * k);
    }
    mask
}

/// All ones in each lane that is an ASCII letter or digit.
#[inline(always)]
fn alnum_lanes(v: u8x16) -> u8x16 {
    below((v | splat(0x20)) - splat(b'a'), 26) | below(v - splat(b'0'), 10)
}

#[inline(always)]
fn splat(b: u8) -> u8x16 {
    u8x16::splat(b)
}

/// All ones in each lane of `x` that is below `n`, none elsewhere.
#[inline(always)]
fn below(x: u8x16, n: u8) -> u8x16 {
    x.min(splat(n - 1)).simd_eq(x)
}

/// The top bit of each lane, lane 0 in bit 0.
#[inline(always)]
fn top_bits(v: u8x16) -> u64 {
    u64::from(v.to_bitmask() as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_at_every_place_is_classed_as_the_byte_rules_say() {
        for byte in 0..=u8::MAX {
            for at in 0..BLOCK {
                // the other bytes are each of a few classes in turn
                for fill in [b'a', b' ', b'\n', 0xe2, b'.'] {
                    let mut block = [fill; BLOCK];
                    block[at] = byte;
                    let c = WordClasses::of(&block);
                    let (lf, any) = (breaks::<false>(&block), breaks::<true>(&block));
                    let (feeds, others) = feeds_and_others(&block);
                    let other = |b: u8| (b < 0x20 || b == 0x7f) && b != b'\n';
                    let some_other = block.iter().any(|&b| other(b));
                    assert_eq!(
                        others.any(),
                        some_other,
                        "byte {byte:#x} at {at} in {fill:#x}"
                    );
                    for (k, &b) in block.iter().enumerate() {
                        let bit = |mask: u64| mask >> k & 1 == 1;
                        let why = format!("{b:#x} at {k} (byte {byte:#x} at {at} in {fill:#x})");
                        assert_eq!(bit(c.alnum), b.is_ascii_alphanumeric(), "{why}");
                        assert_eq!(bit(alnum(&block)), b.is_ascii_alphanumeric(), "{why}");
                        assert_eq!(
                            bit(c.joiner),
                            matches!(b, b'\'' | b'-' | b'&' | b'.'),
                            "{why}"
                        );
                        assert_eq!(
                            bit(c.blank),
                            char::from(b).is_whitespace() && b < 0x80,
                            "{why}"
                        );
                        assert_eq!(bit(c.high), b >= 0x80, "{why}");
                        assert_eq!(bit(lf), b == b'\n', "{why}");
                        assert_eq!(bit(any), b == b'\n' || b == b'\r', "{why}");
                        assert_eq!(bit(feeds), b == b'\n', "{why}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_block_near_the_end_is_classed_as_a_padded_copy() {
        let text: Vec<u8> = (0..150).map(|i| b"ab .-\t\xc3\xa9'&9\n"[i % 12]).collect();
        for len in 0..text.len() {
            let bytes = &text[..len];
            for at in 0..len {
                let mut padded = [0; BLOCK];
                let rest = &bytes[at..bytes.len().min(at + BLOCK)];
                padded[..rest.len()].copy_from_slice(rest);
                assert_eq!(
                    WordClasses::at(bytes, at),
                    WordClasses::of(&padded),
                    "{at} of {len}"
                );
                assert_eq!(breaks_at::<true>(bytes, at), breaks::<true>(&padded));
                assert_eq!(alnum_at(bytes, at), alnum(&padded), "{at} of {len}");
            }
        }
    }

    #[test]
    fn a_text_read_block_by_block_tells_its_other_control_bytes() {
        // Texts shorter than a block are padded, longer ones end on a block read again:
        // neither may bring in a control byte, nor leave one out.
        let text: Vec<u8> = (0..150)
            .map(|i| b"ab\x01.\r\n\t\x7f \xc3\xa9\0"[i % 12])
            .collect();
        let plain: Vec<u8> = text
            .iter()
            .map(|&b| if b == b'\n' { b } else { b'x' })
            .collect();
        for len in 0..text.len() {
            for at in 0..len {
                let (feeds, _) = feeds_and_others_at(&text[..len], at);
                assert_eq!(feeds, breaks_at::<false>(&text[..len], at), "{at} of {len}");
            }
            for bytes in [&text[..len], &plain[..len]] {
                let mut others = Others::default();
                for at in (0..len).step_by(BLOCK) {
                    others |= feeds_and_others_at(bytes, at).1;
                }
                let other = |&b: &u8| (b < 0x20 || b == 0x7f) && b != b'\n';
                assert_eq!(others.any(), bytes.iter().any(other), "{bytes:?}");
            }
        }
    }
}
