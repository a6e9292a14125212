#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|text: &str| {
    if let Ok(article) = newsprint::parse(text) {
        check::invariants(text, &article);
    }
});
