#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|bytes: &[u8]| {
    match newsprint::parse_bytes(bytes) {
        Ok(article) => check::invariants(std::str::from_utf8(bytes).unwrap(), &article),
        Err(newsprint::Error::InvalidUtf8 { valid_up_to }) => {
            assert!(std::str::from_utf8(&bytes[..valid_up_to]).is_ok());
        }
        Err(_) => {}
    }
});
