//! Ingest: turns input paths (files, directories, `-` for stdin) into [`Document`]s or ready-made
//! [`Extraction`]s, streaming one record at a time.
//!
//! Accepted inputs:
//! - `.txt` / `.md`: one article; the id is the file stem, the title the first Markdown heading (`.md`);
//! - `.jsonl`: one JSON object a line, either a document (`id`, `url`, `title`, `published`, `source`,
//!   `text`) or an extraction (the contract, recognised by its `entities` field);
//! - `.json`: one such object;
//! - directories, walked recursively in sorted order;
//! - `-`: standard input, read as JSON Lines when it starts with `{`, else as one text article.

use crate::error::{Error, Result};
use crate::model::{Document, Extraction};
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Largest single article accepted, in bytes (a guard against feeding a binary or a dump by mistake).
pub const MAX_ARTICLE_BYTES: u64 = 64 * 1024 * 1024;

/// Options for ingest.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Publication date (`YYYY-MM-DD`) for text inputs, which carry none of their own.
    pub published: Option<String>,
    /// Keep only the records of this shard (`--shard I/N`; see [`crate::shard`]).
    pub shard: Option<crate::shard::Shard>,
}

/// One ingested record.
#[derive(Debug, Clone)]
pub enum Record {
    /// A document still to be extracted.
    Document(Document),
    /// A ready-made extraction (bring your own extractor).
    Extraction(Box<Extraction>),
}

impl Record {
    /// The record's document id.
    pub fn id(&self) -> &str {
        match self {
            Record::Document(d) => &d.id,
            Record::Extraction(e) => &e.id,
        }
    }
}

/// An input source after expanding directories.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

/// Expands the inputs (directories recursively, sorted) into sources.
pub fn sources(inputs: &[PathBuf]) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let meta = fs::metadata(input).map_err(|e| Error::io(input, e))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(input, &mut files)?;
            files.sort();
            out.extend(files.into_iter().map(Source::File));
        } else {
            out.push(Source::File(input.clone()));
        }
    }
    Ok(out)
}

/// The file that marks a cache directory (https://bford.info/cachedir/).
pub const CACHEDIR_TAG: &str = "CACHEDIR.TAG";

/// What a cache directory tag starts with, and what newsgraph writes into its Wikidata cache.
pub const CACHEDIR_TAG_CONTENT: &str = "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by newsgraph (Wikidata replies).\n# For information about cache directory tags, see https://bford.info/cachedir/\n";

/// Whether `dir` is tagged as a cache directory (its files are not articles).
fn is_cache_dir(dir: &Path) -> bool {
    fs::read(dir.join(CACHEDIR_TAG))
        .map(|b| b.starts_with(&CACHEDIR_TAG_CONTENT.as_bytes()[..43]))
        .unwrap_or(false)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    if is_cache_dir(dir) {
        return Ok(());
    }
    for entry in fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let ft = entry.file_type().map_err(|e| Error::io(&path, e))?;
        if ft.is_dir() {
            walk(&path, files)?;
        } else if matches!(extension(&path).as_str(), "txt" | "md" | "jsonl" | "json") {
            files.push(path);
        }
    }
    Ok(())
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Reads every record of every input, in order. Stops at the first error.
pub fn read_all(inputs: &[PathBuf], opts: &IngestOptions) -> Result<Vec<Record>> {
    let mut out = Vec::new();
    for source in sources(inputs)? {
        for_each_record(&source, opts, &mut |r| {
            out.push(r);
            Ok(())
        })?;
    }
    Ok(out)
}

/// Streams the records of one source into `sink`, one at a time (JSON Lines files are read line by line).
pub fn for_each_record(
    source: &Source,
    opts: &IngestOptions,
    sink: &mut dyn FnMut(Record) -> Result<()>,
) -> Result<()> {
    match source {
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .take(MAX_ARTICLE_BYTES * 64)
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io("<stdin>", e))?;
            let path = Path::new("<stdin>");
            let text = decode(path, bytes)?;
            if text.trim_start().starts_with('{') {
                for (n, line) in text.lines().enumerate() {
                    if let Some(r) = parse_json_record(path, n + 1, line)? {
                        sink(r)?;
                    }
                }
                Ok(())
            } else {
                sink(text_record(path, "stdin", text, opts, false)?)
            }
        }
        Source::File(path) => match extension(path).as_str() {
            "jsonl" => {
                let file = fs::File::open(path).map_err(|e| Error::io(path, e))?;
                let mut reader = BufReader::new(file);
                let mut buf = Vec::new();
                let mut n = 0;
                let mut any = false;
                loop {
                    buf.clear();
                    let read = reader
                        .read_until(b'\n', &mut buf)
                        .map_err(|e| Error::io(path, e))?;
                    if read == 0 {
                        break;
                    }
                    n += 1;
                    let line = std::str::from_utf8(&buf).map_err(|e| Error::BadInput {
                        path: path.clone(),
                        line: n,
                        message: format!("not valid UTF-8 at byte {} of the line", e.valid_up_to()),
                    })?;
                    if let Some(r) = parse_json_record(path, n, line)? {
                        any = true;
                        sink(r)?;
                    }
                }
                if !any {
                    return Err(Error::BadInput {
                        path: path.clone(),
                        line: n.max(1),
                        message: "no records: the file is empty".into(),
                    });
                }
                Ok(())
            }
            "json" => {
                let text = read_file(path)?;
                let value: serde_json::Value =
                    serde_json::from_str(&text).map_err(|e| Error::BadInput {
                        path: path.clone(),
                        line: e.line(),
                        message: format!("broken JSON: {e}"),
                    })?;
                sink(record_from_value(path, 1, value)?)
            }
            ext => {
                let text = read_file(path)?;
                // A file with no known extension (a pipe such as `<(newsgraph extract …)`) that holds JSON
                // is read as JSON Lines, like stdin.
                if !matches!(ext, "txt" | "md") && text.trim_start().starts_with('{') {
                    let mut any = false;
                    for (n, line) in text.lines().enumerate() {
                        if let Some(r) = parse_json_record(path, n + 1, line)? {
                            any = true;
                            sink(r)?;
                        }
                    }
                    if any {
                        return Ok(());
                    }
                }
                let stem = path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("article")
                    .to_string();
                sink(text_record(path, &stem, text, opts, ext == "md")?)
            }
        },
    }
}

fn read_file(path: &Path) -> Result<String> {
    let meta = fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(Error::BadInput {
            path: path.to_path_buf(),
            line: 1,
            message: format!(
                "file is {} bytes, over the {} byte limit for one article (split it, or use .jsonl)",
                meta.len(),
                MAX_ARTICLE_BYTES
            ),
        });
    }
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    decode(path, bytes)
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// A publication date at the end of a file name (`lavrov-aleppo-2016-12-06.txt`), used when `--published`
/// is not given.
pub fn date_in_name(stem: &str) -> Option<&str> {
    let n = stem.len();
    if n < 10 || !stem.is_char_boundary(n - 10) {
        return None;
    }
    let tail = &stem[n - 10..];
    let before_ok = n == 10 || stem[..n - 10].ends_with(['-', '_', '.']);
    (before_ok && chrono::NaiveDate::parse_from_str(tail, "%Y-%m-%d").is_ok()).then_some(tail)
}

fn text_record(
    path: &Path,
    id: &str,
    mut text: String,
    opts: &IngestOptions,
    markdown: bool,
) -> Result<Record> {
    if let Some(stripped) = text.strip_prefix('\u{feff}') {
        text = stripped.to_string();
    }
    if text.trim().is_empty() {
        return Err(Error::BadInput {
            path: path.to_path_buf(),
            line: 1,
            message: "the article is empty".into(),
        });
    }
    let title = if markdown {
        text.lines()
            .find(|l| l.starts_with("# "))
            .map(|l| l[2..].trim().to_string())
    } else {
        None
    };
    if let Some(p) = &opts.published {
        check_date(path, 1, p)?;
    }
    let published = opts
        .published
        .clone()
        .or_else(|| date_in_name(id).map(str::to_string));
    Ok(Record::Document(Document {
        id: id.to_string(),
        url: None,
        title,
        published,
        source: None,
        lang: Some("en".into()),
        text,
    }))
}

fn parse_json_record(path: &Path, line_no: usize, line: &str) -> Result<Option<Record>> {
    let line = line.trim();
    if line.is_empty() {
        return Ok(None);
    }
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| Error::BadInput {
        path: path.to_path_buf(),
        line: line_no,
        message: format!("broken JSON at column {}: {e}", e.column()),
    })?;
    record_from_value(path, line_no, value).map(Some)
}

fn record_from_value(path: &Path, line: usize, value: serde_json::Value) -> Result<Record> {
    let bad = |message: String| Error::BadInput {
        path: path.to_path_buf(),
        line,
        message,
    };
    let obj = value
        .as_object()
        .ok_or_else(|| bad("expected a JSON object".into()))?;
    for field in ["id", "text"] {
        match obj.get(field) {
            Some(serde_json::Value::String(s)) if !s.is_empty() || field == "text" => {}
            Some(_) => return Err(bad(format!("field `{field}` must be a non-empty string"))),
            None => return Err(bad(format!("missing field `{field}`"))),
        }
    }
    if let Some(serde_json::Value::String(p)) = obj.get("published") {
        check_date(path, line, p)?;
    }
    if obj.contains_key("entities") {
        let ex: Extraction = serde_json::from_value(value).map_err(|e| bad(format!("{e}")))?;
        Ok(Record::Extraction(Box::new(ex)))
    } else {
        let doc: Document = serde_json::from_value(value).map_err(|e| bad(format!("{e}")))?;
        if doc.text.trim().is_empty() {
            return Err(bad(format!("article `{}` has an empty text", doc.id)));
        }
        Ok(Record::Document(doc))
    }
}

fn check_date(path: &Path, line: usize, date: &str) -> Result<()> {
    crate::model::parse_iso_date(date)
        .map(|_| ())
        .ok_or_else(|| Error::BadInput {
            path: path.to_path_buf(),
            line,
            message: format!("published date `{date}` is not YYYY-MM-DD"),
        })
}
