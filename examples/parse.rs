//! Parse news articles and print them as JSON.
//!
//! ```text
//! cargo run --release --example parse              # the bundled sample article, pretty JSON
//! cargo run --release --example parse FILE         # a text file ("-" for stdin)
//! cargo run --release --example parse --jsonl FILE # JSON Lines with "id" and "text" (.gz too)
//! ```

use std::io::{BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

#[path = "common/jsonl.rs"]
mod jsonl;
#[path = "common/out.rs"]
mod out;

const SAMPLE: &str = include_str!("data/sample-article.txt");

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [] => print_article(SAMPLE.as_bytes()),
        [flag, path] if flag == "--jsonl" => jsonl(path),
        [path] if !path.starts_with("--") => read_input(path).and_then(|b| print_article(&b)),
        _ => Err("usage: parse [FILE | - | --jsonl FILE]".to_string()),
    };
    out::exit("parse", result)
}

fn read_input(path: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    }
    .map_err(|e| format!("{path}: {e}"))?;
    Ok(bytes)
}

fn print_article(bytes: &[u8]) -> Result<(), String> {
    let article = newsprint::parse_bytes(bytes).map_err(|e| e.to_string())?;
    let json = serde_json::to_string_pretty(&article).map_err(|e| e.to_string())?;
    out::line(&mut std::io::stdout().lock(), format_args!("{json}")).map(drop)
}

/// One output line per input line, in order; a bad line is an error line, never a stop.
fn jsonl(path: &str) -> Result<(), String> {
    let (input, _) = jsonl::open(path).map_err(|e| format!("{path}: {e}"))?;
    let stdout = std::io::stdout();
    let mut writer = BufWriter::new(stdout.lock());
    for line in input.split(b'\n') {
        let line = line.map_err(|e| format!("{path}: {e}"))?;
        if jsonl::is_blank(&line) {
            continue;
        }
        let (record, _) = jsonl::record(&line, true, |_| {});
        if !out::line(&mut writer, format_args!("{record}"))? {
            return Ok(());
        }
    }
    out::written(writer.flush()).map(drop)
}
