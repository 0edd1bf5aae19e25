//! Reading the Wikidata JSON dump format into an offline index, streaming with bounded memory.
//!
//! The dump (`latest-all.json`, `.json.gz` or `.json.bz2`, multi-stream archives included) is a JSON array
//! with one entity per line: `[` on the first line, each entity followed by `,`, `]` on the last line. Lines
//! are read one at a time as bytes; `[`, `]` and blank lines are skipped and the trailing comma stripped. An
//! entity is kept when it has an English label and a P31 class listed in `data/wikidata/types.tsv` (what
//! an entity type may link to), so the index stays compact. Wikidata's P31 values are often specific
//! classes ("city of Switzerland"): a first pass collects the dump's P279 (subclass of) edges, and a class
//! the table does not list counts as the listed classes it reaches within [`BuildOptions::class_depth`]
//! levels, which are added to the candidate's `instance_of`.
//!
//! Memory stays bounded whatever the dump's size: kept candidates are buffered up to [`CHUNK`] at a time,
//! each full buffer sorted by QID and spilled to a temporary directory beside the output, and the runs are
//! merged into the index at the end (the workspace's external sort, [`newsgraph_model::extsort`]: QID order,
//! so the output is deterministic; a QID seen twice is kept once, first seen wins). Temporary files are
//! removed on success and on error.
//!
//! Malformed input is an error naming the file and the 1-based line (a line that is not JSON, not an entity
//! object with an `id`, or not UTF-8): a truncated or corrupt download must not silently give a partial
//! index. No output file is written then.

use super::entity::{candidate_from_entity, claim_ids};
use super::index::IndexWriter;
use super::types::known;
use super::{Candidate, LinkError};
use newsgraph_model::atomic::parent_dir;
use newsgraph_model::extsort::{ExternalSorter, SortOptions, Spill};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;

/// Kept candidates held in memory before they are sorted and spilled to a temporary file.
pub const CHUNK: usize = 200_000;

/// What building an index read and kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IndexStats {
    /// Entities read from the dump.
    pub read: usize,
    /// Candidates written to the index.
    pub kept: usize,
}

fn qid_number(q: &str) -> u64 {
    q.strip_prefix('Q')
        .and_then(|n| n.parse().ok())
        .unwrap_or(u64::MAX)
}

/// A candidate ordered by its QID's number alone: two candidates of one QID compare equal, so the stable,
/// deduplicating sort keeps the first seen. Spilled to a run as its JSON line.
struct ByQid {
    qid: u64,
    candidate: Candidate,
}

impl ByQid {
    fn new(candidate: Candidate) -> Self {
        ByQid {
            qid: qid_number(&candidate.qid),
            candidate,
        }
    }
}

impl PartialEq for ByQid {
    fn eq(&self, other: &Self) -> bool {
        self.qid == other.qid
    }
}

impl Eq for ByQid {}

impl PartialOrd for ByQid {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ByQid {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.qid.cmp(&other.qid)
    }
}

impl Spill for ByQid {
    fn write_to(&self, w: &mut dyn Write) -> std::io::Result<()> {
        serde_json::to_writer(&mut *w, &self.candidate).map_err(std::io::Error::from)?;
        w.write_all(b"\n")
    }

    fn read_from(r: &mut dyn BufRead) -> std::io::Result<Option<Self>> {
        let Some(line) = String::read_from(r)? else {
            return Ok(None);
        };
        let candidate = serde_json::from_str(&line).map_err(std::io::Error::other)?;
        Ok(Some(ByQid::new(candidate)))
    }
}

fn open_dump(dump: &Path) -> Result<Box<dyn Read>, LinkError> {
    let file = std::fs::File::open(dump).map_err(|source| LinkError::Io {
        path: dump.to_path_buf(),
        source,
    })?;
    let name = dump.to_string_lossy().to_ascii_lowercase();
    Ok(if name.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else if name.ends_with(".bz2") {
        Box::new(bzip2::read::MultiBzDecoder::new(file))
    } else {
        Box::new(file)
    })
}

fn progress_bar(progress: bool) -> Option<indicatif::ProgressBar> {
    progress.then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        b.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        b
    })
}

/// How to build an index.
#[derive(Debug, Clone, Copy)]
pub struct BuildOptions {
    /// Show a spinner on stderr counting entities read and kept.
    pub progress: bool,
    /// Instead of a spinner, print a plain line on stderr (`newsgraph wikidata index: N entities read, K
    /// kept`) at most this often, and once at the end of the reading.
    pub lines: Option<std::time::Duration>,
    /// Asked between two entities: `true` stops the build with [`LinkError::Stopped`], leaving no index
    /// and no spilled run behind.
    pub stop: Option<fn() -> bool>,
    /// Kept candidates held in memory before a sorted run is spilled to disk (default [`CHUNK`]).
    pub chunk: usize,
    /// Levels of P279 (subclass of) followed from a P31 class `data/wikidata/types.tsv` does not know, in a
    /// first pass over the dump that collects the subclass edges (default 4; 0: one pass, listed classes
    /// only).
    pub class_depth: u32,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            progress: false,
            lines: None,
            stop: None,
            chunk: CHUNK,
            class_depth: 4,
        }
    }
}

/// What [`each_entity_line`] calls with each line: its 1-based number and the entity's JSON bytes.
type LineVisitor<'a> = dyn FnMut(usize, &[u8]) -> Result<(), LinkError> + 'a;

/// Calls `f` with each entity line of a dump (1-based line number, the entity's JSON bytes): the array's
/// brackets, blank lines, a byte-order mark and trailing commas are taken off.
fn each_entity_line(dump: &Path, f: &mut LineVisitor<'_>) -> Result<usize, LinkError> {
    let mut reader = BufReader::with_capacity(1 << 20, open_dump(dump)?);
    let mut line = Vec::new();
    let mut n = 0usize;
    loop {
        line.clear();
        let read = reader
            .read_until(b'\n', &mut line)
            .map_err(|source| LinkError::Io {
                path: dump.to_path_buf(),
                source: std::io::Error::new(source.kind(), format!("line {}: {source}", n + 1)),
            })?;
        if read == 0 {
            break;
        }
        n += 1;
        let mut t = line.trim_ascii();
        if n == 1 {
            t = t.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(t);
        }
        let t = t.strip_suffix(b",").unwrap_or(t).trim_ascii_end();
        if t.is_empty() || t == b"[" || t == b"]" {
            continue;
        }
        f(n, t)?;
    }
    Ok(n)
}

/// The known classes (`data/wikidata/types.tsv`) above each unknown class of a dump, within `depth` P279
/// levels: one pass that parses only the lines mentioning P279 and keeps the subclass edges (bounded by the
/// number of classes, not the size of the dump).
fn class_ancestors(
    dump: &Path,
    depth: u32,
) -> Result<std::collections::HashMap<String, Vec<String>>, LinkError> {
    use std::collections::HashMap;
    let mut parents: HashMap<String, Vec<String>> = HashMap::new();
    each_entity_line(dump, &mut |n, t| {
        if !t.windows(6).any(|w| w == b"\"P279\"") {
            return Ok(());
        }
        let e: Value = serde_json::from_slice(t).map_err(|e| LinkError::BadDump {
            path: dump.to_path_buf(),
            line: n,
            message: e.to_string(),
        })?;
        if let Some(id) = e["id"].as_str() {
            let ps = claim_ids(&e, "P279");
            if !ps.is_empty() {
                parents.insert(id.to_string(), ps);
            }
        }
        Ok(())
    })?;
    let mut out = HashMap::new();
    for class in parents.keys() {
        let found = super::types::known_ancestors(class, &parents, depth);
        if !found.is_empty() {
            out.insert(class.clone(), found.into_iter().collect());
        }
    }
    Ok(out)
}

/// Reads a dump (`.json`, `.json.gz`, `.json.bz2`) and writes an index of its linkable items to `out`
/// (JSON Lines, gzip'd when `out` ends in `.gz`; see [`super::index`]), and beside an uncompressed index its
/// key table `OUT.keys` for lookups from disk ([`super::keys`]). With `progress`, a spinner on stderr
/// counts entities read and kept. Errors name the file and line.
pub fn build_index(dump: &Path, out: &Path, progress: bool) -> Result<IndexStats, LinkError> {
    build_index_with(
        dump,
        out,
        &BuildOptions {
            progress,
            ..Default::default()
        },
    )
}

/// [`build_index`] with options.
pub fn build_index_with(
    dump: &Path,
    out: &Path,
    opts: &BuildOptions,
) -> Result<IndexStats, LinkError> {
    let bar = progress_bar(opts.progress);
    let ancestors = if opts.class_depth > 0 {
        if let Some(b) = &bar {
            b.set_message("collecting subclass edges (first pass)");
        }
        class_ancestors(dump, opts.class_depth)?
    } else {
        Default::default()
    };
    let mut stats = IndexStats::default();
    // Candidates in QID order, a QID seen twice kept once (the first); runs beside the index.
    let mut sorter = ExternalSorter::new(SortOptions {
        max_items: opts.chunk.max(1),
        temp_dir: Some(parent_dir(out).to_path_buf()),
        dedup: true,
        stable: true,
        ..SortOptions::default()
    });
    if opts.stop.is_some_and(|stop| stop()) {
        return Err(LinkError::Stopped);
    }
    let (n, kept) = read_candidates(
        dump,
        opts,
        &ancestors,
        &mut sorter,
        &mut stats,
        bar.as_ref(),
    )?;
    if opts.lines.is_some() {
        eprintln!(
            "newsgraph wikidata index: {} entities read, {kept} kept; writing the index",
            stats.read
        );
    }
    if stats.read == 0 {
        return Err(LinkError::BadDump {
            path: dump.to_path_buf(),
            line: n.max(1),
            message: "no entities: the dump is empty".into(),
        });
    }
    if let Some(b) = &bar {
        b.set_message(format!(
            "{} entities read, {kept} kept; writing the index",
            stats.read
        ));
    }
    let mut writer = IndexWriter::create(out)?;
    for c in sorter.finish()? {
        writer.push(&c?.candidate)?;
        stats.kept += 1;
    }
    writer.finish()?;
    if out.extension().is_none_or(|e| e != "gz") {
        if let Some(b) = &bar {
            b.set_message(format!(
                "{} entities read, {} kept; writing the key table",
                stats.read, stats.kept
            ));
        }
        super::keys::write_keys(out, opts.chunk.saturating_mul(5))?;
    }
    if let Some(b) = bar {
        b.finish_with_message(format!("{} entities read, {} kept", stats.read, stats.kept));
    }
    Ok(stats)
}

/// The pass over the dump: every entity line parsed (counted in `stats.read`), the linkable items, their
/// classes' known ancestors added, pushed to `sorter`. Progress on the spinner every 10,000 entities, or as
/// a plain line every `opts.lines`. Returns the number of the last line read and the candidates kept.
fn read_candidates(
    dump: &Path,
    opts: &BuildOptions,
    ancestors: &std::collections::HashMap<String, Vec<String>>,
    sorter: &mut ExternalSorter<ByQid>,
    stats: &mut IndexStats,
    bar: Option<&indicatif::ProgressBar>,
) -> Result<(usize, usize), LinkError> {
    let bad = |line: usize, message: String| LinkError::BadDump {
        path: dump.to_path_buf(),
        line,
        message,
    };
    let mut kept = 0usize;
    let mut last_line = std::time::Instant::now();
    let n = each_entity_line(dump, &mut |n, t| {
        if opts.stop.is_some_and(|stop| stop()) {
            return Err(LinkError::Stopped);
        }
        let entity: Value = serde_json::from_slice(t).map_err(|e| bad(n, e.to_string()))?;
        if !entity.is_object() || entity["id"].as_str().is_none() {
            return Err(bad(n, "not an entity object with an id".into()));
        }
        stats.read += 1;
        if let Some(mut c) = candidate_from_entity(&entity) {
            add_ancestors(&mut c, ancestors);
            if known(&c.instance_of) {
                sorter.push(ByQid::new(c))?;
                kept += 1;
            }
        }
        if let Some(b) = bar
            && stats.read.is_multiple_of(10_000)
        {
            b.set_message(format!("{} entities read, {kept} kept", stats.read));
            b.tick();
        }
        if let Some(every) = opts.lines
            && last_line.elapsed() >= every
        {
            last_line = std::time::Instant::now();
            eprintln!(
                "newsgraph wikidata index: {} entities read, {kept} kept",
                stats.read
            );
        }
        Ok(())
    })?;
    Ok((n, kept))
}

/// Adds to the candidate's classes their ancestors (`ancestors`, from the first pass) that it does not
/// list yet, sorted.
fn add_ancestors(c: &mut Candidate, ancestors: &std::collections::HashMap<String, Vec<String>>) {
    let extra: Vec<String> = c
        .instance_of
        .iter()
        .filter_map(|q| ancestors.get(q))
        .flatten()
        .filter(|q| !c.instance_of.contains(q))
        .cloned()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    c.instance_of.extend(extra);
}
