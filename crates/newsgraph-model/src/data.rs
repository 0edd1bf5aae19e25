//! The one loader of the project's data files (`data/`): tab-separated tables and word lists, read with
//! the `csv` crate into serde row types, strictly.
//!
//! Every file follows one format: UTF-8, one record a line, cells separated by tabs, no quoting (a `"` is
//! an ordinary character), cells trimmed, blank lines skipped, lines starting with `#` are comments. A
//! table either starts with a header row naming its columns ([`Record::HEADER`] `true`, the lexicons of
//! `data/lexicon/`) or has none (the `#`-commented files of `data/extract/` and `data/wikidata/`, whose
//! columns are read by position). Every row must have exactly the row type's columns and every cell must
//! deserialize: a bad row is a [`DataError`] naming the file and line, never dropped.
//!
//! Files compiled into the binary (`include_str!`) are parsed on first use; [`or_report`] turns an error
//! in one into a message on stderr and an empty table, so a bad bundled file can never panic the program
//! (each crate has a test that loads every bundled file and fails on the first bad row).

use serde::Deserialize;
use serde::de::{DeserializeOwned, Deserializer, Error as _};

/// A bad row (or header) of a data file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct DataError {
    /// The file's name (as given to the loader, e.g. `titles.tsv`).
    pub file: String,
    /// 1-based line number (the header is line 1 when the file has one; 0 for the file as a whole).
    pub line: u64,
    /// What is wrong.
    pub message: String,
}

impl DataError {
    /// An error at `file:line`.
    pub fn new(file: &str, line: u64, message: impl Into<String>) -> Self {
        DataError {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// A row type of a data file: serde deserializes one row into it by position, so its fields are declared
/// in the order of [`Record::COLUMNS`] (a header row is checked against `COLUMNS` once, not looked up
/// per cell).
pub trait Record: DeserializeOwned {
    /// The columns, in file order (the exact header row when [`Record::HEADER`] is `true`).
    const COLUMNS: &'static [&'static str];
    /// Whether the file's first non-comment line is a header row naming [`Record::COLUMNS`].
    const HEADER: bool;
}

/// One data row and the line it is on.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<T> {
    /// 1-based line number in the file.
    pub line: u64,
    /// The deserialized row.
    pub value: T,
}

fn reader(text: &str, header: bool) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .comment(Some(b'#'))
        .quoting(false)
        .has_headers(header)
        .flexible(true) // the cell count is checked below, with a message naming the expected columns
        .from_reader(text.as_bytes())
}

/// Trims every cell. (csv's own `Trim::All` rebuilds every record; almost no cell needs it.)
fn trim(record: &mut csv::StringRecord) {
    let untrimmed = |c: &str| {
        c.chars().next().is_some_and(char::is_whitespace)
            || c.chars().next_back().is_some_and(char::is_whitespace)
    };
    if record.iter().any(untrimmed) {
        record.trim();
    }
}

/// Line numbers of records. csv reports where it began reading a record, before the comment lines and
/// empty lines it skipped; the record's line is the first line from there that is neither.
struct Lines<'a> {
    text: &'a str,
    newlines: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            text,
            newlines: text.match_indices('\n').map(|(i, _)| i).collect(),
        }
    }

    /// The 1-based line of the record csv began reading at `pos`.
    fn at(&self, pos: Option<&csv::Position>) -> u64 {
        let Some(pos) = pos else { return 0 };
        let mut byte = usize::try_from(pos.byte()).unwrap_or(usize::MAX);
        let mut line = self.newlines.partition_point(|&nl| nl < byte);
        while let Some(&end) = self.newlines.get(line) {
            let rest = self.text.get(byte..end).unwrap_or("");
            if !(rest.is_empty() || rest == "\r" || rest.starts_with('#')) {
                break;
            }
            byte = end + 1;
            line += 1;
        }
        line as u64 + 1
    }
}

/// An error of csv: the line, and for a cell that does not deserialize the column's name and the cell.
fn csv_error(
    file: &str,
    lines: &Lines,
    e: &csv::Error,
    columns: &[&str],
    record: Option<&csv::StringRecord>,
) -> DataError {
    let line = lines.at(e.position());
    let column = |f: usize| {
        let name = columns.get(f).copied().unwrap_or("?");
        match record.and_then(|r| r.get(f)) {
            Some(cell) => format!("column {name} ({cell:?})"),
            None => format!("column {name}"),
        }
    };
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => format!("{}: not valid UTF-8", column(err.field())),
        csv::ErrorKind::Deserialize { err, .. } => match err.field() {
            Some(f) => format!("{}: {}", column(f as usize), err.kind()),
            None => err.kind().to_string(),
        },
        _ => e.to_string(),
    };
    DataError::new(file, line, message)
}

/// Whether a record is a blank line (one empty cell after trimming).
fn blank(record: &csv::StringRecord) -> bool {
    record.len() == 1 && record[0].is_empty()
}

/// Reads every data row of `text` (the contents of `file`) into `T`.
///
/// Errors: a missing or different header row, a row with another number of cells than `T::COLUMNS`, a
/// cell that does not deserialize (the message names the cell and what was expected).
pub fn read<T: Record>(file: &str, text: &str) -> Result<Vec<Row<T>>, DataError> {
    let lines = Lines::new(text);
    let mut rd = reader(text, T::HEADER);
    if T::HEADER {
        let mut h = rd
            .headers()
            .map_err(|e| csv_error(file, &lines, &e, T::COLUMNS, None))?
            .clone();
        trim(&mut h);
        if h.is_empty() || blank(&h) {
            return Err(DataError::new(file, 0, "empty file (no header row)"));
        }
        if h.iter().ne(T::COLUMNS.iter().copied()) {
            let got: Vec<&str> = h.iter().collect();
            return Err(DataError::new(
                file,
                lines.at(h.position()),
                format!("header {got:?}, expected {:?}", T::COLUMNS),
            ));
        }
    }
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    while rd
        .read_record(&mut record)
        .map_err(|e| csv_error(file, &lines, &e, T::COLUMNS, None))?
    {
        trim(&mut record);
        if blank(&record) {
            continue;
        }
        let line = lines.at(record.position());
        if record.len() != T::COLUMNS.len() {
            return Err(DataError::new(
                file,
                line,
                format!(
                    "{} cells, expected {} ({})",
                    record.len(),
                    T::COLUMNS.len(),
                    T::COLUMNS.join(", ")
                ),
            ));
        }
        let value = record
            .deserialize(None) // by position: the header, when there is one, is COLUMNS
            .map_err(|e| csv_error(file, &lines, &e, T::COLUMNS, Some(&record)))?;
        rows.push(Row { line, value });
    }
    Ok(rows)
}

/// The entries of a word list: one word or phrase a line, trimmed, without header; the same format as
/// [`read`] with one column (a line with a tab is an error), read without csv: a word list has no cells to
/// split, and most data files are word lists.
pub fn read_list(file: &str, text: &str) -> Result<Vec<Row<String>>, DataError> {
    let mut rows = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with('#') {
            continue;
        }
        let cells = line.split('\t').count();
        if cells != 1 {
            return Err(DataError::new(
                file,
                i as u64 + 1,
                format!("{cells} cells, expected 1 (entry)"),
            ));
        }
        let entry = line.trim();
        if !entry.is_empty() {
            rows.push(Row {
                line: i as u64 + 1,
                value: entry.to_string(),
            });
        }
    }
    Ok(rows)
}

/// The value of a bundled data file, or, when it does not load, the error printed once to stderr and
/// `T::default()`: the program goes on without that table instead of panicking. The bundled files are
/// checked by tests, so this only guards against a build from edited data.
pub fn or_report<T: Default>(loaded: Result<T, DataError>) -> T {
    loaded.unwrap_or_else(|e| {
        eprintln!("newsgraph: bundled data file {e}");
        T::default()
    })
}

/// Calls `f` with the cell's text, borrowed (no allocation), and turns its error into the deserializer's.
fn with_cell<'de, D, T>(d: D, f: impl FnOnce(&str) -> Result<T, String>) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    struct Cell<F>(F);
    impl<T, F: FnOnce(&str) -> Result<T, String>> serde::de::Visitor<'_> for Cell<F> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a cell")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            (self.0)(v).map_err(E::custom)
        }
    }
    d.deserialize_str(Cell(f))
}

/// A `yes`/`no` cell as a bool (`#[serde(deserialize_with = "data::yes_no")]`).
pub fn yes_no<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    with_cell(d, |cell| match cell {
        "yes" => Ok(true),
        "no" => Ok(false),
        other => Err(format!("expected yes/no, got {other:?}")),
    })
}

/// A cell of `|`-separated values, each trimmed, empty ones left out (`""` is an empty list).
pub fn pipe_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    with_cell(d, |cell| Ok(split_list(cell, '|')))
}

/// A cell of `,`-separated values, each trimmed, empty ones left out; `-` is an empty list.
pub fn comma_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    with_cell(d, |cell| {
        Ok(if cell == "-" {
            Vec::new()
        } else {
            split_list(cell, ',')
        })
    })
}

fn split_list(cell: &str, sep: char) -> Vec<String> {
    cell.split(sep)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// A cell that must not be empty (`#[serde(deserialize_with = "data::nonempty")]`).
pub fn nonempty<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = String::deserialize(d)?;
    if s.is_empty() {
        Err(D::Error::custom("empty cell"))
    } else {
        Ok(s)
    }
}

/// A cell parsed by the type's `FromStr`, a strum enum's name (`#[serde(deserialize_with =
/// "data::from_name")]`); an unknown name is an error listing the names.
pub fn from_name<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: std::str::FromStr + strum::VariantNames,
{
    with_cell(d, |s| {
        s.parse().map_err(|_| {
            format!(
                "unknown value {s:?}, expected one of {}",
                T::VARIANTS.join(", ")
            )
        })
    })
}

/// A number cell; empty is NaN (a coordinate that is not known).
pub fn float_or_nan<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with_cell(d, |s| {
        if s.is_empty() {
            return Ok(f64::NAN);
        }
        s.parse().map_err(|_| format!("not a number: {s:?}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Pair {
        word: String,
        n: u32,
    }
    impl Record for Pair {
        const COLUMNS: &'static [&'static str] = &["word", "n"];
        const HEADER: bool = true;
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Bare(String, i64);
    impl Record for Bare {
        const COLUMNS: &'static [&'static str] = &["phrase", "days"];
        const HEADER: bool = false;
    }

    #[test]
    fn lines_count_comments_and_blank_lines() {
        let rows = read::<Bare>("x.tsv", "# c\n\na b\t-1\r\n  \n# d\nc\t2\n").unwrap();
        let got: Vec<(u64, String, i64)> = rows
            .into_iter()
            .map(|r| (r.line, r.value.0, r.value.1))
            .collect();
        assert_eq!(got, [(3, "a b".into(), -1), (6, "c".into(), 2)]);
    }

    #[test]
    fn word_lists_read_as_one_column_tables() {
        let text = "# c\n\nthe\r\n  of  \n\t\n";
        let got: Vec<(u64, String)> = read_list("w.txt", "# c\n\nthe\r\n  of  \n \n")
            .unwrap()
            .into_iter()
            .map(|r| (r.line, r.value))
            .collect();
        assert_eq!(got, [(3, "the".into()), (4, "of".into())]);
        let e = read_list("w.txt", text).unwrap_err();
        assert_eq!(
            (e.line, e.message.as_str()),
            (5, "2 cells, expected 1 (entry)")
        );
    }

    #[test]
    fn header_and_quotes() {
        let rows = read::<Pair>("p.tsv", "word\tn\n\"q\"\t1\n").unwrap();
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].value.word, "\"q\"");
        let e = read::<Pair>("p.tsv", "word\tm\nq\t1\n").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("p.tsv", 1));
    }
}
