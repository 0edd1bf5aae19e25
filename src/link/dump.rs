//! Reading the Wikidata JSON dump format (`.json`, `.json.gz`, `.json.bz2`: a JSON array with one entity per
//! line) into index candidates, streaming: one line in memory at a time, and only the kept candidates
//! (items with an English label and a class in `data/wikidata/types.tsv`) collected.

use super::index::write_index;
use super::types::known;
use super::{Candidate, LinkError};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// What building an index read and kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IndexStats {
    /// Entities read from the dump.
    pub read: usize,
    /// Candidates written to the index.
    pub kept: usize,
}

fn claim_ids(entity: &Value, property: &str) -> Vec<String> {
    let mut out: Vec<String> = entity["claims"][property]
        .as_array()
        .map(|claims| {
            claims
                .iter()
                .filter(|c| c["rank"].as_str() != Some("deprecated"))
                .filter_map(|c| c["mainsnak"]["datavalue"]["value"]["id"].as_str())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    out.dedup();
    out
}

/// The candidate an entity of the Wikidata JSON format describes (as in dumps and `wbgetentities`), when
/// it has an English label.
pub fn candidate_from_entity(entity: &Value) -> Option<Candidate> {
    let qid = entity["id"].as_str()?.to_string();
    let label = entity["labels"]["en"]["value"].as_str()?.to_string();
    let aliases = entity["aliases"]["en"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v["value"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let coordinates = entity["claims"]["P625"]
        .as_array()
        .and_then(|c| c.first())
        .and_then(|c| {
            let v = &c["mainsnak"]["datavalue"]["value"];
            Some((v["latitude"].as_f64()?, v["longitude"].as_f64()?))
        });
    let iso2 = entity["claims"]["P297"]
        .as_array()
        .and_then(|c| c.first())
        .and_then(|c| c["mainsnak"]["datavalue"]["value"].as_str())
        .map(str::to_string);
    Some(Candidate {
        qid,
        label,
        aliases,
        description: entity["descriptions"]["en"]["value"]
            .as_str()
            .map(str::to_string),
        instance_of: claim_ids(entity, "P31"),
        country: claim_ids(entity, "P17"),
        citizenship: claim_ids(entity, "P27"),
        positions: claim_ids(entity, "P39"),
        coordinates,
        iso2,
        sitelinks: entity["sitelinks"]
            .as_object()
            .map_or(0, |s| s.len() as u32),
    })
}

/// Reads a dump and writes an index of its linkable items to `out`. A malformed entity line is an error
/// naming the file and line (a truncated download should not silently give a partial index).
pub fn build_index(dump: &Path, out: &Path, progress: bool) -> Result<IndexStats, LinkError> {
    let io = |source| LinkError::Io {
        path: dump.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(dump).map_err(io)?;
    let name = dump.to_string_lossy().to_ascii_lowercase();
    let reader: Box<dyn Read> = if name.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else if name.ends_with(".bz2") {
        Box::new(bzip2::read::MultiBzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let bar = if progress {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        Some(b)
    } else {
        None
    };
    let mut stats = IndexStats::default();
    let mut kept = Vec::new();
    let mut line = String::new();
    let mut reader = BufReader::with_capacity(1 << 20, reader);
    let mut n = 0usize;
    loop {
        line.clear();
        if reader.read_line(&mut line).map_err(io)? == 0 {
            break;
        }
        n += 1;
        let t = line.trim().trim_end_matches(',');
        if t.is_empty() || t == "[" || t == "]" {
            continue;
        }
        let entity: Value = serde_json::from_str(t).map_err(|e| LinkError::BadDump {
            path: dump.to_path_buf(),
            line: n,
            message: e.to_string(),
        })?;
        if !entity.is_object() || entity["id"].as_str().is_none() {
            return Err(LinkError::BadDump {
                path: dump.to_path_buf(),
                line: n,
                message: "not an entity object with an id".into(),
            });
        }
        stats.read += 1;
        if let Some(c) = candidate_from_entity(&entity)
            && known(&c.instance_of)
        {
            kept.push(c);
        }
        if let Some(b) = &bar
            && stats.read % 10_000 == 0
        {
            b.set_message(format!("{} entities read, {} kept", stats.read, kept.len()));
            b.tick();
        }
    }
    if stats.read == 0 {
        return Err(LinkError::BadDump {
            path: dump.to_path_buf(),
            line: n.max(1),
            message: "no entities: the dump is empty".into(),
        });
    }
    stats.kept = kept.len();
    write_index(out, kept)?;
    if let Some(b) = bar {
        b.finish_with_message(format!("{} entities read, {} kept", stats.read, stats.kept));
    }
    Ok(stats)
}
