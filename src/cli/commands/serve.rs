//! `serve`: the store over HTTP (explorer and SPARQL endpoint).

use super::{open_dir, read_token};
use crate::cli::args::*;
use anyhow::{Result, bail};
use newsgraph::store::OpenMode;

/// `newsgraph serve`.
pub fn serve(a: &ServeArgs) -> Result<()> {
    let token = match &a.token_file {
        Some(f) => {
            let token = read_token(f)?;
            if token.is_empty() {
                bail!("{}: the token file's first line is empty", f.display());
            }
            Some(token)
        }
        None => None,
    };
    let mode = if a.writable {
        OpenMode::ReadWrite
    } else {
        OpenMode::ReadOnly
    };
    let store = open_dir(&a.store, mode)?;
    let defaults = newsgraph::serve::ServeOptions::default();
    let opts = newsgraph::serve::ServeOptions {
        bind: a.bind,
        timeout: std::time::Duration::from_secs(a.timeout.max(1)),
        max_rows: a.max_rows,
        max_body_bytes: a.max_body,
        max_concurrent: a.max_concurrent.unwrap_or(defaults.max_concurrent),
        queue_wait: std::time::Duration::from_millis(a.queue_wait_ms),
        writable: a.writable,
        token,
    };
    if !a.bind.ip().is_loopback() {
        eprintln!(
            "newsgraph serve: warning: listening on {}, reachable from other machines{}",
            a.bind,
            if a.writable {
                " (writes need the bearer token; use TLS in front of it)"
            } else {
                " (read-only)"
            }
        );
    }
    let writable = a.writable;
    newsgraph::serve::serve(store, opts, move |addr| {
        eprintln!(
            "newsgraph serve: listening on http://{addr}/ ({}; SPARQL at /sparql; Ctrl-C stops)",
            if writable { "writable" } else { "read-only" }
        );
    })?;
    Ok(())
}
