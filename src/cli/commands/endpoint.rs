//! `bulk` and `push`: the store's graphs to a SPARQL endpoint.

use super::{open_dir, read_token};
use crate::cli::args::*;
use anyhow::{Context, Result};
use newsgraph::store::OpenMode;
use oxigraph::model::NamedNode;

/// `newsgraph bulk`: a bulk-load bundle for Virtuoso, QLever and Neptune (see [`newsgraph::bulk`]).
pub fn bulk(a: &BulkArgs) -> Result<()> {
    use newsgraph::bulk::{BulkOptions, write_bundle};
    let store = open_dir(&a.store, OpenMode::ReadOnly)?;
    let mut opts = BulkOptions::new(&a.out);
    opts.quads_per_part = a.quads_per_part.max(1);
    opts.name = a.name.clone();
    opts.qlever_port = a.qlever_port;
    opts.s3 = a.s3.clone();
    opts.iam_role = a.iam_role.clone();
    opts.region = a.region.clone();
    opts.neptune_endpoint = a.neptune_endpoint.clone();
    for g in &a.graphs {
        opts.graphs.push(
            NamedNode::new(g.trim_matches(['<', '>'])).with_context(|| format!("--graph {g}"))?,
        );
    }
    let report = write_bundle(&store, &opts)?;
    eprintln!(
        "newsgraph bulk: {} quads in {} graph(s), {} part(s), {:.1} MB compressed, in {}; see {}",
        report.quads,
        report.graphs.len(),
        report.parts.len(),
        report.parts.iter().map(|p| p.bytes).sum::<u64>() as f64 / 1e6,
        a.out.display(),
        a.out.join("LOAD.md").display()
    );
    Ok(())
}

/// `newsgraph push`.
pub fn push(a: &PushArgs) -> Result<()> {
    use newsgraph::push::{Auth, PushOptions};
    let store = open_dir(&a.store, OpenMode::ReadOnly)?;
    let mut opts = PushOptions::new(&a.endpoint);
    opts.via_update = a.via_update;
    opts.batch = a.batch.max(1);
    opts.retries = a.retries;
    opts.parallel = a.parallel.max(1);
    opts.auth = if let Some(f) = &a.token_file {
        Auth::Bearer(read_token(f)?)
    } else if let Some(user) = &a.user {
        let password = std::env::var("NEWSGRAPH_PUSH_PASSWORD")
            .context("--user needs the password in NEWSGRAPH_PUSH_PASSWORD")?;
        Auth::Basic {
            user: user.clone(),
            password,
        }
    } else {
        Auth::None
    };
    opts.checkpoint = Some(a.checkpoint.clone().unwrap_or_else(|| {
        let mut p = a.store.clone().into_os_string();
        p.push(".push-checkpoint.tsv");
        p.into()
    }));
    for g in &a.graphs {
        opts.graphs.push(
            NamedNode::new(g.trim_matches(['<', '>'])).with_context(|| format!("--graph {g}"))?,
        );
    }
    let report = newsgraph::push::push(&store, &opts, &mut |_| {})?;
    eprintln!(
        "newsgraph push: {} graph(s) sent ({} triples, {:.1} MB, {} requests, {} retried) and {} already there, \
         in {:.1} s ({:.0} triples/s) to {}",
        report.graphs_sent,
        report.triples,
        report.bytes as f64 / 1e6,
        report.requests,
        report.retries,
        report.graphs_skipped,
        report.seconds,
        report.triples as f64 / report.seconds.max(1e-9),
        a.endpoint
    );
    Ok(())
}
