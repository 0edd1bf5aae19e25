//! Linking benchmark (`cargo bench --bench linking`), each figure a ratio against a baseline measured in the
//! same run:
//!
//! - index build: reading and parsing a Wikidata JSON dump line by line (baseline: the least any build must
//!   do) vs `build_index` (parse, keep linkable items, sort runs, write the index and its key table);
//! - lookups: the in-memory index (baseline) vs the on-disk key table, over names that hit and miss;
//! - opening: loading the index into memory vs opening its key table;
//! - linking the seed and the dev articles (when present) from either.
//!
//! Input: a generated dump of `NEWSGRAPH_BENCH_ENTITIES` items (default 200,000) in the dump's exact layout,
//! with people, cities and countries sharing names, written to a temporary directory.

mod common;

use common::best_of;
use newsgraph::link::{
    CandidateSource, DiskIndex, LinkOptions, OfflineIndex, build_index, link_extraction,
};
use serde_json::json;
use std::io::{BufRead, Write};

fn item_ref(q: &str) -> serde_json::Value {
    json!({"mainsnak": {"snaktype": "value", "property": "P31",
        "datavalue": {"value": {"entity-type": "item", "numeric-id": q[1..].parse::<u64>().unwrap(), "id": q},
        "type": "wikibase-entityid"}, "datatype": "wikibase-item"}, "type": "statement", "rank": "normal"})
}

/// One generated entity: every third a person, a city or a country-like item, names shared across kinds.
fn entity(i: usize) -> serde_json::Value {
    let (class, desc) = match i % 3 {
        0 => ("Q5", "politician"),
        1 => ("Q515", "city"),
        _ => ("Q6256", "country"),
    };
    let name = format!("Name{}", i % 50_000);
    json!({
        "type": "item", "id": format!("Q{}", i + 1),
        "labels": {"en": {"language": "en", "value": name}},
        "descriptions": {"en": {"language": "en", "value": desc}},
        "aliases": {"en": [{"language": "en", "value": format!("Alias {i}")}]},
        "claims": {"P31": [item_ref(class)]},
        "sitelinks": {"enwiki": {"site": "enwiki", "title": name, "badges": []}}
    })
}

// Over 80 lines: the bench's measurements in the order they are printed, sharing one generated dump;
// split, each part would take the same handful of paths and timings as arguments.
fn main() {
    let n: usize = std::env::var("NEWSGRAPH_BENCH_ENTITIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200_000);
    let tmp = tempfile::tempdir().expect("temporary directory");
    let dump = tmp.path().join("dump.json");
    {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&dump).expect("dump"));
        writeln!(w, "[").unwrap();
        for i in 0..n {
            let sep = if i + 1 < n { "," } else { "" };
            writeln!(w, "{}{sep}", entity(i)).unwrap();
        }
        writeln!(w, "]").unwrap();
    }
    let bytes = std::fs::metadata(&dump).unwrap().len();
    println!(
        "linking bench: {n} generated entities, {:.1} MB dump",
        bytes as f64 / 1e6
    );

    // Index build vs parsing alone.
    let (parse, parsed) = best_of(3, || {
        let r = std::io::BufReader::new(std::fs::File::open(&dump).unwrap());
        let mut count = 0usize;
        for line in r.lines() {
            let line = line.unwrap();
            let t = line.trim().trim_end_matches(',');
            if t == "[" || t == "]" || t.is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(t).unwrap();
            count += usize::from(v["id"].is_string());
        }
        count
    });
    assert_eq!(parsed, n);
    let index = tmp.path().join("index.jsonl");
    let (build, stats) = best_of(3, || build_index(&dump, &index, false).expect("index"));
    assert_eq!(stats.kept, n);
    println!(
        "index    parse only {:>8.1} ms ({:>8.0} entities/s) | build index + keys {:>8.1} ms ({:>8.0} entities/s) | cost x{:.2} of parsing",
        parse.as_secs_f64() * 1e3,
        n as f64 / parse.as_secs_f64(),
        build.as_secs_f64() * 1e3,
        n as f64 / build.as_secs_f64(),
        build.as_secs_f64() / parse.as_secs_f64()
    );

    // Opening: into memory vs the key table.
    let (open_mem, mem) = best_of(3, || OfflineIndex::open(&index).expect("open"));
    let (open_disk, disk) = best_of(3, || DiskIndex::open(&index).expect("open keys"));
    println!(
        "open     in memory {:>9.1} ms | key table {:>8.3} ms | x{:.0} faster to open",
        open_mem.as_secs_f64() * 1e3,
        open_disk.as_secs_f64() * 1e3,
        open_mem.as_secs_f64() / open_disk.as_secs_f64().max(1e-9)
    );

    // Lookups: hits (labels, aliases) and misses.
    let names: Vec<String> = (0..20_000)
        .map(|i| match i % 4 {
            0 => format!("Name{}", (i * 7919) % 50_000),
            1 => format!("Alias {}", (i * 104_729) % n),
            2 => format!("Missing {i}"),
            _ => format!("name{}", (i * 31) % 50_000),
        })
        .collect();
    let (lm, found_mem) = best_of(3, || mem.candidates(&names));
    let (ld, found_disk) = best_of(3, || disk.candidates(&names));
    let a: Vec<_> = found_mem.into_iter().map(|r| r.unwrap()).collect();
    let b: Vec<_> = found_disk.into_iter().map(|r| r.unwrap()).collect();
    assert_eq!(a, b, "disk and memory lookups must agree");
    println!(
        "lookup   in memory {:>9.1} ms ({:>9.0} names/s) | key table {:>8.1} ms ({:>8.0} names/s) | x{:.2} of memory's time",
        lm.as_secs_f64() * 1e3,
        names.len() as f64 / lm.as_secs_f64(),
        ld.as_secs_f64() * 1e3,
        names.len() as f64 / ld.as_secs_f64(),
        ld.as_secs_f64() / lm.as_secs_f64()
    );

    // Linking articles from the starter index (in memory) and from the generated index on disk.
    let texts = common::texts();
    let docs: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| newsgraph::model::Document {
            id: format!("bench-{i}"),
            published: Some("2020-01-15".into()),
            text: t.clone(),
            ..Default::default()
        })
        .collect();
    let exs: Vec<_> = docs.iter().map(newsgraph::extract::extract).collect();
    let link_all = |source: &dyn CandidateSource| {
        let mut e = exs.clone();
        for ex in &mut e {
            link_extraction(ex, source, &LinkOptions::default());
        }
        e
    };
    let (ls, a) = best_of(5, || link_all(&mem));
    let (lk, b) = best_of(5, || link_all(&disk));
    assert_eq!(a, b, "linking from disk and from memory must agree");
    println!(
        "link     {} articles: index in memory {:>7.2} ms ({:>6.0} docs/s) | key table {:>7.2} ms ({:>6.0} docs/s) | x{:.2} of memory's time",
        exs.len(),
        ls.as_secs_f64() * 1e3,
        exs.len() as f64 / ls.as_secs_f64(),
        lk.as_secs_f64() * 1e3,
        exs.len() as f64 / lk.as_secs_f64(),
        lk.as_secs_f64() / ls.as_secs_f64()
    );
}
