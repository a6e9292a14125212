//! JSON Lines in and out, shared by the `parse --jsonl` and `corpus` examples so that both
//! write the same records.

use std::io::{BufRead, BufReader, Read};

/// The input file's lines (plain or gzip) and its size on disk.
pub fn open(path: &str) -> std::io::Result<(Box<dyn BufRead + Send>, u64)> {
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    let reader: Box<dyn Read + Send> = if path.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    Ok((Box::new(BufReader::with_capacity(1 << 20, reader)), size))
}

#[derive(serde::Deserialize)]
struct Row<'a> {
    #[serde(borrow)]
    id: Option<&'a serde_json::value::RawValue>,
    text: Option<std::borrow::Cow<'a, str>>,
}

/// Whether an input line holds nothing but white space (as `str::trim` tells it), and is
/// skipped. Told from its bytes up to the first that is no ASCII white space: only a line
/// that goes on past it with bytes above ASCII is decoded.
pub fn is_blank(line: &[u8]) -> bool {
    let blank = |b: &u8| b.is_ascii() && char::from(*b).is_whitespace();
    match line.iter().position(|b| !blank(b)) {
        None => true,
        Some(i) if line[i].is_ascii() => false,
        Some(i) => std::str::from_utf8(&line[i..]).is_ok_and(|rest| rest.trim().is_empty()),
    }
}

/// Parses one input line (its `\n` or `\r\n` included or not) into its output line,
/// `{"id", "article"}` or `{"id", "error"}`, and whether it parsed. `seen` is shown each
/// article; with `write` false the article's JSON is not built and the output line is
/// empty. The line is bytes: one that is not UTF-8 anywhere is bad JSON, reported in its
/// own error line, where reading it as a `String` stopped the whole run.
pub fn record(
    line: &[u8],
    write: bool,
    seen: impl FnOnce(&newsprint::Article<'_>),
) -> (String, bool) {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let line = match std::str::from_utf8(line) {
        Ok(line) => line,
        Err(bad) => {
            let message = format!("the line is not UTF-8 (byte {})", bad.valid_up_to() + 1);
            return (error_line("null", "bad_json", &message), false);
        }
    };
    let row = match serde_json::from_str::<Row>(line) {
        Ok(row) => row,
        Err(e) => return (error_line("null", "bad_json", &e.to_string()), false),
    };
    let id = row.id.map_or("null", |r| r.get());
    let Some(text) = row.text else {
        return (
            error_line(id, "no_text", "the line has no \"text\" string"),
            false,
        );
    };
    match newsprint::parse(&text) {
        Ok(article) => {
            seen(&article);
            let out = if write {
                article_line(id, &article, text.len())
            } else {
                String::new()
            };
            (out, true)
        }
        Err(e) => (error_line(id, e.kind(), &e.to_string()), false),
    }
}

/// The output line of an article, written into one buffer made large enough at once for
/// most, where `to_string` grew its buffer from empty and `format!` copied it into another.
/// Sized by the article's text, not its input line, whose other fields (a page's HTML, gold
/// labels) may be many times larger: the JSON of an article runs to about twice its text
/// (2.1 times on polnear and Reuters at the median, 3.4 at the 90th percentile of Reuters,
/// whose short texts carry long lists of spans).
fn article_line(id: &str, article: &newsprint::Article<'_>, text_len: usize) -> String {
    let mut out = Vec::with_capacity(3 * text_len + id.len() + 64);
    out.extend_from_slice(b"{\"id\":");
    out.extend_from_slice(id.as_bytes());
    out.extend_from_slice(b",\"article\":");
    if let Err(e) = serde_json::to_writer(&mut out, article) {
        return error_line(id, "serialize", &e.to_string());
    }
    out.push(b'}');
    // serde_json writes UTF-8, and the id is a slice of the UTF-8 input line
    String::from_utf8(out).unwrap_or_default()
}

fn error_line(id: &str, kind: &str, message: &str) -> String {
    let error = serde_json::json!({"kind": kind, "message": message});
    format!("{{\"id\":{id},\"error\":{error}}}")
}
