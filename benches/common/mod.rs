//! What the benchmarks share: timing and the articles they run on.

use std::time::{Duration, Instant};

/// The fastest of `runs` runs of `f`, with the last result.
pub fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        let r = f();
        best = best.min(t.elapsed());
        out = Some(r);
    }
    (best, out.expect("at least one run"))
}

/// The texts of the bundled seed article and of `../shared/corpus/dev/articles.jsonl` when present.
pub fn texts() -> Vec<String> {
    let mut base = vec![include_str!("../../examples/lavrov-aleppo-2016-12-06.txt").to_string()];
    if let Ok(t) = std::fs::read_to_string("../shared/corpus/dev/articles.jsonl") {
        for line in t.lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line)
                && let Some(s) = v["text"].as_str()
            {
                base.push(s.to_string());
            }
        }
    }
    base
}
