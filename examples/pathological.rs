//! Parses adversarial inputs at 1 MB and 8 MB and prints MB/s for each: a parse that is
//! linear in its input shows about the same MB/s at both sizes.
//!
//! ```text
//! cargo run --release --example pathological
//! ```
//! The last column is the 8 MB time over eight times the 1 MB time: near 1.0 is linear,
//! much above it is not.

use std::process::ExitCode;
use std::time::Instant;

#[path = "common/out.rs"]
mod out;

const MB: usize = 1 << 20;

/// Repeats `unit` until the text is at least `size` bytes.
fn repeat(unit: &str, size: usize) -> String {
    unit.repeat(size / unit.len() + 1)
}

/// A name and a function that makes an input of at least the given size.
type Case = (&'static str, Box<dyn Fn(usize) -> String>);

fn cases() -> Vec<Case> {
    vec![
        ("straight quotes", Box::new(|n| repeat("\"", n))),
        ("curly open quotes", Box::new(|n| repeat("“", n))),
        (
            "every quote mark",
            Box::new(|n| repeat("\"“”‘’'«»„``'' ", n)),
        ),
        (
            "no newline",
            Box::new(|n| repeat("word and more words, ", n)),
        ),
        (
            "newlines only",
            Box::new(|n| format!("x{}", repeat("\n", n))),
        ),
        ("one-word paragraphs", Box::new(|n| repeat("Word\n\n", n))),
        ("\"a,\" said", Box::new(|n| repeat("\"a,\" said ", n))),
        (
            "dateline capitals",
            Box::new(|n| repeat("WASHINGTON, D.C. (AP) -- NEW YORK ", n)),
        ),
        (
            "capitals per line",
            Box::new(|n| repeat("WASHINGTON, Feb 26 -\n", n)),
        ),
        (
            "CRLF lines",
            Box::new(|n| repeat("\"Quote,\" he said.\r\n", n)),
        ),
        (
            "lone CR lines",
            Box::new(|n| repeat("Body text here.\r", n)),
        ),
        (
            "BOM and NBSP",
            Box::new(|n| format!("\u{feff}{}", repeat("a\u{a0}b\u{200b}c\u{202e}d\t", n))),
        ),
        (
            "CJK, Arabic, emoji",
            Box::new(|n| repeat("新闻报道「引用」، قال 🙂 “好” ", n)),
        ),
        (
            "HTML remnants",
            Box::new(|n| repeat("<p>&quot;Hi,&quot; he said.</p>\n", n)),
        ),
        (
            "said with no quotes",
            Box::new(|n| repeat("he said that she said ", n)),
        ),
        (
            "wrapped wire copy",
            Box::new(|n| repeat("    TOKYO, March 3 - Prices rose\nin early trade.\n", n)),
        ),
        (
            "boilerplate lines",
            Box::new(|n| repeat("Read more\nAdvertisement\nf\n", n)),
        ),
    ]
}

fn seconds(text: &str) -> f64 {
    let start = Instant::now();
    let article = newsprint::parse(std::hint::black_box(text));
    let secs = start.elapsed().as_secs_f64();
    std::hint::black_box(article.map(|a| a.paragraphs.len()).unwrap_or(0));
    secs
}

fn main() -> ExitCode {
    out::exit("pathological", run())
}

fn run() -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    let header = format_args!(
        "{:<22} {:>12} {:>12} {:>8}",
        "input", "1 MB: MB/s", "8 MB: MB/s", "8x/1x"
    );
    if !out::line(&mut stdout, header)? {
        return Ok(());
    }
    for (name, make) in cases() {
        let small = make(MB);
        let large = make(8 * MB);
        let _ = seconds(&small); // warm up the lexicons and caches
        let t1 = seconds(&small);
        let t8 = seconds(&large);
        let mbps = |len: usize, t: f64| len as f64 / 1e6 / t;
        let row = format_args!(
            "{name:<22} {:>12.1} {:>12.1} {:>8.2}",
            mbps(small.len(), t1),
            mbps(large.len(), t8),
            t8 / (8.0 * t1) * (small.len() as f64 * 8.0 / large.len() as f64)
        );
        if !out::line(&mut stdout, row)? {
            return Ok(());
        }
    }
    Ok(())
}
