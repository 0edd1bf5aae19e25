//! Article-size benchmark (`cargo bench --bench article_size`): extraction time per MB of one article, from
//! 10 KB to 10 MB. Flat figures mean no per-article loop is quadratic in the article's length.
//!
//! The articles repeat an invented paragraph (people with titles, direct and reported speech, an agreement,
//! dates, places) to the size wanted. `NEWSGRAPH_BENCH_MAX_MB` caps the largest size (default 10).

use newsgraph::model::Document;
use std::time::Instant;

/// An invented paragraph in the style of wire copy.
const PARAGRAPH: &str = "Foreign Minister Anna Kovic said on Tuesday that Freedonia was ready to talk. \
\"We will not leave the table while the ceasefire holds,\" Kovic told reporters in Geneva. \
The Sylvanian envoy, Marcus Trentino, said his government had signed a memorandum with Russia on March 3. \
Officials in Washington accused the rebels of breaking the truce, according to a statement from the State Department. \
Trentino added that the agreement \"remains our best hope\" for the region.\n\n";

/// `PARAGRAPH` repeated to `bytes` bytes (it is ASCII, so any cut is a char boundary).
fn article(bytes: usize) -> String {
    let mut s = PARAGRAPH.repeat(bytes / PARAGRAPH.len() + 1);
    s.truncate(bytes);
    s
}

fn main() {
    let max_mb: f64 = std::env::var("NEWSGRAPH_BENCH_MAX_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10.0);
    println!("article size bench: one article of repeated invented text, extraction only");
    println!(
        "{:>10} {:>10} {:>10} {:>11} {:>9}",
        "bytes", "entities", "statements", "seconds", "s per MB"
    );
    for bytes in [
        10_000usize,
        30_000,
        100_000,
        300_000,
        1_000_000,
        3_000_000,
        10_000_000,
    ] {
        if bytes as f64 > max_mb * 1e6 {
            break;
        }
        let doc = Document {
            id: format!("size-{bytes}"),
            published: Some("2020-01-15".into()),
            text: article(bytes),
            ..Default::default()
        };
        // small articles are timed over several runs (best of), large ones once
        let runs = (1_000_000 / bytes).clamp(1, 20);
        let mut best = f64::INFINITY;
        let mut ex = None;
        for _ in 0..runs {
            let t = Instant::now();
            let e = newsgraph::extract::extract(&doc);
            best = best.min(t.elapsed().as_secs_f64());
            ex = Some(e);
        }
        let ex = ex.expect("one run");
        println!(
            "{:>10} {:>10} {:>10} {:>11.4} {:>9.3}",
            bytes,
            ex.entities.len(),
            ex.statements.len(),
            best,
            best / (bytes as f64 / 1e6)
        );
    }
}
