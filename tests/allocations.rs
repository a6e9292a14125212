//! Heap allocations per parsed article, counted by a global allocator in this test binary.
//! The target is at most 8 per article (`Vec`s for lines, blocks and the output lists).
//! With `NEWSPRINT_ALLOC_CORPUS` naming a JSON Lines file of real articles (plain text
//! lines with a "text" field), it also prints the figure over that corpus.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    /// Counted per thread: the test harness's own threads allocate while a test runs, and a
    /// shared count took theirs for the article's now and then. A `const` cell without a
    /// destructor, so that reading it inside the allocator allocates nothing.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    ALLOCATIONS.with(|n| n.set(n.get() + 1));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const MAX_PER_ARTICLE: usize = 8;

fn allocations_of(text: &str) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    let article = newsprint::parse(text).expect("parses");
    let after = ALLOCATIONS.with(Cell::get);
    drop(article);
    after - before
}

#[test]
fn few_allocations_per_article() {
    // the lexicons and word tables are built once per process, on first use: these reach
    // those of quotes, date stamps and datelines (a state, a month, an agency, a bare city)
    for warm_up in [
        "Warm up\n\nMarch 3, 2025 at 10:45\n\n\"The lexicons,\" she said on Monday, March 3.",
        "Warm up\n\nPORTLAND, Ore., Feb 26 (AP) - The tables.",
        "Warm up\n\nMADRID \u{2014} The tables.",
    ] {
        let _ = newsprint::parse(warm_up);
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut texts: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    texts.push((
        "sample".into(),
        include_str!("../examples/data/sample-article.txt").into(),
    ));
    for (name, text) in &texts {
        let n = allocations_of(text);
        assert!(n <= MAX_PER_ARTICLE, "{name}: {n} allocations");
    }
    if let Ok(path) = std::env::var("NEWSPRINT_ALLOC_CORPUS") {
        let corpus = std::fs::read_to_string(&path).unwrap();
        let (mut docs, mut total, mut worst) = (0usize, 0usize, 0usize);
        for line in corpus.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let Some(text) = v["text"].as_str() else {
                continue;
            };
            if text.trim().is_empty() {
                continue;
            }
            let n = allocations_of(text);
            docs += 1;
            total += n;
            worst = worst.max(n);
        }
        println!(
            "{path}: {docs} articles, {:.2} allocations per article on average, {worst} at most",
            total as f64 / docs.max(1) as f64
        );
        assert!(
            worst <= MAX_PER_ARTICLE,
            "{path}: {worst} allocations in one article"
        );
    }
}
