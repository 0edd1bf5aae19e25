//! `eval`: extraction scored against gold annotations.

use super::ingest::each_batch;
use crate::cli::args::*;
use crate::cli::linking::Linker;
use anyhow::Result;
use std::io::Write;

/// `newsgraph eval`.
pub fn eval(a: &EvalArgs) -> Result<()> {
    let linker = Linker::from_args(&a.link)?;
    let input = InputArgs {
        inputs: a.inputs.clone(),
        published: a.published.clone(),
        shard: None,
        max_article_bytes: a.max_article_bytes,
    };
    let mut preds = Vec::new();
    let ingested = each_batch("eval", &input, linker.as_ref(), &mut |exs| {
        preds.extend(exs);
        Ok(())
    })?;
    if ingested.interrupted {
        eprintln!(
            "newsgraph eval: interrupted by Ctrl-C after {} article(s); no scores",
            ingested.articles
        );
        return ingested.check();
    }
    let report = newsgraph::eval::score_with(
        &a.gold_dir,
        &preds,
        newsgraph::eval::EvalOptions { verbose: a.verbose },
    )?;
    let mut out = std::io::stdout().lock();
    if a.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        write!(out, "{report}")?;
    }
    if a.verbose {
        for d in report.diagnostics.iter().chain(&report.extra_diagnostics) {
            writeln!(out, "{d}")?;
        }
    }
    ingested.check()
}
