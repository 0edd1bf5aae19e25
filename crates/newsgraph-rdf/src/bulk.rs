//! `newsgraph bulk`: the store as a bundle for the bulk loaders of large triple stores — gzipped N-Quads
//! parts plus the exact commands that load them into Virtuoso (`ld_dir` / `rdf_loader_run`), QLever
//! (`qlever index`, or `IndexBuilderMain` without the control script) and Amazon Neptune (the `/loader`
//! API reading from S3).
//!
//! A bundle directory holds:
//! - `data/part-NNNNN.nq.gz`: the graphs in IRI order (the default graph first if it holds anything), each
//!   graph whole in one part and its triples sorted, a new part begun once a part holds `quads_per_part`
//!   quads; the same store gives the same bytes;
//! - `manifest.json`: each part's quads, bytes and SHA-256, the totals and the graphs;
//! - `graphs.txt`: the graph IRIs of the bundle, one per line;
//! - `virtuoso-load.sql`: clears each graph of the bundle (so re-loading replaces, never duplicates),
//!   forgets earlier loads of these files, registers them with `ld_dir`, runs `rdf_loader_run()` and
//!   `checkpoint`, then lists files the loader could not read;
//! - `Qleverfile`: for `qlever index` and `qlever start` (FORMAT nq, the parts streamed through `zcat`);
//! - `neptune-loader.json` and `neptune-load.sh`: the `/loader` request (format `nquads`) and the commands
//!   that upload the parts to S3 and start the load;
//! - `LOAD.md`: how to run each.
//!
//! Parts are written to temporary names and renamed when complete (`newsgraph_model::atomic`); the scripts and the manifest are
//! written last, so a bundle with a manifest is complete. Stale `part-*.nq.gz` files of an earlier bundle
//! in the same directory are removed first (a loader reading `part-*` would load them too).

use crate::error::{Error, Result};
use crate::export::DatasetWriter;
use crate::export::ExportFormat;
use crate::store::GraphStore;
use flate2::Compression;
use flate2::write::GzEncoder;
use newsgraph_model::atomic::AtomicFile;
use oxigraph::model::{GraphName, NamedNode, NamedOrBlankNode};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What to write and for which loaders.
#[derive(Debug, Clone)]
pub struct BulkOptions {
    /// The bundle directory (created if missing).
    pub out: PathBuf,
    /// Begin a new part once a part holds this many quads (graphs are never split).
    pub quads_per_part: u64,
    /// Only these graphs (empty: the whole store).
    pub graphs: Vec<NamedNode>,
    /// The dataset's name (QLever's index name).
    pub name: String,
    /// Graph for triples without one, in Virtuoso's `ld_dir` (N-Quads name their own graphs).
    pub default_graph: String,
    /// Where the parts go on S3 for Neptune (`s3://bucket/prefix/`); a placeholder if `None`.
    pub s3: Option<String>,
    /// The IAM role Neptune reads S3 with; a placeholder if `None`.
    pub iam_role: Option<String>,
    /// The AWS region of the bucket and the cluster; a placeholder if `None`.
    pub region: Option<String>,
    /// The Neptune cluster endpoint (`host:port`); a placeholder if `None`.
    pub neptune_endpoint: Option<String>,
    /// QLever's server port.
    pub qlever_port: u16,
}

impl BulkOptions {
    /// Defaults: 2,000,000 quads per part, dataset `newsgraph`, QLever on port 7001.
    pub fn new(out: impl Into<PathBuf>) -> Self {
        BulkOptions {
            out: out.into(),
            quads_per_part: 2_000_000,
            graphs: Vec::new(),
            name: "newsgraph".into(),
            default_graph: "https://w3id.org/newsgraph/data/graph/default".into(),
            s3: None,
            iam_role: None,
            region: None,
            neptune_endpoint: None,
            qlever_port: 7001,
        }
    }
}

/// One part of a bundle.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Part {
    /// Path relative to the bundle (`data/part-00001.nq.gz`).
    pub path: String,
    /// Quads (N-Quads lines) in the part.
    pub quads: u64,
    /// Graphs in the part.
    pub graphs: u64,
    /// Compressed size.
    pub bytes: u64,
    /// SHA-256 of the compressed file, hex.
    pub sha256: String,
}

/// What [`write_bundle`] wrote: its `manifest.json`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BulkReport {
    /// The parts, in order.
    pub parts: Vec<Part>,
    /// Quads in all parts.
    pub quads: u64,
    /// Graph names, in the order written (`""` for the default graph).
    pub graphs: Vec<String>,
}

/// Counts bytes, newlines and the SHA-256 of what passes through.
struct Counting<W: Write> {
    inner: W,
    bytes: u64,
    newlines: u64,
    hash: Option<Sha256>,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        self.newlines += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
        if let Some(h) = &mut self.hash {
            h.update(&buf[..n]);
        }
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A part being written: N-Quads lines → counter → gzip → counter and hash → file.
type PartSink = Counting<GzEncoder<Counting<AtomicFile>>>;

struct OpenPart {
    writer: DatasetWriter<PartSink>,
    path: PathBuf,
    relative: String,
    graphs: u64,
}

/// Writes the bundle for `opts` (see the module documentation) and returns its manifest.
pub fn write_bundle(store: &GraphStore, opts: &BulkOptions) -> Result<BulkReport> {
    let data = opts.out.join("data");
    std::fs::create_dir_all(&data).map_err(|e| Error::io(&data, e))?;
    remove_stale_parts(&data)?;
    let names: Vec<GraphName> = if opts.graphs.is_empty() {
        let mut names = vec![GraphName::DefaultGraph];
        names.extend(
            crate::export::graph_names(store)?
                .into_iter()
                .map(|g| match g {
                    NamedOrBlankNode::NamedNode(n) => GraphName::NamedNode(n),
                    NamedOrBlankNode::BlankNode(b) => GraphName::BlankNode(b),
                }),
        );
        names
    } else {
        let mut g = opts.graphs.clone();
        g.sort();
        g.dedup();
        g.into_iter().map(GraphName::NamedNode).collect()
    };
    let mut report = BulkReport {
        parts: Vec::new(),
        quads: 0,
        graphs: Vec::new(),
    };
    let mut current: Option<OpenPart> = None;
    for name in &names {
        if current
            .as_ref()
            .is_some_and(|p| p.writer_quads() >= opts.quads_per_part)
        {
            let done = current.take().expect("checked");
            report.parts.push(done.finish()?);
        }
        if current.is_none() {
            current = Some(OpenPart::create(&data, report.parts.len() + 1)?);
        }
        let part = current.as_mut().expect("just set");
        let before = part.writer_quads();
        part.writer.write_graph(
            name.as_ref(),
            crate::export::graph_triples(store, name.as_ref()),
        )?;
        if part.writer_quads() > before {
            part.graphs += 1;
            report.graphs.push(match name {
                GraphName::NamedNode(n) => n.as_str().to_string(),
                GraphName::BlankNode(b) => b.to_string(),
                GraphName::DefaultGraph => String::new(),
            });
        }
    }
    if let Some(part) = current {
        if part.graphs > 0 || report.parts.is_empty() {
            report.parts.push(part.finish()?);
        } else {
            part.discard();
        }
    }
    report.quads = report.parts.iter().map(|p| p.quads).sum();
    write_scripts(opts, &report)?;
    Ok(report)
}

impl OpenPart {
    fn create(data: &Path, number: usize) -> Result<Self> {
        let relative = format!("data/part-{number:05}.nq.gz");
        let path = data.join(format!("part-{number:05}.nq.gz"));
        let file = AtomicFile::create(&path).map_err(|e| Error::io(&path, e))?;
        let compressed = Counting {
            inner: file,
            bytes: 0,
            newlines: 0,
            hash: Some(Sha256::new()),
        };
        let sink = Counting {
            inner: GzEncoder::new(compressed, Compression::default()),
            bytes: 0,
            newlines: 0,
            hash: None,
        };
        Ok(OpenPart {
            writer: DatasetWriter::new(ExportFormat::NQuads, sink)?,
            path,
            relative,
            graphs: 0,
        })
    }

    fn writer_quads(&self) -> u64 {
        // N-Quads is a line format: the writer's output is always reachable.
        self.writer.line_output().map_or(0, |sink| sink.newlines)
    }

    fn finish(self) -> Result<Part> {
        let io = |e| Error::io(&self.path, e);
        let sink = self.writer.finish()?;
        let quads = sink.newlines;
        let mut compressed = sink.inner.finish().map_err(io)?;
        let bytes = compressed.bytes;
        let sha256 = compressed
            .hash
            .take()
            .expect("set at creation")
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        compressed.inner.commit().map_err(io)?;
        Ok(Part {
            path: self.relative,
            quads,
            graphs: self.graphs,
            bytes,
            sha256,
        })
    }

    /// Drops an unused part (its temporary file is removed).
    fn discard(self) {
        drop(self.writer);
    }
}

/// Removes `part-*.nq.gz` files (and temporary parts) left in `data` by an earlier bundle.
fn remove_stale_parts(data: &Path) -> Result<()> {
    for entry in std::fs::read_dir(data).map_err(|e| Error::io(data, e))? {
        let entry = entry.map_err(|e| Error::io(data, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = (name.starts_with("part-") && name.ends_with(".nq.gz"))
            || (name.starts_with(".part-") && name.ends_with(".tmp"));
        if ours {
            std::fs::remove_file(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
        }
    }
    Ok(())
}

/// Writes `contents` to `path` whole or not at all.
fn write_file(path: &Path, contents: &str) -> Result<()> {
    newsgraph_model::atomic::write(path, contents.as_bytes()).map_err(|e| Error::io(path, e))
}

/// A SQL string literal for Virtuoso (single quotes doubled).
fn sql_string(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn or_placeholder<'a>(value: &'a Option<String>, placeholder: &'a str) -> &'a str {
    value.as_deref().unwrap_or(placeholder)
}

/// The loaders' files and `LOAD.md`, then `manifest.json` last.
fn write_scripts(opts: &BulkOptions, report: &BulkReport) -> Result<()> {
    let out = &opts.out;
    let absolute = std::fs::canonicalize(out).map_err(|e| Error::io(out, e))?;
    let data_dir = absolute.join("data");
    let data_dir = data_dir.to_string_lossy();
    let named: Vec<&String> = report.graphs.iter().filter(|g| !g.is_empty()).collect();

    let mut graphs_txt = String::new();
    for g in &named {
        graphs_txt.push_str(g);
        graphs_txt.push('\n');
    }
    write_file(&out.join("graphs.txt"), &graphs_txt)?;
    write_file(
        &out.join("virtuoso-load.sql"),
        &virtuoso_sql(&named, &data_dir, &opts.default_graph),
    )?;
    write_file(
        &out.join("Qleverfile"),
        &qleverfile(opts, report, named.len()),
    )?;
    write_neptune(opts)?;
    write_file(
        &out.join("LOAD.md"),
        &load_md(report, &data_dir, named.len()),
    )?;

    let manifest =
        serde_json::to_string_pretty(report).map_err(|e| Error::Invalid(e.to_string()))?;
    write_file(&out.join("manifest.json"), &format!("{manifest}\n"))
}

/// Virtuoso's script (`isql-vt PORT dba PASSWORD virtuoso-load.sql`): clear each named graph, then bulk
/// load the parts of `data_dir`.
fn virtuoso_sql(named: &[&String], data_dir: &str, default_graph: &str) -> String {
    let mut sql = String::from(
        "-- Bulk load of a newsgraph bundle into Virtuoso. Run: isql-vt 1111 dba PASSWORD virtuoso-load.sql\n\
         -- The bundle's data directory must be listed in DirsAllowed (virtuoso.ini).\n\
         -- Each graph of the bundle is cleared first, so loading a bundle again replaces its graphs.\n",
    );
    for g in named {
        sql.push_str(&format!("SPARQL CLEAR GRAPH <{g}>;\n"));
    }
    sql.push_str(&format!(
        "DELETE FROM DB.DBA.load_list WHERE ll_file LIKE {};\n\
         ld_dir({}, 'part-*.nq.gz', {});\n\
         rdf_loader_run();\n\
         checkpoint;\n\
         SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_file LIKE {} AND ll_error IS NOT NULL;\n",
        sql_string(&format!("{data_dir}/%")),
        sql_string(data_dir),
        sql_string(default_graph),
        sql_string(&format!("{data_dir}/%")),
    ));
    sql
}

/// QLever's `Qleverfile` (`qlever index && qlever start`; qlever-control reads it in the current
/// directory).
fn qleverfile(opts: &BulkOptions, report: &BulkReport, graphs: usize) -> String {
    format!(
        "# Qleverfile for a newsgraph bundle: run `qlever index` then `qlever start` in this directory\n\
         # (https://github.com/ad-freiburg/qlever-control). Without the control script:\n\
         #   zcat data/part-*.nq.gz | IndexBuilderMain -i {name} -s {name}.settings.json -F nq -f -\n\
         #   ServerMain -i {name} -p {port}\n\
         \n[data]\nNAME        = {name}\nFORMAT      = nq\nDESCRIPTION = newsgraph bundle: {quads} quads in {graphs} graphs\n\
         \n[index]\nINPUT_FILES     = data/part-*.nq.gz\nCAT_INPUT_FILES = zcat ${{INPUT_FILES}}\n\
         SETTINGS_JSON   = {{ \"ascii-prefixes-only\": false, \"num-triples-per-batch\": 1000000 }}\n\
         \n[server]\nPORT = {port}\n\
         \n[runtime]\nSYSTEM = docker\nIMAGE  = docker.io/adfreiburg/qlever:latest\n",
        name = opts.name,
        port = opts.qlever_port,
        quads = report.quads,
    )
}

/// Neptune's loader request and the script that uploads the parts to S3 and then POSTs the request.
fn write_neptune(opts: &BulkOptions) -> Result<()> {
    let out = &opts.out;
    let s3 = or_placeholder(&opts.s3, "s3://BUCKET/newsgraph/");
    let role = or_placeholder(
        &opts.iam_role,
        "arn:aws:iam::ACCOUNT:role/NeptuneLoadFromS3",
    );
    let region = or_placeholder(&opts.region, "REGION");
    let endpoint = or_placeholder(&opts.neptune_endpoint, "CLUSTER-ENDPOINT:8182");
    let request = serde_json::json!({
        "source": s3,
        "format": "nquads",
        "iamRoleArn": role,
        "region": region,
        "failOnError": "TRUE",
        "parallelism": "MEDIUM",
        "queueRequest": "TRUE",
    });
    let request =
        serde_json::to_string_pretty(&request).map_err(|e| Error::Invalid(e.to_string()))?;
    write_file(&out.join("neptune-loader.json"), &format!("{request}\n"))?;
    let script = format!(
        "#!/bin/sh\n\
         # Load a newsgraph bundle into Amazon Neptune: upload the parts to S3, then start a bulk load job.\n\
         # Needs the AWS CLI with credentials, and an IAM role Neptune can read the bucket with.\n\
         # Neptune appends: to replace graphs loaded before, drop them first (SPARQL: DROP GRAPH <IRI>, see\n\
         # graphs.txt).\n\
         set -eu\n\
         cd \"$(dirname \"$0\")\"\n\
         aws s3 cp data/ {s3q} --recursive --exclude '*' --include 'part-*.nq.gz' --region {regionq}\n\
         curl -sS -X POST -H 'Content-Type: application/json' https://{endpoint}/loader -d @neptune-loader.json\n\
         echo\n\
         echo 'Follow the job with: curl -sS https://{endpoint}/loader/LOAD-ID'\n",
        s3q = shell_quote(s3),
        regionq = shell_quote(region),
    );
    let script_path = out.join("neptune-load.sh");
    write_file(&script_path, &script)?;
    make_executable(&script_path)?;
    Ok(())
}

/// `LOAD.md`: how to load the bundle into each store.
fn load_md(report: &BulkReport, data_dir: &str, graphs: usize) -> String {
    format!(
        "# Loading this bundle\n\n\
         {parts} part(s), {quads} quads, {graphs} named graph(s); `manifest.json` lists each part's quads and SHA-256.\n\n\
         ## Virtuoso\n\nAdd `{data_dir}` to `DirsAllowed` in virtuoso.ini, then:\n\n    isql-vt 1111 dba PASSWORD virtuoso-load.sql\n\n\
         Every graph of the bundle is cleared first, so loading again replaces. For more speed on a server with\n\
         many cores, run `rdf_loader_run();` in several isql sessions at once after `ld_dir`.\n\n\
         ## QLever\n\nIn this directory: `qlever index` then `qlever start` (see the comments in `Qleverfile` for\n\
         the commands without qlever-control). QLever builds its index from scratch each time.\n\n\
         ## Amazon Neptune\n\nEdit `neptune-loader.json` (source, iamRoleArn, region) and the endpoint in `neptune-load.sh`\n\
         if they show placeholders, then run `./neptune-load.sh`.\n",
        parts = report.parts.len(),
        quads = report.quads,
    )
}

/// `s` quoted for a POSIX shell.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

#[cfg(unix)]
fn make_executable(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .map_err(|e| Error::io(path, e))
}

#[cfg(not(unix))]
fn make_executable(_path: &Path) -> Result<()> {
    Ok(())
}
