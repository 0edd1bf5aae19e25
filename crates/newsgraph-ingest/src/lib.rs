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

pub mod shard;

// The contract and the error type, under the paths this crate's modules use (`crate::model`, `crate::error`).
use newsgraph_model as model;
use newsgraph_model::error;

use crate::error::{Error, Result};
use crate::model::{Document, Extraction};
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The default largest record, in bytes (8 MiB): one article (a `.txt`, `.md` or `.json` file, or a text on
/// stdin) or one line of JSON Lines. A guard against feeding a binary or a dump by mistake, and the bound on
/// what one record can make the reader hold in memory.
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 8 * 1024 * 1024;

/// Options for ingest.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Publication date (`YYYY-MM-DD`) for text inputs, which carry none of their own.
    pub published: Option<String>,
    /// Keep only the records of this shard (`--shard I/N`; see [`crate::shard`]).
    pub shard: Option<crate::shard::Shard>,
    /// The largest record accepted, in bytes (one article, or one line of JSON Lines, its line break
    /// aside). A larger record is not read into memory: it is reported as [`Error::TooLarge`] and, with
    /// [`for_each_record_skipping`], skipped.
    pub max_article_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            published: None,
            shard: None,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
        }
    }
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
pub fn is_cache_dir(dir: &Path) -> bool {
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

/// Streams the records of one source into `sink`, one at a time (JSON Lines are read line by line, each
/// line bounded by [`IngestOptions::max_article_bytes`]). Stops at the first error, a record over the size
/// limit included.
pub fn for_each_record(
    source: &Source,
    opts: &IngestOptions,
    sink: &mut dyn FnMut(Record) -> Result<()>,
) -> Result<()> {
    for_each_record_skipping(source, opts, sink, &mut Err)
}

/// [`for_each_record`], handing a record over the size limit ([`Error::TooLarge`], which names the file and
/// line) to `skip` instead of stopping: when `skip` returns `Ok`, reading goes on with the next record (the
/// next line of JSON Lines; a text article is the whole source). Other errors stop the reading.
pub fn for_each_record_skipping(
    source: &Source,
    opts: &IngestOptions,
    sink: &mut dyn FnMut(Record) -> Result<()>,
    skip: &mut dyn FnMut(Error) -> Result<()>,
) -> Result<()> {
    match source {
        Source::Stdin => {
            let stdin = std::io::stdin();
            let mut input = Input {
                path: Path::new("<stdin>"),
                opts,
                sink,
                skip,
            };
            input.sniffed(stdin.lock(), "stdin")
        }
        Source::File(path) => {
            let file = fs::File::open(path).map_err(|e| Error::io(path, e))?;
            let reader = BufReader::with_capacity(1 << 16, file);
            for_each_record_in(reader, path, opts, sink, skip)
        }
    }
}

/// [`for_each_record_skipping`] for the content of a file named `path`, read from `reader`: the file's
/// extension picks the reader (`.jsonl`, `.json`, `.txt`, `.md`; any other is sniffed like stdin) and its
/// stem is the id of a text article. `path` only names the input; it is not opened.
pub fn for_each_record_in(
    reader: impl BufRead,
    path: &Path,
    opts: &IngestOptions,
    sink: &mut dyn FnMut(Record) -> Result<()>,
    skip: &mut dyn FnMut(Error) -> Result<()>,
) -> Result<()> {
    let mut input = Input {
        path,
        opts,
        sink,
        skip,
    };
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("article")
        .to_string();
    match extension(path).as_str() {
        "jsonl" => input.json_lines(reader, true),
        "json" => input.json(reader),
        "txt" => input.text(reader, &stem, false),
        "md" => input.text(reader, &stem, true),
        // A file with no known extension (a pipe such as `<(newsgraph extract …)`) that holds JSON
        // is read as JSON Lines, like stdin.
        _ => input.sniffed(reader, &stem),
    }
}

/// One source being read.
struct Input<'a, 'b> {
    path: &'a Path,
    opts: &'a IngestOptions,
    sink: &'b mut dyn FnMut(Record) -> Result<()>,
    skip: &'b mut dyn FnMut(Error) -> Result<()>,
}

/// What [`read_line_bounded`] read.
#[derive(Debug, PartialEq, Eq)]
enum Line {
    /// The end of the input.
    Eof,
    /// A line, in the buffer (with its line break).
    Read,
    /// A line over the limit, read past and dropped.
    TooLong,
}

/// Reads one line (up to and including `\n`) into `buf`, holding at most `limit` bytes plus a line break:
/// the rest of a longer line is read and dropped.
fn read_line_bounded<R: BufRead + ?Sized>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    limit: u64,
) -> std::io::Result<Line> {
    buf.clear();
    let cap = limit.saturating_add(2); // room for "\r\n"
    let mut over = false;
    let mut any = false;
    loop {
        let avail = match reader.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (avail.len(), false),
        };
        if !over {
            if (buf.len() + take) as u64 > cap {
                over = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&avail[..take]);
            }
        }
        reader.consume(take);
        if done {
            break;
        }
    }
    if !any {
        return Ok(Line::Eof);
    }
    let mut len = buf.len();
    if buf.ends_with(b"\n") {
        len -= 1;
        if buf[..len].ends_with(b"\r") {
            len -= 1;
        }
    }
    if over || len as u64 > limit {
        buf.clear();
        return Ok(Line::TooLong);
    }
    Ok(Line::Read)
}

impl Input<'_, '_> {
    fn too_large(&mut self, line: usize) -> Result<()> {
        (self.skip)(Error::TooLarge {
            path: self.path.to_path_buf(),
            line,
            limit: self.opts.max_article_bytes,
        })
    }

    /// Reads up to the limit; `None` (after reporting) when the input is larger.
    fn whole(&mut self, reader: impl BufRead) -> Result<Option<Vec<u8>>> {
        let limit = self.opts.max_article_bytes;
        let mut bytes = Vec::new();
        reader
            .take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io(self.path, e))?;
        if bytes.len() as u64 > limit {
            self.too_large(1)?;
            return Ok(None);
        }
        Ok(Some(bytes))
    }

    /// One text article (`.txt`, `.md`, or text on stdin).
    fn text(&mut self, reader: impl BufRead, id: &str, markdown: bool) -> Result<()> {
        let Some(bytes) = self.whole(reader)? else {
            return Ok(());
        };
        let text = decode(self.path, bytes)?;
        let record = text_record(self.path, id, text, self.opts, markdown)?;
        (self.sink)(record)
    }

    /// One JSON object (`.json`).
    fn json(&mut self, reader: impl BufRead) -> Result<()> {
        let Some(bytes) = self.whole(reader)? else {
            return Ok(());
        };
        let text = decode(self.path, bytes)?;
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| Error::BadInput {
                path: self.path.to_path_buf(),
                line: e.line(),
                message: format!("broken JSON: {e}"),
            })?;
        let record = record_from_value(self.path, 1, value)?;
        (self.sink)(record)
    }

    /// JSON Lines, one line at a time; `require_records`: a file without any record is an error.
    fn json_lines(&mut self, mut reader: impl BufRead, require_records: bool) -> Result<()> {
        let limit = self.opts.max_article_bytes;
        let mut buf = Vec::new();
        let mut n = 0;
        let mut any = false;
        let mut skipped = false;
        loop {
            let line = read_line_bounded(&mut reader, &mut buf, limit)
                .map_err(|e| Error::io(self.path, e))?;
            if line == Line::Eof {
                break;
            }
            n += 1;
            if line == Line::TooLong {
                skipped = true;
                self.too_large(n)?;
                continue;
            }
            let text = std::str::from_utf8(&buf).map_err(|e| Error::BadInput {
                path: self.path.to_path_buf(),
                line: n,
                message: format!("not valid UTF-8 at byte {} of the line", e.valid_up_to()),
            })?;
            if let Some(r) = parse_json_record(self.path, n, text)? {
                any = true;
                (self.sink)(r)?;
            }
        }
        if require_records && !any && !skipped {
            return Err(Error::BadInput {
                path: self.path.to_path_buf(),
                line: n.max(1),
                message: "no records: the file is empty".into(),
            });
        }
        Ok(())
    }

    /// Stdin or a file of unknown kind: JSON Lines when it starts with `{` (after white space), else one
    /// text article with id `id`.
    fn sniffed(&mut self, mut reader: impl BufRead, id: &str) -> Result<()> {
        // The leading white space is read into `head` (at most the limit) and put back in front.
        let limit = self.opts.max_article_bytes;
        let mut head = Vec::new();
        let first = loop {
            let avail = reader.fill_buf().map_err(|e| Error::io(self.path, e))?;
            let Some(&b) = avail.first() else {
                break None;
            };
            if !b.is_ascii_whitespace() || head.len() as u64 > limit {
                break Some(b);
            }
            let ws = avail.iter().take_while(|b| b.is_ascii_whitespace()).count();
            head.extend_from_slice(&avail[..ws]);
            reader.consume(ws);
        };
        let reader = std::io::Cursor::new(head).chain(reader);
        if first == Some(b'{') {
            self.json_lines(reader, false)
        } else {
            self.text(reader, id, false)
        }
    }
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

#[cfg(test)]
mod tests {
    use super::{Line, read_line_bounded};

    /// Reads all lines of `input` with `limit`: the text of each line read, or `None` for one over it.
    fn lines(input: &[u8], limit: u64) -> Vec<Option<String>> {
        // a small buffer, so that lines span several fills
        let mut reader = std::io::BufReader::with_capacity(3, input);
        let mut buf = Vec::new();
        let mut out = Vec::new();
        loop {
            match read_line_bounded(&mut reader, &mut buf, limit).unwrap() {
                Line::Eof => return out,
                Line::Read => out.push(Some(String::from_utf8(buf.clone()).unwrap())),
                Line::TooLong => {
                    assert!(buf.is_empty());
                    out.push(None)
                }
            }
        }
    }

    #[test]
    fn lines_are_bounded_and_the_next_line_is_read() {
        let s = |t: &str| Some(t.to_string());
        assert_eq!(
            lines(b"abcd\nabcde\nab\r\nabcd\r\nabcde\r\nx", 4),
            vec![s("abcd\n"), None, s("ab\r\n"), s("abcd\r\n"), None, s("x")]
        );
        // the limit counts the line without its break; a last line without one counts too
        assert_eq!(lines(b"abcde", 4), vec![None]);
        assert_eq!(lines(b"", 4), Vec::<Option<String>>::new());
        assert_eq!(lines(b"\n\n", 1), vec![s("\n"), s("\n")]);
        let long = vec![b'x'; 100_000];
        let mut input = long.clone();
        input.extend_from_slice(b"\nok\n");
        assert_eq!(lines(&input, 10), vec![None, s("ok\n")]);
    }
}
