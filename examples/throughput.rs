//! Times `newsprint::parse` on one core over the texts of JSON Lines corpora (plain or
//! gzip): the figures of the README's speed section come from it.
//!
//! ```text
//! cargo run --release --example throughput -- FILE.jsonl[.gz] ...       # best of 5 passes
//! cargo run --release --example throughput -- --passes 9 FILE ...       # best of 9
//! cargo run --release --example throughput -- --count 2 FILE ...        # 2 passes, no timing
//! ```
//! Every text is read into memory first; a pass parses each text of a corpus once, and a
//! corpus's figure is its text bytes over its fastest pass. "mixed" is all the corpora's
//! bytes over the sum of their fastest passes. `--count` parses each corpus the given number
//! of times and prints nothing: for instruction counts under
//! `valgrind --tool=callgrind --toggle-collect='newsprint::parse'`, where two passes less
//! one is a pass with the tables built.

use std::io::BufRead;
use std::process::ExitCode;
use std::time::Instant;

#[path = "common/jsonl.rs"]
#[allow(dead_code)]
mod jsonl;
#[path = "common/out.rs"]
mod out;

#[derive(serde::Deserialize)]
struct Row {
    text: Option<String>,
}

/// The texts of a JSON Lines file. Lines without a text are skipped, and so are lines that
/// are no JSON (told on standard error): `parse --jsonl` gives them error lines.
fn load(path: &str) -> Result<Vec<String>, String> {
    let (reader, _) = jsonl::open(path).map_err(|e| format!("{path}: {e}"))?;
    let mut texts = Vec::new();
    let mut bad = 0;
    for line in reader.split(b'\n') {
        let line = line.map_err(|e| format!("{path}: {e}"))?;
        if jsonl::is_blank(&line) {
            continue;
        }
        match serde_json::from_slice::<Row>(&line) {
            Ok(row) => texts.extend(row.text),
            Err(_) => bad += 1,
        }
    }
    if bad > 0 {
        eprintln!("throughput: {path}: {bad} lines that are no JSON skipped");
    }
    Ok(texts)
}

/// Parses every text once; returns the paragraphs found, so that no parse is optimized away.
fn pass(texts: &[String]) -> usize {
    texts
        .iter()
        .filter_map(|t| newsprint::parse(t).ok())
        .map(|a| std::hint::black_box(&a).paragraphs.len())
        .sum()
}

/// The fastest of `passes` passes over `texts`, in seconds.
fn fastest(texts: &[String], passes: usize) -> f64 {
    (0..passes)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(pass(texts));
            start.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

enum Mode {
    Time(usize),
    Count(usize),
}

fn run(mode: Mode, paths: &[String]) -> Result<(), String> {
    let corpora = paths
        .iter()
        .map(|p| load(p).map(|texts| (p, texts)))
        .collect::<Result<Vec<_>, _>>()?;
    let passes = match mode {
        Mode::Count(n) => {
            for (_, texts) in &corpora {
                for _ in 0..n {
                    std::hint::black_box(pass(texts));
                }
            }
            return Ok(());
        }
        Mode::Time(n) => n,
    };
    let mut stdout = std::io::stdout().lock();
    let header = format_args!("{:<32} {:>8} {:>9} {:>8}", "corpus", "texts", "MB", "MB/s");
    if !out::line(&mut stdout, header)? {
        return Ok(());
    }
    let (mut bytes, mut seconds) = (0, 0.0);
    for (path, texts) in &corpora {
        let size: usize = texts.iter().map(String::len).sum();
        let best = fastest(texts, passes);
        let name = path.rsplit('/').next().unwrap_or(path);
        let row = format_args!(
            "{name:<32} {:>8} {:>9.2} {:>8.1}",
            texts.len(),
            size as f64 / 1e6,
            size as f64 / 1e6 / best
        );
        if !out::line(&mut stdout, row)? {
            return Ok(());
        }
        bytes += size;
        seconds += best;
    }
    if corpora.len() > 1 {
        let texts: usize = corpora.iter().map(|(_, t)| t.len()).sum();
        let mixed = format_args!(
            "{:<32} {texts:>8} {:>9.2} {:>8.1}",
            "mixed",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / seconds
        );
        out::line(&mut stdout, mixed)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |s: &str| s.parse::<usize>().ok().filter(|&n| n > 0);
    let parsed = match args.as_slice() {
        [flag, n, paths @ ..] if flag == "--passes" => number(n).map(|n| (Mode::Time(n), paths)),
        [flag, n, paths @ ..] if flag == "--count" => number(n).map(|n| (Mode::Count(n), paths)),
        paths => Some((Mode::Time(5), paths)),
    };
    let result = match parsed {
        Some((mode, paths)) if !paths.is_empty() && !paths[0].starts_with("--") => run(mode, paths),
        _ => Err("usage: throughput [--passes N | --count N] FILE.jsonl[.gz] ...".to_string()),
    };
    out::exit("throughput", result)
}
