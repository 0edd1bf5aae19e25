//! The command line, as clap-derived types.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// newsgraph: news reporting → a linked-data knowledge graph (actors, statements, places, agreements).
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about, long_about = None, after_help = EXIT_STATUS)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// When to colour clap's help and error messages: auto (a terminal, unless NO_COLOR is set), always or
    /// never. Nothing else newsgraph prints is coloured.
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value = "auto"
    )]
    pub color: ColorWhen,
    /// Show progress on stderr even when it is not a terminal: a plain line every few seconds (on a
    /// terminal, long commands show a progress bar anyway).
    #[arg(long, global = true, conflicts_with = "quiet")]
    pub progress: bool,
    /// No progress bar or progress lines (warnings, errors and the final summary are still printed).
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

/// What `--help` says of exit codes.
pub const EXIT_STATUS: &str = "Exit status: 0 success; 1 bad input or a failure (the message says which file, \
line or offset); 2 bad usage (unknown option, missing or conflicting arguments); 130 interrupted by Ctrl-C \
(what was committed before it is kept and reported).";

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour on a terminal, unless the environment variable NO_COLOR is set (and not empty).
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Ingest, extract, (link,) map, load and export in one go: the main job.
    Run(RunArgs),
    /// Extract actors, statements and agreements as extraction JSON Lines (the contract).
    Extract(ExtractArgs),
    /// Load articles (text or extraction JSON) into a store; an article loaded again replaces its graph.
    Load(LoadArgs),
    /// Remove articles from a store: their graphs, and the entity facts only they supported.
    Remove(RemoveArgs),
    /// Run a bundled query by name, a query file or an ad-hoc SPARQL query.
    Query(QueryArgs),
    /// Export a store (or extraction JSON) as Turtle, N-Triples, N-Quads, TriG, RDF/XML or JSON-LD.
    Export(ExportArgs),
    /// Count what a store holds.
    Stats(StatsArgs),
    /// Recount each entity's articles and mentions (graph/shared/counts), for a store written before
    /// those counts existed; load and remove keep them up to date.
    Recount(RecountArgs),
    /// Serve a store over HTTP: SPARQL 1.1 endpoint, bundled queries and the explorer page.
    Serve(ServeArgs),
    /// Publish a store's graphs into another triple store (Graph Store Protocol or SPARQL Update).
    Push(PushArgs),
    /// Write the store as a bulk-load bundle (gzipped N-Quads parts) with the loader commands for
    /// Virtuoso, QLever and Amazon Neptune.
    Bulk(BulkArgs),
    /// Link the entities of a store to Wikidata.
    Link(LinkStoreArgs),
    /// Wikidata tools (build an offline index from a dump).
    #[command(subcommand)]
    Wikidata(WikidataCommand),
    /// Score extractions (or articles, extracted on the fly) against gold annotations.
    Eval(EvalArgs),
    /// Draw the actor network as a picture (SVG, PNG or PDF) with Graphviz.
    Plot(PlotArgs),
    /// Print a shell completion script (`newsgraph completions bash > /etc/bash_completion.d/newsgraph`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (`newsgraph man > newsgraph.1`), or write one page per command into a directory.
    Man {
        /// Write newsgraph.1 and newsgraph-COMMAND.1 for every subcommand into this directory.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// Where the store is.
#[derive(Debug, Args, Clone)]
pub struct StoreArgs {
    /// Store directory (RocksDB), created when missing.
    #[arg(
        long,
        value_name = "DIR",
        default_value = "newsgraph-store",
        conflicts_with = "memory"
    )]
    pub store: PathBuf,
    /// Use an in-memory store (gone when the command ends).
    #[arg(long)]
    pub memory: bool,
    /// Quads of new articles the bulk loader gathers before the store takes them in, in one atomic step.
    /// Larger loads faster and peaks higher: the default keeps a load of 100,000 articles under 500 MB of
    /// memory; 4000000 took 0.88x the CPU time and peaked at 505 MB there.
    #[arg(
        long,
        value_name = "QUADS",
        default_value_t = newsgraph::store::BulkSession::DEFAULT_COMMIT_QUADS,
        value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..)
    )]
    pub commit_quads: usize,
}

/// Input articles.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// Files (.txt, .md, .jsonl, .json), directories (recursive) or `-` for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for text inputs, which carry none.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Process only the articles of shard I of N (by a stable hash of the article id: the first 8 bytes
    /// of its SHA-256, big-endian, modulo N, plus 1), so N jobs split a corpus with no coordination.
    #[arg(long, value_name = "I/N")]
    pub shard: Option<newsgraph::shard::Shard>,
    /// Largest record read, in bytes: one article (a .txt, .md or .json file, or a text on stdin) or one
    /// line of JSON Lines. A larger record is reported (file and line) and skipped, the others are read,
    /// and the command ends with exit status 1.
    #[arg(long, value_name = "BYTES", default_value_t = newsgraph::ingest::DEFAULT_MAX_ARTICLE_BYTES,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub max_article_bytes: u64,
}

/// When and how to link entities to Wikidata.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LinkMode {
    /// Through the Wikidata API (cached on disk).
    Online,
    /// From a local index (`--index`, else the bundled starter index).
    Offline,
    /// No linking.
    Off,
}

/// Options of Wikidata linking.
#[derive(Debug, Args, Clone)]
pub struct LinkArgs {
    /// Link entities to Wikidata.
    #[arg(long, value_enum, default_value = "off")]
    pub link: LinkMode,
    /// Offline index built by `newsgraph wikidata index` (default: the bundled starter index).
    #[arg(long, value_name = "INDEX")]
    pub index: Option<PathBuf>,
    #[command(flatten)]
    pub online: OnlineArgs,
}

/// Options of the Wikidata API client.
#[derive(Debug, Args, Clone)]
pub struct OnlineArgs {
    /// Wikidata (or Wikibase) API endpoint.
    #[arg(
        long,
        value_name = "URL",
        default_value = "https://www.wikidata.org/w/api.php"
    )]
    pub wikidata_endpoint: String,
    /// On-disk cache of API replies (a second run sends no request).
    #[arg(long, value_name = "DIR", default_value = "newsgraph-cache/wikidata")]
    pub wikidata_cache: PathBuf,
    /// Per-request timeout in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 20)]
    pub wikidata_timeout: u64,
    /// Retries of a failed request (with exponential backoff, honouring Retry-After).
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub wikidata_retries: u32,
    /// Seconds a cached search that found nothing is trusted before the name is asked again.
    #[arg(long, value_name = "SECS", default_value_t = 86_400)]
    pub wikidata_empty_ttl: u64,
    /// Levels of P279 (subclass of) followed from a class newsgraph does not know (0: off).
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub wikidata_class_depth: u32,
    /// Minimum confidence of a link; below it the entity stays unlinked.
    #[arg(long, value_name = "X")]
    pub link_threshold: Option<f64>,
    /// Write what linking did for each entity (linked with confidence, or why it was left unlinked) to this
    /// TSV file: article, entity id, type, name, outcome, QID, confidence, reason.
    #[arg(long, value_name = "FILE")]
    pub link_report: Option<PathBuf>,
}

/// Options of the RDF mapping.
#[derive(Debug, Args, Clone)]
pub struct MapArgs {
    /// Base IRI of minted IRIs (ends in `/` or `#`).
    #[arg(long, value_name = "IRI", default_value = newsgraph::rdf::DEFAULT_BASE_IRI)]
    pub base_iri: String,
}

/// `newsgraph run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub store: StoreArgs,
    #[command(flatten)]
    pub map: MapArgs,
    #[command(flatten)]
    pub link: LinkArgs,
    /// Output file (default: stdout).
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// RDF format (default: from the --out extension, else ttl).
    #[arg(long, short, value_name = "FORMAT")]
    pub format: Option<String>,
    /// After the run, serve the store (SPARQL endpoint and explorer page, read-only) until Ctrl-C. Without
    /// --out the graph is then not written to stdout.
    #[arg(long)]
    pub serve: bool,
    /// Address and port --serve listens on (loopback by default; port 0 picks a free port).
    #[arg(
        long,
        value_name = "ADDR",
        default_value = "127.0.0.1:7878",
        requires = "serve"
    )]
    pub bind: std::net::SocketAddr,
}

/// `newsgraph extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub link: LinkArgs,
    /// Output file (default: stdout).
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Pretty-print (one multi-line JSON object per article instead of JSON Lines).
    #[arg(long)]
    pub pretty: bool,
}

/// `newsgraph load`.
#[derive(Debug, Args)]
pub struct LoadArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub store: StoreArgs,
    #[command(flatten)]
    pub map: MapArgs,
    #[command(flatten)]
    pub link: LinkArgs,
}

/// `newsgraph query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// Name of a bundled query (see --list).
    #[arg(value_name = "NAME", conflicts_with_all = ["file", "sparql", "list"])]
    pub name: Option<String>,
    /// A query file.
    #[arg(long, value_name = "Q.rq", conflicts_with_all = ["sparql", "list"])]
    pub file: Option<PathBuf>,
    /// An ad-hoc query.
    #[arg(long, value_name = "SPARQL", conflicts_with = "list")]
    pub sparql: Option<String>,
    /// List the bundled queries with their parameters.
    #[arg(long)]
    pub list: bool,
    /// A parameter of a bundled query, bound as an RDF term (`--param name=Lavrov`).
    #[arg(long = "param", short = 'p', value_name = "K=V")]
    pub params: Vec<String>,
    /// Result format: table, csv, tsv, json, xml (ttl, nt for CONSTRUCT/DESCRIBE); for actor-network also
    /// the graph formats graphml, gexf (Gephi, Cytoscape, networkx) and dot (Graphviz).
    #[arg(long, short, default_value = "table")]
    pub format: String,
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "newsgraph-store")]
    pub store: PathBuf,
    /// Output file (default: stdout).
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Stop the query with an error after this many seconds (0: no limit).
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    pub timeout: u64,
    /// Rows per page of a SELECT answer. Bundled queries answer one page of 100 rows unless told otherwise
    /// (a note on stderr says when more rows follow); ad-hoc queries are paged only when this is given.
    #[arg(long, value_name = "N", conflicts_with = "all")]
    pub limit: Option<usize>,
    /// Rows skipped before the page (`--offset 100` is the second page of 100).
    #[arg(long, value_name = "N", conflicts_with = "all")]
    pub offset: Option<usize>,
    /// Every row of the answer, unpaged.
    #[arg(long)]
    pub all: bool,
    /// Run the query on a remote SPARQL endpoint (Virtuoso, Fuseki, `newsgraph serve` …) instead of the
    /// store; results are written exactly as for the store.
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
}

/// What `newsgraph plot` draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlotWhat {
    /// The bundled query actor-network: actors linked by co-mention and co-party.
    ActorNetwork,
}

/// `newsgraph plot`.
#[derive(Debug, Args)]
pub struct PlotArgs {
    /// What to draw.
    #[arg(value_enum)]
    pub what: PlotWhat,
    /// The picture to write; its extension (.svg, .png, .pdf) is the format.
    #[arg(long, short, value_name = "FILE")]
    pub out: PathBuf,
    /// A parameter of the query (`--param min=2`: only pairs of weight 2 or more).
    #[arg(long = "param", short = 'p', value_name = "K=V")]
    pub params: Vec<String>,
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "newsgraph-store")]
    pub store: PathBuf,
    /// Graphviz layout engine: neato, fdp, sfdp, circo, twopi or dot.
    #[arg(long, value_name = "ENGINE", default_value = "neato")]
    pub layout: String,
}

/// `newsgraph push`.
#[derive(Debug, Args)]
pub struct PushArgs {
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "newsgraph-store")]
    pub store: PathBuf,
    /// Graph Store Protocol endpoint (e.g. http://localhost:8890/sparql-graph-crud for Virtuoso,
    /// http://localhost:7878/store for `newsgraph serve`); with --via-update, the SPARQL Update endpoint.
    #[arg(long, value_name = "URL")]
    pub endpoint: String,
    /// Send SPARQL 1.1 Update (DROP SILENT GRAPH + INSERT DATA) instead of Graph Store requests.
    #[arg(long)]
    pub via_update: bool,
    /// File whose first line is a bearer token.
    #[arg(long, value_name = "FILE", conflicts_with = "user")]
    pub token_file: Option<PathBuf>,
    /// HTTP Basic user (the password is read from the environment variable NEWSGRAPH_PUSH_PASSWORD).
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// Triples per request.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    pub batch: usize,
    /// Retries per request (connection errors, timeouts, 429, 5xx), with exponential backoff.
    #[arg(long, value_name = "N", default_value_t = 6)]
    pub retries: u32,
    /// Checkpoint file: graphs the target already has, unchanged, are not sent again
    /// [default: DIR.push-checkpoint.tsv beside the store].
    #[arg(long, value_name = "FILE")]
    pub checkpoint: Option<PathBuf>,
    /// Push only this graph (repeatable; default: every named graph).
    #[arg(long = "graph", value_name = "IRI")]
    pub graphs: Vec<String>,
    /// Graphs sent at once, each over its own connection.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub parallel: usize,
}

/// `newsgraph serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "newsgraph-store")]
    pub store: PathBuf,
    /// Address and port to listen on (loopback by default; port 0 picks a free port).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:7878")]
    pub bind: std::net::SocketAddr,
    /// Stop a query after this many seconds (503).
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    pub timeout: u64,
    /// At most this many result rows (or triples) per answer; more are cut and the
    /// `X-Newsgraph-Truncated` header says so.
    #[arg(long, value_name = "N", default_value_t = 100_000)]
    pub max_rows: usize,
    /// Queries evaluated at once; more wait up to --queue-wait-ms, then get 503 [default: 2 × CPUs].
    #[arg(long, value_name = "N")]
    pub max_concurrent: Option<usize>,
    /// How long a request waits for a query slot before 503, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 2000)]
    pub queue_wait_ms: u64,
    /// Largest request body accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
    pub max_body: usize,
    /// Accept SPARQL Update and Graph Store writes (with the bearer token of --token-file).
    #[arg(long, requires = "token_file")]
    pub writable: bool,
    /// File whose first line is the bearer token writes need.
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
}

/// `newsgraph export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Store directory.
    #[arg(
        long,
        value_name = "DIR",
        default_value = "newsgraph-store",
        conflicts_with = "from"
    )]
    pub store: PathBuf,
    /// Map extraction JSON (Lines) directly, without a store.
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// With --from: the largest record read, in bytes (see `newsgraph extract --help`).
    #[arg(long, value_name = "BYTES", default_value_t = newsgraph::ingest::DEFAULT_MAX_ARTICLE_BYTES,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub max_article_bytes: u64,
    /// Only this named graph (e.g. an article's graph IRI, or the shared entities graph).
    #[arg(long, value_name = "IRI", conflicts_with = "article")]
    pub graph: Option<String>,
    /// Only these articles (by id, repeatable), each with what the shared entities graph says of the
    /// entities it mentions: a self-contained export of a few articles.
    #[arg(long, value_name = "ID", conflicts_with = "from")]
    pub article: Vec<String>,
    /// RDF format (default: from the --out extension, else ttl).
    #[arg(long, short, value_name = "FORMAT")]
    pub format: Option<String>,
    /// JSON-LD only: compacted with the short keys of ontology/context.jsonld and framed, one object per
    /// article with its entities, statements, agreements and mentions nested (the same graph as the other
    /// formats).
    #[arg(long, value_enum, value_name = "FRAME", conflicts_with_all = ["from", "article"])]
    pub frame: Option<JsonLdFrame>,
    /// Output file (default: stdout).
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub map: MapArgs,
}

/// `export --frame`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum JsonLdFrame {
    /// One object per article (ontology/frame-article.jsonld).
    Article,
}

/// `newsgraph remove`.
#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// Ids of the articles to remove (as `stats` and the graph IRIs show them).
    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "newsgraph-store")]
    pub store: PathBuf,
    #[command(flatten)]
    pub map: MapArgs,
}

/// `newsgraph recount`.
#[derive(Debug, Args)]
pub struct RecountArgs {
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "newsgraph-store")]
    pub store: PathBuf,
    #[command(flatten)]
    pub map: MapArgs,
}

/// `newsgraph stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "newsgraph-store")]
    pub store: PathBuf,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `newsgraph link`.
#[derive(Debug, Args)]
pub struct LinkStoreArgs {
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "newsgraph-store")]
    pub store: PathBuf,
    /// Link through the Wikidata API (the default).
    #[arg(long, conflicts_with = "offline")]
    pub online: bool,
    /// Link from a local index (`starter` for the bundled one).
    #[arg(long, value_name = "INDEX")]
    pub offline: Option<PathBuf>,
    #[command(flatten)]
    pub api: OnlineArgs,
    /// Base IRI the store was loaded with (a store with no graph under it is an error).
    #[arg(long, value_name = "IRI", default_value = newsgraph::rdf::DEFAULT_BASE_IRI)]
    pub base_iri: String,
}

/// `newsgraph wikidata …`.
#[derive(Debug, Subcommand)]
pub enum WikidataCommand {
    /// Build a compact offline index from a Wikidata JSON dump (.json, .json.gz, .json.bz2).
    Index {
        /// The dump.
        dump: PathBuf,
        /// The index file to write.
        #[arg(long, short, value_name = "INDEX")]
        out: PathBuf,
        /// Levels of P279 (subclass of) followed from P31 classes newsgraph does not know, in a first pass
        /// over the dump (0: one pass, listed classes only).
        #[arg(long, value_name = "N", default_value_t = 4)]
        class_depth: u32,
    },
    /// (Re)build the key table INDEX.keys of an uncompressed index, for lookups from disk without loading
    /// the index into memory (`wikidata index` writes it already).
    Keys {
        /// The index file (JSON Lines, not gzip'd).
        index: PathBuf,
    },
}

/// `newsgraph eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Directory of `*.gold.json` files.
    pub gold_dir: PathBuf,
    /// Predictions (extraction JSON Lines) or articles (extracted on the fly).
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Publication date for text inputs.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Largest record read, in bytes (see `newsgraph extract --help`).
    #[arg(long, value_name = "BYTES", default_value_t = newsgraph::ingest::DEFAULT_MAX_ARTICLE_BYTES,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub max_article_bytes: u64,
    /// Print JSON (the scorer's `--json`).
    #[arg(long)]
    pub json: bool,
    /// Print what was missed and what was spurious (the scorer's `--verbose` lines), then the matched
    /// entities with a wrong type, the matched agreements with wrong parties or status, and the spurious
    /// agreements.
    #[arg(long, short)]
    pub verbose: bool,
    #[command(flatten)]
    pub link: LinkArgs,
}

/// `newsgraph bulk`.
#[derive(Debug, clap::Args)]
pub struct BulkArgs {
    /// Store directory.
    #[arg(long, value_name = "DIR", default_value = "newsgraph-store")]
    pub store: PathBuf,
    /// Bundle directory to write (created if missing; earlier parts in it are replaced).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Begin a new part once a part holds this many quads (a graph is never split across parts).
    #[arg(long, value_name = "N", default_value_t = 2_000_000)]
    pub quads_per_part: u64,
    /// Only this graph (repeatable; default: the whole store).
    #[arg(long = "graph", value_name = "IRI")]
    pub graphs: Vec<String>,
    /// Dataset name (QLever's index name).
    #[arg(long, value_name = "NAME", default_value = "newsgraph")]
    pub name: String,
    /// QLever server port written into the Qleverfile.
    #[arg(long, value_name = "PORT", default_value_t = 7001)]
    pub qlever_port: u16,
    /// S3 location for Neptune (s3://bucket/prefix/).
    #[arg(long, value_name = "URI")]
    pub s3: Option<String>,
    /// IAM role ARN Neptune reads the bucket with.
    #[arg(long, value_name = "ARN")]
    pub iam_role: Option<String>,
    /// AWS region of the bucket and the Neptune cluster.
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    /// Neptune cluster endpoint (host:port).
    #[arg(long, value_name = "HOST:PORT")]
    pub neptune_endpoint: Option<String>,
}
