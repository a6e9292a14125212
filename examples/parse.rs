//! Parse news articles and print them as JSON.
//!
//! ```text
//! cargo run --release --example parse              # the bundled sample article, pretty JSON
//! cargo run --release --example parse FILE         # a text file ("-" for stdin)
//! cargo run --release --example parse --jsonl FILE # JSON Lines with "id" and "text" (.gz too)
//! ```

use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

const SAMPLE: &str = include_str!("data/sample-article.txt");

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [] => print_article(SAMPLE.as_bytes()),
        [flag, path] if flag == "--jsonl" => jsonl(path),
        [path] if !path.starts_with("--") => read_input(path).and_then(|b| print_article(&b)),
        _ => Err("usage: parse [FILE | - | --jsonl FILE]".to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("parse: {message}");
            ExitCode::FAILURE
        }
    }
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
    println!("{json}");
    Ok(())
}

fn open_lines(path: &str) -> Result<Box<dyn BufRead>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
    Ok(if path.ends_with(".gz") {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    })
}

#[derive(serde::Deserialize)]
struct Row<'a> {
    #[serde(borrow)]
    id: Option<&'a serde_json::value::RawValue>,
    text: Option<std::borrow::Cow<'a, str>>,
}

/// One output line per input line, in order; a bad line is an error line, never a stop.
fn jsonl(path: &str) -> Result<(), String> {
    let input = open_lines(path)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for line in input.lines() {
        let line = line.map_err(|e| format!("{path}: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let record = match serde_json::from_str::<Row>(&line) {
            Ok(Row {
                id,
                text: Some(text),
            }) => {
                let id = id.map_or("null", |r| r.get());
                match newsprint::parse(&text) {
                    Ok(article) => format!(
                        "{{\"id\":{id},\"article\":{}}}",
                        serde_json::to_string(&article).map_err(|e| e.to_string())?
                    ),
                    Err(e) => error_line(id, e.kind(), &e.to_string()),
                }
            }
            Ok(Row { id, text: None }) => error_line(
                id.map_or("null", |r| r.get()),
                "no_text",
                "the line has no \"text\" string",
            ),
            Err(e) => error_line("null", "bad_json", &e.to_string()),
        };
        writeln!(out, "{record}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn error_line(id: &str, kind: &str, message: &str) -> String {
    let error = serde_json::json!({"kind": kind, "message": message});
    format!("{{\"id\":{id},\"error\":{error}}}")
}
