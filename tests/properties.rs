//! Property tests: for any input, parse never panics, and every article it returns keeps
//! the invariants (spans in bounds and on character boundaries, text equal to its span,
//! lossless top-level blocks, quotes inside the headline or body, owned and JSON forms equal).

mod common;

use proptest::prelude::*;

/// Pieces of news text, so that generated inputs reach the grammar's rules and not only its
/// error paths.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("'".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("``".to_string()),
        Just(" -- ".to_string()),
        Just(" — ".to_string()),
        Just(" _ ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("    ".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("said".to_string()),
        Just(" he said. ".to_string()),
        Just("according to".to_string()),
        Just("WASHINGTON".to_string()),
        Just("(AP)".to_string()),
        Just("Calif.".to_string()),
        Just("Feb 26".to_string()),
        Just("By Jane Doe".to_string()),
        Just("Read more".to_string()),
        Just("Advertisement".to_string()),
        Just("©".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{200b}".to_string()),
        "[A-Za-z]{1,8}",
        "\\PC{1,4}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_keeps_the_invariants(input in "\\PC*") {
        if let Ok(article) = newsprint::parse(&input) {
            common::assert_invariants(&input, &article);
        }
    }

    #[test]
    fn newsy_strings_keep_the_invariants(input in newsy()) {
        if let Ok(article) = newsprint::parse(&input) {
            common::assert_invariants(&input, &article);
        }
    }

    #[test]
    fn any_bytes_parse_or_give_a_typed_error(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        match newsprint::parse_bytes(&bytes) {
            Ok(article) => common::assert_invariants(std::str::from_utf8(&bytes).unwrap(), &article),
            Err(newsprint::Error::InvalidUtf8 { valid_up_to }) => {
                prop_assert!(std::str::from_utf8(&bytes[..valid_up_to]).is_ok());
                prop_assert!(std::str::from_utf8(&bytes).is_err());
            }
            Err(_) => {}
        }
    }
}
