//! Who said what: one line per quotation, `speaker (cue): "quote"`.
//!
//! ```text
//! cargo run --release --example quotes FILE   # "-" for stdin; no FILE: the bundled sample
//! ```

use std::io::{Read, Write};
use std::process::ExitCode;

const SAMPLE: &str = include_str!("data/sample-article.txt");

fn main() -> ExitCode {
    let bytes = match std::env::args().nth(1).as_deref() {
        None => SAMPLE.as_bytes().to_vec(),
        Some("-") => {
            let mut b = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut b) {
                eprintln!("quotes: stdin: {e}");
                return ExitCode::FAILURE;
            }
            b
        }
        Some(path) => match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("quotes: {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let article = match newsprint::parse_bytes(&bytes) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("quotes: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout().lock();
    for q in &article.quotes {
        let speaker = q.speaker.as_ref().map_or("(unknown)", |s| &s.text);
        let refers = q
            .speaker
            .as_ref()
            .and_then(|s| s.refers_to.as_deref())
            .map(|r| format!(" [{r}]"))
            .unwrap_or_default();
        let cue = q.cue.as_ref().map_or("-", |c| &c.text);
        let text = q.text.split_whitespace().collect::<Vec<_>>().join(" ");
        match writeln!(out, "{speaker}{refers} ({cue}): \"{text}\"") {
            // the reader closed the pipe (`quotes FILE | head`): no more is wanted
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => break,
            Err(e) => {
                eprintln!("quotes: {e}");
                return ExitCode::FAILURE;
            }
            Ok(()) => {}
        }
    }
    ExitCode::SUCCESS
}
