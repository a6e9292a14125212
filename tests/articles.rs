//! Whole articles, written for these tests, parsed end to end.

mod common;

use newsprint::{BoilerplateKind, Error, ParagraphKind, Position};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn kinds(article: &newsprint::Article<'_>) -> Vec<(BoilerplateKind, Position)> {
    article
        .boilerplate
        .iter()
        .map(|b| (b.kind, b.position))
        .collect()
}

#[test]
fn ap_style_article_with_byline_and_inline_ad() {
    let text = fixture("ap-style.txt");
    let a = newsprint::parse(&text).unwrap();
    common::assert_invariants(&text, &a);
    assert_eq!(
        a.headline.as_ref().unwrap().text,
        "Wildfire Forces Evacuation of Mountain Town"
    );
    let by = a.byline.as_ref().unwrap();
    assert_eq!(by.name.as_deref(), Some("Jane Q. Reporter"));
    assert_eq!(by.organization.as_deref(), Some("Associated Press"));
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "BOULDER CREEK, Calif. (AP) —");
    assert_eq!(d.city.as_deref(), Some("BOULDER CREEK"));
    assert_eq!(d.state.as_deref(), Some("California"));
    assert_eq!(d.agency_name.as_deref(), Some("Associated Press"));
    assert!(a.paragraphs[0].text.starts_with("A fast-moving wildfire"));
    assert_eq!(a.paragraphs.len(), 5);
    assert_eq!(
        kinds(&a),
        [
            (BoilerplateKind::Share, Position::Before),
            (BoilerplateKind::Ad, Position::Inside),
            (BoilerplateKind::Copyright, Position::After),
        ]
    );
    let first = &a.quotes[0];
    assert_eq!(first.text, "We had maybe twenty minutes to get out,");
    assert_eq!(first.speaker.as_ref().unwrap().text, "Tom Alvarez");
    assert_eq!(first.cue.as_ref().unwrap().text, "said");
    assert_eq!(a.quotes.len(), 3);
}

#[test]
fn hard_wrapped_wire_copy_with_indented_paragraphs() {
    let text = fixture("wire-1987.txt");
    let a = newsprint::parse(&text).unwrap();
    common::assert_invariants(&text, &a);
    let d = a.dateline.as_ref().unwrap();
    assert_eq!(d.text, "KANSAS CITY, Mo., March 4 -");
    assert_eq!((d.month, d.day), (Some(3), Some(4)));
    assert_eq!(a.paragraphs.len(), 3);
    assert!(
        a.paragraphs[0].text.contains("sales\nof wheat"),
        "a paragraph spans its wrapped lines"
    );
    assert_eq!(kinds(&a), [(BoilerplateKind::Signoff, Position::After)]);
    assert_eq!(a.quotes[0].speaker.as_ref().unwrap().text, "one trader");
}

#[test]
fn scraped_one_line_per_paragraph_with_subheading() {
    let text = fixture("scraped-online.txt");
    let a = newsprint::parse(&text).unwrap();
    common::assert_invariants(&text, &a);
    assert!(a.dateline.is_none());
    let sub: Vec<_> = a
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Subheading)
        .map(|p| &*p.text)
        .collect();
    assert_eq!(sub, ["WHAT COMES NEXT"]);
    assert_eq!(a.paragraphs.len(), 6);
    assert_eq!(
        kinds(&a),
        [
            (BoilerplateKind::Timestamp, Position::Before),
            (BoilerplateKind::Promo, Position::After),
            (BoilerplateKind::Credit, Position::After),
        ]
    );
    let partial = a
        .quotes
        .iter()
        .find(|q| q.text == "a long-overdue fix.")
        .unwrap();
    assert_eq!(partial.cue.as_ref().unwrap().text, "called");
}

#[test]
fn a_web_page_ends_with_notes_topic_tags_and_buttons() {
    let text = fixture("web-page-tail.txt");
    let a = newsprint::parse(&text).unwrap();
    common::assert_invariants(&text, &a);
    let by = a.byline.as_ref().unwrap();
    assert_eq!(by.name.as_deref(), Some("ANA SILVA"));
    assert_eq!(by.organization.as_deref(), Some("Associated Press"));
    assert_eq!(a.paragraphs.len(), 4);
    assert!(a.paragraphs.iter().all(|p| p.kind == ParagraphKind::Text));
    let after = |kind| (kind, Position::After);
    assert_eq!(
        kinds(&a),
        [
            after(BoilerplateKind::Credit),
            after(BoilerplateKind::Credit),
            after(BoilerplateKind::Navigation),
            after(BoilerplateKind::Navigation),
            after(BoilerplateKind::Navigation),
            after(BoilerplateKind::Share),
            after(BoilerplateKind::Notice),
        ]
    );
}

#[test]
fn an_agency_story_ends_with_its_notes_and_desk_initials() {
    let text = "Senate Panel Backs Drug Price Cap\n\n\
                WASHINGTON (AP) \u{2014} A Senate committee on Thursday advanced a bill to cap what insurers charge for insulin.\n\n\
                The vote drew support from four Republicans, the committee said.\n\n\
                ___\n\n\
                Ortiz reported from New York.\n\n\
                jmr/ab/tc\n";
    let a = newsprint::parse(text).unwrap();
    common::assert_invariants(text, &a);
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(
        kinds(&a),
        [
            (BoilerplateKind::Fragment, Position::After),
            (BoilerplateKind::Credit, Position::After),
            (BoilerplateKind::Signoff, Position::After),
        ]
    );
}

#[test]
fn an_agency_line_under_another_line_under_the_byline_is_left_alone() {
    let text = "Judge Blocks Law\n\nBy JANE DOE\nUpdated 3:45 PM EST, March 5, 2024\n\
                Associated Press\n\nATLANTA (AP) \u{2014} A judge ruled on Friday.\n";
    let a = newsprint::parse(text).unwrap();
    common::assert_invariants(text, &a);
    assert_eq!(a.byline.as_ref().unwrap().organization, None);
}

#[test]
fn a_storys_own_short_lines_before_the_page_buttons_stay_the_storys() {
    let page = fixture("web-page-tail.txt");
    let body_end = page.find("\nEditor's note").unwrap();
    let story = &page[..body_end];
    // its last line without a full stop, then a list of its own, then a share button
    for tail in [
        "\nThe lanes open in the spring\nShare\n",
        "\nWhere the new lanes will go:\nMain Street\nOak Avenue\nShare\n",
    ] {
        let text = format!("{}{tail}", story.trim_end_matches("."));
        let a = newsprint::parse(&text).unwrap();
        common::assert_invariants(&text, &a);
        assert_eq!(
            kinds(&a),
            [(BoilerplateKind::Share, Position::After)],
            "{tail}"
        );
    }
}

#[test]
fn a_label_over_a_list_of_links_is_one_navigation_block() {
    let text = "Mayor Opens New Library\n\n\
                The mayor opened the new library on Saturday.\n\n\
                More than 500 people came to the opening, the library said.\n\n\
                More from Example News:\nMan charged in downtown shooting\nRoad closures planned for the weekend\n";
    let a = newsprint::parse(text).unwrap();
    common::assert_invariants(text, &a);
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(kinds(&a), [(BoilerplateKind::Navigation, Position::After)]);
    // a sentence under a short label is the story's
    let text = text.replace(
        "Road closures planned for the weekend",
        "The road was closed.",
    );
    assert_eq!(newsprint::parse(&text).unwrap().paragraphs.len(), 3);
}

#[test]
fn multi_paragraph_quote_is_linked_parts_with_one_speaker() {
    let text = fixture("multi-paragraph-quote.txt");
    let a = newsprint::parse(&text).unwrap();
    common::assert_invariants(&text, &a);
    let texts: Vec<_> = a.quotes.iter().map(|q| &*q.text).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(
        !a.quotes[1].closed,
        "the part before the paragraph break has no closing mark"
    );
    assert!(
        a.quotes[2].continued,
        "the next paragraph's part continues it"
    );
    for q in &a.quotes {
        assert_eq!(q.speaker.as_ref().unwrap().text, "she");
    }
}

#[test]
fn brief_with_only_a_headline() {
    let text = "STOCKS CLOSE HIGHER ON RATE HOPES\n";
    let a = newsprint::parse(text).unwrap();
    common::assert_invariants(text, &a);
    assert_eq!(
        a.headline.unwrap().text,
        "STOCKS CLOSE HIGHER ON RATE HOPES"
    );
    assert!(a.dateline.is_none() && a.paragraphs.is_empty());
}

#[test]
fn not_text_is_a_typed_error() {
    assert_eq!(newsprint::parse(""), Err(Error::Empty));
    assert_eq!(newsprint::parse("  \n\t "), Err(Error::Empty));
    assert_eq!(newsprint::parse("ab\0c"), Err(Error::NotText { offset: 2 }));
    assert_eq!(
        newsprint::parse_bytes(b"Headline\n\nBody \xe2\x28 text"),
        Err(Error::InvalidUtf8 { valid_up_to: 15 })
    );
    let limited = newsprint::Parser::new().max_len(10);
    assert_eq!(
        limited.parse("Headline\n\nA body that is too long."),
        Err(Error::TooLarge { len: 34, limit: 10 })
    );
}

#[test]
fn words_and_sentences_on_demand() {
    let text = fixture("ap-style.txt");
    let a = newsprint::parse(&text).unwrap();
    let p = &a.paragraphs[2];
    let sentences: Vec<_> = p.sentences().collect();
    assert_eq!(sentences.len(), 3);
    for s in &sentences {
        assert_eq!(&text[s.span.range()], s.text);
    }
    assert_eq!(p.words().next(), Some("Fire"));
}

#[test]
fn crlf_and_bom_inputs_parse_the_same() {
    let text = fixture("ap-style.txt");
    let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let a = newsprint::parse(&crlf).unwrap();
    common::assert_invariants(&crlf, &a);
    assert_eq!(
        a.dateline.as_ref().unwrap().text,
        "BOULDER CREEK, Calif. (AP) —"
    );
    assert_eq!(a.paragraphs.len(), 5);
}

/// Found by fuzzing `parse_bytes`: a dateline alone on a later line (after a caption) must
/// end the paragraph above it, or that paragraph's span runs over the dateline.
#[test]
fn regression_dateline_filling_a_later_line() {
    let text = "Mayors\n(h.(\x0c\x0c\x0c\n\x0cGRAI(AP)\ne trA E\x0c\x0c\x0c=\x0c/\x0c((\x0c(\x0c";
    let a = newsprint::parse(text).unwrap();
    common::assert_invariants(text, &a);
    let readable =
        "Harbor Reopens\n\nA crane unloads.\n    LISBON (AP) -\nShips waited for hours.\n";
    let a = newsprint::parse(readable).unwrap();
    common::assert_invariants(readable, &a);
}

#[test]
fn own_speech_verbs_in_any_script() {
    let text =
        "Storm Nears\n\nThe mayor spoke at noon. \"Leave now,\" warnte Jana Dorn, the mayor.\n";
    assert!(newsprint::parse(text).unwrap().quotes[0].cue.is_none());
    for (verb, text, cue) in [
        ("Warnte", text, "warnte"),
        (
            "DÉCLARA",
            "Storm Nears\n\n\"Leave now,\" déclara Jana Dorn.\n",
            "déclara",
        ),
    ] {
        let a = newsprint::Parser::new()
            .speech_verb(verb)
            .parse(text)
            .unwrap();
        let q = &a.quotes[0];
        assert_eq!(q.cue.as_ref().map(|c| c.text.as_ref()), Some(cue));
        assert_eq!(
            q.speaker.as_ref().map(|s| s.text.as_ref()),
            Some("Jana Dorn")
        );
    }
}

#[test]
fn a_colon_dateline_opens_a_web_story_but_no_transcript_or_site_headline() {
    let story = "Panel summons power minister\n\nISLAMABAD: The Senate panel on Monday summoned the minister.\n\nThe hearing is next week.\n";
    let a = newsprint::parse(story).unwrap();
    common::assert_invariants(story, &a);
    let d = a.dateline.as_ref().expect("a dateline");
    assert_eq!(
        (d.text.as_ref(), d.city.as_deref()),
        ("ISLAMABAD:", Some("ISLAMABAD"))
    );
    assert!(a.paragraphs[0].text.starts_with("The Senate panel"));
    // a transcript's turns, and a site that writes its place before the headline's words
    for text in [
        "Interview transcript\n\nWALLACE: Welcome back, Governor.\n\nPENCE: Thank you, Chris.\n",
        "Woman held in shooting\n\nPERRIS: Woman held in shooting, police say Share Pin It\n\nA man was shot near Perris.\n",
    ] {
        let a = newsprint::parse(text).unwrap();
        common::assert_invariants(text, &a);
        assert!(a.dateline.is_none(), "{text}");
    }
}

#[test]
fn a_pages_labels_over_the_headline_are_its_furniture() {
    for (text, headline, labels) in [
        (
            "OPINION\n\nWhy the city needs a new plan for its buses\n\nThe city has a bus problem. It is getting worse.\n",
            "Why the city needs a new plan for its buses",
            &[(BoilerplateKind::Title, "OPINION")][..],
        ),
        (
            "Home / World / Asia\n\nFloods displace thousands in the delta\n\nHeavy rain has displaced thousands, officials said.\n",
            "Floods displace thousands in the delta",
            &[(BoilerplateKind::Navigation, "Home / World / Asia")][..],
        ),
        (
            "Home › Politics\n\nFloods displace thousands in the delta\n\nHeavy rain has displaced thousands, officials said.\n",
            "Floods displace thousands in the delta",
            &[(BoilerplateKind::Navigation, "Home › Politics")][..],
        ),
        (
            "Menu\n\nPrint this page\n\nCouncil approves new park\n\nThe council voted on Monday.\n",
            "Council approves new park",
            &[
                (BoilerplateKind::Navigation, "Menu"),
                (BoilerplateKind::Navigation, "Print this page"),
            ][..],
        ),
        (
            "Local News\n\nMan charged after robbery\n\nTOLEDO — A man was charged on Monday.\n",
            "Man charged after robbery",
            &[(BoilerplateKind::Navigation, "Local News")][..],
        ),
        (
            "AM-Budget-Senate,0412\n\nSenate Passes Budget Plan\n\n   WASHINGTON (AP) _ The Senate passed the plan on Tuesday.\n",
            "Senate Passes Budget Plan",
            &[(BoilerplateKind::Credit, "AM-Budget-Senate,0412")][..],
        ),
    ] {
        let a = newsprint::parse(text).unwrap();
        common::assert_invariants(text, &a);
        assert_eq!(
            a.headline.as_ref().map(|h| h.text.as_ref()),
            Some(headline),
            "{text}"
        );
        let found: Vec<_> = a
            .boilerplate
            .iter()
            .map(|b| (b.kind, b.text.as_ref()))
            .collect();
        assert_eq!(found, labels, "{text}");
    }
    // over no title the label is the headline; a wire's slug alone over the story is its
    // title; a title and its site's name after a bar are a headline
    for (text, headline) in [
        (
            "OPINION\n\nThe city has a bus problem. It is getting worse.\n\nMore.\n",
            "OPINION",
        ),
        (
            "BC-WORLD-HIGHLIGHTS\n\n    WASHINGTON, March 3 - The Senate passed the plan.\n",
            "BC-WORLD-HIGHLIGHTS",
        ),
        (
            "Storm Hits Coast | WSOC-TV\n\nThousands lose power\n\nThe storm hit the coast on Monday.\n",
            "Storm Hits Coast | WSOC-TV",
        ),
        (
            "Home Sales Surge | CNBC\n\nPrices rose for a sixth month\n\nSales rose.\n",
            "Home Sales Surge | CNBC",
        ),
        (
            "AP-GfK Poll: Voters see Sanders as electable\n\nAnd Clinton as trustworthy\n\nVoters said so.\n",
            "AP-GfK Poll: Voters see Sanders as electable",
        ),
        (
            "Storm Hits Coast | Local News | WSOC-TV\n\nThousands lose power\n\nThe storm hit.\n",
            "Storm Hits Coast | Local News | WSOC-TV",
        ),
    ] {
        let a = newsprint::parse(text).unwrap();
        assert_eq!(
            a.headline.as_ref().map(|h| h.text.as_ref()),
            Some(headline),
            "{text}"
        );
    }
}
