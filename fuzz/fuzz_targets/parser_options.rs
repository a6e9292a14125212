#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

// The first line of the input configures the parser (a verb, an agency, a phrase and a
// size limit); the rest is the article.
fuzz_target!(|text: &str| {
    let (config, body) = text.split_once('\n').unwrap_or(("", text));
    let mut words = config.split('|');
    let mut parser = newsprint::Parser::new();
    if let Some(v) = words.next().filter(|v| !v.is_empty()) {
        parser = parser.speech_verb(v);
    }
    if let Some(a) = words.next().filter(|a| !a.is_empty()) {
        parser = parser.agency(a, "Fuzzed Agency");
    }
    if let Some(p) = words.next().filter(|p| !p.is_empty()) {
        parser = parser.boilerplate_phrase(p, newsprint::BoilerplateKind::Custom);
    }
    if let Some(n) = words.next().and_then(|n| n.parse::<usize>().ok()) {
        parser = parser.max_len(n);
    }
    match parser.parse(body) {
        Ok(article) => check::invariants(body, &article),
        Err(newsprint::Error::TooLarge { len, limit }) => assert!(len > limit),
        Err(_) => {}
    }
});
