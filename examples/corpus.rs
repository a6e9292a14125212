//! Streams a JSON Lines corpus (plain or gzip) of any size through `newsprint::parse` on all
//! cores, writes the `parse --jsonl` output, and prints a summary. Memory stays flat: lines
//! are read, parsed and written in batches.
//!
//! ```text
//! cargo run --release --example corpus -- INPUT.jsonl[.gz] [OUTPUT.jsonl]
//! ```
//! Without OUTPUT the articles are parsed and counted but not written. A progress bar shows
//! on a terminal (on standard error).

use std::collections::BTreeMap;
use std::io::{BufRead, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

#[path = "common/jsonl.rs"]
mod jsonl;

const BATCH: usize = 4096;

#[derive(Default)]
struct Summary {
    articles: u64,
    bytes: u64,
    errors: u64,
    datelines: u64,
    quotes: u64,
    attributed: u64,
    boilerplate: BTreeMap<String, u64>,
}

impl Summary {
    fn add(&mut self, other: Summary) {
        self.articles += other.articles;
        self.bytes += other.bytes;
        self.errors += other.errors;
        self.datelines += other.datelines;
        self.quotes += other.quotes;
        self.attributed += other.attributed;
        for (k, v) in other.boilerplate {
            *self.boilerplate.entry(k).or_default() += v;
        }
    }
}

/// Parses one input line: the output line and what it adds to the summary.
fn process(line: &str, write: bool) -> (String, Summary) {
    let mut s = Summary {
        articles: 1,
        bytes: line.len() as u64,
        ..Summary::default()
    };
    let (out, parsed) = jsonl::record(line, write, |a| {
        s.datelines += a.dateline.is_some() as u64;
        s.quotes += a.quotes.len() as u64;
        s.attributed += a.quotes.iter().filter(|q| q.speaker.is_some()).count() as u64;
        for b in &a.boilerplate {
            let kind = serde_json::to_value(b.kind).ok();
            let kind = kind.as_ref().and_then(|k| k.as_str()).unwrap_or("?");
            *s.boilerplate.entry(kind.to_string()).or_default() += 1;
        }
    });
    s.errors += !parsed as u64;
    (out, s)
}

fn run(input: &str, output: Option<&str>) -> std::io::Result<Summary> {
    let (mut reader, size) = jsonl::open(input)?;
    let mut out: Option<Box<dyn Write>> = match output {
        Some(p) => Some(Box::new(BufWriter::with_capacity(
            1 << 20,
            std::fs::File::create(p)?,
        ))),
        None => None,
    };
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(size);
        bar.set_style(
            ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} of input {bytes_per_sec} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let mut summary = Summary::default();
    let mut batch: Vec<String> = Vec::with_capacity(BATCH);
    loop {
        batch.clear();
        for _ in 0..BATCH {
            let mut line = String::new();
            if reader.read_line(&mut line)? == 0 {
                break;
            }
            if !line.trim().is_empty() {
                batch.push(line);
            }
        }
        if batch.is_empty() {
            break;
        }
        let write = out.is_some();
        let results: Vec<(String, Summary)> = batch.par_iter().map(|l| process(l, write)).collect();
        for (line, s) in results {
            if let Some(w) = out.as_mut() {
                writeln!(w, "{line}")?;
            }
            summary.add(s);
        }
        if !input.ends_with(".gz") {
            bar.set_position(summary.bytes);
        }
        bar.set_message(format!("{} articles", summary.articles));
    }
    if let Some(w) = out.as_mut() {
        w.flush()?;
    }
    bar.finish_and_clear();
    Ok(summary)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, output) = match args.as_slice() {
        [i] => (i.as_str(), None),
        [i, o] => (i.as_str(), Some(o.as_str())),
        _ => {
            eprintln!("usage: corpus INPUT.jsonl[.gz] [OUTPUT.jsonl]");
            return ExitCode::FAILURE;
        }
    };
    let start = Instant::now();
    let s = match run(input, output) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("corpus: {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let secs = start.elapsed().as_secs_f64();
    println!("articles      {}", s.articles);
    println!(
        "input         {:.1} MB of JSON Lines in {secs:.2} s: {:.1} MB/s on {} threads",
        s.bytes as f64 / 1e6,
        s.bytes as f64 / 1e6 / secs,
        rayon::current_num_threads()
    );
    println!("errors        {}", s.errors);
    println!("datelines     {}", s.datelines);
    println!(
        "quotes        {} ({} with a speaker, {} without)",
        s.quotes,
        s.attributed,
        s.quotes - s.attributed
    );
    let kinds: Vec<String> = s
        .boilerplate
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    println!("boilerplate   {}", kinds.join(", "));
    ExitCode::SUCCESS
}
