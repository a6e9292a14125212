//! Streams a JSON Lines corpus (plain or gzip) of any size through `newsprint::parse` on all
//! cores, writes the `parse --jsonl` output, and prints a summary. Memory stays flat: lines
//! are read, parsed and written in batches.
//!
//! ```text
//! cargo run --release --example corpus -- INPUT.jsonl[.gz] [OUTPUT.jsonl]
//! ```
//! Without OUTPUT the articles are parsed and counted but not written. A progress bar shows
//! on a terminal (on standard error).

use std::collections::HashMap;
use std::io::{BufRead, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use newsprint::BoilerplateKind;
use rayon::prelude::*;

#[path = "common/jsonl.rs"]
mod jsonl;

/// A batch ends at this many lines, or at `BATCH_BYTES` of them, whichever comes first:
/// lines that carry a page's HTML beside its text run to megabytes each, and 4,096 of them
/// would be gigabytes in flight.
const BATCH: usize = 4096;
const BATCH_BYTES: usize = 16 << 20;

#[derive(Default)]
struct Summary {
    articles: u64,
    bytes: u64,
    errors: u64,
    datelines: u64,
    quotes: u64,
    attributed: u64,
    boilerplate: HashMap<BoilerplateKind, u64>,
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
fn process(line: &[u8], write: bool) -> (String, Summary) {
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
            *s.boilerplate.entry(b.kind).or_default() += 1;
        }
    });
    s.errors += !parsed as u64;
    (out, s)
}

/// The name a kind has in the JSON output (`"navigation"`).
fn kind_name(kind: BoilerplateKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|k| k.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{kind:?}"))
}

/// Reads batches of non-blank lines on a thread of its own and hands them over: reading (and
/// gunzipping) runs while the batch before is parsed. Two batches wait at most, each of
/// `BATCH` lines or `BATCH_BYTES` at most (or one line longer than that), so memory stays
/// flat.
fn read_batches(
    mut reader: Box<dyn BufRead + Send>,
) -> (Receiver<Vec<Vec<u8>>>, JoinHandle<std::io::Result<()>>) {
    let (send, batches) = sync_channel::<Vec<Vec<u8>>>(2);
    let reading = std::thread::spawn(move || {
        loop {
            let mut batch = Vec::with_capacity(BATCH);
            let mut bytes = 0;
            // whether the input ended, or the error that ended it
            let mut ended = Ok(false);
            while batch.len() < BATCH && bytes < BATCH_BYTES {
                let mut line = Vec::new();
                match reader.read_until(b'\n', &mut line) {
                    Ok(0) => ended = Ok(true),
                    Ok(_) if jsonl::is_blank(&line) => continue,
                    Ok(n) => {
                        bytes += n;
                        batch.push(line);
                        continue;
                    }
                    Err(e) => ended = Err(e),
                }
                break;
            }
            // the lines read before an error are parsed and written, as `parse --jsonl`
            // writes them, and the error is told after them
            if !batch.is_empty() && send.send(batch).is_err() {
                return Ok(()); // the parsing side stopped
            }
            if ended? {
                return Ok(());
            }
        }
    });
    (batches, reading)
}

/// Writes the output lines of each batch on a thread of its own, in order, while the next
/// batch is parsed.
fn write_batches(
    mut out: Box<dyn Write + Send>,
) -> (SyncSender<Vec<String>>, JoinHandle<std::io::Result<()>>) {
    let (send, batches) = sync_channel::<Vec<String>>(2);
    let writing = std::thread::spawn(move || {
        for batch in batches {
            for line in batch {
                out.write_all(line.as_bytes())?;
                out.write_all(b"\n")?;
            }
        }
        out.flush()
    });
    (send, writing)
}

fn run(input: &str, output: Option<&str>) -> std::io::Result<Summary> {
    let (reader, size) = jsonl::open(input)?;
    let writer = match output {
        Some(p) => Some(write_batches(Box::new(BufWriter::with_capacity(
            1 << 20,
            std::fs::File::create(p)?,
        )))),
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
    let (batches, reading) = read_batches(reader);
    let mut summary = Summary::default();
    let write = writer.is_some();
    for batch in batches {
        let (lines, parts): (Vec<String>, Vec<Summary>) =
            batch.par_iter().map(|l| process(l, write)).unzip();
        if let Some((send, _)) = &writer
            && send.send(lines).is_err()
        {
            break; // the writer failed: its error is reported below
        }
        for s in parts {
            summary.add(s);
        }
        if !input.ends_with(".gz") {
            bar.set_position(summary.bytes);
        }
        bar.set_message(format!("{} articles", summary.articles));
    }
    let read = reading
        .join()
        .unwrap_or_else(|_| Err(std::io::Error::other("reader panicked")));
    if let Some((send, writing)) = writer {
        drop(send);
        writing
            .join()
            .unwrap_or_else(|_| Err(std::io::Error::other("writer panicked")))?;
    }
    read?;
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
    let report = report(&s, start.elapsed().as_secs_f64());
    // a reader that closed the pipe (`corpus ... | head -1`) wanted no more: no panic
    match std::io::stdout().lock().write_all(report.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("corpus: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

/// The summary printed at the end.
fn report(s: &Summary, secs: f64) -> String {
    let mut kinds: Vec<(String, u64)> = s
        .boilerplate
        .iter()
        .map(|(&k, &v)| (kind_name(k), v))
        .collect();
    kinds.sort();
    let mut kinds: Vec<String> = kinds.iter().map(|(k, v)| format!("{k} {v}")).collect();
    if kinds.is_empty() {
        kinds.push("none".to_string());
    }
    let mb = s.bytes as f64 / 1e6;
    [
        format!("articles      {}", s.articles),
        format!(
            "input         {mb:.1} MB of JSON Lines in {secs:.2} s: {:.1} MB/s on {} threads",
            mb / secs,
            rayon::current_num_threads()
        ),
        format!("errors        {}", s.errors),
        format!("datelines     {}", s.datelines),
        format!(
            "quotes        {} ({} with a speaker, {} without)",
            s.quotes,
            s.attributed,
            s.quotes - s.attributed
        ),
        format!("boilerplate   {}", kinds.join(", ")),
        match peak_memory_kb() {
            Some(kb) => format!("peak memory   {:.1} MB resident\n", kb as f64 / 1e3),
            None => "peak memory   unknown (no /proc/self/status)\n".to_string(),
        },
    ]
    .join("\n")
}

/// The process's peak resident memory in kB, as Linux reports it (`VmHWM`), so that a run
/// tells its memory without `/usr/bin/time`.
fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
