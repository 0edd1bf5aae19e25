//! The library API in a few lines: extract an article, load it into an in-memory Oxigraph store, ask who
//! said what, and print the article's graph as Turtle.
//!
//! ```sh
//! cargo run --release --example library -- examples/lavrov-aleppo-2016-12-06.txt
//! ```

use newsgraph::export::{ExportFormat, collect_quads, write_quads};
use newsgraph::ingest::{IngestOptions, Record, read_all};
use newsgraph::rdf::RdfOptions;
use newsgraph::store::{GraphStore, OpenMode, StoreLocation};
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let input: PathBuf = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| "examples/lavrov-aleppo-2016-12-06.txt".into());

    // 1. Ingest and extract (the extraction is the JSON contract, see src/model.rs).
    let records = read_all(&[input], &IngestOptions::default())?;
    let extractions: Vec<_> = records
        .into_iter()
        .map(|r| match r {
            Record::Document(d) => newsgraph::extract::extract(&d),
            Record::Extraction(e) => *e,
        })
        .collect();
    for ex in &extractions {
        println!(
            "{}: {} entities, {} statements, {} agreements",
            ex.id,
            ex.entities.len(),
            ex.statements.len(),
            ex.agreements.len()
        );
    }

    // 2. Map to RDF and load, one named graph per article.
    let store = GraphStore::open(&StoreLocation::Memory, OpenMode::ReadWrite)?;
    let opts = RdfOptions::default();
    newsgraph::pipeline::load(&store, &extractions, &opts)?;

    // 3. Ask the graph: who said what (an ad-hoc query; bundled ones are in `newsgraph::query::bundled()`).
    let sparql = r#"
        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        PREFIX schema: <https://schema.org/>
        SELECT ?speaker ?cue ?text WHERE {
          ?s a ng:Statement ; schema:text ?text ; ng:speaker/schema:name ?speaker .
          OPTIONAL { ?s ng:cue ?cue }
        } ORDER BY ?speaker ?text"#;
    let table = newsgraph::query::select(&store, "example", sparql, &[])?;
    newsgraph::query::write_table(&table, &mut std::io::stdout())?;

    // 4. Export the first article's graph as pretty Turtle.
    if let Some(ex) = extractions.first() {
        let graph = newsgraph::rdf::article_graph(&opts.base_iri, &ex.id)?;
        let quads = collect_quads(&store, Some(&graph))?;
        let mut turtle = Vec::new();
        write_quads(&quads, ExportFormat::Turtle, &mut turtle)?;
        println!("\n# {} triples in {}", quads.len(), graph);
        print!("{}", String::from_utf8(turtle)?);
    }
    Ok(())
}
