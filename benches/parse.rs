//! Parse throughput in bytes per second: the whole parse on the bundled samples and, when
//! `NEWSPRINT_BENCH_CORPUS` names a JSON Lines file (gzip or plain, one `{"text": ...}` per
//! line), on real text. With `--features stages`, each stage of the grammar on its own.
//!
//! ```text
//! cargo bench --bench parse
//! NEWSPRINT_BENCH_CORPUS=../shared/corpora/polnear.dev.jsonl.gz cargo bench --features stages --bench parse
//! ```

use std::io::{BufRead, BufReader, Read};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SAMPLES: &[(&str, &str)] = &[
    (
        "sample-article",
        include_str!("../examples/data/sample-article.txt"),
    ),
    ("ap-style", include_str!("../tests/fixtures/ap-style.txt")),
    ("wire-1987", include_str!("../tests/fixtures/wire-1987.txt")),
    (
        "scraped-online",
        include_str!("../tests/fixtures/scraped-online.txt"),
    ),
];

/// The texts of a JSON Lines corpus.
fn corpus_texts(path: &str) -> Vec<String> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let reader: Box<dyn Read> = if path.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    BufReader::new(reader)
        .lines()
        .map_while(Result::ok)
        .filter_map(|line| {
            let v: serde_json::Value = serde_json::from_str(&line).ok()?;
            v.get("text")?.as_str().map(str::to_owned)
        })
        .collect()
}

fn inputs() -> Vec<(String, Vec<String>)> {
    let mut sets: Vec<(String, Vec<String>)> = SAMPLES
        .iter()
        .map(|(name, text)| (name.to_string(), vec![text.to_string()]))
        .collect();
    if let Ok(path) = std::env::var("NEWSPRINT_BENCH_CORPUS") {
        let name = std::path::Path::new(&path)
            .file_name()
            .map_or("corpus".into(), |n| n.to_string_lossy().into_owned());
        sets.push((name, corpus_texts(&path)));
    }
    sets
}

fn bytes(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

fn whole_parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    for (name, texts) in inputs() {
        group.throughput(Throughput::Bytes(bytes(&texts)));
        group.bench_function(&name, |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| {
                        newsprint::parse(std::hint::black_box(t)).map_or(0, |a| a.paragraphs.len())
                    })
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

#[cfg(feature = "stages")]
fn stages(c: &mut Criterion) {
    use newsprint::stages;
    let parser = newsprint::Parser::new();
    for (name, texts) in inputs() {
        let mut group = c.benchmark_group(format!("stages/{name}"));
        group.throughput(Throughput::Bytes(bytes(&texts)));
        let blocks: Vec<_> = texts.iter().map(|t| stages::paragraphs(t)).collect();
        group.bench_function("lines", |b| {
            b.iter(|| texts.iter().map(|t| stages::lines(t)).sum::<usize>())
        });
        group.bench_function("paragraphs", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| stages::paragraphs(t).len())
                    .sum::<usize>()
            })
        });
        group.bench_function("dateline", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .zip(&blocks)
                    .map(|(t, bl)| stages::datelines(t, &bl[..bl.len().min(3)]))
                    .sum::<usize>()
            })
        });
        group.bench_function("boilerplate", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .zip(&blocks)
                    .map(|(t, bl)| stages::boilerplate(t, bl, &parser))
                    .sum::<usize>()
            })
        });
        group.bench_function("quotes", |b| {
            b.iter(|| {
                texts
                    .iter()
                    .zip(&blocks)
                    .map(|(t, bl)| stages::quotes(t, bl, &parser))
                    .sum::<usize>()
            })
        });
        group.finish();
    }
}

#[cfg(not(feature = "stages"))]
fn stages(_: &mut Criterion) {}

criterion_group!(benches, whole_parse, stages);
criterion_main!(benches);
