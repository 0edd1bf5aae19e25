//! Export of the store (or a set of triples) in the standard RDF formats: readable Turtle with
//! prefixes and grouped subjects (sophia's pretty serializer), TriG, N-Triples, N-Quads, RDF/XML and
//! JSON-LD (Oxigraph's serializers). Output is sorted, so the same store always gives the same bytes.

use crate::error::{Error, Result};
use crate::store::GraphStore;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, Quad, Term, Triple};
use sophia_api::MownStr;
use sophia_api::prefix::{Prefix, PrefixMapPair};
use sophia_api::serializer::{Stringifier, TripleSerializer};
use sophia_api::term::{BnodeId, IriRef, LanguageTag, SimpleTerm};
use sophia_turtle::serializer::turtle::{TurtleConfig, TurtleSerializer};
use std::io::Write;

/// An RDF serialization format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Turtle, pretty (prefixes, `;` and `,`).
    Turtle,
    /// N-Triples, one sorted triple a line.
    NTriples,
    /// N-Quads, one sorted quad a line.
    NQuads,
    /// TriG, pretty.
    TriG,
    /// RDF/XML.
    RdfXml,
    /// JSON-LD (expanded, with graphs).
    JsonLd,
}

impl ExportFormat {
    /// Guesses the format from a file name's extension.
    pub fn from_path(path: &std::path::Path) -> Option<Self> {
        path.extension()?.to_str()?.parse().ok()
    }

    /// Whether the format keeps named graphs.
    pub fn is_dataset(self) -> bool {
        matches!(
            self,
            ExportFormat::NQuads | ExportFormat::TriG | ExportFormat::JsonLd
        )
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Turtle => "ttl",
            ExportFormat::NTriples => "nt",
            ExportFormat::NQuads => "nq",
            ExportFormat::TriG => "trig",
            ExportFormat::RdfXml => "rdf",
            ExportFormat::JsonLd => "jsonld",
        }
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "ttl" | "turtle" => ExportFormat::Turtle,
            "nt" | "ntriples" | "n-triples" => ExportFormat::NTriples,
            "nq" | "nquads" | "n-quads" => ExportFormat::NQuads,
            "trig" => ExportFormat::TriG,
            "rdf" | "xml" | "rdfxml" | "rdf-xml" | "owl" => ExportFormat::RdfXml,
            "jsonld" | "json-ld" | "json" => ExportFormat::JsonLd,
            other => {
                return Err(Error::Invalid(format!(
                    "unknown RDF format `{other}` (ttl, nt, nq, trig, rdf, jsonld)"
                )));
            }
        })
    }
}

/// Reads the quads to export: one graph, or all of them; sorted and deduplicated.
pub fn collect_quads(store: &GraphStore, graph: Option<&NamedNode>) -> Result<Vec<Quad>> {
    let g = graph.map(|g| GraphName::NamedNode(g.clone()));
    let mut quads = Vec::new();
    for q in store
        .inner()
        .quads_for_pattern(None, None, None, g.as_ref().map(|g| g.as_ref()))
    {
        let q = q.map_err(|e| Error::Store {
            path: store.label().to_string(),
            message: e.to_string(),
        })?;
        quads.push(restore_datatype(q));
    }
    sort_quads(&mut quads);
    Ok(quads)
}

/// Oxigraph's store keeps integer-derived literals as `xsd:integer` ("12"^^xsd:nonNegativeInteger comes back
/// as "12"^^xsd:integer). For the properties whose range is a derived type in our mapping
/// ([`crate::rdf::vocab::DERIVED_INTEGER_PROPERTIES`]), the datatype is restored, so that what is exported
/// is what was mapped.
pub fn restore_datatype(q: Quad) -> Quad {
    use oxigraph::model::{Literal, Term, vocab::xsd};
    if let Term::Literal(l) = &q.object
        && l.datatype() == xsd::INTEGER
        && let Some((_, dt)) = crate::rdf::vocab::DERIVED_INTEGER_PROPERTIES
            .iter()
            .find(|(p, _)| *p == q.predicate.as_str())
    {
        let object = Literal::new_typed_literal(l.value(), NamedNode::new_unchecked(*dt));
        return Quad::new(q.subject, q.predicate, object, q.graph_name);
    }
    q
}

/// Sorts quads in a stable, content-based order and removes duplicates.
pub fn sort_quads(quads: &mut Vec<Quad>) {
    quads.sort_by_cached_key(|q| {
        (
            q.graph_name.to_string(),
            q.subject.to_string(),
            q.predicate.to_string(),
            q.object.to_string(),
        )
    });
    quads.dedup();
}

/// The triples of a set of quads (graph names dropped), sorted and deduplicated.
pub fn triples_of(quads: &[Quad]) -> Vec<Triple> {
    let mut t: Vec<Triple> = quads.iter().map(|q| Triple::from(q.clone())).collect();
    t.sort_by_cached_key(|t| {
        (
            t.subject.to_string(),
            t.predicate.to_string(),
            t.object.to_string(),
        )
    });
    t.dedup();
    t
}

/// Exports the store (or one graph) in `format`.
pub fn export_store(
    store: &GraphStore,
    graph: Option<&NamedNode>,
    format: ExportFormat,
    out: &mut dyn Write,
) -> Result<()> {
    let quads = collect_quads(store, graph)?;
    write_quads(&quads, format, out)
}

/// Writes quads in `format` (triple formats merge the graphs).
pub fn write_quads(quads: &[Quad], format: ExportFormat, out: &mut dyn Write) -> Result<()> {
    let io = |e: std::io::Error| Error::Rdf(format!("writing output: {e}"));
    match format {
        ExportFormat::Turtle => {
            let s = pretty_turtle(&triples_of(quads))?;
            out.write_all(s.as_bytes()).map_err(io)
        }
        ExportFormat::TriG => {
            let s = pretty_trig(quads)?;
            out.write_all(s.as_bytes()).map_err(io)
        }
        ExportFormat::NTriples => {
            for t in triples_of(quads) {
                writeln!(out, "{t} .").map_err(io)?;
            }
            Ok(())
        }
        ExportFormat::NQuads => {
            let mut sorted = quads.to_vec();
            sort_quads(&mut sorted);
            for q in sorted {
                writeln!(out, "{q} .").map_err(io)?;
            }
            Ok(())
        }
        ExportFormat::RdfXml => {
            let mut ser = RdfSerializer::from_format(RdfFormat::RdfXml);
            for (p, ns) in crate::rdf::prefixes() {
                ser = ser
                    .with_prefix(*p, *ns)
                    .map_err(|e| Error::Rdf(format!("prefix {p}: {e}")))?;
            }
            let mut w = ser.for_writer(out);
            for t in triples_of(quads) {
                w.serialize_triple(&t).map_err(io)?;
            }
            w.finish().map_err(io)?;
            Ok(())
        }
        ExportFormat::JsonLd => {
            let mut ser = RdfSerializer::from_format(RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            });
            for (p, ns) in crate::rdf::prefixes() {
                ser = ser
                    .with_prefix(*p, *ns)
                    .map_err(|e| Error::Rdf(format!("prefix {p}: {e}")))?;
            }
            let mut w = ser.for_writer(out);
            let mut sorted = quads.to_vec();
            sort_quads(&mut sorted);
            for q in &sorted {
                w.serialize_quad(q).map_err(io)?;
            }
            w.finish().map_err(io)?;
            Ok(())
        }
    }
}

fn prefix_map() -> Vec<PrefixMapPair> {
    crate::rdf::prefixes()
        .iter()
        .map(|(p, ns)| {
            (
                Prefix::new_unchecked(Box::<str>::from(*p)),
                sophia_api::prelude::Iri::new_unchecked(Box::<str>::from(*ns)),
            )
        })
        .collect()
}

fn to_sophia(t: &Term) -> SimpleTerm<'static> {
    match t {
        Term::NamedNode(n) => {
            SimpleTerm::Iri(IriRef::new_unchecked(MownStr::from(n.as_str().to_string())))
        }
        Term::BlankNode(b) => SimpleTerm::BlankNode(BnodeId::new_unchecked(MownStr::from(
            b.as_str().to_string(),
        ))),
        Term::Literal(l) => match l.language() {
            Some(lang) => SimpleTerm::LiteralLanguage(
                MownStr::from(l.value().to_string()),
                LanguageTag::new_unchecked(MownStr::from(lang.to_string())),
                None,
            ),
            None => SimpleTerm::LiteralDatatype(
                MownStr::from(l.value().to_string()),
                IriRef::new_unchecked(MownStr::from(l.datatype().as_str().to_string())),
            ),
        },
        #[allow(unreachable_patterns)]
        other => SimpleTerm::LiteralDatatype(
            MownStr::from(other.to_string()),
            IriRef::new_unchecked(MownStr::from("http://www.w3.org/2001/XMLSchema#string")),
        ),
    }
}

fn triple_to_sophia(t: &Triple) -> [SimpleTerm<'static>; 3] {
    [
        to_sophia(&t.subject.clone().into()),
        to_sophia(&t.predicate.clone().into()),
        to_sophia(&t.object),
    ]
}

/// Serializes triples as pretty Turtle: prefixes, subjects grouped with `;` and `,`, sorted.
pub fn pretty_turtle(triples: &[Triple]) -> Result<String> {
    let graph: Vec<[SimpleTerm<'static>; 3]> = triples.iter().map(triple_to_sophia).collect();
    let config = TurtleConfig::new()
        .with_pretty(true)
        .with_own_prefix_map(prefix_map());
    let mut ser = TurtleSerializer::new_stringifier_with_config(config);
    ser.serialize_graph(&graph)
        .map_err(|e| Error::Rdf(format!("Turtle serializer: {e}")))?;
    Ok(ser.as_str().to_string())
}

/// Serializes quads as pretty TriG: the prefixes once, then each graph as `<g> { … }` holding that
/// graph's triples as pretty Turtle (subjects grouped with `;` and `,`). The `GRAPH` keyword is not used, so
/// that older TriG readers (raptor's) read it too.
pub fn pretty_trig(quads: &[Quad]) -> Result<String> {
    let mut graphs: std::collections::BTreeMap<String, Vec<Triple>> =
        std::collections::BTreeMap::new();
    for q in quads {
        let key = match &q.graph_name {
            GraphName::DefaultGraph => String::new(),
            g => g.to_string(),
        };
        graphs.entry(key).or_default().push(Triple::new(
            q.subject.clone(),
            q.predicate.clone(),
            q.object.clone(),
        ));
    }
    let mut out = String::new();
    for (p, ns) in crate::rdf::prefixes() {
        out.push_str(&format!("PREFIX {p}: <{ns}>\n"));
    }
    for (graph, triples) in graphs {
        let body = pretty_turtle(&triples)?;
        let body: Vec<&str> = body
            .lines()
            .skip_while(|l| {
                l.starts_with("PREFIX ") || l.starts_with("@prefix ") || l.trim().is_empty()
            })
            .collect();
        out.push('\n');
        if graph.is_empty() {
            for line in body {
                out.push_str(line);
                out.push('\n');
            }
        } else {
            out.push_str(&graph);
            out.push_str(" {\n");
            for line in body {
                if !line.is_empty() {
                    out.push_str("  ");
                    out.push_str(line);
                }
                out.push('\n');
            }
            out.push_str("}\n");
        }
    }
    Ok(out)
}
